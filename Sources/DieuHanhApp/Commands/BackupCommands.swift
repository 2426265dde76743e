import Fluent
import Foundation
import Vapor

/// `dieuhanh backup DIR`: a consistent copy of the database and the uploaded files, safe while the server runs
/// (CONTRACT). The database is copied first, from one snapshot; then exactly the files its attachment rows name
/// (uploads write the file before the row, and files are never deleted, so each of them is already on disk).
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "directory", help: "Thư mục mới (hoặc trống) để ghi bản sao lưu")
        var directory: String
    }

    var help: String { "Sao lưu cơ sở dữ liệu và các tệp đính kèm vào một thư mục; chạy được khi máy chủ đang hoạt động" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let directory = URL(fileURLWithPath: signature.directory, isDirectory: true).standardizedFileURL
        let created = try Self.prepare(directory)
        do {
            let engine = try BackupEngine(app)
            let databaseFile = directory.appendingPathComponent(engine.fileName)
            let facts = try await engine.backup(to: databaseFile)
            try BackupFiles.copy(facts.attachments, from: app.fileStore.root, to: directory.appendingPathComponent("files"))
            let manifest = BackupManifest(createdAt: Date(), database: engine.kind, databaseFile: engine.fileName,
                                          postgresSchema: engine.postgresSchema, migrations: facts.migrations,
                                          counts: facts.counts, attachments: facts.attachments)
            try manifest.write(to: directory)
            let rows = facts.counts.values.reduce(0, +)
            let bytes = facts.attachments.reduce(0) { $0 + $1.size }
            context.console.print("Đã sao lưu vào \(directory.path): \(rows) bản ghi trong \(facts.counts.count) bảng, "
                                  + "\(facts.attachments.count) tệp đính kèm (\(bytes) byte).")
        } catch {
            // Nothing half-written is left to be mistaken for a backup.
            if created {
                try? FileManager.default.removeItem(at: directory)
            } else {
                for item in (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [] {
                    try? FileManager.default.removeItem(at: item)
                }
            }
            throw error
        }
    }

    /// Creates the directory (readable by this user only: it holds password hashes) or accepts an empty one.
    /// Returns whether it was created.
    static func prepare(_ directory: URL) throws -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CommandFailure("\(directory.path) đã có và không phải thư mục") }
            let items = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            guard items.isEmpty else {
                throw CommandFailure("thư mục \(directory.path) không trống: chọn một thư mục mới cho mỗi bản sao lưu")
            }
            return false
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandFailure("không tạo được thư mục \(directory.path): \(error.localizedDescription)")
        }
        return true
    }
}

/// `dieuhanh restore DIR [--replace]`: puts a backup back into the configured database and data directory. Checks
/// the copy first (every file with its size and sha256), refuses a database that holds data unless `--replace`,
/// and reports success only when every attachment row of the restored database has its file.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "directory", help: "Thư mục do `dieuhanh backup` tạo")
        var directory: String

        @Flag(name: "replace", help: "Thay thế toàn bộ dữ liệu đang có trong cơ sở dữ liệu đã cấu hình")
        var replace: Bool
    }

    var help: String { "Khôi phục một bản sao lưu vào cơ sở dữ liệu và thư mục dữ liệu đã cấu hình (dừng máy chủ trước)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let directory = URL(fileURLWithPath: signature.directory, isDirectory: true).standardizedFileURL
        let manifest = try BackupManifest.read(from: directory)
        let engine = try BackupEngine(app)
        try engine.accepts(manifest)
        let databaseFile = directory.appendingPathComponent(manifest.databaseFile)
        guard BackupFiles.isSafe(manifest.databaseFile), FileManager.default.fileExists(atPath: databaseFile.path) else {
            throw CommandFailure("bản sao lưu thiếu tệp cơ sở dữ liệu \(databaseFile.path)")
        }
        let current = try await engine.currentFacts()
        let unknown = manifest.migrations.filter { !current.migrations.contains($0) }
        guard unknown.isEmpty else {
            throw CommandFailure("bản sao lưu do phiên bản DieuHanh mới hơn tạo (có bước cập nhật cấu trúc \(unknown[0])): "
                                 + "khôi phục bằng phiên bản đó")
        }
        // The copy is checked whole before anything is written.
        try BackupFiles.verify(manifest.attachments, under: directory.appendingPathComponent("files"))
        let rows = current.counts.filter { !backupBookkeepingTables.contains($0.key) }.values.reduce(0, +)
        if rows > 0 && !signature.replace {
            throw CommandFailure("cơ sở dữ liệu đã cấu hình đang có dữ liệu (\(rows) bản ghi): thêm --replace để thay thế toàn bộ")
        }

        let dataDirectory = URL(fileURLWithPath: app.config.dataDirectory, isDirectory: true).standardizedFileURL
        let staging = dataDirectory.appendingPathComponent("files.restoring-\(UUID().uuidString.lowercased())")
        do {
            try BackupFiles.copy(manifest.attachments, from: directory.appendingPathComponent("files"), to: staging)
            try await engine.restore(from: databaseFile)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        let keptAside = try Self.swapIn(staging, dataDirectory: dataDirectory)
        // An older copy is brought up to this version's schema, as `serve` would.
        try await app.autoMigrate()
        // The sessions and API tokens of the copy end: whoever works on the restored data signs in again.
        try await app.write { db in
            try await AccountSession.query(on: db).delete()
            try await APIToken.query(on: db).delete()
        }

        let restored = try await engine.currentFacts()
        let listed = Set(manifest.attachments.map(\.id))
        if let stray = restored.attachments.first(where: { !listed.contains($0.id) }) {
            throw CommandFailure("tệp đính kèm \(stray.path) có trong cơ sở dữ liệu nhưng không có trong bản sao lưu")
        }
        try BackupFiles.verify(restored.attachments, under: app.fileStore.root)
        let audit = try await AuditLog.verify(on: app.db)
        guard audit.problems.isEmpty else {
            throw CommandFailure("đã khôi phục nhưng nhật ký thay đổi trong bản sao lưu bị hỏng: \(audit.problems[0])")
        }
        var summary = "Đã khôi phục \(directory.path) (sao lưu lúc \(ISO8601DateFormatter().string(from: manifest.createdAt))): "
            + "\(restored.counts.values.reduce(0, +)) bản ghi, \(restored.attachments.count) tệp đính kèm khớp mã băm, "
            + "nhật ký toàn vẹn (\(audit.checked) mục)."
        if let keptAside { summary += " Các tệp cũ được giữ ở \(keptAside.path)." }
        context.console.print(summary)
    }

    /// Puts the restored files in place of `files/`. Files already there are moved aside, never deleted (the
    /// operator removes them once satisfied); an empty tree is simply replaced. Returns where old files went.
    static func swapIn(_ staging: URL, dataDirectory: URL) throws -> URL? {
        let manager = FileManager.default
        let files = dataDirectory.appendingPathComponent("files")
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        var keptAside: URL?
        if manager.fileExists(atPath: files.path) {
            let hasFiles = manager.enumerator(atPath: files.path)?.contains { item in
                var isDirectory: ObjCBool = false
                return manager.fileExists(atPath: files.appendingPathComponent("\(item)").path, isDirectory: &isDirectory)
                    && !isDirectory.boolValue
            } ?? false
            if hasFiles {
                let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
                let aside = dataDirectory.appendingPathComponent("files.before-restore-\(stamp)")
                try manager.moveItem(at: files, to: aside)
                keptAside = aside
            } else {
                try manager.removeItem(at: files)
            }
        }
        try manager.moveItem(at: staging, to: files)
        return keptAside
    }
}

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
            throw CommandFailure("bản sao lưu là của schema \(manifest.postgresSchema ?? "public"), "
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

extension BackupManifest.Kind {
    var label: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}
