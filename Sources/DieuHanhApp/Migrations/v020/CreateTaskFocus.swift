import Fluent

/// Focal tasks (nhiệm vụ trọng tâm) and their priority: one row per marked task, in a table of its own so that the
/// task rows, their bulk inserts and their audit snapshots stay as they are. A task without a row is unmarked.
struct CreateTaskFocus: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("task_focus")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id"))
            .field("focal", .bool, .required)
            .field("priority", .string)
            .field("updated_at", .datetime)
            .unique(on: "task_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_focus").delete()
    }
}
