import DieuHanhCore
import Fluent
import SQLKit
import Testing
import Vapor

@testable import DieuHanhApp

/// The running totals that answer the unfiltered statistics (`TaskStatsTotals`) agree with the spans at every step,
/// on the boundary days, and are what a rebuild gives.
@Suite("Running totals of the statistics")
struct TaskStatsTotalsTests {
    typealias Interval = TaskStatsTotals.Interval

    @Test func unionJoinsOverlappingAndTouchingIntervals() {
        let open = TaskStatusIndex.openEnd
        #expect(TaskStatsTotals.union([]) == [])
        #expect(
            TaskStatsTotals.union([Interval(from: 5, until: 9), Interval(from: 1, until: 3)])
                == [Interval(from: 1, until: 3), Interval(from: 5, until: 9)])
        // Touching: the day a task leaves is the day the other one starts, so the document never drops out.
        #expect(
            TaskStatsTotals.union([Interval(from: 1, until: 5), Interval(from: 5, until: 7)]) == [Interval(from: 1, until: 7)])
        #expect(
            TaskStatsTotals.union([Interval(from: 1, until: 8), Interval(from: 2, until: 4)]) == [Interval(from: 1, until: 8)])
        #expect(
            TaskStatsTotals.union([Interval(from: 3, until: 10), Interval(from: 1, until: open)]) == [
                Interval(from: 1, until: open)
            ])
    }

    @Test func theTotalsFollowEveryStepAndARebuildGivesTheSame() async throws {
        let clock = TestClock()
        try await withTestApp(adjust: { $0.now = { clock.now } }) { app in
            let s = try await TaskPagesTests().setUp(app)
            _ = try await TaskPagesTests().enterLetter(s, deadlineSNV: "30/11/2026")
            let snvTask = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            let stcTask = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.stc.id!).first())
            let today = CivilDate(year: 2026, month: 11, day: 22)!
            // The entry day, the deadlines and the days each step happens, with the days either side.
            let days =
                ["2021-07-21", "2021-07-22", "2021-08-05", "2021-08-06"].compactMap(CivilDate.parse)
                + (-3...25).map { today.adding(days: $0) }
            func agree(_ step: String) async throws {
                for day in days {
                    let totals = try await TaskStatistics.counts(TaskStatsFilter(asOf: day), on: app.db)
                    let spans = try await TaskStatistics.countsFromSpans(TaskStatsFilter(asOf: day), on: app.db)
                    #expect(totals.counts == spans.counts, "\(step), \(day.iso)")
                    #expect(totals.documents == spans.documents, "\(step), \(day.iso)")
                }
            }
            func stats(_ day: CivilDate) async throws -> (counts: TaskCounts, documents: Int) {
                try await TaskStatistics.counts(TaskStatsFilter(asOf: day), on: app.db)
            }
            try await agree("entered")
            #expect(try await stats(today).counts.total == 2)
            #expect(try await stats(today).documents == 1)
            #expect(try await stats(CivilDate(year: 2021, month: 7, day: 21)!).documents == 0)

            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            try await officer.get("/tasks/\(snvTask.id!)")
            _ = try await officer.post(
                "/tasks/\(snvTask.id!)/actions/report_completion",
                ["date": "22/11/2026", "note": "Xong", "version": "1"])
            try await agree("completed")
            #expect(try await stats(today).counts.completedOnTime == 1)

            clock.advance(days: 9)  // 1/12, after the deadline: the office returns it
            try await s.coordinator.get("/tasks/\(snvTask.id!)")
            _ = try await s.coordinator.post(
                "/tasks/\(snvTask.id!)/actions/return_completion", ["note": "Thiếu hồ sơ", "version": "2"])
            try await agree("returned")
            // With the budget task, overdue since 6/8/2021.
            #expect(try await stats(today.adding(days: 9)).counts.pendingOverdue == 2)

            clock.advance(days: 2)  // 3/12: the budget task is cancelled; the document still has the other one
            try await s.coordinator.get("/tasks/\(stcTask.id!)")
            let cancelled = try await s.coordinator.post(
                "/tasks/\(stcTask.id!)/actions/cancel", ["note": "Không còn cần", "version": "1"])
            #expect(cancelled.status == .seeOther)
            try await agree("one cancelled")
            #expect(try await stats(today.adding(days: 11)).counts.total == 1)
            #expect(try await stats(today.adding(days: 11)).documents == 1)

            clock.advance(days: 3)  // 6/12: the other one too; the document drops out from that day only
            try await s.coordinator.get("/tasks/\(snvTask.id!)")
            _ = try await s.coordinator.post(
                "/tasks/\(snvTask.id!)/actions/cancel", ["note": "Gộp vào văn bản khác", "version": "3"])
            try await agree("both cancelled")
            #expect(try await stats(today.adding(days: 14)).documents == 0)
            #expect(try await stats(today.adding(days: 13)).documents == 1)
            #expect(try await stats(today).counts.total == 2)

            let kept = try await rows(app)
            _ = try await runCommand(app, ["stats", "rebuild"])
            #expect(try await rows(app) == kept)
            #expect(!kept.isEmpty)
        }
    }

    /// The totals' non-zero changes and the documents' coverage, as text.
    func rows(_ app: Application) async throws -> [String] {
        let sql = app.db as! SQLDatabase
        let daily = try await sql.select().columns("bucket", "day", "delta").from(TaskStatsTotals.schema)
            .where("delta", .notEqual, SQLBind(0)).all()
            .map {
                "\(try $0.decode(column: "bucket", as: String.self)) \(try $0.decode(column: "day", as: Int.self)) \(try $0.decode(column: "delta", as: Int.self))"
            }
        let coverage = try await sql.select().columns("document_id", "from_day", "until_day").from(TaskStatsTotals.documentSpans)
            .all()
            .map {
                "\(try $0.decode(column: "document_id", as: UUID.self)) \(try $0.decode(column: "from_day", as: Int.self)) \(try $0.decode(column: "until_day", as: Int.self))"
            }
        return daily.sorted() + coverage.sorted()
    }
}
