import Foundation

/// One dated step of a unit's answer to a report request. Steps are never changed: a replacement or a return is
/// a new step.
public struct ReportSubmissionEvent: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// The unit sent its report (files and/or text).
        case submitted
        /// The unit sent a new version before the deadline; the earlier one no longer counts.
        case replaced
        /// The requester sent it back with a reason: the unit owes the report again.
        case returned
    }

    public var kind: Kind
    /// The day it was recorded (Vietnam time): a submission is dated by the system, never by the sender.
    public var recordedOn: CivilDate

    public init(kind: Kind, recordedOn: CivilDate) {
        self.kind = kind
        self.recordedOn = recordedOn
    }
}

/// Where one unit stands on one request, as of a date (DOMAIN §6).
public enum ReportSubmissionStatus: String, CaseIterable, Sendable, Codable {
    case submittedOnTime = "submitted_on_time"
    case submittedLate = "submitted_late"
    /// Not submitted and the deadline has passed (or submitted and returned, not sent again).
    case missing
    /// Not submitted, the deadline not yet passed.
    case notYetDue = "not_yet_due"

    public var isSubmitted: Bool { self == .submittedOnTime || self == .submittedLate }

    /// "Đã gửi đúng hạn", "Đã gửi quá hạn", "Chưa gửi (quá hạn)", "Chưa gửi (còn hạn)".
    public var label: String {
        switch self {
        case .submittedOnTime: "Đã gửi đúng hạn"
        case .submittedLate: "Đã gửi quá hạn"
        case .missing: "Chưa gửi, đã quá hạn"
        case .notYetDue: "Chưa gửi, còn hạn"
        }
    }
}

public struct ReportSubmissionSnapshot: Hashable, Sendable {
    public var status: ReportSubmissionStatus
    public var deadline: CivilDate
    /// The day the submission in force was first sent (a replacement before the deadline keeps it on time).
    public var submittedOn: CivilDate?
    /// The day of the latest version in force (the last replacement), when submitted.
    public var lastVersionOn: CivilDate?
    /// Index in the event list of the latest version in force (its files and text are the ones to read).
    public var versionIndex: Int?
    /// Calendar days past the deadline: at submission for `submittedLate`, at the date asked for `missing`.
    public var daysLate: Int?
    /// The last known step was a return: the unit must send the report again.
    public var returned: Bool

    public init(
        status: ReportSubmissionStatus, deadline: CivilDate, submittedOn: CivilDate? = nil,
        lastVersionOn: CivilDate? = nil, versionIndex: Int? = nil, daysLate: Int? = nil, returned: Bool = false
    ) {
        self.status = status
        self.deadline = deadline
        self.submittedOn = submittedOn
        self.lastVersionOn = lastVersionOn
        self.versionIndex = versionIndex
        self.daysLate = daysLate
        self.returned = returned
    }
}

/// The one rule for a unit's status on a request as of the end of day D (Asia/Ho_Chi_Minh):
/// - The unit owes nothing before the request is issued (`issuedOn > D` → nil).
/// - Steps count when recorded on or before D, replayed in recording order (list order breaks ties).
/// - A `submitted` step starts a submission in force, dated that day; a `replaced` step replaces its content and
///   keeps its date (a unit may only replace before the deadline, so a replacement never makes it late; one
///   without a submission in force counts as a submission); a `returned` step ends it.
/// - A submission in force is on time when its date ≤ deadline (the deadline day itself is on time), late
///   otherwise. Without one, the unit is `missing` once D is past the deadline, else `notYetDue`.
/// - A return after the deadline therefore leaves the unit missing, and its resubmission is late.
/// - Deadlines are plain dates; moving one off a day off (art. 148) happens when it is set.
public enum ReportSubmissionRule {
    public static func evaluate(
        deadline: CivilDate, issuedOn: CivilDate, events: [ReportSubmissionEvent],
        asOf date: CivilDate
    ) -> ReportSubmissionSnapshot? {
        guard issuedOn <= date else { return nil }
        let known = events.enumerated().filter { $0.element.recordedOn <= date }
            .sorted { ($0.element.recordedOn, $0.offset) < ($1.element.recordedOn, $1.offset) }
        var submittedOn: CivilDate?
        var lastVersion: (index: Int, on: CivilDate)?
        var returned = false
        for (index, event) in known {
            switch event.kind {
            case .submitted, .replaced:
                if submittedOn == nil { submittedOn = event.recordedOn }
                lastVersion = (index, event.recordedOn)
                returned = false
            case .returned:
                submittedOn = nil
                lastVersion = nil
                returned = true
            }
        }
        if let submittedOn, let lastVersion {
            if submittedOn > deadline {
                return ReportSubmissionSnapshot(
                    status: .submittedLate, deadline: deadline, submittedOn: submittedOn,
                    lastVersionOn: lastVersion.on, versionIndex: lastVersion.index,
                    daysLate: deadline.days(to: submittedOn))
            }
            return ReportSubmissionSnapshot(
                status: .submittedOnTime, deadline: deadline, submittedOn: submittedOn,
                lastVersionOn: lastVersion.on, versionIndex: lastVersion.index)
        }
        if deadline < date {
            return ReportSubmissionSnapshot(
                status: .missing, deadline: deadline, daysLate: deadline.days(to: date),
                returned: returned)
        }
        return ReportSubmissionSnapshot(status: .notYetDue, deadline: deadline, returned: returned)
    }

    /// Sắp đến hạn: not yet submitted, deadline on or after D and no later than the `workingDays`th working day
    /// after D (the tasks' rule, DOMAIN §3).
    public static func isDueSoon(
        _ snapshot: ReportSubmissionSnapshot, asOf date: CivilDate, calendar: WorkingCalendar,
        workingDays: Int = 3
    ) -> Bool {
        guard snapshot.status == .notYetDue, workingDays >= 0, snapshot.deadline >= date else { return false }
        return snapshot.deadline <= calendar.addingWorkingDays(workingDays, to: date)
    }

    /// What the unit may do on D: send (nothing in force), replace (in force and the deadline not passed), or
    /// nothing (in force after the deadline: only the requester's return reopens it).
    public enum UnitAction: String, Sendable { case submit, replace, none }

    public static func unitAction(_ snapshot: ReportSubmissionSnapshot, today: CivilDate) -> UnitAction {
        if !snapshot.status.isSubmitted { return .submit }
        return today <= snapshot.deadline ? .replace : .none
    }
}
