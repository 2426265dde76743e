import Foundation

/// The window every date and month must fall in. A completion dated 31/12/9999 or a month `9999-05` parses, but it
/// is a typing slip, and stored it would sit at the end of every sort and make periods and statistics absurd.
public enum DateRules {
    public static let earliest = CivilDate(year: 1990, month: 1, day: 1)!
    public static let latest = CivilDate(year: 2100, month: 12, day: 31)!

    /// Nil when the date is inside the window.
    public static func check(_ date: CivilDate) -> FieldProblem? {
        (earliest...latest).contains(date) ? nil : .dateOutOfRange
    }

    /// For facts that have happened (a completion, a submission, an issue): inside the window and not after today,
    /// which the forms have always refused.
    public static func checkFact(_ date: CivilDate, today: CivilDate) -> FieldProblem? {
        if let problem = check(date) { return problem }
        return date > today ? .dateAfterToday(today: today) : nil
    }

    /// Nil when the month is inside the window.
    public static func check(_ month: CivilMonth) -> FieldProblem? {
        (earliest.year...latest.year).contains(month.year) ? nil : .monthOutOfRange
    }

    /// Nil when the year is inside the window (a programme's or a plan's year).
    public static func check(year: Int) -> FieldProblem? {
        (earliest.year...latest.year).contains(year) ? nil : .yearOutOfRange
    }
}
