import Fluent

/// The status index for statistics, filled from the tasks already recorded.
struct CreateTaskStatusSpan: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(TaskStatusSpanRecord.schema)
            .id()
            .field("task_id", .uuid, .required)
            .field("from_day", .int, .required)
            .field("until_day", .int, .required)
            .field("bucket", .string, .required)
            .field("deadline_day", .int)
            .field("late_days", .int)
            .field("document_id", .uuid, .required)
            .field("assigner_id", .uuid, .required)
            .field("lead_unit_id", .uuid, .required)
            .field("leader_id", .uuid)
            .field("domain", .string)
            .field("assigned_on", .string, .required)
            .field("top_level", .bool, .required)
            .create()
        try await database.createIndex(on: TaskStatusSpanRecord.schema, "task_id")
        // Covers the headline count: the spans holding D, by bucket, with their documents.
        try await database.createIndex(on: TaskStatusSpanRecord.schema, "from_day", "until_day", "top_level", "bucket", "document_id")
        try await TaskStatusIndex.rebuildAll(on: database)
    }

    func revert(on database: Database) async throws {
        try await database.schema(TaskStatusSpanRecord.schema).delete()
    }
}
