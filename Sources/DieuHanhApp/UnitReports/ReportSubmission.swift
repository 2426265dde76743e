import DieuHanhCore
import Fluent
import Foundation

/// One step of a unit's answer to a request (DOMAIN §6): submitted, replaced, returned. Never changed after it
/// is written; the files of a submission are `Attachment`s owned by it (`report_submission`).
final class ReportSubmissionRecord: Model, @unchecked Sendable {
    static let schema = "report_submission_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "unit_id") var unitID: UUID
    /// `ReportSubmissionEvent.Kind` raw value.
    @Field(key: "kind") var kind: String
    /// The day it was recorded (Vietnam time): the date that decides on time or late.
    @Field(key: "recorded_on") var recordedOn: String
    @Field(key: "recorded_at") var recordedAt: Date
    /// The report written in the form (submitted, replaced); the reason (returned).
    @Field(key: "text") var text: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String

    init() {}

    var eventKind: ReportSubmissionEvent.Kind? { ReportSubmissionEvent.Kind(rawValue: kind) }

    var coreEvent: ReportSubmissionEvent? {
        guard let kind = eventKind, let day = CivilDate.parse(recordedOn) else { return nil }
        return ReportSubmissionEvent(kind: kind, recordedOn: day)
    }

    struct Snapshot: Codable, Equatable {
        var requestID: UUID
        var unitID: UUID
        var kind: String
        var recordedOn: String
        var text: String
    }

    var snapshot: Snapshot {
        Snapshot(requestID: requestID, unitID: unitID, kind: kind, recordedOn: recordedOn, text: String(text.prefix(2000)))
    }
}

/// A reminder recorded for a unit that owes a report: automatic ones are keyed by request, unit, kind and the
/// day they were due, so a sweep that runs twice never records one twice.
final class ReportReminder: Model, @unchecked Sendable {
    static let schema = "report_reminders"

    enum MailStatus: String, Sendable, Codable {
        /// No SMTP relay configured: recorded and shown in the interface only.
        case notConfigured = "not_configured"
        /// Nobody of the unit has an e-mail address.
        case noAddress = "no_address"
        case pending
        case sent
        case failed
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "unit_id") var unitID: UUID
    /// `ReportReminderKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "due_on") var dueOn: String
    @Field(key: "recorded_at") var recordedAt: Date
    @Field(key: "actor_name") var actorName: String
    @Field(key: "mail_status") var mailStatus: String
    /// Addresses it went (or goes) to, separated by ", ".
    @Field(key: "mail_to") var mailTo: String
    @OptionalField(key: "mail_error") var mailError: String?
    @Field(key: "mail_attempts") var mailAttempts: Int

    init() {}

    var reminderKind: ReportReminderKind { ReportReminderKind(rawValue: kind) ?? .manual }
    var status: MailStatus { MailStatus(rawValue: mailStatus) ?? .notConfigured }

    struct Snapshot: Codable, Equatable {
        var requestID: UUID
        var unitID: UUID
        var kind: String
        var dueOn: String
        var mailStatus: String
        var mailTo: String
        var mailError: String?
    }

    var snapshot: Snapshot {
        Snapshot(
            requestID: requestID, unitID: unitID, kind: kind, dueOn: dueOn, mailStatus: mailStatus, mailTo: mailTo,
            mailError: mailError)
    }
}

/// The e-mail address of a user (`users.email`, added by the reporting migration): a narrow view of the users
/// table, so reminders can be addressed without touching the account model.
final class ReportUserEmail: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "role") var role: String
    @OptionalField(key: "unit_id") var unitID: UUID?
    @Field(key: "active") var active: Bool
    @OptionalField(key: "email") var email: String?

    init() {}
}
