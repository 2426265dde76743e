import Fluent

/// Task reminders (DOMAIN §11): the office's settings, one row (none means the defaults), and the log, where
/// the unique key keeps one reminder per task, kind, day and recipient however often the daily run repeats.
struct CreateTaskReminders: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("task_reminder_settings")
            .id()
            .field("enabled", .bool, .required)
            .field("days_before", .int, .required)
            .field("on_overdue", .bool, .required)
            .field("repeat_every", .int, .required)
            .field("updated_at", .datetime, .required)
            .field("updated_by", .string, .required)
            .create()
        try await database.schema("task_reminders")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id"))
            .field("kind", .string, .required)
            .field("due_on", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id"))
            .field("email", .string)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("recorded_at", .datetime, .required)
            .field("sent_at", .datetime)
            .unique(on: "task_id", "kind", "due_on", "user_id")
            .create()
        try await database.createIndex(on: "task_reminders", "user_id")
        try await database.createIndex(on: "task_reminders", "state")
        try await database.createIndex(on: "task_reminders", "due_on")
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_reminders").delete()
        try await database.schema("task_reminder_settings").delete()
    }
}
