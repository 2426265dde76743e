import Fluent

struct CreateTask: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(TaskItem.schema)
            .id()
            .field("ma", .string)
            .field("document_id", .uuid, .required, .references(Document.schema, "id"))
            .field("content", .string, .required)
            .field("search_text", .string, .required)
            .field("assigner_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("lead_unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .field("leader_id", .uuid, .references(UserAccount.schema, "id"))
            .field("domain", .string)
            .field("assigned_on", .string, .required)
            .field("deadline", .string)
            .field("parent_id", .uuid, .references(TaskItem.schema, "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "ma")
            .create()
        for column in ["document_id", "assigner_id", "lead_unit_id", "leader_id", "deadline", "assigned_on", "parent_id"] {
            try await database.createIndex(on: TaskItem.schema, column)
        }
        try await database.schema(TaskCoordinator.schema)
            .id()
            .field("task_id", .uuid, .required, .references(TaskItem.schema, "id"))
            .field("unit_id", .uuid, .required, .references(OrgUnit.schema, "id"))
            .unique(on: "task_id", "unit_id")
            .create()
        try await database.createIndex(on: TaskCoordinator.schema, "unit_id")
        try await database.schema(TaskEventRecord.schema)
            .id()
            .field("task_id", .uuid, .required, .references(TaskItem.schema, "id"))
            .field("kind", .string, .required)
            .field("recorded_on", .string, .required)
            .field("effective_on", .string, .required)
            .field("new_deadline", .string)
            .field("percent", .int)
            .field("note", .string, .required)
            .field("unit_id", .uuid, .references(OrgUnit.schema, "id"))
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: TaskEventRecord.schema, "task_id")
    }

    func revert(on database: Database) async throws {
        try await database.schema(TaskEventRecord.schema).delete()
        try await database.schema(TaskCoordinator.schema).delete()
        try await database.schema(TaskItem.schema).delete()
    }
}
