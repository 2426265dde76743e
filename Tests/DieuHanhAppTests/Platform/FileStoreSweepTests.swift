import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

@Suite("Stray files in the file store")
struct FileStoreSweepTests {
    @Test func oldOrphansAndTemporariesGoAttachedAndRecentFilesStay() async throws {
        try await withTestApp { app in
            // setup: one attached file, one orphan and one temporary file, old; and a recent orphan (an upload whose
            // row is being written).
            _ = try await TasksAPITests().load(app)
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            let officer = try await APIClient.signIn(app, "canbo.snv")
            let sent = try await officer.postMultipart(
                "/api/v1/tasks/\(task.id!)/events", ["action": "progress", "note": "Kèm tệp"],
                files: [TestUpload(fileName: "a.pdf", data: TestUpload.pdf)])
            #expect(sent.status == .created)
            let attached = try #require(try await Attachment.query(on: app.db).first()).storagePath
            let store = app.fileStore
            let orphan = try store.write(Data("orphan".utf8))
            let recent = try store.write(Data("recent".utf8))
            let temporary = store.root.appendingPathComponent("ab/cd/.dat.nosync1234.Xyz")
            try FileManager.default.createDirectory(at: temporary.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("half".utf8).write(to: temporary)
            let old = Date().addingTimeInterval(-2 * 86_400)
            for path in [attached, orphan] {
                try FileManager.default.setAttributes(
                    [.modificationDate: old], ofItemAtPath: store.root.appendingPathComponent(path).path)
            }
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: temporary.path)
            // act
            let summary = try await FileStoreSweep.run(app, now: Date())
            // check
            #expect(summary == FileStoreSweep.Summary(orphans: 1, temporaries: 1))
            #expect(store.exists(attached))
            #expect(store.exists(recent))
            #expect(!store.exists(orphan))
            #expect(!FileManager.default.fileExists(atPath: temporary.path))
        }
    }
}
