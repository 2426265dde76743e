import DieuHanhCore
import Testing

@Suite("Deadlines as typed")
struct DeadlineTextTests {
    @Test(arguments: [
        ("12/08/2021", DeadlineText.date(CivilDate(year: 2021, month: 8, day: 12)!)),
        ("2021-08-12", .date(CivilDate(year: 2021, month: 8, day: 12)!)),
        ("10 ngày làm việc", .workingDays(10)), ("10 ngay lam viec", .workingDays(10)),
        ("  5 NGÀY LÀM VIỆC ", .workingDays(5)), ("7 nglv", .workingDays(7)), ("15", .workingDays(15)),
        ("0", .workingDays(0)),
    ])
    func readsDatesAndWorkingDays(_ text: String, _ expected: DeadlineText) {
        #expect(DeadlineText.parse(text) == expected)
    }

    @Test(arguments: ["", "   ", "10 ngày", "mười ngày làm việc", "31/02/2021", "ngày làm việc", "-3", "10 ngay lam viec nua"])
    func refusesWhatIsNeither(_ text: String) {
        #expect(DeadlineText.parse(text) == nil)
    }

    @Test func workingDaysAreCountedFromTheStartSkippingTheWeekend() {
        let calendar = WorkingCalendar()
        let friday = CivilDate(year: 2021, month: 5, day: 14)!
        #expect(DeadlineText.workingDays(1).date(from: friday, calendar: calendar) == CivilDate(year: 2021, month: 5, day: 17)!)
        let monday = CivilDate(year: 2021, month: 5, day: 17)!
        #expect(DeadlineText.workingDays(5).date(from: monday, calendar: calendar) == CivilDate(year: 2021, month: 5, day: 24)!)
        let fixed = CivilDate(year: 2021, month: 5, day: 20)!
        #expect(DeadlineText.date(fixed).date(from: monday, calendar: calendar) == fixed)
    }
}
