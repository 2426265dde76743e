import Fluent
import Foundation
import Vapor

/// The configured database's backup: SQLite or PostgreSQL.
enum BackupEngine: Sendable {
    case sqlite(SQLiteBackupEngine)
    case postgres(PostgresBackupEngine)

    init(_ app: Application) throws {
        switch app.config.database {
        case .sqliteFile, .sqliteMemory: self = .sqlite(SQLiteBackupEngine(app: app))
        case .postgres(let url): self = .postgres(try PostgresBackupEngine(app: app, url: url))
        }
    }

    var kind: BackupManifest.Kind {
        if case .sqlite = self { return .sqlite } else { return .postgresql }
    }

    var fileName: String {
        if case .sqlite = self { return "dieuhanh.sqlite" } else { return "dieuhanh.pgdump" }
    }

    var postgresSchema: String? {
        if case .postgres(let engine) = self { return engine.schema } else { return nil }
    }

    /// A copy goes back to the same kind of database, and on PostgreSQL to the schema it came from.
    func accepts(_ manifest: BackupManifest) throws {
        guard manifest.database == kind else {
            throw CommandFailure("bản sao lưu là của \(manifest.database.label), cơ sở dữ liệu đã cấu hình là \(kind.label)")
        }
        if let schema = postgresSchema, manifest.postgresSchema != schema {
            throw CommandFailure(
                "bản sao lưu là của schema \(manifest.postgresSchema ?? "public"), "
                    + "DATABASE_URL đang dùng schema \(schema)")
        }
    }

    func backup(to file: URL) async throws -> SnapshotFacts {
        switch self {
        case .sqlite(let engine): return try await engine.backup(to: file)
        case .postgres(let engine): return try await engine.backup(to: file)
        }
    }

    func currentFacts() async throws -> SnapshotFacts {
        switch self {
        case .sqlite(let engine): return try await engine.currentFacts()
        case .postgres(let engine): return try await engine.currentFacts()
        }
    }

    func restore(from file: URL) async throws {
        switch self {
        case .sqlite(let engine): try await engine.restore(from: file)
        case .postgres(let engine): try await engine.restore(from: file)
        }
    }
}
