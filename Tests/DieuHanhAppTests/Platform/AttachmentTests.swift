import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Files on task steps and documents: sniffed, stored, permission-checked, never left behind by a failed step.
@Suite("Attachments")
struct AttachmentTests {
    let pages = TaskPagesTests()

    /// Regular files under the store, whatever their folders.
    func filesOnDisk(_ app: Application) -> [String] {
        let root = app.fileStore.root
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        }
        .map(\.path)
    }

    func snvTask(_ app: Application, _ s: TaskPagesTests.Setup) async throws -> TaskItem {
        _ = try await pages.enterLetter(s, deadlineSNV: "30/12/2026")
        return try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
    }

    @Test func aCompletionReportCarriesItsResultDocument() async throws {
        try await withTestApp { app in
            let s = try await pages.setUp(app)
            let task = try await snvTask(app, s)
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let form = try await officer.get("/tasks/\(task.id!)").body.string
            #expect(form.contains(#"enctype="multipart/form-data""#))
            #expect(form.contains(#"name="files[]""#))
            let done = try await officer.postMultipart(
                "/tasks/\(task.id!)/actions/report_completion",
                ["date": "20/11/2026", "note": "Đã ban hành Quyết định", "version": "1"],
                files: [TestUpload(fileName: "Quyết định 12.pdf", data: TestUpload.pdf)])
            #expect(done.status == .seeOther)
            let row = try #require(try await Attachment.query(on: app.db).first())
            #expect(row.fileName == "Quyết định 12.pdf")
            #expect(row.contentType == "application/pdf")
            #expect(row.byteSize == TestUpload.pdf.count)
            #expect(row.sha256 == sha256Hex(TestUpload.pdf))
            #expect(filesOnDisk(app).count == 1)
            let event = try #require(try await TaskEventRecord.find(row.ownerID, on: app.db))
            #expect(event.kind == "completion_reported")
            // The timeline links it; the file comes back byte for byte with its sniffed type and Vietnamese name.
            #expect(try await officer.get("/tasks/\(task.id!)").body.string.contains("/attachments/\(row.id!)"))
            let download = try await officer.get("/attachments/\(row.id!)")
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == TestUpload.pdf)
            #expect(download.headers.contentType?.description == "application/pdf")
            let disposition = download.headers.first(name: .contentDisposition) ?? ""
            #expect(disposition.hasPrefix("attachment;"))
            #expect(disposition.contains("filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2012.pdf"))
            #expect(disposition.contains(#"filename="quyet-dinh-12.pdf""#))
            // The office sees it too; audit keeps who attached what.
            #expect(try await s.coordinator.get("/attachments/\(row.id!)").status == .ok)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "attach").all()
            #expect(audit.map(\.summary) == ["Quyết định 12.pdf"])
        }
    }

    @Test func anotherUnitCannotDownloadIt() async throws {
        try await withTestApp { app in
            let s = try await pages.setUp(app)
            let task = try await snvTask(app, s)
            // Not STC: it coordinates this task and may read it. A unit with no part in it may not.
            let health = try await makeUnit(app, "SYT", "Sở Y tế", parent: s.p.ubnd)
            try await makeUser(app, "canbo.syt", role: .unitOfficer, unit: health)
            try await s.coordinator.get("/tasks/\(task.id!)")
            let progress = try await s.coordinator.postMultipart(
                "/tasks/\(task.id!)/actions/progress",
                ["note": "Gửi dự thảo", "version": "1"],
                files: [TestUpload(fileName: "du-thao.pdf", data: TestUpload.pdf)])
            #expect(progress.status == .seeOther)
            let row = try #require(try await Attachment.query(on: app.db).first())
            let stranger = Browser(app)
            try await stranger.signIn("canbo.syt")
            let refused = try await stranger.get("/attachments/\(row.id!)")
            #expect(refused.status == .notFound)
            #expect(!refused.body.string.contains("%PDF"))
            let api = try await APIClient.signIn(app, "canbo.syt")
            #expect(try await api.send(.GET, "/api/v1/attachments/\(row.id!)").status == .notFound)
            #expect(try await stranger.get("/attachments/\(UUID())").status == .notFound)
        }
    }

    @Test func aDisguisedFileIsRefusedAndNothingIsWritten() async throws {
        try await withTestApp { app in
            let s = try await pages.setUp(app)
            let task = try await snvTask(app, s)
            try await s.coordinator.get("/tasks/\(task.id!)")
            let response = try await s.coordinator.postMultipart(
                "/tasks/\(task.id!)/actions/progress", ["note": "Kèm báo cáo", "version": "1"],
                files: [
                    TestUpload(fileName: "bao-cao.pdf", data: TestUpload.html),
                    TestUpload(fileName: "ok.pdf", data: TestUpload.pdf),
                    TestUpload(fileName: "thu-tuc.docx", data: TestUpload.pdf),
                ])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Tệp “bao-cao.pdf” không phải PDF"))
            #expect(html.contains("Tệp “thu-tuc.docx” không phải PDF"))
            #expect(try await TaskEventRecord.query(on: app.db).filter(\.$note == "Kèm báo cáo").count() == 0)
            #expect(try await Attachment.query(on: app.db).count() == 0)
            #expect(filesOnDisk(app).isEmpty)
        }
    }

    @Test func aStepThatFailsLeavesNoFileBehind() async throws {
        try await withTestApp { app in
            let s = try await pages.setUp(app)
            let task = try await snvTask(app, s)
            try await s.coordinator.get("/tasks/\(task.id!)")
            // Version 0 is stale: the step is refused inside the transaction, after the file was written.
            let stale = try await s.coordinator.postMultipart(
                "/tasks/\(task.id!)/actions/progress",
                ["note": "Bản cũ", "version": "0"],
                files: [TestUpload(fileName: "a.pdf", data: TestUpload.pdf)])
            #expect(stale.status == .conflict)
            #expect(try await Attachment.query(on: app.db).count() == 0)
            #expect(filesOnDisk(app).isEmpty)
        }
    }

    @Test func theOfficeAttachesTheSignedDocument() async throws {
        try await withTestApp { app in
            let s = try await pages.setUp(app)
            _ = try await pages.enterLetter(s)
            let document = try #require(try await Document.query(on: app.db).first())
            let page = try await s.coordinator.get("/documents/\(document.id!)").body.string
            #expect(page.contains("3413/UBND-TH"))
            #expect(page.contains("Chưa có tệp nào"))
            #expect(page.contains("/tasks?document=\(document.id!)"))
            let none = try await s.coordinator.postMultipart("/documents/\(document.id!)/attachments", [:], files: [])
            #expect(none.status == .unprocessableEntity)
            #expect(none.body.string.contains("Vui lòng chọn ít nhất một tệp."))
            let added = try await s.coordinator.postMultipart(
                "/documents/\(document.id!)/attachments", [:],
                files: [TestUpload(fileName: "3413-UBND-TH.docx", data: TestUpload.docx)])
            #expect(added.status == .seeOther)
            let row = try #require(try await Attachment.query(on: app.db).first())
            #expect(row.ownerKind == "document")
            #expect(row.contentType == FileKind.docx.contentType)
            // Unit officers read documents but do not attach to them.
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let listed = try await officer.get("/documents/\(document.id!)").body.string
            #expect(listed.contains("3413-UBND-TH.docx"))
            #expect(!listed.contains("/documents/\(document.id!)/attachments"))
            #expect(try await officer.get("/attachments/\(row.id!)").status == .ok)
            let refused = try await officer.postMultipart(
                "/documents/\(document.id!)/attachments", [:],
                files: [TestUpload(fileName: "x.pdf", data: TestUpload.pdf)])
            #expect(refused.status == .forbidden)
            #expect(try await Attachment.query(on: app.db).count() == 1)
        }
    }

    @Test func theAPITakesFilesWithAStepAndListsThem() async throws {
        try await withTestApp { app in
            let s = try await pages.setUp(app)
            let task = try await snvTask(app, s)
            let api = try await APIClient.signIn(app, "canbo.snv")
            let created = try await api.postMultipart(
                "/api/v1/tasks/\(task.id!)/events",
                ["action": "progress", "note": "Tiến độ 50%", "percent": "50", "version": "1"],
                files: [TestUpload(fileName: "tien-do.pdf", data: TestUpload.pdf)])
            #expect(created.status == .created)
            let files = try #require(created.json["attachments"] as? [[String: Any]])
            #expect(files.count == 1)
            #expect(files.first?["file_name"] as? String == "tien-do.pdf")
            #expect(created.json["percent"] as? Int == 50)
            let url = try #require(files.first?["url"] as? String)
            let download = try await api.send(.GET, url)
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == TestUpload.pdf)
            let detail = try await api.send(.GET, "/api/v1/tasks/\(task.id!)")
            let events = try #require(detail.json["events"] as? [[String: Any]])
            #expect(events.contains { ($0["attachments"] as? [Any])?.count == 1 })
            let refused = try await api.postMultipart(
                "/api/v1/tasks/\(task.id!)/events", ["action": "progress", "note": "x"],
                files: [TestUpload(fileName: "x.png", data: TestUpload.pdf)])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.errorCode == "validation_failed")
        }
    }

    @Test func theListFiltersByLeaderInCharge() async throws {
        try await withTestApp { app in
            let s = try await pages.setUp(app)
            let leader = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "lanhdao").first())
            try await s.coordinator.get("/tasks/new")
            let entered = try await s.coordinator.post(
                "/tasks",
                [
                    "rows": "2", "notation": "15/TB-UBND", "issued_on": "01/11/2026", "assigner_id": s.p.ubnd.id!.uuidString,
                    "content_0": "Việc có lãnh đạo phụ trách", "lead_0": s.p.snv.id!.uuidString,
                    "leader_0": leader.id!.uuidString,
                    "content_1": "Việc không ghi lãnh đạo", "lead_1": s.p.stc.id!.uuidString,
                ])
            #expect(entered.status == .seeOther)
            let all = try await s.coordinator.get("/tasks").body.string
            #expect(all.contains(#"name="leader""#))
            #expect(all.contains("Người lanhdao"))
            let filtered = try await s.coordinator.get("/tasks?leader=\(leader.id!)").body.string
            #expect(filtered.contains("Việc có lãnh đạo phụ trách"))
            #expect(!filtered.contains("Việc không ghi lãnh đạo"))
            #expect(filtered.contains("leader=\(leader.id!)"))
        }
    }
}
