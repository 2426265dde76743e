import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The plans page rendered from its model alone (no database).
@Suite("Plans page from its model")
struct IndicatorPlansViewsTests {
    let skhdt = ViewTesting.unit("SKHDT", "Sở Kế hoạch và Đầu tư")
    let period = IndicatorPlanPeriod(from: 2021, to: 2025)!

    /// Total investment over 2021–2025 (250.000 tỷ đồng): four whole years and the estimate of nine months of 2025.
    private func row() -> IndicatorMultiYearRow {
        let indicator = Indicator()
        indicator.id = UUID()
        (indicator.code, indicator.name, indicator.searchText, indicator.unit) = (
            "VDT", "Tổng vốn đầu tư toàn xã hội", "", "tỷ đồng"
        )
        (indicator.direction, indicator.aggregation, indicator.version) = ("higher", "sum", 1)
        let plan = IndicatorMultiYearPlanRecord()
        plan.id = UUID()
        (plan.indicatorID, plan.fromYear, plan.toYear, plan.method, plan.target) = (
            indicator.id!, 2021, 2025, "sum", "250000"
        )
        (plan.responsibleUnitID, plan.position) = (skhdt.id!, 1)
        var facts = (2021...2024).map { year in
            ActualFact(
                period: IndicatorPeriod(year: year, span: .year)!, kind: .chinhThuc, value: 45000,
                recordedOn: CivilDate(year: year + 1, month: 2, day: 1)!)
        }
        facts.append(
            ActualFact(
                period: IndicatorPeriod(year: 2025, span: .nineMonths)!, kind: .uoc, value: 30000,
                recordedOn: CivilDate(year: 2025, month: 10, day: 1)!))
        let snapshot = IndicatorMultiYearEvaluation.evaluate(
            IndicatorMultiYearFacts(
                direction: .higher, aggregation: .sum, period: period, method: .sum, target: 250000, actuals: facts),
            asOf: CivilDate(year: 2025, month: 10, day: 31)!)
        return IndicatorMultiYearRow(indicator: indicator, plan: plan, snapshot: snapshot)
    }

    private func model(_ rows: [IndicatorMultiYearRow], canManage: Bool = true) -> IndicatorPlansPage.Model {
        var model = IndicatorPlansPage.Model(
            period: period, asOf: CivilDate(year: 2025, month: 10, day: 31)!, asOfText: nil, periods: [period],
            canManage: canManage)
        model.rows = rows
        model.unitNames = [skhdt.id!: skhdt.name]
        return model
    }

    @Test func eachYearsFigureAndThePeriodsStandingInTheWordsOfTheYearsTable() {
        let html = ViewTesting.html(IndicatorPlansPage.response(ViewTesting.context(), model: model([row()])))
        // 210.000 of 250.000 (84%) after 57 of 60 months (95%): behind.
        #expect(html.contains("tổng đến 9 tháng đầu năm 2025: 210.000 tỷ đồng"))
        #expect(html.contains("84%"))
        #expect(html.contains("tổng 5 năm: 250.000 tỷ đồng"))
        #expect(html.contains("ước 9 tháng đầu năm 2025"))
        #expect(html.contains("Có nguy cơ không đạt"))
        #expect(html.contains("row-due-soon"))
        #expect(html.contains("class=\"table-wrap\""))
        #expect(html.contains("Sở Kế hoạch và Đầu tư"))
        #expect(
            html.contains(
                "Giai đoạn 2021 - 2025: 01 chỉ tiêu có nguy cơ không đạt kế hoạch giai đoạn (tổng vốn đầu tư toàn xã hội)."))
        // No developer wording on the page.
        for word in ["average_growth", "last_year", "ví dụ", "dieuhanh "] { #expect(!html.contains(word), "\(word)") }
    }

    @Test func anEmptyPeriodTellsEachRoleWhatToDoNext() {
        let manager = ViewTesting.html(IndicatorPlansPage.response(ViewTesting.context(), model: model([])))
        #expect(manager.contains("Chưa có mục tiêu kế hoạch giai đoạn 2021 - 2025"))
        #expect(manager.contains("Đề nghị quản trị hệ thống nạp tệp chỉ tiêu"))
        let reader = ViewTesting.html(
            IndicatorPlansPage.response(ViewTesting.context(.viewer), model: model([], canManage: false)))
        #expect(reader.contains("Chọn giai đoạn khác ở trên"))
    }
}
