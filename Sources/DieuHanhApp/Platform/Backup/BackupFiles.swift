import Crypto
import Foundation

/// Copies and checks the uploaded files of a backup, one attachment row at a time. Only files a row of the
/// snapshot points to are copied: temporary and orphan files in the data directory are left out.
enum BackupFiles {
    /// Stored paths come from `FileStore.write` (hex folders and a UUID); anything else in a manifest is refused
    /// before it can name a file outside the tree.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." })
            && !path.contains("\\") && !path.contains("\0")
    }

    /// Copies each attachment's file from `source` to `destination` (both `files/` roots), checking size and
    /// sha256 of the bytes as they are copied. Throws naming the first file that is missing or differs.
    static func copy(_ attachments: [BackupManifest.Attachment], from source: URL, to destination: URL) throws {
        for attachment in attachments {
            guard isSafe(attachment.path) else { throw CommandFailure("đường dẫn tệp không hợp lệ: \(attachment.path)") }
            let from = source.appendingPathComponent(attachment.path)
            let to = destination.appendingPathComponent(attachment.path)
            try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
            let (size, digest) = try stream(from, copyingTo: to)
            try check(attachment, path: from.path, size: size, digest: digest)
        }
    }

    /// Checks that each attachment's file under `root` is there with the recorded size and sha256.
    static func verify(_ attachments: [BackupManifest.Attachment], under root: URL) throws {
        for attachment in attachments {
            guard isSafe(attachment.path) else { throw CommandFailure("đường dẫn tệp không hợp lệ: \(attachment.path)") }
            let url = root.appendingPathComponent(attachment.path)
            let (size, digest) = try stream(url, copyingTo: nil)
            try check(attachment, path: url.path, size: size, digest: digest)
        }
    }

    private static func check(_ attachment: BackupManifest.Attachment, path: String, size: Int, digest: String) throws {
        guard size == attachment.size else {
            throw CommandFailure("tệp đính kèm \(path) có \(size) byte, cơ sở dữ liệu ghi \(attachment.size) byte")
        }
        guard digest == attachment.sha256.lowercased() else {
            throw CommandFailure("tệp đính kèm \(path) không khớp mã băm sha256 đã ghi: tệp đã bị thay đổi")
        }
    }

    /// Reads the file in 1 MiB chunks (uploads go up to 200 MB), hashing and optionally writing a copy that is
    /// renamed into place only when complete.
    private static func stream(_ url: URL, copyingTo target: URL?) throws -> (Int, String) {
        guard let input = try? FileHandle(forReadingFrom: url) else {
            throw CommandFailure("thiếu tệp đính kèm \(url.path)")
        }
        defer { try? input.close() }
        var output: FileHandle?
        var partial: URL?
        if let target {
            let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CommandFailure("không ghi được \(temporary.path)")
            }
            output = try FileHandle(forWritingTo: temporary)
            partial = temporary
        }
        var hasher = SHA256()
        var size = 0
        do {
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
                size += chunk.count
                try output?.write(contentsOf: chunk)
            }
            try output?.synchronize()
            try output?.close()
            if let partial, let target {
                if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
                try FileManager.default.moveItem(at: partial, to: target)
            }
        } catch {
            if let partial { try? FileManager.default.removeItem(at: partial) }
            throw CommandFailure("không sao chép được \(url.path): \(error.localizedDescription)")
        }
        return (size, hasher.finalize().map { String(format: "%02x", $0) }.joined())
    }
}
