import Foundation

/// When a periodic report is due, counted from its cut-off (DOMAIN §6: configurable per regime).
public enum ReportingDeadlineRule: Hashable, Sendable {
    /// The Nth working day after the cut-off (counting from the next day, Bộ luật Dân sự art. 147).
    case workingDaysAfterCutOff(Int)
    /// A fixed day of the cut-off's month (`monthsAfterCutOff` 0) or of a later month; a day past the month's end
    /// is its last day, and a day off moves to the next working day (art. 148).
    case fixedDay(day: Int, monthsAfterCutOff: Int)

    public static let maxWorkingDays = 60

    /// `wd:2`, `day:20+0`, `day:5+1`: how the rule is stored.
    public var code: String {
        switch self {
        case .workingDaysAfterCutOff(let n): "wd:\(n)"
        case .fixedDay(let day, let months): "day:\(day)+\(months)"
        }
    }

    public init?(code: String) {
        let text = code.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("wd:"), let n = Int(text.dropFirst(3)) {
            self = .workingDaysAfterCutOff(n)
        } else if text.hasPrefix("day:") {
            let parts = text.dropFirst(4).split(separator: "+").map { Int($0) }
            guard parts.count == 2, let day = parts[0], let months = parts[1] else { return nil }
            self = .fixedDay(day: day, monthsAfterCutOff: months)
        } else {
            return nil
        }
        guard isValid else { return nil }
    }

    /// Working days 1…60; a fixed day 1…31 up to 2 months after the cut-off and after the cut-off day itself
    /// (cut-offs fall on the 14th, so a day in the same month must be the 15th or later).
    public var isValid: Bool {
        switch self {
        case .workingDaysAfterCutOff(let n): return (1...Self.maxWorkingDays).contains(n)
        case .fixedDay(let day, let months):
            guard (1...31).contains(day), (0...2).contains(months) else { return false }
            return months > 0 || day > 14
        }
    }

    /// The submission deadline of `period`.
    public func deadline(for period: ReportingPeriod, calendar: WorkingCalendar) -> CivilDate {
        let cutOff = period.cutOff
        switch self {
        case .workingDaysAfterCutOff(let n):
            return calendar.addingWorkingDays(n, to: cutOff)
        case .fixedDay(let day, let months):
            let monthIndex = cutOff.month - 1 + months
            let year = cutOff.year + monthIndex / 12
            let month = monthIndex % 12 + 1
            let date = CivilDate(year: year, month: month, day: min(day, CivilDate.daysIn(month: month, year: year)))!
            return calendar.nextWorkingDay(onOrAfter: date)
        }
    }

    /// "2 ngày làm việc sau ngày chốt số liệu", "ngày 20 của tháng chốt số liệu", "ngày 05 của tháng thứ 1 sau
    /// tháng chốt số liệu"; a day off always moves to the next working day.
    public var label: String {
        switch self {
        case .workingDaysAfterCutOff(let n): return "\(n) ngày làm việc sau ngày chốt số liệu"
        case .fixedDay(let day, let months):
            let d = day < 10 ? "0\(day)" : "\(day)"
            return months == 0 ? "ngày \(d) của tháng chốt số liệu" : "ngày \(d) của tháng thứ \(months) sau tháng chốt số liệu"
        }
    }
}

/// A periodic regime's timetable: which periods it asks for and when each is due.
public struct ReportingSchedule: Sendable, Equatable {
    public var frequency: ReportingFrequency
    public var rule: ReportingDeadlineRule
    /// The first period asked for.
    public var first: ReportingPeriod
    /// The last one, if the regime ends.
    public var last: ReportingPeriod?

    public init(frequency: ReportingFrequency, rule: ReportingDeadlineRule, first: ReportingPeriod, last: ReportingPeriod? = nil)
    {
        self.frequency = frequency
        self.rule = rule
        self.first = first
        self.last = last
    }

    /// A period's request: when it opens (the first day of its window, which is also its issue date) and
    /// when it is due.
    public struct Occurrence: Hashable, Sendable {
        public let period: ReportingPeriod
        public let opensOn: CivilDate
        public let cutOff: CivilDate
        public let deadline: CivilDate
    }

    public func occurrence(_ period: ReportingPeriod, calendar: WorkingCalendar) -> Occurrence {
        Occurrence(
            period: period, opensOn: period.window.from, cutOff: period.cutOff,
            deadline: rule.deadline(for: period, calendar: calendar))
    }

    /// Every period whose window has opened by `date` (so its request must exist), oldest first. A regime asks
    /// for a period once its data window starts, so units see it coming well before its deadline.
    public func openedPeriods(asOf date: CivilDate, calendar: WorkingCalendar, limit: Int = 400) -> [Occurrence] {
        var result: [Occurrence] = []
        var period = first
        while period.window.from <= date, result.count < limit {
            if let last, last < period { break }
            result.append(occurrence(period, calendar: calendar))
            period = period.next()
        }
        return result
    }

    /// The next `count` periods from `date` on (the one being reported on that day first), for a preview.
    public func upcoming(from date: CivilDate, count: Int, calendar: WorkingCalendar) -> [Occurrence] {
        var period = max(first, ReportingPeriod.first(frequency, cuttingOffOnOrAfter: date))
        var result: [Occurrence] = []
        while result.count < count {
            if let last, last < period { break }
            result.append(occurrence(period, calendar: calendar))
            period = period.next()
        }
        return result
    }
}
