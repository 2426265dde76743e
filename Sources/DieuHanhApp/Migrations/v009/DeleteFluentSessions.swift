import Fluent

/// Fluent's session table: its rows had no user and no expiry, and every visitor wrote one. Replaced by
/// `account_sessions`; the sessions open at the upgrade end (their users sign in again).
struct DeleteFluentSessions: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("_fluent_sessions").delete()
    }

    func revert(on database: Database) async throws {
        try await database.schema("_fluent_sessions")
            .id()
            .field("key", .string, .required)
            .field("data", .json, .required)
            .unique(on: "key")
            .create()
    }
}
