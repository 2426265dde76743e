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
            let manifest = BackupManifest(
                createdAt: Date(), database: engine.kind, databaseFile: engine.fileName,
                postgresSchema: engine.postgresSchema, migrations: facts.migrations,
                counts: facts.counts, attachments: facts.attachments)
            try manifest.write(to: directory)
            let rows = facts.counts.values.reduce(0, +)
            let bytes = facts.attachments.reduce(0) { $0 + $1.size }
            context.console.print(
                "Đã sao lưu vào \(directory.path): \(rows) bản ghi trong \(facts.counts.count) bảng, "
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
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandFailure("không tạo được thư mục \(directory.path): \(error.localizedDescription)")
        }
        return true
    }
}

extension BackupManifest.Kind {
    var label: String { self == .sqlite ? "SQLite" : "PostgreSQL" }
}
