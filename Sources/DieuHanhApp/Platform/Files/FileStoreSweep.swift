import Fluent
import Foundation
import SQLKit
import Vapor

/// Removes what a crash can leave in the file store: half-written temporary files (a write is to a temporary
/// name, then renamed) and stored files whose transaction never committed, so no row points to them. Nothing
/// else ever removes them. Only files older than the thresholds go, so an upload in progress, whose row is
/// written seconds after its file, is never touched.
enum FileStoreSweep {
    /// A file a row should point to but none does, this long after it was written.
    static let orphanAge: TimeInterval = 24 * 3600
    /// A temporary file (not named as `FileStore.write` names files) this long after it was last written.
    static let temporaryAge: TimeInterval = 3600

    struct Summary: Equatable {
        var orphans = 0
        var temporaries = 0
    }

    static func run(_ app: Application, now: Date = Date()) async throws -> Summary {
        let store = app.fileStore
        guard
            let walker = FileManager.default.enumerator(
                at: store.root, includingPropertiesForKeys: [.isRegularFileKey, .contentModificationDateKey])
        else {
            return Summary()
        }
        var candidates: [(relative: String, url: URL, temporary: Bool)] = []
        let rootPath = store.root.standardizedFileURL.path
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey])
            guard values?.isRegularFile == true, let modified = values?.contentModificationDate else { continue }
            let temporary = !FileStore.isStoredName(url.lastPathComponent)
            guard now.timeIntervalSince(modified) >= (temporary ? temporaryAge : orphanAge) else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1))
            candidates.append((relative, url, temporary))
        }
        guard !candidates.isEmpty else { return Summary() }
        let referenced = Set(
            try await (app.db as! any SQLDatabase).raw("SELECT storage_path FROM attachments").all()
                .map { try $0.decode(column: "storage_path", as: String.self) })
        var summary = Summary()
        for candidate in candidates where candidate.temporary || !referenced.contains(candidate.relative) {
            do { try FileManager.default.removeItem(at: candidate.url) } catch { continue }
            if candidate.temporary { summary.temporaries += 1 } else { summary.orphans += 1 }
        }
        return summary
    }
}

extension FileStore {
    /// The names `write` gives: a lower-case UUID.
    static func isStoredName(_ name: String) -> Bool {
        name.count == 36 && UUID(uuidString: name) != nil && name == name.lowercased()
    }
}

extension ServingJob {
    /// The file store's sweep a minute after the server starts and every six hours while it serves.
    static let fileStoreSweep = ServingJob(name: "file store sweep", initialDelay: .minutes(1), delay: .hours(6)) { app in
        let summary = try await FileStoreSweep.run(app, now: Date())
        if summary != FileStoreSweep.Summary() {
            app.logger.notice(
                "file store: removed \(summary.orphans) files no row points to, \(summary.temporaries) temporary files")
        }
    }
}
