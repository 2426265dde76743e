import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Seed 003-style entry: one letter, several tasks, then the lifecycle through the pages.
@Suite("Tasks in the browser")
struct TaskPagesTests {
    struct Setup {
        let p: SmallProvince
        let office: UserAccount
        let coordinator: Browser
    }

    func setUp(_ app: Application) async throws -> Setup {
        let p = try await SmallProvince.make(app)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        try await makeUser(app, "lanhdao", role: .leader, unit: p.ubnd)
        let office = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "vanphong").first())
        let browser = Browser(app)
        try await browser.signIn("vanphong")
        return Setup(p: p, office: office, coordinator: browser)
    }

    /// Enters "Số: 3413/UBND-TH" of 22/7/2021 with two tasks for SNV and STC.
    func enterLetter(_ s: Setup, deadlineSNV: String = "30/09/2021") async throws -> TestingHTTPResponse {
        try await s.coordinator.get("/tasks/new")
        return try await s.coordinator.post(
            "/tasks",
            [
                "rows": "3", "notation": "Số: 3413 /UBND-TH", "issued_on": "22/07/2021", "issuer_id": s.p.ubnd.id!.uuidString,
                "summary": "Triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2021", "assigner_id": s.p.ubnd.id!.uuidString,
                "content_0": "Rà soát, sắp xếp tổ chức bộ máy", "lead_0": s.p.snv.id!.uuidString, "coordinators_0": "STC",
                "deadline_0": deadlineSNV,
                "content_1": "Báo cáo tình hình thu chi ngân sách", "lead_1": s.p.stc.id!.uuidString,
                "deadline_1": "10 ngày làm việc",
            ])
    }

    @Test func coordinatorEntersALetterWithItsTasks() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let response = try await enterLetter(s)
            #expect(response.status == .seeOther)
            let document = try #require(try await Document.query(on: app.db).first())
            #expect(document.notation == "3413/UBND-TH")
            #expect(document.year == 2021)
            let tasks = try await TaskItem.query(on: app.db).sort(\.$content).all()
            #expect(tasks.count == 2)
            let budget = try #require(tasks.first { $0.leadUnitID == s.p.stc.id })
            // 10 working days after Thu 22/7/2021: 23/7 is day 1 … 5/8 is day 10.
            #expect(budget.deadline == "2021-08-05")
            let coordinators = try await TaskCoordinator.query(on: app.db).all()
            #expect(coordinators.map(\.unitID) == [s.p.stc.id!])
            let list = try await s.coordinator.get("/tasks?as_of=01/08/2021").body.string
            #expect(list.contains("Rà soát, sắp xếp tổ chức bộ máy"))
            #expect(list.contains("3413/UBND-TH"))
        }
    }

    @Test func badRowsAreAllReportedAndNothingIsSaved() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            try await s.coordinator.get("/tasks/new")
            let response = try await s.coordinator.post(
                "/tasks",
                [
                    "rows": "2", "notation": "abc", "issued_on": "22/07/2021", "assigner_id": s.p.ubnd.id!.uuidString,
                    "content_0": "Việc thứ nhất", "deadline_0": "ngày mai",
                    "content_1": "Việc thứ hai", "lead_1": s.p.snv.id!.uuidString, "coordinators_1": "KHONGCO",
                ])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Không đọc được số, ký hiệu “abc”"))
            #expect(html.contains("Thời hạn phải là ngày"))
            #expect(html.contains("Vui lòng chọn đơn vị chủ trì."))
            #expect(html.contains("Không có đơn vị “KHONGCO”."))
            let count = try await TaskItem.query(on: app.db).count()
            #expect(count == 0)
            #expect(try await Document.query(on: app.db).count() == 0)
        }
    }

    @Test func unitReportsCompletionAndTheOfficeReturnsIt() async throws {
        let clock = TestClock()
        try await withTestApp(adjust: { config in config.now = { clock.now } }) { app in
            let s = try await setUp(app)
            _ = try await enterLetter(s, deadlineSNV: "30/12/2026")
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            // The unit officer of SNV reports completion.
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let page = try await officer.get("/tasks/\(task.id!)")
            #expect(page.body.string.contains("Báo cáo hoàn thành"))
            #expect(!page.body.string.contains("Xác nhận hoàn thành</button>"))
            let done = try await officer.post(
                "/tasks/\(task.id!)/actions/report_completion",
                ["date": "20/11/2026", "note": "Đã ban hành Quyết định 12/QĐ-UBND", "version": "1"])
            #expect(done.status == .seeOther)
            #expect(try await officer.get("/tasks?status=completed_on_time").body.string.contains("Rà soát"))
            // Two days later the office returns it: the task is pending again.
            clock.advance(days: 2)
            try await s.coordinator.get("/tasks/\(task.id!)")
            let returned = try await s.coordinator.post(
                "/tasks/\(task.id!)/actions/return_completion",
                ["note": "Chưa đủ hồ sơ", "version": "2"])
            #expect(returned.status == .seeOther)
            let pending = try await officer.get("/tasks?status=pending_within_deadline").body.string
            #expect(pending.contains("Rà soát"))
            // As of 23/11/2026, before the return was recorded (24/11), it was completed on time: past lists stay true.
            let before = try await officer.get("/tasks?status=completed_on_time&as_of=23/11/2026").body.string
            #expect(before.contains("Rà soát"))
            // As of 21/11/2026 the completion (dated 20/11) was not recorded yet (22/11): still pending then.
            let earlier = try await officer.get("/tasks?status=pending_within_deadline&as_of=21/11/2026").body.string
            #expect(earlier.contains("Rà soát"))
        }
    }

    @Test func aDayThatDoesNotExistIsNamedWithItsRowAndTheTypedValuesStay() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let response = try await enterLetter(s, deadlineSNV: "31/02/2027")
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            // In the summary, the row; next to the field, the reason alone.
            #expect(html.contains("Nhiệm vụ 1: Ngày 31/02/2027 không tồn tại: tháng 2 năm 2027 chỉ có 28 ngày."))
            #expect(html.contains("<p class=\"field-error\" id=\"e-deadline_0\">Ngày 31/02/2027 không tồn tại"))
            #expect(html.contains("value=\"31/02/2027\""))
            #expect(html.contains("Rà soát, sắp xếp tổ chức bộ máy"))
            #expect(try await TaskItem.query(on: app.db).count() == 0)
        }
    }

    @Test func aStaleFormIsAConflictNotAnOverwrite() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            _ = try await enterLetter(s, deadlineSNV: "30/12/2026")
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            try await s.coordinator.get("/tasks/\(task.id!)")
            let first = try await s.coordinator.post(
                "/tasks/\(task.id!)/actions/progress", ["note": "Đang rà soát", "version": "1"])
            #expect(first.status == .seeOther)
            let second = try await s.coordinator.post("/tasks/\(task.id!)/actions/progress", ["note": "Bản cũ", "version": "1"])
            #expect(second.status == .conflict)
            #expect(second.body.string.contains("vừa được người khác thay đổi"))
            #expect(try await TaskEventRecord.query(on: app.db).filter(\.$note == "Bản cũ").count() == 0)
            // The task as it is now, with the other change in its history and what was typed still in the form.
            #expect(second.body.string.contains("Đang rà soát"))
            #expect(second.body.string.contains(">Bản cũ</textarea>"))
            #expect(second.body.string.contains("name=\"version\" value=\"2\""))
        }
    }

    @Test func unitOfficerCannotSeeOrActOnAnotherUnitsTask() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            _ = try await enterLetter(s)
            let stcTask = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.stc.id!).first())
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            #expect(try await officer.get("/tasks/\(stcTask.id!)").status == .notFound)
            try await officer.get("/tasks")
            let act = try await officer.post(
                "/tasks/\(stcTask.id!)/actions/report_completion",
                ["date": "01/08/2021", "note": "x", "version": "1"])
            #expect(act.status == .notFound)
            #expect(!(try await officer.get("/tasks?as_of=01/08/2021").body.string.contains("thu chi ngân sách")))
            #expect(try await officer.get("/tasks/new").status == .forbidden)
        }
    }

    @Test func onlyALeaderDecidesAnExtension() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            _ = try await enterLetter(s, deadlineSNV: "30/11/2026")
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            try await officer.get("/tasks/\(task.id!)")
            let asked = try await officer.post(
                "/tasks/\(task.id!)/actions/request_extension",
                ["new_deadline": "31/12/2026", "note": "Chờ ý kiến Bộ Nội vụ", "version": "1"])
            #expect(asked.status == .seeOther)
            try await s.coordinator.get("/tasks/\(task.id!)")
            let byOffice = try await s.coordinator.post("/tasks/\(task.id!)/actions/approve_extension", ["version": "2"])
            #expect(byOffice.status == .forbidden)
            let leader = Browser(app)
            try await leader.signIn("lanhdao")
            try await leader.get("/tasks/\(task.id!)")
            let approved = try await leader.post("/tasks/\(task.id!)/actions/approve_extension", ["version": "2", "note": ""])
            #expect(approved.status == .seeOther)
            let page = try await leader.get("/tasks/\(task.id!)").body.string
            #expect(page.contains("31/12/2026"))
        }
    }

    @Test func inboxAndQueuesShowWhatWaitsOnEachRole() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            _ = try await enterLetter(s, deadlineSNV: "30/12/2026")  // SNV: within deadline; STC: due 05/08/2021, overdue
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let snvTask = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            try await officer.get("/tasks/\(snvTask.id!)")
            try await officer.post(
                "/tasks/\(snvTask.id!)/actions/request_extension",
                ["new_deadline": "31/01/2027", "note": "Chờ hướng dẫn", "version": "1"])
            let inbox = try await officer.get("/inbox").body.string
            #expect(inbox.contains("Quá hạn (0)"))  // the overdue STC task is not SNV's
            let stc = Browser(app)
            try await makeUser(app, "canbo.stc", role: .unitOfficer, unit: s.p.stc)
            try await stc.signIn("canbo.stc")
            let stcInbox = try await stc.get("/inbox").body.string
            #expect(stcInbox.contains("Quá hạn (1)"))
            #expect(stcInbox.contains("thu chi ngân sách"))
            let leader = Browser(app)
            try await leader.signIn("lanhdao")
            let queue = try await leader.get("/inbox").body.string
            #expect(queue.contains("Đề nghị gia hạn chờ quyết định (1)"))
            #expect(queue.contains("Chờ hướng dẫn"))
            let office = try await s.coordinator.get("/inbox").body.string
            #expect(office.contains("Kết quả chờ xác nhận (0)"))
            #expect(!office.contains("Đề nghị gia hạn chờ quyết định"))
        }
    }

    @Test func aUnitDelegatesToItsSubUnitAndThePageRollsUp() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            _ = try await enterLetter(s, deadlineSNV: "30/12/2026")
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            try await officer.get("/tasks/\(task.id!)")
            let tooLate = try await officer.post(
                "/tasks/\(task.id!)/actions/delegate",
                [
                    "unit_id": s.p.archives.id!.uuidString, "new_deadline": "31/01/2027", "note": "Chỉnh lý hồ sơ",
                    "version": "1",
                ])
            #expect(tooLate.status == .unprocessableEntity)
            #expect(tooLate.body.string.contains("không được sau thời hạn nhiệm vụ"))
            let outside = try await officer.post(
                "/tasks/\(task.id!)/actions/delegate",
                [
                    "unit_id": s.p.stc.id!.uuidString, "note": "x", "version": "1",
                ])
            #expect(outside.status == .unprocessableEntity)
            let ok = try await officer.post(
                "/tasks/\(task.id!)/actions/delegate",
                [
                    "unit_id": s.p.archives.id!.uuidString, "new_deadline": "15/12/2026", "note": "Chỉnh lý hồ sơ",
                    "version": "1",
                ])
            #expect(ok.status == .seeOther)
            let child = try #require(try await TaskItem.query(on: app.db).filter(\.$parentID == task.id!).first())
            #expect(child.leadUnitID == s.p.archives.id)
            #expect(child.deadline == "2026-12-15")
            #expect(child.assignerID == s.p.snv.id)
            let page = try await officer.get("/tasks/\(task.id!)").body.string
            #expect(page.contains("Nhiệm vụ con — đã hoàn thành 0/1"))
            #expect(page.contains("Chỉnh lý hồ sơ"))
        }
    }
}
