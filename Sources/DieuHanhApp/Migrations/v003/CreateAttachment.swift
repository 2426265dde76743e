import Fluent

/// Files attached to task steps and documents.
struct CreateAttachment: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("attachments")
            .id()
            .field("owner_kind", .string, .required)
            .field("owner_id", .uuid, .required)
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("byte_size", .int, .required)
            .field("sha256", .string, .required)
            .field("storage_path", .string, .required)
            .field("uploaded_by_id", .uuid)
            .field("uploaded_by_name", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
        try await database.createIndex(on: "attachments", "owner_kind", "owner_id")
    }

    func revert(on database: Database) async throws {
        try await database.schema("attachments").delete()
    }
}
