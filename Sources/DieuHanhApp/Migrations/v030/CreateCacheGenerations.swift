import Fluent
import SQLKit

/// One counter for each thing the application keeps in memory (the unit tree, the users, the working calendar, the
/// signed-in sessions), moved by a trigger on the tables it is read from, in the same transaction as the write.
///
/// Why triggers: every write path moves the counter, whatever wrote it (a form, an import, a merge, a command, raw
/// SQL, another process of the same deployment), and the counter commits or rolls back with the write. An instance
/// reads all counters in one query per request and reloads what moved (`SharedCache`), so that several processes on
/// one PostgreSQL database never serve one another's stale copies. LISTEN/NOTIFY was not chosen: SQLite has no such
/// thing, a notification missed while a connection reconnects would leave a copy stale, and a request could still run
/// ahead of the notification of a write it follows.
struct CreateCacheGenerations: AsyncMigration {
    /// The counters and the tables whose writes move them.
    static let sources: [(name: String, tables: [String])] = [
        ("units", ["units"]),
        ("users", ["users"]),
        ("calendar", ["calendar_days"]),
        ("sessions", ["account_sessions", "api_tokens"]),
    ]

    func prepare(on database: Database) async throws {
        let sql = database as! SQLDatabase
        try await sql.create(table: "cache_generations")
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("generation", type: .bigint, .notNull)
            .run()
        for source in Self.sources {
            try await sql.insert(into: "cache_generations").columns("name", "generation")
                .values(SQLBind(source.name), SQLBind(1)).run()
        }
        if sql.dialect.name == "sqlite" {
            // SQLite has row triggers only, one event each.
            for source in Self.sources {
                for table in source.tables {
                    for event in ["INSERT", "UPDATE", "DELETE"] {
                        try await sql.raw(
                            """
                            CREATE TRIGGER \(unsafeRaw: "cache_\(table)_\(event.lowercased())") AFTER \(unsafeRaw: event) \
                            ON \(ident: table) BEGIN UPDATE cache_generations SET generation = generation + 1 \
                            WHERE name = '\(unsafeRaw: source.name)'; END
                            """
                        ).run()
                    }
                }
            }
        } else {
            try await sql.raw(
                """
                CREATE FUNCTION cache_generation_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                UPDATE cache_generations SET generation = generation + 1 WHERE name = TG_ARGV[0]; RETURN NULL; END $$
                """
            ).run()
            for source in Self.sources {
                for table in source.tables {
                    // Once per statement: a bulk delete of expired sessions moves the counter once.
                    try await sql.raw(
                        """
                        CREATE TRIGGER \(unsafeRaw: "cache_\(table)") AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE \
                        ON \(ident: table) FOR EACH STATEMENT EXECUTE FUNCTION cache_generation_bump('\(unsafeRaw: source.name)')
                        """
                    ).run()
                }
            }
        }
    }

    func revert(on database: Database) async throws {
        let sql = database as! SQLDatabase
        for source in Self.sources {
            for table in source.tables {
                if sql.dialect.name == "sqlite" {
                    for event in ["insert", "update", "delete"] {
                        try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "cache_\(table)_\(event)")").run()
                    }
                } else {
                    try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: "cache_\(table)") ON \(ident: table)").run()
                }
            }
        }
        if sql.dialect.name != "sqlite" { try await sql.raw("DROP FUNCTION IF EXISTS cache_generation_bump()").run() }
        try await sql.drop(table: "cache_generations").run()
    }
}
