import Fluent
import Foundation
import Vapor

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
            throw CommandFailure(
                "bản sao lưu do phiên bản DieuHanh mới hơn tạo (có bước cập nhật cấu trúc \(unknown[0])): "
                    + "khôi phục bằng phiên bản đó")
        }
        // The copy is checked whole before anything is written.
        try BackupFiles.verify(manifest.attachments, under: directory.appendingPathComponent("files"))
        let rows = current.counts.filter { !backupBookkeepingTables.contains($0.key) }.values.reduce(0, +)
        if rows > 0 && !signature.replace {
            throw CommandFailure(
                "cơ sở dữ liệu đã cấu hình đang có dữ liệu (\(rows) bản ghi): thêm --replace để thay thế toàn bộ")
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
        _ = try await app.write { db in try await DerivedStatistics.fillIfEmpty(on: db) }
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
        var summary =
            "Đã khôi phục \(directory.path) (sao lưu lúc \(ISO8601DateFormatter().string(from: manifest.createdAt))): "
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
            let hasFiles =
                manager.enumerator(atPath: files.path)?.contains { item in
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
