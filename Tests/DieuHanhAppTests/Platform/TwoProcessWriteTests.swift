import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import DieuHanhApp

/// A command run while the server serves (`dieuhanh levels deliver`) writes the same SQLite file from another
/// process; `.ci/levels` met "database is locked" (SQLITE_BUSY_SNAPSHOT) in the server's requests.
@Suite struct TwoProcessWriteTests {
    /// Two applications on one file stand for the two processes: each has its own connections and its own gate.
    @Test func aWriteThatReadFirstWaitsForAnotherProcessInsteadOfFailing() async throws {
        let path = NSTemporaryDirectory() + "dieuhanh-two-writers-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await withTestApp(adjust: { $0.database = .sqliteFile(path) }) { server in
            try await (server.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
            try await withTestApp(adjust: { $0.database = .sqliteFile(path) }) { command in
                let other = try await server.write { db in
                    // The server's transaction reads, then the other process writes and commits meanwhile...
                    #expect(try await OrgUnit.query(on: db).count() == 0)
                    let other = Task { try await makeUnit(command, "SNV", "Sở Nội vụ") }
                    try await Task.sleep(for: .milliseconds(300))
                    // ...and the server's write still succeeds: the other one waits for it.
                    _ = try await UnitService.create(
                        UnitDraft(code: "UBND", name: "Ủy ban nhân dân tỉnh", kind: "province", parentID: nil),
                        actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
                    return other
                }
                _ = try await other.value
                #expect(try await OrgUnit.query(on: server.db).all().map(\.code).sorted() == ["SNV", "UBND"])
            }
        }
    }
}
