import Foundation

/// A deadline as people write it in a form, the API or a cell (DOMAIN §7): a date, or "N ngày làm việc" counted
/// on the working calendar from a starting day (the task's assigned date, the request's issue date).
public enum DeadlineText: Equatable, Sendable {
    case date(CivilDate)
    case workingDays(Int)

    /// "12/08/2021", "2021-08-12", "10 ngày làm việc", "10 ngay lam viec", "10 nglv" or "10" (working days);
    /// nil when empty or unreadable (whether a deadline is required is the caller's rule).
    public static func parse(_ text: String) -> DeadlineText? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let date = CivilDate.parse(trimmed) { return .date(date) }
        let folded = VietnameseText.fold(trimmed)
        let digits = folded.prefix(while: \.isNumber)
        let rest = folded.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard let n = Int(digits), rest.isEmpty || rest == "ngay lam viec" || rest == "nglv" else { return nil }
        return .workingDays(n)
    }

    /// The day it falls on, counting working days from `start`.
    public func date(from start: CivilDate, calendar: WorkingCalendar) -> CivilDate {
        switch self {
        case .date(let date): return date
        case .workingDays(let n): return calendar.addingWorkingDays(n, to: start)
        }
    }
}
