import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Statistics as of a cut-off, from the status index, through the CLI and the API.
@Suite("Task statistics")
struct TaskStatisticsTests {
    let imports = ImportTasksTests()

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func seedCaoBangThroughTheCommandLineAndTheAPI() async throws {
        try await withTestApp { app in
            try await imports.province(app)
            _ = try await TaskImport.run(data: Data(ImportTasksTests.caoBang.utf8), actor: .commandLine, app: app)
            let out = try json(try await runCommand(app, ["stats", "tasks", "--as-of", "2021-06-14", "--format", "json"]))
            #expect(out["as_of"] as? String == "2021-06-14")
            #expect(out["total"] as? Int == 11)
            #expect(out["completed_on_time"] as? Int == 5)
            #expect(out["pending_within_deadline"] as? Int == 6)
            #expect(out["completed_late"] as? Int == 0)
            #expect(out["pending_overdue"] as? Int == 0)
            #expect(out["pending_no_deadline"] as? Int == 0)
            #expect(out["documents"] as? Int == 9)
            try await makeUser(app, "vanphong", role: .coordinator)
            let api = try await APIClient.signIn(app, "vanphong")
            let response = try await api.send(.GET, "/api/v1/stats/tasks?as_of=2021-06-14")
            #expect(response.status == .ok)
            for key in ["total", "completed_on_time", "pending_within_deadline", "documents", "as_of"] {
                #expect("\(response.json[key] ?? "")" == "\(out[key] ?? "")", "\(key)")
            }
            // Text output for people: the same figures, labelled, with the rates.
            let text = try await runCommand(app, ["stats", "tasks", "--as-of", "14/06/2021"])
            #expect(text.contains("11 nhiệm vụ trong 9 văn bản"))
            #expect(text.contains("Đã hoàn thành đúng hạn: 5"))
            #expect(text.contains("45,5%"))
        }
    }

    @Test func filtersByAssignerLeadUnitSubtreeAndAssignedDate() async throws {
        try await withTestApp { app in
            try await imports.province(app)
            let csv =
                ImportTasksTests.header
                + "A1,01/NQ-CP,04/01/2021,,CP,Việc một,SNV,,,31/03/2021,,,,\n"
                + "A2,02/TB-UBND,10/02/2021,,UBND,Việc hai,STC,,,15/02/2021,,,20/02/2021,\n"
                + "A3,03/TB-UBND,01/04/2021,,UBND,Việc ba,SNV,,,,,,,\n"
            _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            let t = Localizer(language: .vi)
            func stats(_ assigner: String? = nil, lead: String? = nil, from: String? = nil) async throws -> TaskStatsJSON {
                let filter = try await TaskStatsFilter.parse(
                    asOf: "2021-04-30", assigner: assigner, leadUnit: lead, from: from,
                    today: CivilDate(year: 2026, month: 11, day: 22)!, scope: .everything,
                    on: app.db, t: t)
                return try await TaskStatistics.json(filter, on: app.db)
            }
            let all = try await stats()
            #expect(all.total == 3)
            #expect(all.pending_overdue == 1)  // A1: deadline 31/03, still open on 30/04
            #expect(all.completed_late == 1)  // A2: done 20/02 against 15/02
            #expect(all.pending_no_deadline == 1)  // A3
            #expect(try await stats("UBND").total == 2)
            #expect(try await stats(lead: "SNV").total == 2)
            #expect(try await stats(lead: "UBND").total == 3)  // the province's subtree
            #expect(try await stats(from: "2021-02-01").total == 2)
            // Breakdown by lead unit with days late: A1 is 30 days late on 30/04, A2 was 5 days late.
            let filter = try await TaskStatsFilter.parse(
                asOf: "2021-04-30", assigner: nil, leadUnit: nil, from: nil,
                today: CivilDate(year: 2026, month: 11, day: 22)!, scope: .everything,
                on: app.db, t: t)
            let groups = try await TaskStatistics.breakdown(filter, by: .leadUnit, on: app.db)
            let snv = try #require(try await UnitDirectory.find(code: "SNV", on: app.db))
            let stc = try #require(try await UnitDirectory.find(code: "STC", on: app.db))
            let bySNV = try #require(groups.first { $0.key == snv.id!.uuidString })
            #expect(bySNV.counts.total == 2)
            #expect(bySNV.daysLateTotal == 30)
            #expect(groups.first { $0.key == stc.id!.uuidString }?.daysLateTotal == 5)
        }
    }

    @Test func badInputIsAClearErrorEverywhere() async throws {
        try await withTestApp { app in
            try await imports.province(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let api = try await APIClient.signIn(app, "vanphong")
            let response = try await api.send(.GET, "/api/v1/stats/tasks?as_of=31/02/2021&lead_unit=KHONGCO")
            #expect(response.status == .unprocessableEntity)
            let message = (response.json["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.contains("KHONGCO"))
            await #expect(throws: CommandFailure.self) {
                _ = try await runCommand(app, ["stats", "tasks", "--as-of", "hôm qua", "--format", "json"])
            }
        }
    }

    @Test func subTasksAreCountedOnceThroughTheirParent() async throws {
        try await withTestApp { app in
            let s = try await TaskPagesTests().setUp(app)
            let ccvt = try #require(try await UnitDirectory.find(code: "CCVT", on: app.db))
            _ = try await TaskPagesTests().enterLetter(s, deadlineSNV: "30/12/2026")
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            try await officer.get("/tasks/\(task.id!)")
            let delegated = try await officer.post(
                "/tasks/\(task.id!)/actions/delegate",
                ["unit_id": ccvt.id!.uuidString, "note": "Chi cục rà soát hồ sơ", "version": "1"])
            #expect(delegated.status == .seeOther)
            #expect(try await TaskItem.query(on: app.db).count() == 3)
            let stats = try await TaskStatistics.json(
                TaskStatsFilter(asOf: CivilDate(year: 2026, month: 11, day: 22)!), on: app.db)
            #expect(stats.total == 2)
        }
    }

    @Test func theIndexFollowsEveryStepAndFiguresForThePastDoNotMove() async throws {
        let clock = TestClock()
        try await withTestApp(adjust: { $0.now = { clock.now } }) { app in
            let s = try await TaskPagesTests().setUp(app)
            _ = try await TaskPagesTests().enterLetter(s, deadlineSNV: "30/11/2026")
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            let day = CivilDate(year: 2026, month: 11, day: 22)!
            func bucketCounts(_ d: CivilDate) async throws -> TaskCounts {
                try await TaskStatistics.counts(TaskStatsFilter(asOf: d, leadUnitIDs: [s.p.snv.id!]), on: app.db).counts
            }
            #expect(try await bucketCounts(day).pendingWithinDeadline == 1)
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            try await officer.get("/tasks/\(task.id!)")
            _ = try await officer.post(
                "/tasks/\(task.id!)/actions/report_completion",
                ["date": "22/11/2026", "note": "Xong", "version": "1"])
            #expect(try await bucketCounts(day).completedOnTime == 1)
            clock.advance(days: 9)  // 1/12: the office returns it after the deadline
            try await s.coordinator.get("/tasks/\(task.id!)")
            _ = try await s.coordinator.post(
                "/tasks/\(task.id!)/actions/return_completion", ["note": "Thiếu hồ sơ", "version": "2"])
            #expect(try await bucketCounts(day.adding(days: 9)).pendingOverdue == 1)
            // As of 22/11 the figure is what it was that day, however much was recorded later.
            #expect(try await bucketCounts(day).completedOnTime == 1)
            // The index is exactly what a rebuild from the facts gives.
            let before = try await spans(app)
            _ = try await runCommand(app, ["stats", "rebuild"])
            #expect(try await spans(app) == before)
        }
    }

    func spans(_ app: Application) async throws -> [String] {
        try await TaskStatusSpanRecord.query(on: app.db).all()
            .map {
                "\($0.taskID) \($0.fromDay) \($0.untilDay) \($0.bucket) \($0.deadlineDay ?? -1) \($0.lateDays ?? -1) \($0.leadUnitID)"
            }
            .sorted()
    }
}
