import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

/// A task assigned on 10/1/2024, deadline 31/3/2024, with these events after its assignment.
private func task(_ events: TaskEvent...) -> TaskFacts {
    TaskFacts(
        assignedOn: d("2024-01-10"), originalDeadline: d("2024-03-31"),
        events: [TaskEvent(kind: .assigned, recordedOn: d("2024-01-10"))] + events)
}

/// Cancelled or withdrawn as of D (DOMAIN §3): the list's own status, decided by the same rule that takes the task out
/// of every bucket.
@Suite("Task cancelled as of a date")
struct TaskCancellationTests {
    let cancelled = task(TaskEvent(kind: .cancelled, recordedOn: d("2024-02-15")))

    @Test("cancelled on the as-of day counts as cancelled; the day before it still counts in its bucket")
    func cancellationDayBoundary() {
        #expect(TaskStatus.cancelledOn(cancelled, asOf: d("2024-02-15")) == d("2024-02-15"))
        #expect(TaskStatus.evaluate(cancelled, asOf: d("2024-02-15")) == nil)
        #expect(TaskStatus.cancelledOn(cancelled, asOf: d("2024-02-14")) == nil)
        #expect(TaskStatus.evaluate(cancelled, asOf: d("2024-02-14"))?.bucket == .pendingWithinDeadline)
        // And it stays cancelled afterwards.
        #expect(TaskStatus.cancelledOn(cancelled, asOf: d("2025-01-01")) == d("2024-02-15"))
    }

    @Test("a cancellation entered later than its date counts only from the day it was entered")
    func enteredLate() {
        let late = task(TaskEvent(kind: .cancelled, recordedOn: d("2024-03-05"), effectiveOn: d("2024-03-01")))
        #expect(TaskStatus.cancelledOn(late, asOf: d("2024-03-04")) == nil)
        #expect(TaskStatus.cancelledOn(late, asOf: d("2024-03-05")) == d("2024-03-01"))
    }

    @Test("a cancellation entered ahead of its date waits for that date")
    func enteredAhead() {
        let ahead = task(TaskEvent(kind: .cancelled, recordedOn: d("2024-02-01"), effectiveOn: d("2024-02-20")))
        #expect(TaskStatus.cancelledOn(ahead, asOf: d("2024-02-19")) == nil)
        #expect(TaskStatus.cancelledOn(ahead, asOf: d("2024-02-20")) == d("2024-02-20"))
    }

    @Test("a task not yet assigned is not cancelled, and one never cancelled never is")
    func notAssignedOrNeverCancelled() {
        let early = TaskFacts(
            assignedOn: d("2024-05-01"), originalDeadline: nil,
            events: [TaskEvent(kind: .cancelled, recordedOn: d("2024-04-01"))])
        #expect(TaskStatus.cancelledOn(early, asOf: d("2024-04-30")) == nil)
        #expect(TaskStatus.cancelledOn(early, asOf: d("2024-05-01")) == d("2024-04-01"))
        #expect(TaskStatus.cancelledOn(task(), asOf: d("2030-01-01")) == nil)
    }

    @Test("the earliest of two known cancellations is the task's cancellation date")
    func earliestCancellation() {
        let twice = task(
            TaskEvent(kind: .cancelled, recordedOn: d("2024-03-10")),
            TaskEvent(kind: .cancelled, recordedOn: d("2024-03-12"), effectiveOn: d("2024-02-28")))
        #expect(TaskStatus.cancelledOn(twice, asOf: d("2024-03-11")) == d("2024-03-10"))
        #expect(TaskStatus.cancelledOn(twice, asOf: d("2024-03-12")) == d("2024-02-28"))
    }
}
