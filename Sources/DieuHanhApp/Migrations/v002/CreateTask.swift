import Fluent

struct CreateTask: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("tasks")
            .id()
            .field("ma", .string)
            .field("document_id", .uuid, .required, .references("documents", "id"))
            .field("content", .string, .required)
            .field("search_text", .string, .required)
            .field("assigner_id", .uuid, .required, .references("units", "id"))
            .field("lead_unit_id", .uuid, .required, .references("units", "id"))
            .field("leader_id", .uuid, .references("users", "id"))
            .field("domain", .string)
            .field("assigned_on", .string, .required)
            .field("deadline", .string)
            .field("parent_id", .uuid, .references("tasks", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "ma")
            .create()
        for column in ["document_id", "assigner_id", "lead_unit_id", "leader_id", "deadline", "assigned_on", "parent_id"] {
            try await database.createIndex(on: "tasks", column)
        }
        try await database.schema("task_coordinators")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .unique(on: "task_id", "unit_id")
            .create()
        try await database.createIndex(on: "task_coordinators", "unit_id")
        try await database.schema("task_events")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id"))
            .field("kind", .string, .required)
            .field("recorded_on", .string, .required)
            .field("effective_on", .string, .required)
            .field("new_deadline", .string)
            .field("percent", .int)
            .field("note", .string, .required)
            .field("unit_id", .uuid, .references("units", "id"))
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "task_events", "task_id")
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_events").delete()
        try await database.schema("task_coordinators").delete()
        try await database.schema("tasks").delete()
    }
}
