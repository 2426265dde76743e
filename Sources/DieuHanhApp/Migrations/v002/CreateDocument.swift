import Fluent

struct CreateDocument: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(Document.schema)
            .id()
            .field("notation", .string, .required)
            .field("number", .int, .required)
            .field("year", .int, .required)
            .field("type_code", .string)
            .field("issued_on", .string, .required)
            .field("issuer_id", .uuid, .references(OrgUnit.schema, "id"))
            .field("signer", .string)
            .field("summary", .string, .required)
            .field("search_text", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "notation", "year")
            .create()
        try await database.createIndex(on: Document.schema, "issued_on")
    }

    func revert(on database: Database) async throws {
        try await database.schema(Document.schema).delete()
    }
}
