import Fluent

struct CreateDocument: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("documents")
            .id()
            .field("notation", .string, .required)
            .field("number", .int, .required)
            .field("year", .int, .required)
            .field("type_code", .string)
            .field("issued_on", .string, .required)
            .field("issuer_id", .uuid, .references("units", "id"))
            .field("signer", .string)
            .field("summary", .string, .required)
            .field("search_text", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "notation", "year")
            .create()
        try await database.createIndex(on: "documents", "issued_on")
    }

    func revert(on database: Database) async throws {
        try await database.schema("documents").delete()
    }
}
