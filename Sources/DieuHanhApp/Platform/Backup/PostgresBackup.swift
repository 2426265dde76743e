import Fluent
import Foundation
import SQLKit
import Vapor

/// PostgreSQL: `pg_dump` (custom format) of DieuHanh's schema from a snapshot this process exports, so the manifest's
/// counts and attachment list describe exactly the rows in the dump; restore replays it with `psql` in one
/// transaction after dropping what the schema held. The client tools get the URL's credentials through `PG*`
/// environment variables, never on their command line (where `ps` would show the password).
struct PostgresBackupEngine: Sendable {
    let app: Application
    let environment: [String: String]
    /// The URL's `search_path`, else `public`.
    let schema: String

    init(app: Application, url: String) throws {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw CommandFailure("DATABASE_URL không đọc được")
        }
        var environment = ["PGHOST": host, "PGPORT": String(components.port ?? 5432), "PGAPPNAME": "dieuhanh-backup"]
        if let user = components.user { environment["PGUSER"] = user }
        if let password = components.password { environment["PGPASSWORD"] = password }
        let database = String(components.path.drop(while: { $0 == "/" }))
        if !database.isEmpty { environment["PGDATABASE"] = database.removingPercentEncoding ?? database }
        let items = components.queryItems ?? []
        if let mode = items.first(where: { $0.name == "sslmode" || $0.name == "tlsmode" })?.value {
            environment["PGSSLMODE"] = mode
        }
        self.app = app
        self.environment = environment
        self.schema = items.first(where: { $0.name == "search_path" })?.value.flatMap { $0.isEmpty ? nil : $0 } ?? "public"
    }

    /// `pg_dump --schema` takes a pattern: quoted, the name is matched exactly.
    private var schemaPattern: String { "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    func backup(to file: URL) async throws -> SnapshotFacts {
        let schema = schema
        let environment = environment
        let pattern = schemaPattern
        return try await app.db.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            guard
                let snapshot = try await sql.raw("SELECT pg_export_snapshot() AS id").first()?.decode(
                    column: "id", as: String.self)
            else {
                throw CommandFailure("PostgreSQL không xuất được ảnh chụp dữ liệu")
            }
            try await Subprocess.run(
                "pg_dump",
                [
                    "--format=custom", "--no-owner", "--no-privileges", "--schema=\(pattern)",
                    "--snapshot=\(snapshot)", "--file=\(file.path)",
                ], environment: environment)
            return try await SnapshotReader.facts(sql, schema: schema, tables: try await Self.tables(sql, schema: schema))
        }
    }

    func currentFacts() async throws -> SnapshotFacts {
        let sql = app.db as! any SQLDatabase
        return try await SnapshotReader.facts(sql, schema: schema, tables: try await Self.tables(sql, schema: schema))
    }

    func restore(from file: URL) async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("dieuhanh-restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        // The schema itself stays (it may be `public`, owned by someone else): only what is inside it is replaced.
        let list = work.appendingPathComponent("all.list")
        let kept = work.appendingPathComponent("kept.list")
        try await Subprocess.run("pg_restore", ["--list", "--file=\(list.path)", file.path], environment: environment)
        let entries = try String(contentsOf: list, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains(" SCHEMA - ") && !$0.contains(" COMMENT - SCHEMA ") }
        try entries.joined(separator: "\n").write(to: kept, atomically: true, encoding: .utf8)
        let script = work.appendingPathComponent("restore.sql")
        try await Subprocess.run(
            "pg_restore",
            [
                "--no-owner", "--no-privileges", "--use-list=\(kept.path)",
                "--file=\(script.path)", file.path,
            ], environment: environment)
        let prelude = work.appendingPathComponent("prelude.sql")
        try await dropStatements().write(to: prelude, atomically: true, encoding: .utf8)
        try await Subprocess.run(
            "psql",
            [
                "--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1",
                "--file=\(prelude.path)", "--file=\(script.path)",
            ], environment: environment)
    }

    /// Drops the schema's tables, views, sequences and functions (all DieuHanh creates: the functions are the cache
    /// counters' triggers, v030), in the restore's transaction.
    private func dropStatements() async throws -> String {
        let rows = try await (app.db as! any SQLDatabase).raw(
            """
            SELECT c.relname AS name, c.relkind::text AS kind FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = \(bind: schema) AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
            """
        ).all()
        let quotedSchema = Self.quote(schema)
        var statements = ["CREATE SCHEMA IF NOT EXISTS \(quotedSchema);"]
        for row in rows {
            let name = "\(quotedSchema).\(Self.quote(try row.decode(column: "name", as: String.self)))"
            switch try row.decode(column: "kind", as: String.self) {
            case "v": statements.append("DROP VIEW IF EXISTS \(name) CASCADE;")
            case "m": statements.append("DROP MATERIALIZED VIEW IF EXISTS \(name) CASCADE;")
            case "S": statements.append("DROP SEQUENCE IF EXISTS \(name) CASCADE;")
            default: statements.append("DROP TABLE IF EXISTS \(name) CASCADE;")
            }
        }
        let functions = try await (app.db as! any SQLDatabase).raw(
            """
            SELECT p.proname AS name, pg_catalog.pg_get_function_identity_arguments(p.oid) AS arguments
            FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = \(bind: schema) AND p.prokind = 'f'
            """
        ).all()
        for row in functions {
            let name = "\(quotedSchema).\(Self.quote(try row.decode(column: "name", as: String.self)))"
            statements.append("DROP FUNCTION IF EXISTS \(name)(\(try row.decode(column: "arguments", as: String.self))) CASCADE;")
        }
        return statements.joined(separator: "\n") + "\n"
    }

    private static func quote(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func tables(_ sql: any SQLDatabase, schema: String) async throws -> [String] {
        try await sql.raw("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = \(bind: schema) ORDER BY tablename")
            .all().map { try $0.decode(column: "tablename", as: String.self) }
    }
}
