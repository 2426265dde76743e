import Fluent

struct CreateUnit: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema(OrgUnit.schema)
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("name_folded", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .uuid, .references(OrgUnit.schema, "id"))
            .field("valid_from", .string)
            .field("valid_to", .string)
            .field("successor_id", .uuid, .references(OrgUnit.schema, "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.createIndex(on: OrgUnit.schema, "parent_id")
    }

    func revert(on database: Database) async throws {
        try await database.schema(OrgUnit.schema).delete()
    }
}
