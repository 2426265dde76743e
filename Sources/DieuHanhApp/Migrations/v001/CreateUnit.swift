import Fluent

struct CreateUnit: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("units")
            .id()
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("name_folded", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .uuid, .references("units", "id"))
            .field("valid_from", .string)
            .field("valid_to", .string)
            .field("successor_id", .uuid, .references("units", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.createIndex(on: "units", "parent_id")
    }

    func revert(on database: Database) async throws {
        try await database.schema("units").delete()
    }
}
