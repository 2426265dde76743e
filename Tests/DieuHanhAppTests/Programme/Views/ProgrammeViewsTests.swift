import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The work programme's pages rendered from their models alone (no database).
@Suite("Work programme pages from their models")
struct ProgrammeViewsTests {
    let snv = ViewTesting.unit("SNV", "Sở Nội vụ")

    private func item(_ title: String, month: String = "2026-11") -> ProgrammeItem {
        let item = ProgrammeItem()
        item.id = UUID()
        (item.programmeID, item.year, item.title, item.searchText) = (UUID(), 2026, title, "")
        (item.kind, item.leadUnitID, item.body, item.plannedMonth) = ("de_an", snv.id!, ProgrammeBody.committee.rawValue, month)
        (item.origin, item.note, item.version) = (ProgrammeOrigin.startOfYear.rawValue, "", 3)
        return item
    }

    private func itemModel(_ item: ProgrammeItem, actions: [ProgrammeAction], failed: RefusedStep<ProgrammeAction>? = nil)
        -> ProgrammeItemPage.Model
    {
        ProgrammeItemPage.Model(
            item: item, programme: nil, unitNames: [snv.id!: snv.name], leaderName: nil, events: [],
            snapshot: ProgrammeStatus.evaluate(item.facts([]), asOf: ViewTesting.today), actions: actions, canEdit: true,
            failed: failed)
    }

    @Test func anItemsPageOffersOneFormPerStepWithFieldsOfTheirOwn() {
        let entry = item("Đề án sắp xếp đơn vị hành chính cấp xã")
        let html = ViewTesting.html(
            ProgrammeItemPage.response(
                ViewTesting.context(), model: itemModel(entry, actions: [.submit, .requestPostponement, .requestWithdrawal])))
        #expect(html.contains("Đề án sắp xếp đơn vị hành chính cấp xã"))
        #expect(html.contains("Sở Nội vụ"))
        for action in ["submit", "request_postponement", "request_withdrawal"] {
            #expect(html.contains("action=\"/programme/items/\(entry.id!)/actions/\(action)\""), "\(action)")
        }
        let ids = html.matches(of: /id="(f-[^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "repeated ids: \(ids)")
        // A fresh submission is dated today.
        #expect(html.contains("id=\"f-submit-date\" name=\"date\" type=\"text\" value=\"06/12/2026\""))
    }

    @Test func aRefusedStepComesBackWithItsProblemsAndWhatWasTyped() {
        let entry = item("Đề án sắp xếp đơn vị hành chính cấp xã")
        let refused = RefusedStep<ProgrammeAction>(
            action: .requestPostponement,
            errors: [.init(field: "month", message: "Tháng mới phải sau tháng 11/2026.")],
            typed: ["month": "10/2026", "note": "Chờ Bộ Nội vụ thẩm định"])
        let html = ViewTesting.html(
            ProgrammeItemPage.response(
                ViewTesting.context(), model: itemModel(entry, actions: [.submit, .requestPostponement], failed: refused)))
        #expect(html.contains("Tháng mới phải sau tháng 11/2026."))
        #expect(html.contains("href=\"#f-request_postponement-month\""))
        #expect(html.contains("id=\"f-request_postponement-month\" name=\"month\" type=\"text\" value=\"10/2026\""))
        #expect(html.contains(">Chờ Bộ Nội vụ thẩm định</textarea>"))
        // The submission form is fresh: dated today, its note empty.
        #expect(html.contains("id=\"f-submit-date\" name=\"date\" type=\"text\" value=\"06/12/2026\""))
        #expect(html.matches(of: /Chờ Bộ Nội vụ thẩm định/).count == 1)
    }

    @Test func dueThisMonthListsTheItemsWithTheirUnits() {
        let entry = item("Nghị quyết về chính sách hỗ trợ", month: "2026-12")
        let row = ProgrammeQuery.Row(
            item: entry, events: [], snapshot: ProgrammeStatus.evaluate(entry.facts([]), asOf: ViewTesting.today)!)
        let model = ProgrammeDuePage.Model(
            month: CivilMonth(year: 2026, month: 12)!, asOf: ViewTesting.today, monthText: "12/2026", leadUnit: "",
            units: [snv], unitNames: [snv.id!: snv.name], page: ResultPage(items: [row], total: 1, page: 1, per: 50))
        let html = ViewTesting.html(ProgrammeDuePage.response(ViewTesting.context(), model: model))
        #expect(html.contains("href=\"/programme/items/\(entry.id!)\""))
        #expect(html.contains("Nghị quyết về chính sách hỗ trợ"))
        #expect(html.contains("Sở Nội vụ"))
        #expect(html.contains("value=\"12/2026\""))
    }

    @Test func theItemFormKeepsWhatWasTyped() {
        var form = ProgrammeItemForm()
        (form.title, form.plannedMonth, form.leadUnitID) = ("Đề án chuyển đổi số", "13/2026", snv.id!.uuidString)
        let model = ProgrammeFormPage.Model(
            form: form, errors: [.init(field: "planned_month", message: "Tháng không đúng định dạng")], units: [snv],
            leaders: [], item: nil)
        let html = ViewTesting.html(ProgrammeFormPage.response(ViewTesting.context(), model: model, status: .unprocessableEntity))
        #expect(html.contains(">Đề án chuyển đổi số</textarea>"))
        #expect(html.contains("value=\"13/2026\""))
        #expect(html.contains("Tháng không đúng định dạng"))
        #expect(html.contains("<option value=\"\(snv.id!.uuidString)\" selected=\"selected\">"))
    }

    @Test func anEmptyYearSaysWhatToDoNext() {
        let model = ProgrammePage.Model(
            filter: .init(), year: 2026, range: MonthRange.year(2026)!, asOf: ViewTesting.today, programme: nil, years: [2026],
            units: [snv], unitNames: [:], canManage: true, anyItems: false)
        let html = ViewTesting.html(ProgrammePage.response(ViewTesting.context(), model: model))
        #expect(html.contains("Chưa có nội dung nào cho năm 2026"))
        #expect(html.contains("href=\"/programme/items/new"))
    }

    @Test func statisticsThatCannotBeReadKeepTheirFilters() {
        var query = ProgrammeStatsPage.Query()
        query.period = "2026-Q5"
        let model = ProgrammeStatsPage.Model(
            query: query, units: [snv], errors: [.init(field: "period", message: "Kỳ không hợp lệ.")])
        let html = ViewTesting.html(ProgrammeStatsPage.response(ViewTesting.context(), model: model))
        #expect(html.contains("value=\"2026-Q5\""))
        #expect(html.contains("Kỳ không hợp lệ."))
    }
}
