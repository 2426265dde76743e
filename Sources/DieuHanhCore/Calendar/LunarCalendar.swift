import Foundation

/// The Vietnamese lunisolar calendar (âm lịch), computed for Vietnam's time zone, UTC+7.
///
/// This is Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"): new moons after Jean Meeus's
/// *Astronomical Algorithms* (simplified), and the sun's longitude to place month 11 (the month holding the
/// winter solstice) and the leap month (the first month of a 13-month year holding no major solar term).
///
/// The day a new moon falls on depends on the time zone, which is why Vietnam and China (UTC+8) disagree in
/// some years: Tết 1985 was 21/1/1985 in Vietnam and 20/2/1985 in China; Tết 2007 was 17/2 vs 18/2.
///
/// Accurate for about 1800–2199, the range the algorithm's simplified terms were checked against.
public enum LunarCalendar {
    /// Vietnam's offset from UTC, in hours, for the astronomical computations.
    static let timeZone = 7.0

    /// Julian Day Number of 1970-01-01, to move between `CivilDate.dayNumber` and the algorithm's day numbers.
    private static let julianDayOfEpoch = 2_440_588

    /// The solar (Gregorian) date of a lunar date, or nil when it does not exist: a month out of 1…12, a day
    /// beyond the month's 29 or 30 days, or `leapMonth: true` for a month that is not the year's leap month.
    ///
    /// `lunarYear` is the year that starts at its Tết: 1/1 lunar of 2026 is 2026-02-17.
    public static func solarDate(lunarDay: Int, lunarMonth: Int, lunarYear: Int, leapMonth: Bool = false) -> CivilDate? {
        guard (1...12).contains(lunarMonth), (1...30).contains(lunarDay), (1...9998).contains(lunarYear) else {
            return nil
        }
        // Count months from the month 11 that opens the lunar year's span (a11), up to the next month 11 (b11).
        let a11: Int
        let b11: Int
        if lunarMonth < 11 {
            a11 = month11(ofSolarYear: lunarYear - 1)
            b11 = month11(ofSolarYear: lunarYear)
        } else {
            a11 = month11(ofSolarYear: lunarYear)
            b11 = month11(ofSolarYear: lunarYear + 1)
        }
        let k = Int((0.5 + (Double(a11) - 2_415_021.076998695) / 29.530588853).rounded(.down))
        var offset = lunarMonth - 11
        if offset < 0 { offset += 12 }
        if b11 - a11 > 365 {
            // A 13-month span: months from the leap month on are one further from a11.
            let leapOffset = leapMonthOffset(a11: a11)
            // Offset 1 is a leap 11, offset 2 a leap 12, offset 3 a leap 1… (the published code has `< 0`
            // here, which makes a leap month 12 unreachable).
            var leapMonthNumber = leapOffset - 2
            if leapMonthNumber <= 0 { leapMonthNumber += 12 }
            if leapMonth && lunarMonth != leapMonthNumber { return nil }
            if leapMonth || offset >= leapOffset { offset += 1 }
        } else if leapMonth {
            return nil
        }
        let monthStart = newMoonDay(k + offset)
        let monthLength = newMoonDay(k + offset + 1) - monthStart
        guard lunarDay <= monthLength else { return nil }
        return CivilDate(dayNumber: monthStart + lunarDay - 1 - julianDayOfEpoch)
    }

    /// The lunar date of a solar date. `year` is the lunar year, which starts at Tết: 2026-02-16 is
    /// 29/12 of lunar year 2025.
    public static func lunarDate(of date: CivilDate) -> (day: Int, month: Int, year: Int, leap: Bool) {
        let dayNumber = date.dayNumber + julianDayOfEpoch
        // k estimates the lunation from the mean month; the true new moon can fall a day either side of the
        // mean, so step back until the month starts on or before the day. (The published code steps back at
        // most once, and gives "day 0" on a few days, e.g. 2054-05-07.)
        var k = Int(((Double(dayNumber) - 2_415_021.076998695) / 29.530588853).rounded(.down)) + 1
        var monthStart = newMoonDay(k)
        while monthStart > dayNumber {
            k -= 1
            monthStart = newMoonDay(k)
        }

        var a11 = month11(ofSolarYear: date.year)
        var b11 = a11
        var lunarYear: Int
        if a11 >= monthStart {
            lunarYear = date.year
            a11 = month11(ofSolarYear: date.year - 1)
        } else {
            lunarYear = date.year + 1
            b11 = month11(ofSolarYear: date.year + 1)
        }
        let day = dayNumber - monthStart + 1
        let diff = (monthStart - a11) / 29  // whole months since a11 (both are new-moon days, so no rounding issue)
        var leap = false
        var month = diff + 11
        if b11 - a11 > 365 {
            let leapOffset = leapMonthOffset(a11: a11)
            if diff >= leapOffset {
                month = diff + 10
                if diff == leapOffset { leap = true }
            }
        }
        if month > 12 { month -= 12 }
        // Months 11 and 12 near the start of the span belong to the previous lunar year.
        if month >= 11 && diff < 4 { lunarYear -= 1 }
        return (day, month, lunarYear, leap)
    }

    /// The lunar year's leap month (1…12, the leap copy follows the regular month), or nil in a 12-month year.
    public static func leapMonth(ofLunarYear lunarYear: Int) -> Int? {
        // The leap month of lunar year Y lies between month 11 of Y-1 and month 11 of Y (or just after it,
        // leap 11 or 12, which is still numbered in year Y).
        for spanStartYear in [lunarYear - 1, lunarYear] {
            let a11 = month11(ofSolarYear: spanStartYear)
            let b11 = month11(ofSolarYear: spanStartYear + 1)
            guard b11 - a11 > 365 else { continue }
            var month = leapMonthOffset(a11: a11) - 2
            if month <= 0 { month += 12 }
            let year = month >= 11 ? spanStartYear : spanStartYear + 1
            if year == lunarYear { return month }
        }
        return nil
    }

    // MARK: - Astronomy

    /// Julian day (with fraction, UTC) of the k-th new moon after the one of 1900-01-01.
    static func newMoon(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85  // Julian centuries since 1900-01-01 12:00
        let t2 = t * t
        let t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  // sun's mean anomaly
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  // moon's mean anomaly
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  // moon's argument of latitude
        // Periodic corrections (Meeus, ch. 49, abridged).
        let c1 =
            (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * m * dr)
            - 0.4068 * sin(mpr * dr) + 0.0161 * sin(2 * mpr * dr) - 0.0004 * sin(3 * mpr * dr)
            + 0.0104 * sin(2 * f * dr) - 0.0051 * sin((m + mpr) * dr) - 0.0074 * sin((m - mpr) * dr)
            + 0.0004 * sin((2 * f + m) * dr) - 0.0004 * sin((2 * f - m) * dr) - 0.0006 * sin((2 * f + mpr) * dr)
            + 0.0010 * sin((2 * f - mpr) * dr) + 0.0005 * sin((2 * mpr + m) * dr)
        // ΔT, the difference between dynamical time and universal time, in days.
        let deltaT =
            t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return jd1 + c1 - deltaT
    }

    /// The sun's apparent longitude, in radians 0..<2π, at Julian day `jd` (with fraction, UTC).
    static func sunLongitude(_ jd: Double) -> Double {
        let t = (jd - 2_451_545.0) / 36525  // Julian centuries since J2000
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2  // mean anomaly
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2  // mean longitude
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var l = (l0 + dl) * dr
        l -= 2 * Double.pi * (l / (2 * Double.pi)).rounded(.down)
        return l
    }

    /// The local day (Julian Day Number) of the k-th new moon.
    static func newMoonDay(_ k: Int) -> Int {
        Int((newMoon(k) + 0.5 + timeZone / 24).rounded(.down))
    }

    /// Which of the 12 thirty-degree sectors (0…11) the sun is in at the start of local day `dayNumber`.
    /// Sector 9 starts at the winter solstice (270°).
    static func sunSector(atDay dayNumber: Int) -> Int {
        Int((sunLongitude(Double(dayNumber) - 0.5 - timeZone / 24) / Double.pi * 6).rounded(.down))
    }

    /// The first day (JDN) of lunar month 11 that precedes 31 December of `year`: the month holding the
    /// winter solstice.
    static func month11(ofSolarYear year: Int) -> Int {
        let lastDay = (CivilDate(year: year, month: 12, day: 31)?.dayNumber ?? 0) + julianDayOfEpoch
        let k = Int((Double(lastDay - 2_415_021) / 29.530588853).rounded(.down))
        let newMoon = newMoonDay(k)
        // If that new moon is already past the solstice, month 11 began one lunation earlier.
        return sunSector(atDay: newMoon) >= 9 ? newMoonDay(k - 1) : newMoon
    }

    /// In a 13-month span starting at month 11 (`a11`), how many months after it the leap month comes: the
    /// first month during which the sun enters no new sector (no major solar term, "trung khí").
    static func leapMonthOffset(a11: Int) -> Int {
        let k = Int(((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5).rounded(.down))
        var i = 1
        var sector = sunSector(atDay: newMoonDay(k + i))
        var last = 0
        repeat {
            last = sector
            i += 1
            sector = sunSector(atDay: newMoonDay(k + i))
        } while sector != last && i < 14
        return i - 1
    }
}
