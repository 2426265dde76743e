import Fluent

/// A point addressed to many lead units (DOMAIN §10): one text, one task per unit. The point keeps the text, the
/// units as chosen ("@department; SNV") and, from a CSV row, its `ma`; the members link it to its tasks. A link
/// table rather than a column on `tasks`, so the tasks' wide rows and their bulk inserts stay as they are.
struct CreateTaskPoints: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("task_points")
            .id()
            .field("ma", .string)
            .field("document_id", .uuid, .required, .references("documents", "id"))
            .field("content", .string, .required)
            .field("addressees", .string, .required)
            .field("assigned_on", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "ma")
            .create()
        try await database.schema("task_point_members")
            .id()
            .field("point_id", .uuid, .required, .references("task_points", "id"))
            .field("task_id", .uuid, .required, .references("tasks", "id"))
            .unique(on: "task_id")
            .create()
        try await database.createIndex(on: "task_point_members", "point_id")
        try await database.createIndex(on: "task_points", "document_id")
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_point_members").delete()
        try await database.schema("task_points").delete()
    }
}
