import Foundation

/// A stretch of days over which a task's status as of D stays the same.
public struct TaskStatusSpan: Hashable, Sendable {
    /// The first cut-off day with this status.
    public var from: CivilDate
    /// The first cut-off day without it; nil when it holds from `from` on.
    public var until: CivilDate?
    public var bucket: TaskBucket
    /// `deadline(D)` over the span (constant within it).
    public var deadline: CivilDate?
    /// The completion date over the span, for the completed buckets.
    public var completedOn: CivilDate?

    public init(from: CivilDate, until: CivilDate?, bucket: TaskBucket, deadline: CivilDate?, completedOn: CivilDate?) {
        self.from = from
        self.until = until
        self.bucket = bucket
        self.deadline = deadline
        self.completedOn = completedOn
    }

    public func contains(_ date: CivilDate) -> Bool {
        from <= date && (until.map { date < $0 } ?? true)
    }

    /// The status as of a day inside the span, exactly as `TaskStatus.evaluate` gives it.
    public func snapshot(asOf date: CivilDate) -> TaskSnapshot {
        switch bucket {
        case .completedLate:
            return TaskSnapshot(
                bucket: bucket, deadline: deadline, completedOn: completedOn,
                daysLate: deadline.flatMap { d in completedOn.map { d.days(to: $0) } })
        case .pendingOverdue:
            return TaskSnapshot(bucket: bucket, deadline: deadline, daysLate: deadline.map { $0.days(to: date) })
        default:
            return TaskSnapshot(bucket: bucket, deadline: deadline, completedOn: completedOn)
        }
    }
}

extension TaskStatus {
    /// The whole history of a task's status as of every day, as spans — derived from `evaluate`, not a second rule.
    ///
    /// The status as of D can only change on a day when an event becomes known (the later of its recording and
    /// effective dates), on the assigned day, and on the day after a deadline the task could have (pending turns
    /// overdue). Evaluating on those days alone gives every span. Statistics over many tasks then count the spans
    /// that contain D instead of replaying every task's events.
    public static func timeline(_ facts: TaskFacts) -> [TaskStatusSpan] {
        var changes: Set<CivilDate> = [facts.assignedOn]
        for event in facts.events {
            changes.insert(max(event.recordedOn, event.effectiveOn))
            if let deadline = event.newDeadline { changes.insert(deadline.adding(days: 1)) }
        }
        if let deadline = facts.originalDeadline { changes.insert(deadline.adding(days: 1)) }
        let days = changes.filter { $0 >= facts.assignedOn }.sorted()

        var spans: [TaskStatusSpan] = []
        for day in days {
            let snapshot = evaluate(facts, asOf: day)
            let span = snapshot.map {
                TaskStatusSpan(from: day, until: nil, bucket: $0.bucket, deadline: $0.deadline, completedOn: $0.completedOn)
            }
            if let last = spans.last, last.until == nil {
                if let span, span.bucket == last.bucket, span.deadline == last.deadline, span.completedOn == last.completedOn {
                    continue
                }
                spans[spans.count - 1].until = day
            }
            if let span { spans.append(span) }
        }
        return spans
    }
}
