import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

private func event(
    _ kind: TaskEvent.Kind, recorded: String, effective: String? = nil,
    newDeadline: String? = nil
) -> TaskEvent {
    TaskEvent(kind: kind, recordedOn: d(recorded), effectiveOn: effective.map(d), newDeadline: newDeadline.map(d))
}

/// A task assigned on 10/1/2024 with a deadline of 31/3/2024 unless told otherwise.
private func task(assigned: String = "2024-01-10", deadline: String? = "2024-03-31", _ events: TaskEvent...) -> TaskFacts {
    TaskFacts(
        assignedOn: d(assigned), originalDeadline: deadline.map(d),
        events: [event(.assigned, recorded: assigned)] + events)
}

private func bucket(_ facts: TaskFacts, asOf: String) -> TaskBucket? {
    TaskStatus.evaluate(facts, asOf: d(asOf))?.bucket
}

@Suite("Task status as of a date")
struct TaskStatusTests {
    // MARK: Deadline boundaries

    @Test("pending on the deadline day itself is still within the deadline")
    func pendingOnDeadlineDay() {
        #expect(
            TaskStatus.evaluate(task(), asOf: d("2024-03-31"))
                == TaskSnapshot(bucket: .pendingWithinDeadline, deadline: d("2024-03-31")))
    }

    @Test("pending the day after the deadline is overdue by one day")
    func pendingDayAfterDeadline() {
        #expect(
            TaskStatus.evaluate(task(), asOf: d("2024-04-01"))
                == TaskSnapshot(bucket: .pendingOverdue, deadline: d("2024-03-31"), daysLate: 1))
    }

    @Test("completed on the deadline day is on time")
    func completedOnDeadlineDay() {
        let facts = task(event(.completionReported, recorded: "2024-03-31"))
        #expect(
            TaskStatus.evaluate(facts, asOf: d("2024-06-30"))
                == TaskSnapshot(bucket: .completedOnTime, deadline: d("2024-03-31"), completedOn: d("2024-03-31")))
    }

    @Test("completed one day after the deadline is late by one day")
    func completedDayAfterDeadline() {
        let facts = task(event(.completionReported, recorded: "2024-04-01"))
        #expect(
            TaskStatus.evaluate(facts, asOf: d("2024-06-30"))
                == TaskSnapshot(bucket: .completedLate, deadline: d("2024-03-31"), completedOn: d("2024-04-01"), daysLate: 1))
    }

    // MARK: Extensions

    @Test("an extension approved and recorded before the cut-off moves the deadline")
    func extensionBeforeCutOff() {
        let facts = task(
            event(.extensionRequested, recorded: "2024-03-20", newDeadline: "2024-04-30"),
            event(.extensionApproved, recorded: "2024-03-25", newDeadline: "2024-04-30"))
        #expect(
            TaskStatus.evaluate(facts, asOf: d("2024-04-15"))
                == TaskSnapshot(bucket: .pendingWithinDeadline, deadline: d("2024-04-30")))
    }

    @Test("an extension decided or recorded after the cut-off does not count yet")
    func extensionAfterCutOff() {
        let recordedLate = task(
            event(
                .extensionApproved, recorded: "2024-04-20", effective: "2024-04-10",
                newDeadline: "2024-04-30"))
        let decidedLate = task(event(.extensionApproved, recorded: "2024-04-20", newDeadline: "2024-04-30"))
        #expect(bucket(recordedLate, asOf: "2024-04-15") == .pendingOverdue)
        #expect(bucket(decidedLate, asOf: "2024-04-15") == .pendingOverdue)
        #expect(bucket(decidedLate, asOf: "2024-04-20") == .pendingWithinDeadline)
    }

    @Test("a refused extension leaves the deadline unchanged")
    func extensionRefused() {
        let facts = task(
            event(.extensionRequested, recorded: "2024-03-20", newDeadline: "2024-04-30"),
            event(.extensionRefused, recorded: "2024-03-25"))
        #expect(TaskStatus.evaluate(facts, asOf: d("2024-04-15"))?.deadline == d("2024-03-31"))
        #expect(bucket(facts, asOf: "2024-04-15") == .pendingOverdue)
    }

    @Test("a request alone does not move the deadline")
    func extensionOnlyRequested() {
        let facts = task(event(.extensionRequested, recorded: "2024-03-20", newDeadline: "2024-04-30"))
        #expect(bucket(facts, asOf: "2024-04-15") == .pendingOverdue)
    }

    @Test("of two approved extensions, the latest decision wins")
    func twoExtensions() {
        let facts = task(
            event(.extensionApproved, recorded: "2024-03-25", newDeadline: "2024-04-30"),
            event(.extensionApproved, recorded: "2024-04-25", newDeadline: "2024-05-31"))
        #expect(TaskStatus.evaluate(facts, asOf: d("2024-04-20"))?.deadline == d("2024-04-30"))
        #expect(TaskStatus.evaluate(facts, asOf: d("2024-05-15"))?.deadline == d("2024-05-31"))
    }

    @Test("the latest decision wins even when it shortens the deadline or was entered first")
    func latestDecisionNotLatestDate() {
        // Entered in the list out of order: the decision of 10/4 (to 15/4) supersedes the one of 1/4 (to 30/4).
        let facts = task(
            event(.extensionApproved, recorded: "2024-04-10", newDeadline: "2024-04-15"),
            event(
                .extensionApproved, recorded: "2024-04-12", effective: "2024-04-01",
                newDeadline: "2024-04-30"))
        #expect(TaskStatus.evaluate(facts, asOf: d("2024-04-20"))?.deadline == d("2024-04-15"))
    }

    @Test("an approval without a date approves the date requested")
    func approvalTakesRequestedDate() {
        let facts = task(
            event(.extensionRequested, recorded: "2024-03-20", newDeadline: "2024-04-30"),
            event(.extensionApproved, recorded: "2024-03-25"))
        #expect(TaskStatus.evaluate(facts, asOf: d("2024-04-15"))?.deadline == d("2024-04-30"))
    }

    @Test("completion before an extended deadline is on time")
    func completedWithinExtension() {
        let facts = task(
            event(.extensionApproved, recorded: "2024-03-25", newDeadline: "2024-04-30"),
            event(.completionReported, recorded: "2024-04-22", effective: "2024-04-20"))
        #expect(bucket(facts, asOf: "2024-06-30") == .completedOnTime)
    }

    // MARK: Completion, confirmation, return

    @Test("the completion date is the one reported, not the confirmation date")
    func confirmationDateIgnored() {
        let facts = task(
            event(.completionReported, recorded: "2024-04-02", effective: "2024-03-29"),
            event(.completionConfirmed, recorded: "2024-04-10"))
        let snapshot = TaskStatus.evaluate(facts, asOf: d("2024-06-30"))
        #expect(snapshot?.bucket == .completedOnTime && snapshot?.completedOn == d("2024-03-29"))
    }

    @Test("a completion returned before the cut-off counts as not completed")
    func returnedBeforeCutOff() {
        let facts = task(
            event(.completionReported, recorded: "2024-03-15"),
            event(.completionReturned, recorded: "2024-03-20"))
        #expect(bucket(facts, asOf: "2024-03-25") == .pendingWithinDeadline)
        #expect(bucket(facts, asOf: "2024-04-05") == .pendingOverdue)
    }

    @Test("a completion returned after the cut-off still counts as completed at the cut-off")
    func returnedAfterCutOff() {
        let facts = task(
            event(.completionReported, recorded: "2024-03-15"),
            event(.completionReturned, recorded: "2024-04-10"))
        #expect(bucket(facts, asOf: "2024-04-05") == .completedOnTime)
        #expect(bucket(facts, asOf: "2024-04-10") == .pendingOverdue)
    }

    @Test("a completion reported again after a return takes the new date")
    func reportedAgainAfterReturn() {
        let facts = task(
            event(.completionReported, recorded: "2024-03-15"),
            event(.completionReturned, recorded: "2024-03-20"),
            event(.completionReported, recorded: "2024-04-05", effective: "2024-04-03"))
        let snapshot = TaskStatus.evaluate(facts, asOf: d("2024-06-30"))
        #expect(
            snapshot
                == TaskSnapshot(
                    bucket: .completedLate, deadline: d("2024-03-31"),
                    completedOn: d("2024-04-03"), daysLate: 3))
    }

    @Test("a completion dated before the cut-off but recorded after it does not count as of the cut-off")
    func completionRecordedLate() {
        let facts = task(event(.completionReported, recorded: "2024-04-20", effective: "2024-03-28"))
        #expect(bucket(facts, asOf: "2024-03-31") == .pendingWithinDeadline)
        // Once recorded, it counts, with its reported date: on time.
        #expect(bucket(facts, asOf: "2024-04-20") == .completedOnTime)
    }

    @Test("a report as of a past date is the same before and after later events are entered")
    func reproducible() {
        let before = task(event(.progressReported, recorded: "2024-03-01"))
        let after = task(
            event(.progressReported, recorded: "2024-03-01"),
            event(.completionReported, recorded: "2024-04-20", effective: "2024-03-28"),
            event(
                .extensionApproved, recorded: "2024-04-21", effective: "2024-03-30",
                newDeadline: "2024-06-30"),
            event(.cancelled, recorded: "2024-05-01", effective: "2024-03-30"))
        #expect(TaskStatus.evaluate(before, asOf: d("2024-03-31")) == TaskStatus.evaluate(after, asOf: d("2024-03-31")))
    }

    // MARK: Counting or not

    @Test("a task cancelled on or before the cut-off does not count")
    func cancelledBefore() {
        let facts = task(event(.cancelled, recorded: "2024-02-01"))
        #expect(TaskStatus.evaluate(facts, asOf: d("2024-02-01")) == nil)
        #expect(TaskStatus.evaluate(facts, asOf: d("2024-06-30")) == nil)
    }

    @Test("a task cancelled after the cut-off still counts at the cut-off")
    func cancelledAfter() {
        let facts = task(event(.cancelled, recorded: "2024-02-01"))
        #expect(bucket(facts, asOf: "2024-01-31") == .pendingWithinDeadline)
    }

    @Test("a task assigned after the cut-off does not count; assigned on the cut-off day it does")
    func assignedAfterCutOff() {
        #expect(TaskStatus.evaluate(task(assigned: "2024-01-10"), asOf: d("2024-01-09")) == nil)
        #expect(bucket(task(assigned: "2024-01-10"), asOf: "2024-01-10") == .pendingWithinDeadline)
    }

    @Test("a task counts from its assigned date even when it was entered later (DOMAIN §3: assigned on or before D)")
    func enteredAfterCutOff() {
        let facts = TaskFacts(
            assignedOn: d("2024-01-10"), originalDeadline: d("2024-03-31"),
            events: [event(.assigned, recorded: "2024-02-15", effective: "2024-01-10")])
        #expect(bucket(facts, asOf: "2024-01-31") == .pendingWithinDeadline)
        #expect(TaskStatus.evaluate(facts, asOf: d("2024-01-09")) == nil)
    }

    @Test("without an assigned event, the assignment date alone decides")
    func noAssignedEvent() {
        let facts = TaskFacts(assignedOn: d("2024-01-10"), originalDeadline: nil)
        #expect(bucket(facts, asOf: "2024-01-10") == .pendingNoDeadline)
    }

    // MARK: No deadline

    @Test("pending without a deadline is in its own bucket")
    func pendingNoDeadline() {
        #expect(
            TaskStatus.evaluate(task(deadline: nil), asOf: d("2030-01-01"))
                == TaskSnapshot(bucket: .pendingNoDeadline, deadline: nil))
    }

    @Test("completed without a deadline is on time")
    func completedNoDeadline() {
        let facts = task(deadline: nil, event(.completionReported, recorded: "2029-12-31"))
        #expect(bucket(facts, asOf: "2030-01-01") == .completedOnTime)
    }

    // MARK: Events that do not change the status

    @Test("reassignment, delegation and progress reports do not change the bucket")
    func neutralEvents() {
        let plain = task()
        let busy = task(
            event(.progressReported, recorded: "2024-02-01"),
            event(.reassigned, recorded: "2024-02-10"),
            event(.delegated, recorded: "2024-02-12"))
        for asOf in ["2024-02-15", "2024-03-31", "2024-04-01"] {
            #expect(TaskStatus.evaluate(busy, asOf: d(asOf)) == TaskStatus.evaluate(plain, asOf: d(asOf)))
        }
    }

    // MARK: Due soon

    @Test("due soon: deadline within the next 3 working days, today included")
    func dueSoon() {
        let calendar = WorkingCalendar()
        func dueSoon(deadline: String, asOf: String) -> Bool {
            guard let snapshot = TaskStatus.evaluate(task(deadline: deadline), asOf: d(asOf)) else { return false }
            return TaskStatus.isDueSoon(snapshot, asOf: d(asOf), calendar: calendar)
        }
        // As of Wednesday 6/3/2024: Thu 7, Fri 8, Mon 11 are the next 3 working days.
        #expect(dueSoon(deadline: "2024-03-06", asOf: "2024-03-06"))
        #expect(dueSoon(deadline: "2024-03-10", asOf: "2024-03-06"))  // Sunday before the 3rd working day
        #expect(dueSoon(deadline: "2024-03-11", asOf: "2024-03-06"))
        #expect(!dueSoon(deadline: "2024-03-12", asOf: "2024-03-06"))
        #expect(!dueSoon(deadline: "2024-03-05", asOf: "2024-03-06"))  // overdue
    }

    @Test("due soon skips holidays and honours the configured number of working days")
    func dueSoonHolidaysAndConfig() {
        let calendar = WorkingCalendar()
        let snapshot = TaskSnapshot(bucket: .pendingWithinDeadline, deadline: d("2024-05-02"))
        // As of Friday 26/4/2024: 29/4 Mon day 1, 30/4 and 1/5 holidays, 2/5 Thu day 2.
        #expect(TaskStatus.isDueSoon(snapshot, asOf: d("2024-04-26"), calendar: calendar, workingDays: 2))
        #expect(!TaskStatus.isDueSoon(snapshot, asOf: d("2024-04-26"), calendar: calendar, workingDays: 1))
    }

    @Test("completed tasks and tasks without a deadline are never due soon")
    func notDueSoon() {
        let calendar = WorkingCalendar()
        let completed = TaskSnapshot(bucket: .completedOnTime, deadline: d("2024-03-07"), completedOn: d("2024-03-05"))
        let noDeadline = TaskSnapshot(bucket: .pendingNoDeadline, deadline: nil)
        #expect(!TaskStatus.isDueSoon(completed, asOf: d("2024-03-06"), calendar: calendar))
        #expect(!TaskStatus.isDueSoon(noDeadline, asOf: d("2024-03-06"), calendar: calendar))
    }
}
