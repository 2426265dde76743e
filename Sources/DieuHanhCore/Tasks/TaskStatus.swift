import Foundation

/// The five statuses of the VPCP appendix (DOMAIN §3).
public enum TaskBucket: String, CaseIterable, Sendable, Codable {
    case completedOnTime = "completed_on_time"
    case completedLate = "completed_late"
    case pendingWithinDeadline = "pending_within_deadline"
    case pendingOverdue = "pending_overdue"
    /// The VPCP appendix folds this into "trong hạn", with a note; it is kept apart here.
    case pendingNoDeadline = "pending_no_deadline"

    public var isCompleted: Bool { self == .completedOnTime || self == .completedLate }

    /// The appendix wording.
    public var label: String {
        switch self {
        case .completedOnTime: return "Đã hoàn thành đúng hạn"
        case .completedLate: return "Đã hoàn thành quá hạn"
        case .pendingWithinDeadline: return "Chưa hoàn thành trong hạn"
        case .pendingOverdue: return "Chưa hoàn thành quá hạn"
        case .pendingNoDeadline: return "Chưa hoàn thành, không thời hạn"
        }
    }
}

/// A task's status as of a cut-off date.
public struct TaskSnapshot: Hashable, Sendable {
    public var bucket: TaskBucket
    /// `deadline(D)`: the deadline in force at the cut-off; nil for a task without one.
    public var deadline: CivilDate?
    /// The completion date reported, when completed as of the cut-off.
    public var completedOn: CivilDate?
    /// Calendar days past the deadline: at completion for `completedLate`, at the cut-off for `pendingOverdue`;
    /// nil in the other buckets.
    public var daysLate: Int?

    public init(bucket: TaskBucket, deadline: CivilDate?, completedOn: CivilDate? = nil, daysLate: Int? = nil) {
        self.bucket = bucket
        self.deadline = deadline
        self.completedOn = completedOn
        self.daysLate = daysLate
    }
}

/// The one status rule: DOMAIN §3, "Status as of a date D" (end of day D, Asia/Ho_Chi_Minh).
///
/// Which date each part uses:
/// - An event counts as of D when `recordedOn ≤ D` and `effectiveOn ≤ D` (`TaskEvent.isKnown`). Using the
///   recording date makes reports reproducible: a completion dated 10/6 but entered on 20/6 does not count in a
///   report as of 14/6, whether that report is run on 14/6 or a year later.
/// - The task counts when `assignedOn ≤ D` (DOMAIN §3), even if it was entered after D: entering an old
///   document's tasks late fills in what was true then.
/// - A `cancelled` event known as of D removes the task (nil).
/// - `deadline(D)`: among the `extensionApproved` events known as of D, the most recent decision (latest
///   `effectiveOn`, then `recordedOn`, then list order) wins, even if it shortens the deadline; without one, the
///   original deadline. An approval without a date takes the date of the latest request known before it.
///   Requests and refusals change nothing.
/// - `completed(D)`: the known events are replayed in recording order (`recordedOn`, then list order); a
///   `completionReported` sets the completion, a `completionReturned` clears the one reported before it.
///   The completion date is the reported one (`effectiveOn` of the report), never the confirmation date;
///   `completionConfirmed` changes nothing.
/// - Deadlines are compared as plain dates, day D itself still within the deadline. Shifting a deadline that
///   falls on a day off (art. 148) is done when the deadline is set, with `WorkingCalendar`.
/// - Progress reports, reassignment and delegation do not change the status.
public enum TaskStatus {
    /// The status as of the end of day `date`, or nil when the task does not count then (not yet assigned,
    /// or cancelled).
    public static func evaluate(_ facts: TaskFacts, asOf date: CivilDate) -> TaskSnapshot? {
        // DOMAIN §3: a task counts from its assigned date, however late it was entered; its later steps count
        // only once recorded (below), which keeps past reports reproducible.
        guard facts.assignedOn <= date else { return nil }

        // Known events in recording order; `enumerated` keeps list order for ties on the same day.
        let known = facts.events.enumerated()
            .filter { $0.element.isKnown(asOf: date) }
            .sorted { ($0.element.recordedOn, $0.offset) < ($1.element.recordedOn, $1.offset) }
        if cancelledOn(facts, asOf: date) != nil { return nil }

        let deadline = deadline(known: known) ?? facts.originalDeadline

        var completion: TaskEvent?
        for (_, event) in known {
            switch event.kind {
            case .completionReported: completion = event
            case .completionReturned: completion = nil
            default: break
            }
        }

        if let completion {
            let completedOn = completion.effectiveOn
            if let deadline, completedOn > deadline {
                return TaskSnapshot(
                    bucket: .completedLate, deadline: deadline, completedOn: completedOn,
                    daysLate: deadline.days(to: completedOn))
            }
            return TaskSnapshot(bucket: .completedOnTime, deadline: deadline, completedOn: completedOn)
        }
        guard let deadline else { return TaskSnapshot(bucket: .pendingNoDeadline, deadline: nil) }
        if deadline >= date { return TaskSnapshot(bucket: .pendingWithinDeadline, deadline: deadline) }
        return TaskSnapshot(bucket: .pendingOverdue, deadline: deadline, daysLate: deadline.days(to: date))
    }

    /// Sắp đến hạn: pending, with a deadline on or after `date` and no later than the `workingDays`th working
    /// day after it. A deadline of `date` itself is due soon; so is one on a weekend before that working day.
    public static func isDueSoon(
        _ snapshot: TaskSnapshot, asOf date: CivilDate, calendar: WorkingCalendar,
        workingDays: Int = 3
    ) -> Bool {
        guard workingDays >= 0, !snapshot.bucket.isCompleted, let deadline = snapshot.deadline, deadline >= date
        else { return false }
        return deadline <= calendar.addingWorkingDays(workingDays, to: date)
    }

    /// The deadline set by the most recent approved extension among `known`, if any.
    private static func deadline(known: [(offset: Int, element: TaskEvent)]) -> CivilDate? {
        let approvals =
            known
            .filter { $0.element.kind == .extensionApproved }
            .sorted { decisionOrder($0, $1) }
        for approval in approvals.reversed() {
            if let date = approval.element.newDeadline { return date }
            // No date on the decision: it approved the request before it.
            let request =
                known
                .filter {
                    $0.element.kind == .extensionRequested && $0.element.newDeadline != nil
                        && !decisionOrder(approval, $0)
                }
                .max { decisionOrder($0, $1) }
            if let date = request?.element.newDeadline { return date }
        }
        return nil
    }

    /// Orders events by effective date, then recording date, then list order.
    private static func decisionOrder(
        _ a: (offset: Int, element: TaskEvent),
        _ b: (offset: Int, element: TaskEvent)
    ) -> Bool {
        (a.element.effectiveOn, a.element.recordedOn, a.offset) < (b.element.effectiveOn, b.element.recordedOn, b.offset)
    }
}
