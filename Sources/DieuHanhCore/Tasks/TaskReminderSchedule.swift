import Foundation

/// The three automatic reminders of a task to its lead unit (DOMAIN §11).
public enum TaskReminderKind: String, CaseIterable, Sendable, Codable {
    /// N working days before the deadline.
    case beforeDeadline = "before_deadline"
    /// The first working day after the deadline: the task has just become overdue.
    case overdueFirst = "overdue_first"
    /// Every N working days after that, while the task stays overdue.
    case overdueRepeat = "overdue_repeat"
}

/// What the office chose; 0 days means that reminder is off.
public struct TaskReminderSettings: Sendable, Equatable {
    public var enabled: Bool
    public var daysBefore: Int
    public var onOverdue: Bool
    public var repeatEvery: Int

    /// DOMAIN §11: 3 working days before, on the day after the deadline, then every 5 working days.
    public static let standard = TaskReminderSettings(enabled: true, daysBefore: 3, onOverdue: true, repeatEvery: 5)
    /// A bound that keeps the settings meaningful (a quarter of working days) and the arithmetic short.
    public static let maxDays = 60

    public init(enabled: Bool, daysBefore: Int, onOverdue: Bool, repeatEvery: Int) {
        self.enabled = enabled
        self.daysBefore = daysBefore
        self.onOverdue = onOverdue
        self.repeatEvery = repeatEvery
    }
}

/// Which reminders of a task are due on a day.
///
/// Reminders go out on working days only, counted from the day the time limit really ends: a deadline on a day
/// off ends on the next working day (Bộ luật Dân sự art. 148), so a deadline on Saturday is reminded about as if
/// it were Monday's. The deadline is the one in force on the day (an approved extension moves every later
/// reminder); a task completed, cancelled or not yet assigned on the day gets none, and so does one without a
/// deadline.
public enum TaskReminderSchedule {
    public static func due(
        _ facts: TaskFacts, on day: CivilDate, calendar: WorkingCalendar, settings: TaskReminderSettings
    ) -> [TaskReminderKind] {
        due(TaskStatus.evaluate(facts, asOf: day), on: day, calendar: calendar, settings: settings)
    }

    public static func due(
        _ snapshot: TaskSnapshot?, on day: CivilDate, calendar: WorkingCalendar, settings: TaskReminderSettings
    ) -> [TaskReminderKind] {
        guard settings.enabled, let snapshot, !snapshot.bucket.isCompleted, let deadline = snapshot.deadline,
            calendar.isWorkingDay(day)
        else { return [] }
        let end = calendar.nextWorkingDay(onOrAfter: deadline)
        var kinds: [TaskReminderKind] = []
        if settings.daysBefore > 0, day == calendar.addingWorkingDays(-settings.daysBefore, to: end) {
            kinds.append(.beforeDeadline)
        }
        let firstOverdue = calendar.addingWorkingDays(1, to: end)
        if settings.onOverdue, day == firstOverdue { kinds.append(.overdueFirst) }
        if settings.repeatEvery > 0, day > firstOverdue,
            calendar.workingDays(from: firstOverdue.adding(days: 1), through: day) % settings.repeatEvery == 0
        {
            kinds.append(.overdueRepeat)
        }
        return kinds
    }

    /// Working days left until the deadline's real end (0 on that day), or negative: working days overdue.
    public static func workingDaysLeft(deadline: CivilDate, on day: CivilDate, calendar: WorkingCalendar) -> Int {
        let end = calendar.nextWorkingDay(onOrAfter: deadline)
        if day <= end { return calendar.workingDays(from: day.adding(days: 1), through: end) }
        return -calendar.workingDays(from: end.adding(days: 1), through: day)
    }
}
