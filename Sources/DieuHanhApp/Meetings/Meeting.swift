import DieuHanhCore
import Fluent
import Foundation

/// A meeting of the committee (DOMAIN §10): when and where, who chaired, and the notice that concluded it.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    /// `MeetingKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "search_text") var searchText: String
    @Field(key: "held_on") var heldOn: String
    /// "08:00" when known.
    @OptionalField(key: "start_time") var startTime: String?
    @Field(key: "place") var place: String
    /// The online points (điểm cầu), one a line.
    @Field(key: "online_points") var onlinePoints: String
    @Field(key: "chair_name") var chairName: String
    @Field(key: "chair_title") var chairTitle: String
    /// What was discussed, as typed: documents not in the system, or a sentence.
    @Field(key: "discussed") var discussed: String
    @Field(key: "notes") var notes: String
    @OptionalField(key: "notice_document_id") var noticeDocumentID: UUID?
    /// The day it was entered (Vietnam time): counts as of a cut-off leave out what was entered later.
    @Field(key: "recorded_on") var recordedOn: String
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var meetingKind: MeetingKind { MeetingKind(rawValue: kind) ?? .workingSession }
    var heldDate: CivilDate { CivilDate.parse(heldOn)! }

    var fact: MeetingFact {
        MeetingFact(kind: meetingKind, heldOn: heldDate, recordedOn: CivilDate.parse(recordedOn) ?? heldDate)
    }

    struct Snapshot: Codable, Equatable {
        var kind: String
        var title: String
        var heldOn: String
        var startTime: String?
        var place: String
        var onlinePoints: String
        var chairName: String
        var chairTitle: String
        var discussed: String
        var notes: String
        var noticeDocumentID: UUID?
        var attendees: [String]
        var unitIDs: [UUID]
        var documentIDs: [UUID]
    }
}

/// A person at (or away from) a meeting, in the order typed.
final class MeetingAttendee: Model, @unchecked Sendable {
    static let schema = "meeting_attendees"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "position") var position: Int
    /// `Attendance` raw value.
    @Field(key: "attendance") var attendance: String
    @Field(key: "name") var name: String
    @Field(key: "title") var title: String
    @OptionalField(key: "unit_id") var unitID: UUID?
    /// The reason for an absence, or the deputy's name.
    @Field(key: "detail") var detail: String

    init() {}

    var line: AttendeeLine { AttendeeLine(name: name, title: title, detail: detail) }
}

/// A unit invited to a meeting.
final class MeetingUnit: Model, @unchecked Sendable {
    static let schema = "meeting_units"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "unit_id") var unitID: UUID

    init() {}
}

/// A document the meeting heard (seed 004: the review report).
final class MeetingDocument: Model, @unchecked Sendable {
    static let schema = "meeting_documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "document_id") var documentID: UUID

    init() {}
}
