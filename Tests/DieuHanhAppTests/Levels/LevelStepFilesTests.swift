import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// A step's files cross with it (issue 20: "completion reports (with the result document)").
@Suite struct LevelStepFilesTests {
    @Test func theResultDocumentGoesUpWithTheCompletionReport() async throws {
        try await withLinkedPair { pair in
            let (high, low) = (pair.high, pair.low)
            let highTask = try await pair.assignAtHigh("Ban hành kế hoạch chuyển đổi số")
            #expect(try await LevelDelivery.round(high) == .init(delivered: 1))
            let task = try #require(try await TaskItem.query(on: low.db).first())
            let office = try await APIClient.signIn(low, "vanphong")
            let path = "/api/v1/tasks/\(task.id!)/events"
            let fields = ["action": "report_completion", "note": "Đã ban hành Kế hoạch 88/KH-UBND", "date": "2026-11-21"]

            // More than one message carries is said before anything is written, in words.
            let heavy = TestUpload.pdf + Data(count: 11 * 1024 * 1024)
            let refused = try await office.postMultipart(
                path, fields,
                files: [TestUpload(fileName: "a.pdf", data: heavy), TestUpload(fileName: "b.pdf", data: heavy)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("tối đa 20 MB"))
            #expect(try await TaskEventRecord.query(on: low.db).filter(\.$taskID == task.id!).count() == 1)
            #expect(try await LevelOutboxMessage.query(on: low.db).count() == 0)

            let sent = try await office.postMultipart(
                path, fields, files: [TestUpload(fileName: "ke-hoach-88.pdf", data: TestUpload.pdf)])
            #expect(sent.status == .created || sent.status == .ok, "\(sent.body.string)")
            #expect(try await LevelDelivery.round(low) == .init(delivered: 1))
            let reported = try #require(
                try await TaskEventRecord.query(on: high.db).filter(\.$taskID == highTask)
                    .filter(\.$kind == TaskEvent.Kind.completionReported.rawValue).first())
            let files = try await Attachment.query(on: high.db).filter(\.$ownerID == reported.id!).all()
            #expect(files.map(\.fileName) == ["ke-hoach-88.pdf"])
            #expect(files.map(\.contentType) == ["application/pdf"])
            #expect(try high.fileStore.read(files[0].storagePath) == TestUpload.pdf)
            // The audit log keeps the message, not the file's bytes (the attachment is audited with its digest).
            let received = try await AuditEntry.query(on: high.db).filter(\.$action == "level_received").all()
            #expect(!received.isEmpty)
            #expect(received.allSatisfy { !($0.afterJSON ?? "").contains(TestUpload.pdf.base64EncodedString()) })
            #expect(try await AuditEntry.query(on: high.db).filter(\.$action == "attach").count() == 1)
        }
    }
}
