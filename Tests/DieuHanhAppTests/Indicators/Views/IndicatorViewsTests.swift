import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The indicator pages rendered from their models alone (no database).
@Suite("Indicator pages from their models")
struct IndicatorViewsTests {
    let sct = ViewTesting.unit("SCT", "Sở Công Thương")

    /// "Tổng mức bán lẻ hàng hóa", 2026, target 5.300 (tỷ đồng), with the first half's estimate of 2.500.
    private func row(otherTargets: [IndicatorOtherTargetRecord] = []) -> IndicatorYearRow {
        let indicator = Indicator()
        indicator.id = UUID()
        (indicator.code, indicator.name, indicator.searchText, indicator.unit) = (
            "BANLE", "Tổng mức bán lẻ hàng hóa", "", "tỷ đồng"
        )
        (indicator.direction, indicator.aggregation, indicator.version) = ("higher", "sum", 1)
        let plan = IndicatorPlan()
        plan.id = UUID()
        (plan.indicatorID, plan.year, plan.responsibleUnitID, plan.target, plan.position) = (
            indicator.id!, 2026, sct.id!, "5300", 1
        )
        let actual = IndicatorActualRecord()
        actual.id = UUID()
        (actual.indicatorID, actual.period, actual.year, actual.kind, actual.value) = (
            indicator.id!, "2026-H1", 2026, "uoc", "2500"
        )
        (actual.recordedOn, actual.seq, actual.note, actual.actorName) = ("2026-06-20", 1, "", "dòng lệnh")  // imported
        return IndicatorYearRow(
            indicator: indicator, plan: plan, revisions: [], actuals: [actual], otherTargets: otherTargets,
            asOf: ViewTesting.today)
    }

    private func list(_ rows: [IndicatorYearRow], canManage: Bool = true) -> IndicatorsListPage.Model {
        IndicatorsListPage.Model(
            filter: .init(), year: 2026, asOf: ViewTesting.today, years: [2026], all: rows, rows: rows, units: [sct],
            canManage: canManage, canEnter: canManage)
    }

    @Test func theYearsTableShowsEachIndicatorWithItsTargetFigureAndUnit() {
        let row = row()
        let html = ViewTesting.html(IndicatorsListPage.response(ViewTesting.context(), model: list([row])))
        #expect(html.contains("href=\"/indicators/\(row.indicator.id!)"))
        #expect(html.contains("Tổng mức bán lẻ hàng hóa"))
        #expect(html.contains("5.300"))
        #expect(html.contains("2.500"))
        #expect(html.contains("Sở Công Thương"))
    }

    @Test func aYearWithoutIndicatorsSaysWhatToDoNextToThoseWhoCan() {
        let manager = ViewTesting.html(IndicatorsListPage.response(ViewTesting.context(), model: list([])))
        #expect(manager.contains("Chưa có chỉ tiêu năm 2026"))
        #expect(manager.contains("href=\"/indicators/new"))
        let reader = ViewTesting.html(
            IndicatorsListPage.response(ViewTesting.context(.viewer), model: list([], canManage: false)))
        #expect(reader.contains("Chưa có chỉ tiêu năm 2026"))
        #expect(!reader.contains("href=\"/indicators/new"))
    }

    @Test func theFormKeepsWhatWasTypedWithItsProblems() {
        var form = IndicatorForm(year: 2026)
        (form.code, form.name, form.target, form.responsibleUnitID) = (
            "BANLE", "Tổng mức bán lẻ", "5.300,5,1", sct.id!.uuidString
        )
        let model = IndicatorFormPage.Model(
            form: form, errors: [.init(field: "target", message: "Không đọc được số “5.300,5,1”.")], units: [sct],
            indicatorID: nil)
        let html = ViewTesting.html(IndicatorFormPage.response(ViewTesting.context(), model: model, status: .unprocessableEntity))
        #expect(html.contains("value=\"5.300,5,1\""))
        #expect(html.contains("value=\"Tổng mức bán lẻ\""))
        #expect(html.contains("Không đọc được số “5.300,5,1”."))
        #expect(html.contains("<option value=\"\(sct.id!.uuidString)\" selected=\"selected\">"))
    }

    @Test func anIndicatorsPageShowsItsFiguresAndOffersEntryOnlyToThoseWhoMay() {
        let row = row()
        let model = IndicatorPage.Model(row: row, years: [2026], unitNames: [sct.id!: sct.name], canEnter: true, canManage: false)
        let html = ViewTesting.html(IndicatorPage.response(ViewTesting.context(.unitOfficer, unitID: sct.id), model: model))
        #expect(html.contains("Tổng mức bán lẻ hàng hóa"))
        #expect(html.contains("2.500"))
        #expect(html.contains("id=\"nhap-so-lieu\""))
        // A figure is typed on the phone's number keyboard (with its decimal comma).
        #expect(html.contains(#"name="value" type="text" required="required" inputmode="decimal""#))
        // A figure an import wrote says so, in an office's words.
        #expect(html.contains("<td>nhập từ tệp dữ liệu</td>"))
        #expect(!html.contains("dòng lệnh"))
        // The office sees both forms, the figure's and the target's: their fields keep ids of their own.
        let office = ViewTesting.html(
            IndicatorPage.response(
                ViewTesting.context(), model: .init(row: row, years: [2026], unitNames: [:], canEnter: true, canManage: true)))
        #expect(office.contains("id=\"dieu-chinh\""))
        let ids = office.matches(of: /id="(f-[^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "repeated ids: \(ids)")
        let reader = IndicatorPage.Model(
            row: row, years: [2026], unitNames: [sct.id!: sct.name], canEnter: false, canManage: false)
        #expect(
            !ViewTesting.html(IndicatorPage.response(ViewTesting.context(.viewer), model: reader)).contains("id=\"nhap-so-lieu\"")
        )
    }

    @Test func anIndicatorsPageMeasuresTheFigureAgainstEachOfItsTargets() {
        let centre = IndicatorOtherTargetRecord()
        (centre.planID, centre.kind, centre.value) = (UUID(), "trung_uong", "5000")
        let model = IndicatorPage.Model(
            row: row(otherTargets: [centre]), years: [2026], unitNames: [:], canEnter: false, canManage: false)
        let html = ViewTesting.html(IndicatorPage.response(ViewTesting.context(.viewer), model: model))
        #expect(html.contains("<dt>Kế hoạch Trung ương giao</dt><dd>5.000 tỷ đồng (đạt 50%)</dd>"))
        #expect(html.contains("đạt 47,2% kế hoạch; so với kế hoạch Trung ương giao đạt 50%."))
    }

    @Test func aRefusedFigureComesBackWithWhatWasTyped() {
        var model = IndicatorPage.Model(row: row(), years: [2026], unitNames: [:], canEnter: true, canManage: false)
        (model.actualForm.period, model.actualForm.value, model.actualForm.note) = ("2026-9M", "3.9OO", "Số ước 9 tháng")
        model.actualErrors = [.init(field: "value", message: "Không đọc được số “3.9OO”.")]
        let html = ViewTesting.html(IndicatorPage.response(ViewTesting.context(), model: model, status: .unprocessableEntity))
        #expect(html.contains("value=\"3.9OO\""))
        #expect(html.contains("Không đọc được số “3.9OO”."))
        #expect(html.contains("Số ước 9 tháng"))
    }

    @Test func anOfficerWithNothingToEnterIsToldSo() {
        let model = IndicatorEntryPage.Model(
            year: 2026, years: [2026], period: IndicatorPeriod(code: "2026-H1")!, form: IndicatorEntryForm(period: "2026-H1"),
            lines: [], unitName: "Sở Công Thương", unitNames: [:])
        let html = ViewTesting.html(IndicatorEntryPage.response(ViewTesting.context(.unitOfficer, unitID: sct.id), model: model))
        #expect(html.contains("Không có chỉ tiêu nào để nhập cho năm 2026"))
    }
}
