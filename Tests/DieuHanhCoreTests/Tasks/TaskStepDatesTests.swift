import DieuHanhCore
import Testing

@Suite("The dates of a task's steps")
struct TaskStepDatesTests {
    let assigned = CivilDate(year: 2026, month: 11, day: 2)!
    let today = CivilDate(year: 2026, month: 11, day: 22)!
    let deadline = CivilDate(year: 2026, month: 11, day: 30)!

    private func issues(
        _ action: TaskAction, date: CivilDate? = nil, newDeadline: CivilDate? = nil, requested: CivilDate? = nil,
        current: CivilDate? = nil
    ) -> [TaskStepDateIssue] {
        action.dateIssues(
            date: date, newDeadline: newDeadline, requestedDeadline: requested, currentDeadline: current ?? deadline,
            assignedOn: assigned, today: today)
    }

    @Test func anExtensionMustMoveTheDeadlineLater() {
        #expect(issues(.requestExtension) == [.init(field: "new_deadline", problem: .newDeadlineRequired)])
        #expect(
            issues(.requestExtension, newDeadline: deadline)
                == [.init(field: "new_deadline", problem: .newDeadlineNotLater(than: deadline))])
        #expect(issues(.requestExtension, newDeadline: deadline.adding(days: 1)).isEmpty)
    }

    @Test func anExtensionOfAnOverdueTaskCannotLieInThePast() {
        let overdue = today.adding(days: -10)
        #expect(
            issues(.requestExtension, newDeadline: today.adding(days: -1), current: overdue)
                == [.init(field: "new_deadline", problem: .newDeadlineInPast)])
        #expect(issues(.requestExtension, newDeadline: today, current: overdue).isEmpty)
    }

    @Test func anApprovalWithoutADateGrantsTheOneAskedFor() {
        #expect(issues(.approveExtension, requested: deadline.adding(days: 5)).isEmpty)
        #expect(issues(.approveExtension) == [.init(field: "new_deadline", problem: .newDeadlineRequired)])
        #expect(
            issues(.approveExtension, newDeadline: deadline, requested: deadline.adding(days: 5))
                == [.init(field: "new_deadline", problem: .newDeadlineNotLater(than: deadline))])
    }

    @Test func aCompletionIsDatedBetweenTheAssignmentAndToday() {
        #expect(issues(.reportCompletion) == [.init(field: "date", problem: .completionDateRequired)])
        #expect(issues(.reportCompletion, date: today).isEmpty)
        #expect(issues(.reportCompletion, date: assigned).isEmpty)
        #expect(issues(.reportCompletion, date: today.adding(days: 1)) == [.init(field: "date", problem: .completionInFuture)])
        #expect(
            issues(.reportCompletion, date: assigned.adding(days: -1)) == [
                .init(field: "date", problem: .completionBeforeAssigned)
            ])
    }

    @Test func aDelegatedDeadlineIsNotAfterTheParentsNorInThePast() {
        #expect(issues(.delegate).isEmpty)
        #expect(issues(.delegate, newDeadline: deadline).isEmpty)
        #expect(
            issues(.delegate, newDeadline: deadline.adding(days: 1))
                == [.init(field: "new_deadline", problem: .delegatedAfterParent(deadline))])
        #expect(
            issues(.delegate, newDeadline: today.adding(days: -1)) == [.init(field: "new_deadline", problem: .newDeadlineInPast)])
    }

    @Test func stepsWithoutDatesHaveNoDateRule() {
        for action in [TaskAction.reportProgress, .refuseExtension, .confirmCompletion, .returnCompletion, .reassign, .cancel] {
            #expect(issues(action, date: today.adding(days: 9), newDeadline: assigned).isEmpty, "\(action)")
        }
    }

    @Test func stepsThatReportOrRefuseMustSaySomethingDecisionsNeedNot() {
        let saying: Set<TaskAction> = [
            .reportProgress, .requestExtension, .reportCompletion, .returnCompletion, .cancel, .delegate,
            .requestExplanation, .explain,
        ]
        for action in TaskAction.allCases {
            #expect(action.requiresNote == saying.contains(action), "\(action)")
        }
    }
}

@Suite("The day an explanation is due")
struct ExplanationDueTests {
    let today = CivilDate(year: 2026, month: 11, day: 22)!

    private func issues(_ action: TaskAction, answerDue: CivilDate?) -> [TaskStepDateIssue] {
        action.dateIssues(
            date: nil, newDeadline: nil, requestedDeadline: nil, currentDeadline: nil,
            assignedOn: CivilDate(year: 2026, month: 1, day: 5)!, today: today, answerDue: answerDue)
    }

    @Test func aRequestSaysByWhenAndNotBeforeToday() {
        #expect(issues(.requestExplanation, answerDue: nil) == [.init(field: "answer_due", problem: .answerDueRequired)])
        #expect(
            issues(.requestExplanation, answerDue: today.adding(days: -1))
                == [.init(field: "answer_due", problem: .answerDueInPast)])
        #expect(issues(.requestExplanation, answerDue: today).isEmpty)
        #expect(issues(.requestExplanation, answerDue: today.adding(days: 8)).isEmpty)
    }

    @Test func theAnswerHasNoDayOfItsOwn() {
        #expect(issues(.explain, answerDue: nil).isEmpty)
        #expect(TaskAction.explain.requiresNote && TaskAction.requestExplanation.requiresNote)
    }
}
