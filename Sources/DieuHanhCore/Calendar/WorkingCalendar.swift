import Foundation

/// A public holiday (ngày nghỉ lễ, tết) on one day.
public struct Holiday: Hashable, Sendable {
    public let date: CivilDate
    /// The Vietnamese name: "Tết Dương lịch", "Tết Nguyên đán", "Giỗ Tổ Hùng Vương", "Ngày Chiến thắng",
    /// "Quốc tế Lao động", "Quốc khánh".
    public let name: String

    public init(date: CivilDate, name: String) {
        self.date = date
        self.name = name
    }
}

/// Which days civil servants work, and the deadline arithmetic of the Civil Code (Bộ luật Dân sự 2015).
///
/// Civil servants work Monday to Friday. The statutory holidays (Bộ luật Lao động 2019, art. 112) and the
/// compensatory day off for each one that falls on a weekend (art. 111(3)) are computed for every year; what the
/// Government announces each year (the exact Tết break, swaps, make-up Saturdays) is entered as `extraDaysOff` and
/// `makeUpWorkingDays`.
///
/// Precedence, most specific first: a make-up working day (làm bù) is a working day whatever else applies; an
/// extra day off is a day off; then statutory holidays and weekends are days off.
public struct WorkingCalendar: Sendable, Equatable {
    /// Announced days off on top of the statutory holidays (e.g. the Tết 2026 break 14/2–22/2/2026, swapped
    /// days, compensatory days for a holiday on a weekend).
    public var extraDaysOff: Set<CivilDate>
    /// Announced working days that would otherwise be off (usually a Saturday worked in exchange for a swap).
    public var makeUpWorkingDays: Set<CivilDate>

    public init(extraDaysOff: Set<CivilDate> = [], makeUpWorkingDays: Set<CivilDate> = []) {
        self.extraDaysOff = extraDaysOff
        self.makeUpWorkingDays = makeUpWorkingDays
    }

    // MARK: - Statutory holidays

    /// The public holidays of a solar year per art. 112 of Bộ luật Lao động 2019, in date order — the default
    /// pre-fill of the editable calendar:
    /// - 1/1 Tết Dương lịch;
    /// - Tết Nguyên đán, 5 days: the law lets the Prime Minister choose where they fall around Tết; the default
    ///   here is the last day of the old lunar year plus the first four days of the new one (29 or 30 tháng Chạp
    ///   to mùng 4);
    /// - 10/3 lunar Giỗ Tổ Hùng Vương (the regular month 3, not a leap one);
    /// - 30/4 Ngày Chiến thắng; 1/5 Quốc tế Lao động;
    /// - 2/9 Quốc khánh plus one adjacent day: 3/9, unless 3/9 is a Saturday or Sunday, then 1/9 — so the extra
    ///   day is always a weekday (2/9 on Friday → Thursday 1/9; 2/9 on Saturday → Friday 1/9). The day actually
    ///   announced can differ (2025: Monday 1/9), in which case the administrator edits the calendar.
    ///
    /// Holidays falling on a weekend are listed as they are; their compensatory weekdays off (art. 111(3)) are
    /// `compensatoryDaysOff(year:)`, and both together are `daysOff(year:)`.
    public static func statutoryHolidays(year: Int) -> [Holiday] {
        var holidays: [Holiday] = []
        func add(_ date: CivilDate?, _ name: String) {
            if let date { holidays.append(Holiday(date: date, name: name)) }
        }
        add(CivilDate(year: year, month: 1, day: 1), "Tết Dương lịch")
        // Tết always falls between 21/1 and 20/2, so the five days all lie in `year`.
        if let tet = LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 1, lunarYear: year) {
            for offset in -1...3 { add(tet.adding(days: offset), "Tết Nguyên đán") }
        }
        add(LunarCalendar.solarDate(lunarDay: 10, lunarMonth: 3, lunarYear: year), "Giỗ Tổ Hùng Vương")
        add(CivilDate(year: year, month: 4, day: 30), "Ngày Chiến thắng")
        add(CivilDate(year: year, month: 5, day: 1), "Quốc tế Lao động")
        if let nationalDay = CivilDate(year: year, month: 9, day: 2) {
            add(nationalDay, "Quốc khánh")
            let after = nationalDay.adding(days: 1)
            add(after.isWeekend ? nationalDay.adding(days: -1) : after, "Quốc khánh")
        }
        // Giỗ Tổ can fall near 30/4 (29/4 in 2023), so sort rather than rely on insertion order.
        return holidays.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// For each statutory holiday on a Saturday or Sunday, the next weekday that is not itself a holiday: "nếu ngày
    /// nghỉ hằng tuần trùng với ngày nghỉ lễ, tết … thì người lao động được nghỉ bù … vào ngày làm việc kế tiếp"
    /// (Bộ luật Lao động 2019, art. 111(3)). Giỗ Tổ on Sunday 26/4/2026 gives Monday 27/4/2026 off. Where the
    /// Government arranges a break otherwise (often Tết), the office enters the days announced: a make-up working
    /// day wins over a compensatory day off.
    public static func compensatoryDaysOff(year: Int) -> [Holiday] {
        let holidays = statutoryHolidays(year: year)
        var taken = Set(holidays.map(\.date))
        var result: [Holiday] = []
        for holiday in holidays where holiday.date.isWeekend {
            var day = holiday.date.adding(days: 1)
            while day.isWeekend || taken.contains(day) { day = day.adding(days: 1) }
            taken.insert(day)
            result.append(Holiday(date: day, name: "Nghỉ bù \(holiday.name)"))
        }
        return result
    }

    /// The days off of a year besides weekends, before anything announced: the statutory holidays and their
    /// compensatory days, in date order.
    public static func daysOff(year: Int) -> [Holiday] {
        (statutoryHolidays(year: year) + compensatoryDaysOff(year: year)).sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// Whether `date` is one of the statutory holidays of its year.
    public static func isStatutoryHoliday(_ date: CivilDate) -> Bool {
        statutoryHolidays(year: date.year).contains { $0.date == date }
    }

    // MARK: - Working days

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        var cache = HolidayCache()
        return isWorkingDay(date, cache: &cache)
    }

    /// The Nth working day after `start` ("trong thời hạn N ngày làm việc kể từ ngày …"): counting starts on the
    /// day after the event (Bộ luật Dân sự art. 147), and only working days are counted, so the result is always
    /// a working day (art. 148 needs no separate step). `n == 0` gives `start` itself; a negative `n` counts
    /// back: the |n|th working day before `start`.
    public func addingWorkingDays(_ n: Int, to start: CivilDate) -> CivilDate {
        var cache = HolidayCache()
        let step = n < 0 ? -1 : 1
        var remaining = abs(n)
        var day = start
        while remaining > 0 {
            day = day.adding(days: step)
            if isWorkingDay(day, cache: &cache) { remaining -= 1 }
        }
        return day
    }

    /// `date` if it is a working day, else the first working day after it: where a time limit ends on a day off,
    /// it ends on the next working day (Bộ luật Dân sự art. 148).
    public func nextWorkingDay(onOrAfter date: CivilDate) -> CivilDate {
        var cache = HolidayCache()
        var day = date
        while !isWorkingDay(day, cache: &cache) { day = day.adding(days: 1) }
        return day
    }

    /// How many working days lie in `from…through`, both ends included; 0 when `through` is before `from`.
    public func workingDays(from start: CivilDate, through end: CivilDate) -> Int {
        guard start <= end else { return 0 }
        var cache = HolidayCache()
        var count = 0
        for n in start.dayNumber...end.dayNumber where isWorkingDay(CivilDate(dayNumber: n), cache: &cache) {
            count += 1
        }
        return count
    }

    // MARK: - Private

    /// The dates of `daysOff(year:)` by year, so a loop over many days computes each year's lunar dates once.
    private struct HolidayCache {
        var byYear: [Int: Set<CivilDate>] = [:]

        mutating func contains(_ date: CivilDate) -> Bool {
            if let dates = byYear[date.year] { return dates.contains(date) }
            let dates = Set(WorkingCalendar.daysOff(year: date.year).map(\.date))
            byYear[date.year] = dates
            return dates.contains(date)
        }
    }

    private func isWorkingDay(_ date: CivilDate, cache: inout HolidayCache) -> Bool {
        if makeUpWorkingDays.contains(date) { return true }
        if extraDaysOff.contains(date) || date.isWeekend { return false }
        return !cache.contains(date)
    }
}
