import Fluent
import SQLKit

/// The audit log and its head: a one-row table holding the last sequence number and hash. Appending locks
/// that row (`UPDATE … RETURNING`), which serialises writers on PostgreSQL as SQLite's single writer does.
struct CreateAuditLog: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("seq", .int, .required)
            .field("recorded_at", .string, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string)
            .field("summary", .string, .required)
            .field("before_json", .string)
            .field("after_json", .string)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "seq")
            .create()
        try await database.createIndex(on: "audit_entries", "entity", "entity_id")
        try await database.createIndex(on: "audit_entries", "actor_id")
        try await database.schema("audit_heads")
            .field("id", .int, .identifier(auto: false))
            .field("seq", .int, .required)
            .field("hash", .string, .required)
            .create()
        let sql = database as! SQLDatabase
        try await sql.insert(into: "audit_heads").columns("id", "seq", "hash")
            .values(SQLBind(1), SQLBind(0), SQLBind(AuditChain.genesisHash)).run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("audit_heads").delete()
        try await database.schema("audit_entries").delete()
    }
}
