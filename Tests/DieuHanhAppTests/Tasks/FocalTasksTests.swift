import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Focal tasks (nhiệm vụ trọng tâm) and their priority: marked by the office from the task page, the API or a CSV
/// column; filtered and sorted in the lists; first in the inbox and in the reminder e-mail.
@Suite("Focal tasks")
struct FocalTasksTests {
    func load(_ app: Application) async throws -> SmallProvince {
        let p = try await SmallProvince.make(app)
        try await makeUnit(app, "CP", "Chính phủ", kind: .government)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        try await makeUser(app, "lanhdao", role: .leader, unit: p.ubnd)
        let csv =
            ImportTasksTests.header
            + "T1,01/NQ-CP,04/01/2021,,CP,Rà soát thủ tục hành chính,SNV,,,30/06/2021,,,,\n"
            + "T2,01/NQ-CP,04/01/2021,,CP,Đẩy mạnh giải ngân vốn,SNV,,,31/03/2021,,,,\n"
            + "T3,4049/UBND-TH,19/10/2020,,UBND,Báo cáo kiểm điểm,STC,,,31/12/2026,,,,\n"
        _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
        return p
    }

    func task(_ app: Application, _ ma: String) async throws -> TaskItem {
        try #require(try await TaskItem.query(on: app.db).filter(\.$ma == ma).first())
    }

    func codes(_ response: TestingHTTPResponse) -> [String] {
        (response.json["items"] as? [[String: Any]] ?? []).compactMap { $0["ma"] as? String }
    }

    @Test func theOfficeMarksThroughTheAPIAndTheListFiltersAndSorts() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let t3 = try await task(app, "T3")
            let api = try await APIClient.signIn(app, "vanphong")
            let marked = try await api.send(.PUT, "/api/v1/tasks/\(t3.id!)/focus", json: ["focal": true, "priority": "cao"])
            #expect(marked.status == .ok)
            #expect(marked.json["focal"] as? Bool == true)
            #expect(marked.json["priority"] as? String == "cao")
            let t2 = try await task(app, "T2")
            let low = try await api.send(.PUT, "/api/v1/tasks/\(t2.id!)/focus", json: ["priority": "thap"])
            #expect(low.json["focal"] as? Bool == false)

            #expect(codes(try await api.send(.GET, "/api/v1/tasks?focal=1&as_of=2021-06-14")) == ["T3"])
            // Focal first, then by priority, unmarked last.
            let sorted = codes(try await api.send(.GET, "/api/v1/tasks?sort=priority&as_of=2021-06-14"))
            #expect(sorted == ["T3", "T2", "T1"])
            let detail = try await api.send(.GET, "/api/v1/tasks/\(t3.id!)")
            #expect((detail.json["task"] as? [String: Any])?["focal"] as? Bool == true)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "focus").count()
            #expect(audit == 2)

            // The same marking again changes nothing and audits nothing.
            _ = try await api.send(.PUT, "/api/v1/tasks/\(t3.id!)/focus", json: ["focal": true, "priority": "cao"])
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "focus").count() == 2)

            let bad = try await api.send(.PUT, "/api/v1/tasks/\(t3.id!)/focus", json: ["focal": true, "priority": "khẩn"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("khẩn"))

            // Unmarking takes it out of the filter.
            _ = try await api.send(.PUT, "/api/v1/tasks/\(t3.id!)/focus", json: ["focal": false])
            #expect(codes(try await api.send(.GET, "/api/v1/tasks?focal=1&as_of=2021-06-14")).isEmpty)
        }
    }

    @Test func onlyTheOfficeAndAdminsMayMark() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let t1 = try await task(app, "T1")
            for user in ["canbo.snv", "lanhdao"] {
                let api = try await APIClient.signIn(app, user)
                let refused = try await api.send(.PUT, "/api/v1/tasks/\(t1.id!)/focus", json: ["focal": true])
                #expect(refused.status == .forbidden, "\(user)")
            }
            let admin = try await APIClient.signIn(app, "admin")
            #expect(try await admin.send(.PUT, "/api/v1/tasks/\(t1.id!)/focus", json: ["focal": true]).status == .ok)
            #expect(try await TaskFocusRecord.query(on: app.db).count() == 1)
        }
    }

    @Test func theTaskPageMarksAndTheListShowsTheMarker() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let t1 = try await task(app, "T1")
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let page = try await browser.get("/tasks/\(t1.id!)")
            #expect(page.body.string.contains(#"action="/tasks/\#(t1.id!)/focus""#))
            let saved = try await browser.post("/tasks/\(t1.id!)/focus", ["focal": "1", "priority": "trung_binh"])
            #expect(saved.status == .seeOther)
            let refusedPriority = try await browser.post("/tasks/\(t1.id!)/focus", ["focal": "1", "priority": "khẩn"])
            #expect(refusedPriority.status == .unprocessableEntity)
            #expect(refusedPriority.body.string.contains("Mức ưu tiên “khẩn” không có"))
            let after = try await browser.get("/tasks/\(t1.id!)")
            #expect(after.body.string.contains("★ Trọng tâm · Mức ưu tiên: trung bình"))
            let list = try await browser.get("/tasks?as_of=14/06/2021&focal=1")
            let html = list.body.string
            #expect(html.contains("Rà soát thủ tục hành chính"))
            #expect(html.contains("★ Trọng tâm"))
            #expect(!html.contains("Đẩy mạnh giải ngân vốn"))
            #expect(html.contains("Chỉ nhiệm vụ trọng tâm"))

            // A unit officer sees the marker but no form, and may not post one.
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let seen = try await officer.get("/tasks/\(t1.id!)").body.string
            #expect(seen.contains("★ Trọng tâm"))
            #expect(!seen.contains(#"action="/tasks/\#(t1.id!)/focus""#))
            let refused = try await officer.post("/tasks/\(t1.id!)/focus", ["priority": ""])
            #expect(refused.status == .forbidden)
            #expect(
                try await TaskFocusService.focus(of: [t1.id!], on: app.db)[t1.id!] == TaskFocus(focal: true, priority: .medium))
        }
    }

    @Test func theCSVColumnsMarkAndASecondImportChangesNothing() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let header = String(ImportTasksTests.header.dropLast()) + ",trong_tam,uu_tien\n"
            let csv =
                header
                + "T1,01/NQ-CP,04/01/2021,,CP,Rà soát thủ tục hành chính,SNV,,,30/06/2021,,,,,x,cao\n"
                + "T2,01/NQ-CP,04/01/2021,,CP,Đẩy mạnh giải ngân vốn,SNV,,,31/03/2021,,,,,,\n"
                + "T9,01/NQ-CP,04/01/2021,,CP,Chuyển đổi số,STC,,,31/12/2021,,,,,1,Trung bình\n"
            let first = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            #expect(first == .init(created: 1, updated: 1, unchanged: 1))
            let t1 = try await task(app, "T1")
            let t9 = try await task(app, "T9")
            let focus = try await TaskFocusService.focus(of: [t1.id!, t9.id!], on: app.db)
            #expect(focus[t1.id!] == TaskFocus(focal: true, priority: .high))
            #expect(focus[t9.id!] == TaskFocus(focal: true, priority: .medium))

            let audit = try await AuditEntry.query(on: app.db).count()
            let again = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            #expect(again == .init(created: 0, updated: 0, unchanged: 3))
            #expect(try await AuditEntry.query(on: app.db).count() == audit)

            // An empty cell leaves a marking made elsewhere; `0` unmarks.
            let t2 = try await task(app, "T2")
            let admin = try await makeUser(app, "admin2", role: .admin)
            _ = try await app.write { db in
                try await TaskFocusService.set(
                    TaskFocus(focal: true), on: t2, user: admin, now: testNow, on: db, t: Localizer(language: .vi))
            }
            _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            #expect(try await TaskFocusService.focus(of: [t2.id!], on: app.db)[t2.id!] == TaskFocus(focal: true))
            let unmark = header + "T1,01/NQ-CP,04/01/2021,,CP,Rà soát thủ tục hành chính,SNV,,,30/06/2021,,,,,0,\n"
            _ = try await TaskImport.run(data: Data(unmark.utf8), actor: .commandLine, app: app)
            #expect(try await TaskFocusService.focus(of: [t1.id!], on: app.db)[t1.id!] == TaskFocus(priority: .high))

            let typo = header + "T1,01/NQ-CP,04/01/2021,,CP,Rà soát thủ tục hành chính,SNV,,,30/06/2021,,,,,có,\n"
            await #expect(throws: CSVError.self) {
                _ = try await TaskImport.run(data: Data(typo.utf8), actor: .commandLine, app: app)
            }
        }
    }

    @Test func theInboxPutsFocalTasksFirst() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            // Both overdue for SNV's officer; T2's deadline is earlier, so it leads until T1 is marked focal.
            let browser = Browser(app)
            try await browser.signIn("canbo.snv")
            func order() async throws -> Bool {
                let html = try await browser.get("/inbox").body.string
                let t1 = try #require(html.range(of: "Rà soát thủ tục hành chính"))
                let t2 = try #require(html.range(of: "Đẩy mạnh giải ngân vốn"))
                return t1.lowerBound < t2.lowerBound
            }
            #expect(try await order() == false)
            let t1 = try await task(app, "T1")
            let office = try await APIClient.signIn(app, "vanphong")
            _ = try await office.send(.PUT, "/api/v1/tasks/\(t1.id!)/focus", json: ["focal": true])
            #expect(try await order() == true)
            #expect(try await browser.get("/inbox").body.string.contains("★ Trọng tâm"))
        }
    }

    @Test func theReminderDigestListsFocalTasksFirst() {
        let day = CivilDate(year: 2026, month: 11, day: 23)!
        func line(_ content: String, daysLeft: Int, focus: TaskFocus = .none) -> TaskReminderDigest.Line {
            TaskReminderDigest.Line(
                taskID: UUID(), content: content, document: "01/NQ-CP", deadline: day.adding(days: daysLeft),
                daysLeft: daysLeft, focus: focus)
        }
        let digest = TaskReminderDigest(
            recipient: "Sở Nội vụ", day: day, publicURL: nil,
            lines: [
                line("Quá hạn lâu", daysLeft: -10), line("Trọng tâm sắp đến hạn", daysLeft: 2, focus: TaskFocus(focal: true)),
                line("Trọng tâm ưu tiên cao", daysLeft: 3, focus: TaskFocus(focal: true, priority: .high)),
            ])
        #expect(digest.sorted.map(\.content) == ["Trọng tâm ưu tiên cao", "Trọng tâm sắp đến hạn", "Quá hạn lâu"])
        #expect(digest.body.contains("1. [Trọng tâm] Trọng tâm ưu tiên cao"))
        #expect(digest.body.contains("3. Quá hạn lâu"))
    }
}
