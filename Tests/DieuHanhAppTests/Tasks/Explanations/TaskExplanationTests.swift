import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// Explanations (giải trình, DOMAIN §11): a leader asks the lead unit to explain an overdue task by a date, the unit
/// answers with text and files, both stay on the task, and the ranking counts them. Today is 22/11/2026.
@Suite("Explanations of overdue tasks")
struct TaskExplanationTests {
    /// SNV's task overdue since 31/05/2026 and one it completed on time, and STC's still within its deadline.
    static let tasks =
        "ma,so_ky_hieu,ngay_van_ban,trich_yeu,co_quan_giao,noi_dung,don_vi_chu_tri,don_vi_phoi_hop,ngay_giao,han_xu_ly,"
        + "han_gia_han,ngay_duyet_gia_han,ngay_hoan_thanh,ngay_huy\n"
        + "T1,7/TB-UBND,05/01/2026,,UBND,Việc quá hạn của Sở Nội vụ,SNV,,,31/05/2026,,,,\n"
        + "T2,7/TB-UBND,05/01/2026,,UBND,Việc còn trong hạn của Sở Tài chính,STC,,,31/12/2026,,,,\n"
        + "T3,7/TB-UBND,05/01/2026,,UBND,Việc đúng hạn của Sở Nội vụ,SNV,,,30/04/2026,,,20/04/2026,\n"

    struct Setup {
        let p: SmallProvince
        let overdue: TaskItem
        let withinDeadline: TaskItem
        let leader: Browser
    }

    func setUp(_ app: Application) async throws -> Setup {
        let p = try await SmallProvince.make(app)
        _ = try await TaskImport.run(data: Data(Self.tasks.utf8), actor: .commandLine, app: app)
        try await makeUser(app, "lanhdao", role: .leader, unit: p.ubnd)
        try await makeUser(app, "canbo.stc", role: .unitOfficer, unit: p.stc)
        let leader = Browser(app)
        try await leader.signIn("lanhdao")
        let overdue = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T1").first())
        let within = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T2").first())
        return Setup(p: p, overdue: overdue, withinDeadline: within, leader: leader)
    }

    /// The leader asks SNV to explain T1 by 30/11/2026.
    func ask(_ s: Setup, due: String = "30/11/2026") async throws -> Int {
        try await s.leader.get("/tasks/\(s.overdue.id!)")
        let response = try await s.leader.post(
            "/tasks/\(s.overdue.id!)/actions/request_explanation",
            ["answer_due": due, "note": "Giải trình lý do chậm rà soát", "version": String(s.overdue.version)])
        return Int(response.status.code)
    }

    @Test func theLeaderAsksTheUnitAnswersWithAFileAndBothStayOnTheTask() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let page = try await s.leader.get("/tasks/\(s.overdue.id!)").body.string
            #expect(page.contains("/actions/request_explanation") && page.contains("Hạn giải trình"))
            #expect(try await ask(s) == 303)
            let asked = try await s.leader.get("/tasks/\(s.overdue.id!)").body.string
            #expect(asked.contains("Đang chờ đơn vị giải trình, hạn 30/11/2026"))
            #expect(asked.contains("hạn giải trình 30/11/2026") && asked.contains("Giải trình lý do chậm rà soát"))
            // One question at a time: the form is gone until the unit answers.
            #expect(!asked.contains("/actions/request_explanation"))

            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let inbox = try await officer.get("/inbox").body.string
            let section = try #require(inbox.range(of: "Cần giải trình (1)"))
            #expect(inbox[section.upperBound...].contains("Việc quá hạn của Sở Nội vụ"))
            #expect(try await officer.get("/").body.string.contains("/inbox#to-explain"))
            let form = try await officer.get("/tasks/\(s.overdue.id!)").body.string
            #expect(form.contains("/actions/explain") && form.contains("Nội dung giải trình"))
            let version = try #require(try await TaskItem.find(s.overdue.id, on: app.db)).version
            let answered = try await officer.postMultipart(
                "/tasks/\(s.overdue.id!)/actions/explain",
                ["note": "Chờ ý kiến thẩm định của Bộ Nội vụ", "version": String(version)],
                files: [TestUpload(fileName: "giai-trinh.pdf", data: TestUpload.pdf)])
            #expect(answered.status == .seeOther)
            let after = try await officer.get("/tasks/\(s.overdue.id!)").body.string
            #expect(after.contains("Đã giải trình ngày 22/11/2026") && after.contains("Chờ ý kiến thẩm định của Bộ Nội vụ"))
            #expect(after.contains("giai-trinh.pdf"))
            #expect(!after.contains("/actions/explain"))
            #expect(try await officer.get("/inbox").body.string.contains("Cần giải trình (0)"))
            let kinds = try await TaskEventRecord.query(on: app.db).filter(\.$taskID == s.overdue.id!).all().map(\.kind)
            #expect(kinds.suffix(2) == ["explanation_requested", "explanation_given"])
            // Answered, the leader may ask again.
            #expect(try await s.leader.get("/tasks/\(s.overdue.id!)").body.string.contains("/actions/request_explanation"))
        }
    }

    @Test func aRequestWithoutADayOrWithAPastDayIsRefusedAndKeepsWhatWasTyped() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            try await s.leader.get("/tasks/\(s.overdue.id!)")
            let missing = try await s.leader.post(
                "/tasks/\(s.overdue.id!)/actions/request_explanation",
                ["answer_due": "", "note": "Vì sao chậm?", "version": String(s.overdue.version)])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("Nhập hạn giải trình.") && missing.body.string.contains("Vì sao chậm?"))
            let past = try await s.leader.post(
                "/tasks/\(s.overdue.id!)/actions/request_explanation",
                ["answer_due": "21/11/2026", "note": "Vì sao chậm?", "version": String(s.overdue.version)])
            #expect(past.status == .unprocessableEntity)
            #expect(past.body.string.contains("Hạn giải trình không được trước ngày hôm nay."))
            #expect(past.body.string.contains("21/11/2026"))
            // Due today is accepted.
            #expect(try await ask(s, due: "22/11/2026") == 303)
            let count = try await TaskEventRecord.query(on: app.db).filter(\.$kind == "explanation_requested").count()
            #expect(count == 1)
        }
    }

    @Test func onlyALeaderAsksOnlyTheLeadUnitAnswersAndOnlyAboutADelay() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let office = try await APIClient.signIn(app, "admin")
            let snv = try await APIClient.signIn(app, "canbo.snv")
            let stc = try await APIClient.signIn(app, "canbo.stc")
            let leader = try await APIClient.signIn(app, "lanhdao")
            let body: [String: Any] = ["action": "request_explanation", "answer_due": "2026-11-30", "note": "Vì sao chậm?"]
            #expect(try await snv.send(.POST, "/api/v1/tasks/\(s.overdue.id!)/events", json: body).status == .forbidden)
            // Not late: nothing to explain.
            let early = try await leader.send(.POST, "/api/v1/tasks/\(s.withinDeadline.id!)/events", json: body)
            #expect(early.status == .conflict)
            #expect(try await leader.send(.POST, "/api/v1/tasks/\(s.overdue.id!)/events", json: body).status == .created)
            let detail = try await snv.send(.GET, "/api/v1/tasks/\(s.overdue.id!)").json
            #expect((detail["actions"] as? [String])?.contains("explain") == true)
            let events = detail["events"] as? [[String: Any]] ?? []
            #expect(events.last?["answer_due"] as? String == "2026-11-30")
            // STC's officer does not see SNV's task at all; the answer is SNV's (or the office's) to give.
            let answer: [String: Any] = ["action": "explain", "note": "Chờ ý kiến Bộ"]
            #expect(try await stc.send(.POST, "/api/v1/tasks/\(s.overdue.id!)/events", json: answer).status == .notFound)
            #expect(try await leader.send(.POST, "/api/v1/tasks/\(s.overdue.id!)/events", json: answer).status == .forbidden)
            #expect(try await snv.send(.POST, "/api/v1/tasks/\(s.overdue.id!)/events", json: answer).status == .created)
            // A second answer has no question to answer.
            #expect(try await office.send(.POST, "/api/v1/tasks/\(s.overdue.id!)/events", json: answer).status == .conflict)
        }
    }

    @Test func theListFindsTheTasksAskedAndTheRankingCountsThem() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let before = try await EmulationRanking.build(
                year: 2026, asOf: CivilDate.today(now: testNow), today: CivilDate.today(now: testNow), on: app.db,
                t: Localizer(language: .vi))
            #expect(try await ask(s) == 303)
            let after = try await EmulationRanking.build(
                year: 2026, asOf: CivilDate.today(now: testNow), today: CivilDate.today(now: testNow), on: app.db,
                t: Localizer(language: .vi))
            let snvBefore = try #require(before.lines.first { $0.unit.id == s.p.snv.id })
            let snvAfter = try #require(after.lines.first { $0.unit.id == s.p.snv.id })
            #expect(snvBefore.facts.explanationsAsked == 0 && snvAfter.facts.explanationsAsked == 1)
            // 50 − 0,05 × 175 days = 41,3 before; 1 point less after.
            #expect(snvBefore.score.score == 41.3)
            let drop = try #require(snvBefore.score.score) - (try #require(snvAfter.score.score))
            #expect(abs(drop - 1) < 0.001)
            // The day before the request the ranking as of then does not count it.
            let yesterday = try await EmulationRanking.build(
                year: 2026, asOf: CivilDate.today(now: testNow).adding(days: -1), today: CivilDate.today(now: testNow),
                on: app.db, t: Localizer(language: .vi))
            #expect(yesterday.lines.first { $0.unit.id == s.p.snv.id }?.facts.explanationsAsked == 0)

            let list = try await s.leader.get("/tasks?explained=1").body.string
            #expect(list.contains("Việc quá hạn của Sở Nội vụ") && !list.contains("Việc còn trong hạn của Sở Tài chính"))
            #expect(!list.contains("Việc đúng hạn của Sở Nội vụ"))
            #expect(list.contains("Chỉ nhiệm vụ bị yêu cầu giải trình"))
            let api = try await APIClient.signIn(app, "lanhdao")
            let items = try await api.send(.GET, "/api/v1/tasks?explained=1").json["items"] as? [[String: Any]] ?? []
            #expect(items.map { $0["ma"] as? String } == ["T1"])
            let ranking = try await s.leader.get("/ranking?year=2026").body.string
            #expect(ranking.contains("Bị yêu cầu giải trình") && ranking.contains("explained=1"))
            #expect(ranking.contains("1 × số nhiệm vụ chủ trì bị yêu cầu giải trình"))
        }
    }
}
