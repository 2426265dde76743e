import DieuHanhCore
import Testing

@Suite("The dates, months and reasons of a programme item's steps")
struct ProgrammeStepDatesTests {
    let existsFrom = CivilDate(year: 2026, month: 1, day: 15)!
    let submittedOn = CivilDate(year: 2026, month: 3, day: 10)!
    let today = CivilDate(year: 2026, month: 6, day: 20)!
    let current = CivilMonth(year: 2026, month: 6)!

    private func issues(
        _ action: ProgrammeAction, date: CivilDate? = nil, month: CivilMonth? = nil, document: String = "",
        note: String = "", submitted: CivilDate? = nil
    ) -> [ProgrammeStepIssue] {
        action.issues(
            date: date, month: month, document: document, note: note, existsFrom: existsFrom, submittedOn: submitted,
            current: current, plannedYear: 2026, today: today)
    }

    @Test func aSubmissionIsDatedFromTheItemsEntryUpToToday() {
        #expect(issues(.submit) == [.init(field: "date", problem: .submitDateRequired)])
        #expect(issues(.submit, date: existsFrom).isEmpty)
        #expect(issues(.submit, date: today).isEmpty)
        #expect(issues(.submit, date: today.adding(days: 1)) == [.init(field: "date", problem: .dateInFuture)])
        let early = existsFrom.adding(days: -1)
        #expect(
            issues(.submit, date: early)
                == [.init(field: "date", problem: .submitBeforeItem(date: early, existsFrom: existsFrom))])
    }

    @Test func anIssueNamesItsDocumentAndFollowsTheSubmission() {
        #expect(
            issues(.issue, submitted: submittedOn)
                == [
                    .init(field: "date", problem: .issueDateRequired),
                    .init(field: "document", problem: .issueDocumentRequired),
                ])
        #expect(issues(.issue, date: submittedOn, document: "Nghị quyết số 12/2026/NQ-HĐND", submitted: submittedOn).isEmpty)
        #expect(
            issues(.issue, date: submittedOn, document: "   ", submitted: submittedOn)
                == [.init(field: "document", problem: .issueDocumentRequired)])
        let early = submittedOn.adding(days: -1)
        #expect(
            issues(.issue, date: early, document: "QĐ 1", submitted: submittedOn)
                == [.init(field: "date", problem: .issueBeforeSubmit(date: early, submittedOn: submittedOn))])
        // An issue recorded without a submission before it has nothing to follow; an issue before the item's entry
        // into the programme is allowed (the office records what was issued).
        #expect(issues(.issue, date: existsFrom.adding(days: -5), document: "QĐ 1").isEmpty)
        #expect(issues(.issue, date: today.adding(days: 1), document: "QĐ 1") == [.init(field: "date", problem: .dateInFuture)])
    }

    @Test func aDateOutsideTheWindowIsLeftToTheWindowRule() {
        // DateRules refuses 9999 with its own message; the step does not add "in the future" to it.
        let slip = CivilDate(year: 9999, month: 12, day: 31)!
        #expect(issues(.submit, date: slip).isEmpty)
    }

    @Test func aPostponementMovesTheItemLaterButNotBeyondTheNextYear() {
        #expect(issues(.requestPostponement, note: "Chờ ý kiến Bộ") == [.init(field: "month", problem: .monthRequired)])
        #expect(
            issues(.requestPostponement, month: current, note: "x")
                == [.init(field: "month", problem: .postponeNotLater(month: current, current: current))])
        #expect(issues(.requestPostponement, month: CivilMonth(year: 2026, month: 7)!, note: "x").isEmpty)
        #expect(issues(.approvePostponement, month: CivilMonth(year: 2027, month: 12)!).isEmpty)
        #expect(
            issues(.approvePostponement, month: CivilMonth(year: 2028, month: 1)!)
                == [.init(field: "month", problem: .postponeTooFar(lastYear: 2027))])
    }

    @Test func aRequestToPostponeOrWithdrawGivesItsReason() {
        let july = CivilMonth(year: 2026, month: 7)!
        #expect(issues(.requestPostponement, month: july) == [.init(field: "note", problem: .reasonRequired)])
        #expect(issues(.approvePostponement, month: july).isEmpty)
        #expect(issues(.requestWithdrawal) == [.init(field: "note", problem: .reasonRequired)])
        #expect(issues(.requestWithdrawal, note: "Không còn phù hợp").isEmpty)
    }

    @Test func decisionsHaveNoRuleOfTheirOwn() {
        for action in [ProgrammeAction.refusePostponement, .approveWithdrawal, .refuseWithdrawal] {
            #expect(issues(action).isEmpty, "\(action)")
        }
    }
}
