import Fluent
import Foundation
import SQLKit
import Vapor

/// Reads the facts a manifest records from one schema of an open database: `main` or an attached copy on SQLite,
/// a schema (inside the snapshot's transaction) on PostgreSQL.
enum SnapshotReader {
    static func facts(_ sql: any SQLDatabase, schema: String, tables: [String]) async throws -> SnapshotFacts {
        var counts: [String: Int] = [:]
        for table in tables {
            let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: schema).\(ident: table)").first()
            counts[table] = try row?.decode(column: "n", as: Int.self) ?? 0
        }
        var migrations: [String] = []
        if tables.contains("_fluent_migrations") {
            migrations = try await sql.raw(
                "SELECT name FROM \(ident: schema).\(ident: "_fluent_migrations") ORDER BY batch, created_at"
            )
            .all().map { try $0.decode(column: "name", as: String.self) }
        }
        var attachments: [BackupManifest.Attachment] = []
        if tables.contains(Attachment.schema) {
            attachments = try await sql.raw(
                """
                SELECT id, storage_path, byte_size, sha256 FROM \(ident: schema).\(ident: Attachment.schema) ORDER BY storage_path
                """
            ).all().map {
                BackupManifest.Attachment(
                    id: try $0.decode(column: "id", as: UUID.self).uuidString.lowercased(),
                    path: try $0.decode(column: "storage_path", as: String.self),
                    size: try $0.decode(column: "byte_size", as: Int.self),
                    sha256: try $0.decode(column: "sha256", as: String.self))
            }
        }
        return SnapshotFacts(migrations: migrations, counts: counts, attachments: attachments)
    }
}

/// SQLite: `VACUUM INTO` writes a consistent copy from one read transaction while the server keeps writing (WAL);
/// restore copies that file's tables into the configured database in one transaction, through `ATTACH`, so the
/// connection pool never sees a half-replaced file.
struct SQLiteBackupEngine: Sendable {
    let app: Application
    private static let alias = "dieuhanh_backup"

    func backup(to file: URL) async throws -> SnapshotFacts {
        try await (app.db as! any SQLDatabase).raw("VACUUM INTO \(bind: file.path)").run()
        return try await attached(file) { sql in
            try await SnapshotReader.facts(sql, schema: Self.alias, tables: try await tables(sql, schema: Self.alias))
        }
    }

    /// The configured database's own facts (after a restore, or to see whether it holds data).
    func currentFacts() async throws -> SnapshotFacts {
        let sql = app.db as! any SQLDatabase
        return try await SnapshotReader.facts(sql, schema: "main", tables: try await tables(sql, schema: "main"))
    }

    func restore(from file: URL) async throws {
        try await attached(file) { sql in
            // No effect inside a transaction, hence before it: tables are dropped and refilled in any order.
            try await sql.raw("PRAGMA foreign_keys = OFF").run()
            do {
                try await sql.raw("BEGIN IMMEDIATE").run()
                do {
                    try await replaceMain(sql)
                    let broken = try await sql.raw("PRAGMA main.foreign_key_check").all()
                    guard broken.isEmpty else {
                        throw CommandFailure("bản sao lưu có \(broken.count) tham chiếu hỏng giữa các bảng; không khôi phục")
                    }
                    try await sql.raw("COMMIT").run()
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    throw error
                }
            } catch {
                try? await sql.raw("PRAGMA foreign_keys = ON").run()
                throw error
            }
            try await sql.raw("PRAGMA foreign_keys = ON").run()
        }
    }

    /// Drops everything in `main`, then recreates the copy's tables, rows, indexes, triggers and views from its own
    /// definitions (so an older copy comes back as it was, and `autoMigrate` brings it up to date afterwards).
    private func replaceMain(_ sql: any SQLDatabase) async throws {
        let existing = try await objects(sql, schema: "main")
        for kind in ["view", "trigger", "table"] {
            for object in existing where object.type == kind {
                try await sql.raw("DROP \(unsafeRaw: kind.uppercased()) IF EXISTS main.\(ident: object.name)").run()
            }
        }
        let copied = try await objects(sql, schema: Self.alias)
        let tables = copied.filter { $0.type == "table" }
        for table in tables { try await sql.raw("\(unsafeRaw: table.sql)").run() }
        for table in tables {
            try await sql.raw("INSERT INTO main.\(ident: table.name) SELECT * FROM \(ident: Self.alias).\(ident: table.name)")
                .run()
        }
        let sequence = try await sql.raw("SELECT 1 AS x FROM \(ident: Self.alias).sqlite_master WHERE name = 'sqlite_sequence'")
            .first()
        if sequence != nil {
            try await sql.raw("DELETE FROM main.sqlite_sequence").run()
            try await sql.raw("INSERT INTO main.sqlite_sequence SELECT * FROM \(ident: Self.alias).sqlite_sequence").run()
        }
        for kind in ["index", "trigger", "view"] {
            for object in copied where object.type == kind { try await sql.raw("\(unsafeRaw: object.sql)").run() }
        }
    }

    private struct SchemaObject {
        var type: String
        var name: String
        var sql: String
    }

    /// User objects with a definition (automatic indexes of constraints have none and come with their table).
    private func objects(_ sql: any SQLDatabase, schema: String) async throws -> [SchemaObject] {
        try await sql.raw(
            """
            SELECT type, name, sql FROM \(ident: schema).sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid
            """
        ).all().map {
            SchemaObject(
                type: try $0.decode(column: "type", as: String.self), name: try $0.decode(column: "name", as: String.self),
                sql: try $0.decode(column: "sql", as: String.self))
        }
    }

    private func tables(_ sql: any SQLDatabase, schema: String) async throws -> [String] {
        try await objects(sql, schema: schema).filter { $0.type == "table" }.map(\.name)
    }

    /// Runs `body` on one connection with the copy attached as `dieuhanh_backup`, detaching it afterwards.
    private func attached<T: Sendable>(_ file: URL, _ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws
        -> T
    {
        try await app.db.withConnection { db in
            let sql = db as! any SQLDatabase
            try await sql.raw("ATTACH DATABASE \(bind: file.path) AS \(ident: Self.alias)").run()
            do {
                let result = try await body(sql)
                try await sql.raw("DETACH DATABASE \(ident: Self.alias)").run()
                return result
            } catch {
                try? await sql.raw("DETACH DATABASE \(ident: Self.alias)").run()
                throw error
            }
        }
    }
}
