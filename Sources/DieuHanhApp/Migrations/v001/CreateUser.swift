import Fluent

struct CreateUser: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("users")
            .id()
            .field("username", .string, .required)
            .field("full_name", .string, .required)
            .field("name_folded", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("unit_id", .uuid, .references("units", "id"))
            .field("active", .bool, .required)
            .field("language", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
        try await database.createIndex(on: "users", "unit_id")
    }

    func revert(on database: Database) async throws {
        try await database.schema("users").delete()
    }
}
