import Testing

@testable import DieuHanhCore

private func day(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

@Suite("Lunar calendar (UTC+7)")
struct LunarCalendarTests {
    static let tet: [(Int, String)] = [
        (2020, "2020-01-25"), (2021, "2021-02-12"), (2022, "2022-02-01"), (2023, "2023-01-22"),
        (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"),
    ]

    @Test("Tết (1/1 lunar) falls on the known solar date", arguments: tet)
    func tetSolarDate(year: Int, iso: String) {
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 1, lunarYear: year) == day(iso))
    }

    @Test("the known Tết solar date reads back as 1/1 of that lunar year", arguments: tet)
    func tetLunarDate(year: Int, iso: String) {
        let lunar = LunarCalendar.lunarDate(of: day(iso))
        #expect(lunar.day == 1 && lunar.month == 1 && lunar.year == year && !lunar.leap)
    }

    @Test("Tết 1985 is the Vietnamese date 21/1, not China's 20/2")
    func tet1985() {
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 1, lunarYear: 1985) == day("1985-01-21"))
        let chineseTet = LunarCalendar.lunarDate(of: day("1985-02-20"))
        #expect(chineseTet.day == 1 && chineseTet.month == 2 && chineseTet.year == 1985)
    }

    @Test("Tết 2007 is 17/2 in Vietnam (18/2 in China)")
    func tet2007() {
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 1, lunarYear: 2007) == day("2007-02-17"))
    }

    @Test(
        "Giỗ Tổ Hùng Vương (10/3 lunar) falls on the known date",
        arguments: [(2024, "2024-04-18"), (2025, "2025-04-07"), (2026, "2026-04-26"), (2023, "2023-04-29")])
    func gioTo(year: Int, iso: String) {
        #expect(LunarCalendar.solarDate(lunarDay: 10, lunarMonth: 3, lunarYear: year) == day(iso))
    }

    @Test("Mid-autumn (15/8 lunar) of 2024 and 2025")
    func midAutumn() {
        #expect(LunarCalendar.solarDate(lunarDay: 15, lunarMonth: 8, lunarYear: 2024) == day("2024-09-17"))
        #expect(LunarCalendar.solarDate(lunarDay: 15, lunarMonth: 8, lunarYear: 2025) == day("2025-10-06"))
    }

    @Test("the eve of Tết belongs to the previous lunar year, month 12")
    func tetEve() {
        let eve = LunarCalendar.lunarDate(of: day("2026-02-16"))
        #expect(eve.month == 12 && eve.year == 2025 && !eve.leap)
        #expect(eve.day == 29 || eve.day == 30)
    }

    @Test("the leap month of a lunar year", arguments: [(2020, 4), (2023, 2), (2025, 6), (2028, 5)])
    func leapMonthOfYear(year: Int, month: Int) {
        #expect(LunarCalendar.leapMonth(ofLunarYear: year) == month)
    }

    @Test("a 12-month lunar year has no leap month", arguments: [2021, 2022, 2024, 2026])
    func noLeapMonth(year: Int) {
        #expect(LunarCalendar.leapMonth(ofLunarYear: year) == nil)
    }

    @Test("the leap month 2/2023 starts on 2023-03-22, after the regular month 2")
    func leapMonth2023() {
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 2, lunarYear: 2023, leapMonth: true) == day("2023-03-22"))
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 2, lunarYear: 2023) == day("2023-02-20"))
        let lunar = LunarCalendar.lunarDate(of: day("2023-03-22"))
        #expect(lunar.day == 1 && lunar.month == 2 && lunar.year == 2023 && lunar.leap)
    }

    @Test("asking for a leap month that the year does not have gives nil")
    func leapMonthThatDoesNotExist() {
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 3, lunarYear: 2023, leapMonth: true) == nil)
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 2, lunarYear: 2024, leapMonth: true) == nil)
    }

    @Test("day 30 exists only in 30-day months")
    func dayThirty() throws {
        for month in 1...12 {
            let first = try #require(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: month, lunarYear: 2024))
            let next =
                month == 12
                ? try #require(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 1, lunarYear: 2025))
                : try #require(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: month + 1, lunarYear: 2024))
            let length = first.days(to: next)
            #expect(length == 29 || length == 30)
            let thirtieth = LunarCalendar.solarDate(lunarDay: 30, lunarMonth: month, lunarYear: 2024)
            #expect(thirtieth == (length == 30 ? next.adding(days: -1) : nil))
        }
    }

    @Test("out-of-range lunar day or month gives nil")
    func outOfRange() {
        #expect(LunarCalendar.solarDate(lunarDay: 0, lunarMonth: 1, lunarYear: 2024) == nil)
        #expect(LunarCalendar.solarDate(lunarDay: 31, lunarMonth: 1, lunarYear: 2024) == nil)
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 0, lunarYear: 2024) == nil)
        #expect(LunarCalendar.solarDate(lunarDay: 1, lunarMonth: 13, lunarYear: 2024) == nil)
    }

    @Test("a day just before a new moon that comes late is the last day of its month, not day 0")
    func lateNewMoon() {
        // The published algorithm's first guess of the month is one too far on this day.
        let lunar = LunarCalendar.lunarDate(of: day("2054-05-07"))
        #expect(lunar.day == 30 && lunar.month == 3 && lunar.year == 2054)
    }

    @Test("solar → lunar → solar gives back every day of 1800–2199")
    func roundTrip() throws {
        let start = day("1800-01-01").dayNumber
        let end = day("2199-12-31").dayNumber
        var failures: [CivilDate] = []
        for n in start...end {
            let date = CivilDate(dayNumber: n)
            let l = LunarCalendar.lunarDate(of: date)
            if LunarCalendar.solarDate(lunarDay: l.day, lunarMonth: l.month, lunarYear: l.year, leapMonth: l.leap) != date {
                failures.append(date)
            }
        }
        #expect(failures.isEmpty, "first failures: \(failures.prefix(5))")
    }
}
