import Foundation

/// Urging letters (công văn đôn đốc, DOMAIN §11): which tasks a letter may list, how late each is, when an urging
/// counts as of a date.
public enum UrgingRule {
    /// A task as an urging letter lists it.
    public struct Overdue: Equatable, Sendable {
        /// `deadline(D)`: extensions approved by D included.
        public var deadline: CivilDate
        /// Calendar days from the deadline to D, as the status rule counts them for every overdue task (the
        /// review report's "Số ngày quá hạn" and the per-unit average): 1 on the day after the deadline.
        public var daysOverdue: Int
    }

    /// The task is to be urged as of the end of day D when the status rule puts it in "chưa hoàn thành quá hạn":
    /// not completed and its deadline before D. On the deadline itself it is still within it; cancelled,
    /// completed (even late) and tasks without a deadline are never urged.
    public static func overdue(_ facts: TaskFacts, asOf date: CivilDate) -> Overdue? {
        guard let snapshot = TaskStatus.evaluate(facts, asOf: date), snapshot.bucket == .pendingOverdue,
            let deadline = snapshot.deadline, let days = snapshot.daysLate
        else { return nil }
        return Overdue(deadline: deadline, daysOverdue: days)
    }

    /// An issued urging counts as of D when the letter is dated on or before D and was recorded by then, as every
    /// step of a task (`TaskEvent.isKnown`): a report for a past date comes out the same whenever it is run.
    public static func counts(issuedOn: CivilDate, recordedOn: CivilDate, asOf date: CivilDate) -> Bool {
        issuedOn <= date && recordedOn <= date
    }

    /// The day the units are asked to report by, unless the office sets another: five working days after the
    /// letter's day, the time a unit usually gets to answer a letter from the committee.
    public static func reportBy(after date: CivilDate, calendar: WorkingCalendar) -> CivilDate {
        calendar.addingWorkingDays(5, to: date)
    }
}
