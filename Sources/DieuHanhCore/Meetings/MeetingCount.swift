/// What counting needs of a meeting: its kind, the day it was held and the day it was entered.
public struct MeetingFact: Equatable, Sendable {
    public var kind: MeetingKind
    public var heldOn: CivilDate
    public var recordedOn: CivilDate

    public init(kind: MeetingKind, heldOn: CivilDate, recordedOn: CivilDate) {
        self.kind = kind
        self.heldOn = heldOn
        self.recordedOn = recordedOn
    }
}

/// Meetings held in a period, by kind, as of a cut-off (DOMAIN §9: the review report opens with them). As every
/// statistic, a past period comes out the same whenever it is run: a meeting entered after the cut-off is left
/// out, and so is one dated after the cut-off (planned, not yet held).
public enum MeetingCount {
    public static func counts(_ meetings: [MeetingFact], from: CivilDate, to: CivilDate, asOf: CivilDate) -> [MeetingKind: Int] {
        var result = Dictionary(uniqueKeysWithValues: MeetingKind.allCases.map { ($0, 0) })
        for meeting in meetings
        where from <= meeting.heldOn && meeting.heldOn <= to && meeting.heldOn <= asOf
            && meeting.recordedOn <= asOf
        {
            result[meeting.kind, default: 0] += 1
        }
        return result
    }
}
