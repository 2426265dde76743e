import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

/// A task assigned on 10/1/2026 with a deadline of 31/3/2026 unless told otherwise.
private func task(deadline: String? = "2026-03-31", _ events: TaskEvent...) -> TaskFacts {
    TaskFacts(
        assignedOn: d("2026-01-10"), originalDeadline: deadline.map(d),
        events: [TaskEvent(kind: .assigned, recordedOn: d("2026-01-10"))] + events)
}

/// Which tasks an urging letter lists and how late (DOMAIN §11), by the status rule of DOMAIN §3.
@Suite("Urging: overdue tasks and days overdue")
struct UrgingRuleTests {
    @Test func aTaskIsOverdueFromTheDayAfterItsDeadline() {
        #expect(UrgingRule.overdue(task(), asOf: d("2026-03-31")) == nil, "the deadline day is still within it")
        #expect(UrgingRule.overdue(task(), asOf: d("2026-04-01")) == .init(deadline: d("2026-03-31"), daysOverdue: 1))
        #expect(UrgingRule.overdue(task(), asOf: d("2026-05-01"))?.daysOverdue == 31)
    }

    @Test func daysOverdueAreTheStatusRulesDaysLate() {
        let facts = task()
        for asOf in ["2026-04-01", "2026-04-30", "2027-01-01"] {
            #expect(UrgingRule.overdue(facts, asOf: d(asOf))?.daysOverdue == TaskStatus.evaluate(facts, asOf: d(asOf))?.daysLate)
        }
    }

    @Test func completedCancelledAndOpenEndedTasksAreNotUrged() {
        let completed = task(TaskEvent(kind: .completionReported, recordedOn: d("2026-04-10"), effectiveOn: d("2026-04-05")))
        #expect(UrgingRule.overdue(completed, asOf: d("2026-04-09"))?.daysOverdue == 9, "not yet recorded on 09/04")
        #expect(UrgingRule.overdue(completed, asOf: d("2026-04-10")) == nil, "completed late is not urged")
        let cancelled = task(TaskEvent(kind: .cancelled, recordedOn: d("2026-04-02")))
        #expect(UrgingRule.overdue(cancelled, asOf: d("2026-04-03")) == nil)
        #expect(UrgingRule.overdue(task(deadline: nil), asOf: d("2027-01-01")) == nil)
    }

    @Test func anApprovedExtensionMovesTheDayItBecomesOverdue() {
        let extended = task(
            TaskEvent(kind: .extensionApproved, recordedOn: d("2026-03-20"), newDeadline: d("2026-04-30")))
        #expect(UrgingRule.overdue(extended, asOf: d("2026-04-30")) == nil)
        #expect(UrgingRule.overdue(extended, asOf: d("2026-05-02")) == .init(deadline: d("2026-04-30"), daysOverdue: 2))
    }

    @Test func anUrgingCountsFromItsDateOnceRecorded() {
        #expect(!UrgingRule.counts(issuedOn: d("2026-11-22"), recordedOn: d("2026-11-22"), asOf: d("2026-11-21")))
        #expect(UrgingRule.counts(issuedOn: d("2026-11-22"), recordedOn: d("2026-11-22"), asOf: d("2026-11-22")))
        // Entered late with an earlier date: a report as of a day before the entry never shows it.
        #expect(!UrgingRule.counts(issuedOn: d("2026-11-02"), recordedOn: d("2026-11-20"), asOf: d("2026-11-10")))
    }

    @Test func theDayToReportByIsFiveWorkingDaysLater() {
        // Friday 20/11/2026 → Friday 27/11/2026, over the weekend.
        #expect(UrgingRule.reportBy(after: d("2026-11-20"), calendar: WorkingCalendar()) == d("2026-11-27"))
    }
}

/// The letter's wording per Nghị định 30/2020.
@Suite("Urging: the letter's text")
struct UrgingTextTests {
    @Test func addresseesAreOneLineOrAList() {
        #expect(UrgingText.addressees(["Sở Nội vụ"]) == ["Sở Nội vụ."])
        #expect(UrgingText.addressees(["Sở Nội vụ", "Sở Tài chính"]) == ["- Sở Nội vụ;", "- Sở Tài chính."])
    }

    @Test func theOpeningCountsTasksWithALeadingZero() {
        let text = UrgingText.opening(taskCount: 3, asOf: d("2026-11-20"))
        #expect(text.contains("đến hết ngày 20/11/2026 còn 03 nhiệm vụ"))
    }

    @Test func theClosingEndsWithTheDayToReportByAndTheEndMark() {
        #expect(UrgingText.closing("Yêu cầu báo cáo.", reportBy: d("2026-11-27")) == "Yêu cầu báo cáo trước ngày 27/11/2026./.")
        #expect(UrgingText.closing(UrgingText.request, reportBy: d("2026-11-27")).hasSuffix("tỉnh) trước ngày 27/11/2026./."))
    }

    @Test func theNoteNamesEveryLetterOldestFirst() {
        #expect(UrgingText.note([]) == "")
        let note = UrgingText.note([("20/UBND-TH", d("2026-11-15")), ("12/UBND-TH", d("2026-11-01"))])
        #expect(note == "Đã đôn đốc 2 lần (Công văn số 12/UBND-TH ngày 01/11/2026, số 20/UBND-TH ngày 15/11/2026)")
    }

    @Test func anUrgingLetterIsNumberedAsACongVan() {
        func check(_ notation: String) -> [ReviewIssueProblem] {
            ReviewIssueProblem.check(
                notation: notation, date: d("2026-11-22"), cutOff: d("2026-11-20"), signer: "Nguyễn Văn A",
                signerTitle: "Phó Chủ tịch", authority: "KT.", recipients: ["- Như trên;"], kind: .officialLetter)
        }
        #expect(check("4049/UBND-TH").isEmpty)
        #expect(check("Số: 4049 /ubnd-th").isEmpty)
        #expect(check("489/BC-UBND") == [.notALetter])
        #expect(check("36-NQ/TW") == [.notALetter])
        #expect(check("abc") == [.notationInvalid])
    }
}
