import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The statistics page and the review report's page rendered from their models alone (no database).
@Suite("Statistics and review report pages from their models")
struct ReviewReportViewsTests {
    @Test func theStatisticsShowTheFiveBucketsAsOfTheCutOff() {
        var model = StatsPage.Model(query: .init(), units: [])
        let counts = TaskCounts(
            completedOnTime: 120, completedLate: 14, pendingWithinDeadline: 30, pendingOverdue: 9, pendingNoDeadline: 2)
        model.asOf = ViewTesting.today
        model.stats = TaskStatsJSON(asOf: ViewTesting.today, counts: counts, documents: 40)
        let html = ViewTesting.html(StatsPage.response(ViewTesting.context(), model: model))
        #expect(html.contains("06/12/2026"))
        #expect(html.contains("175 nhiệm vụ trong 40 văn bản, tính đến ngày 06/12/2026"))
        for figure in ["120", "14", "30", "9"] { #expect(html.contains(">\(figure)<"), "\(figure)") }
    }

    @Test func aCutOffThatCannotBeReadIsShownWithWhatWasTyped() {
        var query = StatsController.Query()
        query.as_of = "31/02/2026"
        var model = StatsPage.Model(query: query, units: [])
        model.errors = [.init(field: "as_of", message: "Ngày không hợp lệ.")]
        let html = ViewTesting.html(StatsPage.response(ViewTesting.context(), model: model))
        #expect(html.contains("value=\"31/02/2026\""))
        #expect(html.contains("Ngày không hợp lệ."))
    }

    @Test func beforeAPeriodIsChosenTheReportPageOffersThePeriods() {
        let model = ReviewReportPage.Model(
            query: .init(),
            periods: [.init(code: "2026-H1", label: "6 tháng đầu năm 2026"), .init(code: "2025", label: "năm 2025")])
        let html = ViewTesting.html(ReviewReportPage.response(ViewTesting.context(), model: model, status: .ok))
        #expect(html.contains("6 tháng đầu năm 2026"))
        #expect(html.contains("value=\"2026-H1\""))
        #expect(!html.contains("review.docx"))
    }
}
