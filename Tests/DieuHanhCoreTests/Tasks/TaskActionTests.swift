import Testing

@testable import DieuHanhCore

@Suite("Task actions: who may do what, and when")
struct TaskActionTests {
    let day = CivilDate(year: 2026, month: 3, day: 2)!

    func state(_ kinds: [TaskEvent.Kind]) -> TaskLifecycleState {
        TaskLifecycleState(events: kinds.map { TaskEvent(kind: $0, recordedOn: day) })
    }

    @Test func unitOfficerActsOnlyOnItsOwnTasks() {
        #expect(TaskAction.reportProgress.isAllowed(for: .unitOfficer, ownsTask: true))
        #expect(!TaskAction.reportProgress.isAllowed(for: .unitOfficer, ownsTask: false))
        #expect(TaskAction.reportCompletion.isAllowed(for: .unitOfficer, ownsTask: true))
        #expect(!TaskAction.confirmCompletion.isAllowed(for: .unitOfficer, ownsTask: true))
        #expect(!TaskAction.approveExtension.isAllowed(for: .unitOfficer, ownsTask: true))
        #expect(!TaskAction.cancel.isAllowed(for: .unitOfficer, ownsTask: true))
    }

    @Test func viewerDoesNothing() {
        for action in TaskAction.allCases {
            #expect(!action.isAllowed(for: .viewer, ownsTask: true))
        }
    }

    @Test func onlyLeadersAndAdminsDecideExtensions() {
        let deciders = Role.allCases.filter { TaskAction.approveExtension.isAllowed(for: $0, ownsTask: true) }
        #expect(Set(deciders) == [.leader, .admin])
    }

    @Test func theOfficeConfirmsOrReturns() {
        let confirmers = Role.allCases.filter { TaskAction.returnCompletion.isAllowed(for: $0, ownsTask: false) }
        #expect(Set(confirmers) == [.coordinator, .leader, .admin])
    }

    @Test func decisionsNeedAPendingRequest() {
        #expect(!TaskAction.approveExtension.isPossible(in: state([.assigned])))
        #expect(TaskAction.approveExtension.isPossible(in: state([.assigned, .extensionRequested])))
        #expect(!TaskAction.refuseExtension.isPossible(in: state([.extensionRequested, .extensionRefused])))
        #expect(!TaskAction.requestExtension.isPossible(in: state([.extensionRequested])))
        #expect(TaskAction.requestExtension.isPossible(in: state([.extensionRequested, .extensionApproved])))
    }

    @Test func confirmationNeedsAnUnconfirmedCompletion() {
        #expect(!TaskAction.confirmCompletion.isPossible(in: state([.assigned])))
        #expect(TaskAction.confirmCompletion.isPossible(in: state([.completionReported])))
        #expect(!TaskAction.confirmCompletion.isPossible(in: state([.completionReported, .completionConfirmed])))
        #expect(!TaskAction.returnCompletion.isPossible(in: state([.completionReported, .completionReturned])))
    }

    @Test func aReturnedCompletionCanBeReportedAgain() {
        #expect(!TaskAction.reportCompletion.isPossible(in: state([.completionReported])))
        #expect(TaskAction.reportCompletion.isPossible(in: state([.completionReported, .completionReturned])))
    }

    @Test func aCancelledTaskTakesNoFurtherStep() {
        let cancelled = state([.assigned, .cancelled])
        for action in TaskAction.allCases {
            #expect(!action.isPossible(in: cancelled))
        }
    }

    @Test func thePendingRequestKeepsItsDate() {
        let requested = CivilDate(year: 2026, month: 6, day: 30)!
        let s = TaskLifecycleState(events: [TaskEvent(kind: .extensionRequested, recordedOn: day, newDeadline: requested)])
        #expect(s.requestedDeadline == requested)
    }

    @Test func aUnitDelegatesOnlyItsOwnOpenTasks() {
        #expect(TaskAction.delegate.isAllowed(for: .unitOfficer, ownsTask: true))
        #expect(!TaskAction.delegate.isAllowed(for: .unitOfficer, ownsTask: false))
        #expect(!TaskAction.delegate.isAllowed(for: .leader, ownsTask: true))
        #expect(TaskAction.delegate.isPossible(in: state([.assigned])))
        #expect(!TaskAction.delegate.isPossible(in: state([.completionReported])))
    }
}

@Suite("Steps available now")
struct AvailableStepsTests {
    let fresh = TaskLifecycleState(events: [])

    @Test func onANewTaskEachRoleGetsItsSteps() {
        #expect(TaskAction.available(to: .viewer, ownsTask: true, in: fresh).isEmpty)
        #expect(
            TaskAction.available(to: .unitOfficer, ownsTask: true, in: fresh)
                == [.reportProgress, .requestExtension, .reportCompletion, .delegate])
        #expect(TaskAction.available(to: .unitOfficer, ownsTask: false, in: fresh).isEmpty)
        // Nothing to decide yet: no extension pending, no completion awaiting confirmation.
        #expect(TaskAction.available(to: .leader, ownsTask: false, in: fresh).isEmpty)
        #expect(
            TaskAction.available(to: .coordinator, ownsTask: false, in: fresh)
                == [.reportProgress, .requestExtension, .reportCompletion, .reassign, .cancel, .delegate])
    }
}

/// Giải trình (DOMAIN §11): a leader asks about a delay, the lead unit answers; one question open at a time.
@Suite("Explanations: who asks, who answers, and when")
struct ExplanationStepsTests {
    let assigned = CivilDate(year: 2026, month: 1, day: 5)!
    let deadline = CivilDate(year: 2026, month: 5, day: 31)!

    func state(_ events: [TaskEvent], asOf day: CivilDate) -> TaskLifecycleState {
        TaskLifecycleState(facts: TaskFacts(assignedOn: assigned, originalDeadline: deadline, events: events), asOf: day)
    }

    func event(_ kind: TaskEvent.Kind, _ day: CivilDate) -> TaskEvent { TaskEvent(kind: kind, recordedOn: day) }

    @Test func leadersAskTheLeadUnitAndTheOfficeAnswer() {
        #expect(
            Set(Role.allCases.filter { TaskAction.requestExplanation.isAllowed(for: $0, ownsTask: true) }) == [.leader, .admin])
        #expect(TaskAction.explain.isAllowed(for: .unitOfficer, ownsTask: true))
        #expect(!TaskAction.explain.isAllowed(for: .unitOfficer, ownsTask: false))
        #expect(TaskAction.explain.isAllowed(for: .coordinator, ownsTask: false))
        #expect(!TaskAction.explain.isAllowed(for: .leader, ownsTask: false))
        #expect(!TaskAction.explain.isAllowed(for: .viewer, ownsTask: true))
    }

    @Test func onlyAnOverdueTaskCanBeQuestioned() {
        // On its deadline a task is not late yet; the day after it is.
        #expect(!TaskAction.requestExplanation.isPossible(in: state([], asOf: deadline)))
        #expect(TaskAction.requestExplanation.isPossible(in: state([], asOf: deadline.adding(days: 1))))
        // Completed (even late) or without a deadline: no delay to explain any more.
        let late = deadline.adding(days: 10)
        let completed = [TaskEvent(kind: .completionReported, recordedOn: late, effectiveOn: late)]
        #expect(!TaskAction.requestExplanation.isPossible(in: state(completed, asOf: late.adding(days: 1))))
        let noDeadline = TaskLifecycleState(
            facts: TaskFacts(assignedOn: assigned, originalDeadline: nil), asOf: deadline.adding(days: 100))
        #expect(!TaskAction.requestExplanation.isPossible(in: noDeadline))
        // A state from events alone does not know the task is late, so it offers nothing.
        #expect(!TaskAction.requestExplanation.isPossible(in: TaskLifecycleState(events: [])))
    }

    @Test func oneQuestionAtATimeAndTheAnswerClosesIt() {
        let day = deadline.adding(days: 5)
        let asked = [event(.explanationRequested, day)]
        #expect(state(asked, asOf: day).explanationPending)
        #expect(!TaskAction.requestExplanation.isPossible(in: state(asked, asOf: day)))
        #expect(TaskAction.explain.isPossible(in: state(asked, asOf: day)))
        let answered = asked + [event(.explanationGiven, day)]
        #expect(!TaskAction.explain.isPossible(in: state(answered, asOf: day)))
        #expect(TaskAction.requestExplanation.isPossible(in: state(answered, asOf: day)))
        #expect(!TaskAction.explain.isPossible(in: state([], asOf: day)))
    }

    @Test func theQuestionOutlivesACompletionButNotACancellation() {
        let day = deadline.adding(days: 5)
        let completed = [
            event(.explanationRequested, day), TaskEvent(kind: .completionReported, recordedOn: day, effectiveOn: day),
        ]
        #expect(TaskAction.explain.isPossible(in: state(completed, asOf: day)))
        let cancelled = [event(.explanationRequested, day), event(.cancelled, day)]
        #expect(!TaskAction.explain.isPossible(in: state(cancelled, asOf: day)))
    }
}
