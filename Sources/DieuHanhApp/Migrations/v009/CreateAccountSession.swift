import Fluent

/// Browser sessions with their user and an expiry (AccountSession), replacing Fluent's `_fluent_sessions`.
struct CreateAccountSession: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("account_sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("data", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex(on: "account_sessions", "user_id")
        try await database.createIndex(on: "account_sessions", "expires_at")
    }

    func revert(on database: Database) async throws {
        try await database.schema("account_sessions").delete()
    }
}
