import Foundation
import Vapor

/// Uploaded files on disk under `DIEUHANH_DATA_DIR/files/`, each under a random name split into two-level
/// folders so no folder grows huge. The user's file name never reaches the file system.
struct FileStore: Sendable {
    let root: URL

    init(dataDirectory: String) {
        root = URL(fileURLWithPath: dataDirectory, isDirectory: true).appendingPathComponent("files", isDirectory: true)
    }

    /// Writes the bytes and returns their path relative to the store.
    func write(_ data: Data) throws -> String {
        let relative = Self.path(ofName: UUID().uuidString.lowercased())!
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        return relative
    }

    /// The path of a file by the name `write` gave it (its last component); nil for any other name, so a name sent
    /// back by a form can never point elsewhere.
    static func path(ofName name: String) -> String? {
        guard isStoredName(name) else { return nil }
        return "\(name.prefix(2))/\(name.dropFirst(2).prefix(2))/\(name)"
    }

    func read(_ relative: String) throws -> Data {
        try Data(contentsOf: url(relative))
    }

    func remove(_ relative: String) {
        try? FileManager.default.removeItem(at: url(relative))
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url(relative).path)
    }

    /// Stored paths come only from `write`; refuse anything that could step outside the root anyway.
    private func url(_ relative: String) -> URL {
        precondition(!relative.contains("..") && !relative.hasPrefix("/"), "storage path outside the file store")
        return root.appendingPathComponent(relative)
    }
}

extension Application {
    var fileStore: FileStore { FileStore(dataDirectory: config.dataDirectory) }
}

extension Request {
    var fileStore: FileStore { application.fileStore }
}
