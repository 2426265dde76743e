import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// The demonstration province's reports: seed 000 to every department and district, a monthly regime into now.
@Suite("Reports from units: demo")
struct ReportingDemoTests {
    @Test func demoSendsSeed000ToEveryDepartmentAndDistrictWithAMixOfAnswers() async throws {
        try await withTestApp { app in
            let printed = try await runCommand(app, ["demo"])
            #expect(printed.contains("Báo cáo của đơn vị:"))
            let seed = try #require(try await ReportRequest.query(on: app.db).filter(\.$ma == ReportRequestsDemo.seedMa).first())
            #expect(seed.notation == "4049/UBND-TH")
            #expect(seed.deadline == "2020-10-23")
            #expect(seed.title == "Báo cáo kiểm điểm công tác chỉ đạo, điều hành năm 2020")
            // Departments and districts open on 19/10/2020: 20 departments (before the 2025 mergers) and 5 districts.
            let asOf = CivilDate(year: 2020, month: 12, day: 31)!
            let statuses =
                try await ReportProgress.load([seed], asOf: asOf, calendar: WorkingCalendar(), on: app.db)[seed.id!] ?? []
            #expect(statuses.count == 25)
            let counts = ReportProgress.counts(statuses)
            #expect(counts.submittedOnTime > 0)
            #expect(counts.submittedLate > 0)
            #expect(counts.missing > 0)
            #expect(statuses.contains { $0.events.contains { $0.kind == "returned" } && $0.status == .submittedLate })
            #expect(statuses.contains { $0.snapshot?.returned == true && $0.status == .missing })
            let reminders = try await ReportReminder.query(on: app.db).filter(\.$requestID == seed.id!).all()
            #expect(Set(reminders.map(\.dueOn)) == ["2020-10-21", "2020-10-26"])
            // The monthly regime runs into now, and the STC officer has something overdue in the inbox.
            let regime = try #require(
                try await ReportingRegime.query(on: app.db).filter(\.$ma == ReportRequestsDemo.regimeMa).first())
            #expect(try await ReportRequest.query(on: app.db).filter(\.$regimeID == regime.id!).count() >= 10)
            let stc = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "sotaichinh").first())
            let items = try await ReportInbox.items(
                scope: try await AccessScope.of(stc, on: app.db), today: CivilDate.today(now: testNow),
                on: app.db)
            #expect(items.contains { $0.status.status == .missing })
            #expect(items.contains { $0.status.dueSoon })
            // Running it again adds nothing.
            let before = try await ReportSubmissionRecord.query(on: app.db).count()
            let again = try await runCommand(app, ["demo"])
            #expect(again.contains("Báo cáo của đơn vị: 0 yêu cầu mới, 0 lượt gửi/trả lại, 0 nhắc nhở."))
            #expect(try await ReportSubmissionRecord.query(on: app.db).count() == before)
        }
    }
}
