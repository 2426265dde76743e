import Testing

@testable import DieuHanhCore

private func day(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

private func days(_ from: String, through: String) -> Set<CivilDate> {
    Set((day(from).dayNumber...day(through).dayNumber).map(CivilDate.init(dayNumber:)))
}

@Suite("Working calendar")
struct WorkingCalendarTests {
    let plain = WorkingCalendar()
    /// Tết 2026 as announced for civil servants: off from Saturday 14/2 through Sunday 22/2.
    let tet2026 = WorkingCalendar(extraDaysOff: days("2026-02-14", through: "2026-02-22"))

    // MARK: Statutory holidays

    @Test("the 2026 statutory holidays, with their Vietnamese names")
    func holidays2026() {
        let holidays = WorkingCalendar.statutoryHolidays(year: 2026)
        let expected: [(String, String)] = [
            ("2026-01-01", "Tết Dương lịch"),
            ("2026-02-16", "Tết Nguyên đán"), ("2026-02-17", "Tết Nguyên đán"), ("2026-02-18", "Tết Nguyên đán"),
            ("2026-02-19", "Tết Nguyên đán"), ("2026-02-20", "Tết Nguyên đán"),
            ("2026-04-26", "Giỗ Tổ Hùng Vương"), ("2026-04-30", "Ngày Chiến thắng"), ("2026-05-01", "Quốc tế Lao động"),
            ("2026-09-02", "Quốc khánh"), ("2026-09-03", "Quốc khánh"),
        ]
        #expect(holidays == expected.map { Holiday(date: day($0.0), name: $0.1) })
    }

    @Test("Tết is the last day of the lunar year plus the first four days of the new one")
    func tetSpan2024() {
        let tet = WorkingCalendar.statutoryHolidays(year: 2024).filter { $0.name == "Tết Nguyên đán" }.map(\.date)
        #expect(tet == ["2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13"].map(day))
    }

    @Test(
        "the day next to 2/9 is 3/9 unless 3/9 is a weekend, then 1/9",
        arguments: [
            (2024, "2024-09-03"),  // 2/9 Monday
            (2026, "2026-09-03"),  // 2/9 Wednesday
            (2022, "2022-09-01"),  // 2/9 Friday: 3/9 is a Saturday
            (2023, "2023-09-01"),  // 2/9 Saturday: 3/9 is a Sunday
            (2018, "2018-09-03"),
        ])  // 2/9 Sunday: 3/9 is a Monday
    func nationalDayCompanion(year: Int, iso: String) {
        let nationalDays = WorkingCalendar.statutoryHolidays(year: year).filter { $0.name == "Quốc khánh" }.map(\.date)
        #expect(nationalDays.sorted() == [day("\(year)-09-02"), day(iso)].sorted())
    }

    @Test("compensatory days off are suggested for holidays on a weekend (2023)")
    func compensatory2023() {
        let dates = Set(WorkingCalendar.compensatoryDaysOff(year: 2023).map(\.date))
        // 1/1 Sunday → 2/1; 29/4 (Giỗ Tổ) Saturday and 30/4 Sunday → 2/5 and 3/5 (1/5 is a holiday itself);
        // 2/9 Saturday → 4/9; 21/1 and 22/1 (Tết) on the weekend → 26/1 and 27/1.
        #expect(dates == Set(["2023-01-02", "2023-01-26", "2023-01-27", "2023-05-02", "2023-05-03", "2023-09-04"].map(day)))
    }

    @Test("a holiday on a weekend gives the next working day off without anything entered (Giỗ Tổ 2026)")
    func compensatoryDayApplies() {
        // Giỗ Tổ Hùng Vương fell on Sunday 26/4/2026: Monday 27/4 is off (art. 111(3)); 30/4 and 1/5 are holidays.
        #expect(WorkingCalendar.compensatoryDaysOff(year: 2026).map(\.date) == [day("2026-04-27")])
        #expect(!plain.isWorkingDay(day("2026-04-27")))
        #expect(plain.isWorkingDay(day("2026-04-28")))
        // From Friday 24/4: 28/4 is day 1, 29/4 day 2, then 30/4 and 1/5 off: day 3 is Monday 4/5.
        #expect(plain.addingWorkingDays(1, to: day("2026-04-24")) == day("2026-04-28"))
        #expect(plain.addingWorkingDays(3, to: day("2026-04-24")) == day("2026-05-04"))
        #expect(plain.nextWorkingDay(onOrAfter: day("2026-04-25")) == day("2026-04-28"))
        #expect(WorkingCalendar.daysOff(year: 2026).contains(Holiday(date: day("2026-04-27"), name: "Nghỉ bù Giỗ Tổ Hùng Vương")))
    }

    @Test("the office can keep a compensatory day as a working day when the Government arranges it otherwise")
    func compensatoryDayOverridden() {
        let calendar = WorkingCalendar(makeUpWorkingDays: [day("2026-04-27")])
        #expect(calendar.isWorkingDay(day("2026-04-27")))
        #expect(calendar.addingWorkingDays(1, to: day("2026-04-24")) == day("2026-04-27"))
    }

    // MARK: Working days

    @Test("weekdays are working days, weekends are not")
    func weekdays() {
        #expect(plain.isWorkingDay(day("2026-03-06")))  // Friday
        #expect(!plain.isWorkingDay(day("2026-03-07")))  // Saturday
        #expect(!plain.isWorkingDay(day("2026-03-08")))  // Sunday
        #expect(plain.isWorkingDay(day("2026-03-09")))  // Monday
    }

    @Test("a statutory holiday on a weekday is not a working day")
    func holidayIsOff() {
        #expect(!plain.isWorkingDay(day("2026-04-30")))
        #expect(!plain.isWorkingDay(day("2026-02-18")))
    }

    @Test("an extra day off is not a working day")
    func extraDayOff() {
        let calendar = WorkingCalendar(extraDaysOff: [day("2024-04-29")])
        #expect(plain.isWorkingDay(day("2024-04-29")))
        #expect(!calendar.isWorkingDay(day("2024-04-29")))
    }

    @Test("a make-up Saturday is a working day, even if also entered as a day off")
    func makeUpSaturday() {
        // 2024: Monday 29/4 swapped with Saturday 4/5.
        let calendar = WorkingCalendar(extraDaysOff: [day("2024-04-29")], makeUpWorkingDays: [day("2024-05-04")])
        #expect(calendar.isWorkingDay(day("2024-05-04")))
        #expect(
            WorkingCalendar(extraDaysOff: [day("2024-05-04")], makeUpWorkingDays: [day("2024-05-04")])
                .isWorkingDay(day("2024-05-04")))
        #expect(calendar.addingWorkingDays(1, to: day("2024-05-03")) == day("2024-05-04"))
        #expect(calendar.workingDays(from: day("2024-04-27"), through: day("2024-05-05")) == 3)  // 2/5, 3/5, 4/5
    }

    // MARK: Deadlines

    @Test("5 working days from Thursday 12/2/2026 across the Tết 2026 break is Thursday 26/2")
    func acrossTet2026() {
        // 13/2 Fri is day 1; 14/2–22/2 off; 23/2 Mon day 2 … 26/2 Thu day 5.
        #expect(tet2026.addingWorkingDays(5, to: day("2026-02-12")) == day("2026-02-26"))
        #expect(tet2026.addingWorkingDays(1, to: day("2026-02-12")) == day("2026-02-13"))
        #expect(tet2026.addingWorkingDays(2, to: day("2026-02-12")) == day("2026-02-23"))
    }

    @Test("counting starts the day after the event, even when the event is on a working day")
    func countsFromNextDay() {
        #expect(plain.addingWorkingDays(1, to: day("2026-03-09")) == day("2026-03-10"))
        #expect(plain.addingWorkingDays(1, to: day("2026-03-06")) == day("2026-03-09"))  // Friday → Monday
    }

    @Test("an event on a weekend starts the count on the next working day")
    func eventOnWeekend() {
        #expect(plain.addingWorkingDays(1, to: day("2026-03-07")) == day("2026-03-09"))
    }

    @Test("a deadline that would end on a holiday moves past it")
    func endsOnHoliday() {
        // From Monday 27/4/2026: 28/4 day 1, 29/4 day 2, 30/4 and 1/5 holidays, 2–3/5 weekend, 4/5 day 3.
        #expect(plain.addingWorkingDays(3, to: day("2026-04-27")) == day("2026-05-04"))
    }

    @Test("a deadline crossing the new year skips 1/1")
    func yearBoundary() {
        #expect(plain.addingWorkingDays(2, to: day("2025-12-30")) == day("2026-01-02"))
        #expect(plain.workingDays(from: day("2025-12-29"), through: day("2026-01-05")) == 5)
    }

    @Test("zero working days is the start day; a negative count goes back")
    func zeroAndNegative() {
        #expect(plain.addingWorkingDays(0, to: day("2026-03-07")) == day("2026-03-07"))
        #expect(plain.addingWorkingDays(-1, to: day("2026-01-05")) == day("2026-01-02"))
        #expect(plain.addingWorkingDays(-2, to: day("2026-01-05")) == day("2025-12-31"))  // skips 1/1
    }

    @Test("next working day on or after a date (art. 148)")
    func nextWorkingDay() {
        #expect(plain.nextWorkingDay(onOrAfter: day("2026-03-09")) == day("2026-03-09"))
        #expect(plain.nextWorkingDay(onOrAfter: day("2026-03-07")) == day("2026-03-09"))
        #expect(plain.nextWorkingDay(onOrAfter: day("2026-04-30")) == day("2026-05-04"))
        #expect(tet2026.nextWorkingDay(onOrAfter: day("2026-02-14")) == day("2026-02-23"))
    }

    @Test("working days between two dates count both ends; reversed range is 0")
    func workingDaysBetween() {
        #expect(plain.workingDays(from: day("2026-03-09"), through: day("2026-03-13")) == 5)
        #expect(plain.workingDays(from: day("2026-03-09"), through: day("2026-03-09")) == 1)
        #expect(plain.workingDays(from: day("2026-03-07"), through: day("2026-03-08")) == 0)
        #expect(plain.workingDays(from: day("2026-03-13"), through: day("2026-03-09")) == 0)
        #expect(tet2026.workingDays(from: day("2026-02-01"), through: day("2026-02-28")) == 15)
    }

    @Test("adding N working days and counting them back agree", arguments: [1, 2, 3, 5, 10, 30, 60])
    func addAndCountAgree(n: Int) {
        for start in stride(from: day("2025-12-20").dayNumber, through: day("2026-05-10").dayNumber, by: 3) {
            let from = CivilDate(dayNumber: start)
            let end = tet2026.addingWorkingDays(n, to: from)
            #expect(tet2026.isWorkingDay(end))
            #expect(tet2026.workingDays(from: from.adding(days: 1), through: end) == n)
        }
    }
}
