import DieuHanhCore
import Foundation
import Testing

@testable import DieuHanhApp

/// The pages of reports units send, rendered from their models alone (no database).
@Suite("Report request pages from their models")
struct UnitReportViewsTests {
    let snv = ViewTesting.unit("SNV", "Sở Nội vụ")
    let ubnd = ViewTesting.unit("UBND", "Ủy ban nhân dân tỉnh", kind: .province)

    private func list(anyVisible: Bool, canManage: Bool, officer: Bool) -> ReportRequestsListPage.Model {
        ReportRequestsListPage.Model(
            filter: .init(),
            result: .init(
                page: ResultPage(items: [], total: 0, page: 1, per: 50), today: ViewTesting.today, anyVisible: anyVisible),
            errors: [], unitNames: [:], canManage: canManage, isUnitOfficer: officer)
    }

    @Test func withNoRequestTheOfficeIsOfferedToCreateOneAndAUnitIsSentToItsQueue() {
        let office = ViewTesting.html(
            ReportRequestsListPage.response(
                ViewTesting.context(), model: list(anyVisible: false, canManage: true, officer: false)))
        #expect(office.contains("Chưa có yêu cầu báo cáo nào"))
        #expect(office.contains("href=\"/reports/requests/new\""))
        let officer = ViewTesting.html(
            ReportRequestsListPage.response(
                ViewTesting.context(.unitOfficer, unitID: snv.id), model: list(anyVisible: false, canManage: false, officer: true)
            ))
        #expect(!officer.contains("href=\"/reports/requests/new\""))
        #expect(officer.contains("Chưa có yêu cầu báo cáo nào gửi đơn vị"))
        #expect(officer.contains("<a class=\"button\" href=\"/inbox\">"))
    }

    @Test func aFilterThatMatchesNothingOffersToClearIt() {
        let html = ViewTesting.html(
            ReportRequestsListPage.response(ViewTesting.context(), model: list(anyVisible: true, canManage: true, officer: false))
        )
        #expect(html.contains("Không có kết quả"))
        #expect(html.contains("<a class=\"button\" href=\"/reports/requests\">"))
    }

    @Test func theRequestFormKeepsWhatWasTypedWithItsProblems() {
        var form = ReportRequestForm()
        (form.title, form.notation, form.deadline) = ("Báo cáo chuyên đề chuyển đổi số", "512/UBND-KGVX", "5 ngày làm việc sau")
        form.recipient_units = [snv.id!.uuidString]
        let model = ReportRequestFormPage.Model(
            form: form, errors: [.init(field: "deadline", message: "Không đọc được thời hạn.")], requesters: [ubnd], units: [snv])
        let html = ViewTesting.html(
            ReportRequestFormPage.response(ViewTesting.context(), model: model, status: .unprocessableEntity))
        #expect(html.contains("Báo cáo chuyên đề chuyển đổi số"))
        #expect(html.contains("value=\"512/UBND-KGVX\""))
        #expect(html.contains("value=\"5 ngày làm việc sau\""))
        #expect(html.contains("Không đọc được thời hạn."))
        #expect(html.contains("value=\"\(snv.id!.uuidString)\" checked"))
    }

    @Test func theScorecardKeepsAYearItCannotReadWithItsProblem() {
        let model = ReportScorecardPage.Model(
            year: "20x6", asOf: "", result: nil, errors: [.init(field: "year", message: "Năm không hợp lệ.")])
        let html = ViewTesting.html(ReportScorecardPage.response(ViewTesting.context(), model: model))
        #expect(html.contains("value=\"20x6\""))
        #expect(html.contains("Năm không hợp lệ."))
    }
}
