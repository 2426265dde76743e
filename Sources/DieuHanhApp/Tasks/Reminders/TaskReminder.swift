import DieuHanhCore
import Fluent
import Foundation

/// One reminder of one task to one officer of its lead unit on one day (DOMAIN §11), and what became of its
/// e-mail. Several rows of a person go out together in one digest.
final class TaskReminder: Model, @unchecked Sendable {
    static let schema = "task_reminders"

    enum State: String, CaseIterable, Sendable {
        /// Waiting for the next digest.
        case queued
        case sent
        /// The relay refused or did not answer; retried by the next runs up to `TaskReminderService.maxAttempts`.
        case failed
        /// Shown in the app only: no relay is configured, or the person has no address.
        case inApp = "in_app"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "task_id") var taskID: UUID
    /// `TaskReminderKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "due_on") var dueOn: String
    @Field(key: "user_id") var userID: UUID
    @OptionalField(key: "email") var email: String?
    @Field(key: "state") var state: String
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "recorded_at") var recordedAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?

    init() {}

    var reminderKind: TaskReminderKind { TaskReminderKind(rawValue: kind) ?? .beforeDeadline }
    var reminderState: State { State(rawValue: state) ?? .queued }
    var dueDate: CivilDate { CivilDate.parse(dueOn)! }
}

/// The office's choice of reminders; at most one row.
final class TaskReminderSettingsRow: Model, @unchecked Sendable {
    static let schema = "task_reminder_settings"

    @ID(key: .id) var id: UUID?
    @Field(key: "enabled") var enabled: Bool
    @Field(key: "days_before") var daysBefore: Int
    @Field(key: "on_overdue") var onOverdue: Bool
    @Field(key: "repeat_every") var repeatEvery: Int
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "updated_by") var updatedBy: String

    init() {}

    var settings: TaskReminderSettings {
        TaskReminderSettings(enabled: enabled, daysBefore: daysBefore, onOverdue: onOverdue, repeatEvery: repeatEvery)
    }
}
