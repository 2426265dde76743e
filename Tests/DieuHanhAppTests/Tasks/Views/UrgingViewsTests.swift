import DieuHanhCore
import Fluent
import Foundation
import Testing

@testable import DieuHanhApp

/// The urging letter's pages rendered from their models alone: the draft's editor, the letter as issued, on a phone.
@Suite("Urging pages from their models")
struct UrgingViewsTests {
    private func urging(issued: Bool) -> Urging {
        let urging = Urging()
        urging.id = UUID()
        urging.asOf = "2026-11-20"
        urging.state = issued ? "issued" : "draft"
        urging.version = 3
        urging.unitIDsText = ""
        urging.summary = UrgingText.summary
        urging.addresseesText = "Sở Nội vụ."
        urging.opening = UrgingText.opening(taskCount: 1, asOf: CivilDate(year: 2026, month: 11, day: 20)!)
        urging.request = UrgingText.request
        urging.reportBy = "2026-11-27"
        urging.recipientsText = UrgingText.recipients.joined(separator: "\n")
        urging.authority = "TM."
        if issued { (urging.notation, urging.issuedOn) = ("120/UBND-TH", "2026-11-22") }
        return urging
    }

    private let line = UrgingLine(
        taskID: UUID(), document: "Nghị quyết số 15/NQ-CP ngày 01/09/2026 của Chính phủ", content: "Rà soát đơn vị",
        unitID: UUID(), unit: "Sở Nội vụ", deadline: CivilDate(year: 2026, month: 10, day: 31), daysOverdue: 20)

    @Test func theDraftListsItsTasksAsCardsOnAPhoneUnderItsEditableText() {
        let draft = urging(issued: false)
        let html = ViewTesting.html(
            UrgingDraftPage.response(
                ViewTesting.context(), urging: draft, lines: [line], form: UrgingDraftPage.form(draft), errors: []))
        #expect(html.contains("<table class=\"data card-rows\">"))
        #expect(html.contains("<td data-label=\"Số ngày quá hạn\">20</td>"))
        #expect(html.contains("name=\"summary\"") && html.contains("V/v đôn đốc thực hiện nhiệm vụ quá hạn"))
        #expect(html.contains("value=\"27/11/2026\"") && html.contains("name=\"notation\""))
        #expect(html.contains("/tasks/urging/\(draft.id!)/letter.docx"))
    }

    @Test func anIssuedLetterReadsAsIssuedWithoutAForm() {
        let issued = urging(issued: true)
        let html = ViewTesting.html(
            UrgingDraftPage.response(
                ViewTesting.context(), urging: issued, lines: [line], form: UrgingDraftPage.form(issued), errors: []))
        #expect(html.contains("Đã ban hành: Công văn số 120/UBND-TH ngày 22/11/2026"))
        #expect(html.contains("trước ngày 27/11/2026./."))
        #expect(!html.contains("name=\"summary\""))
    }
}
