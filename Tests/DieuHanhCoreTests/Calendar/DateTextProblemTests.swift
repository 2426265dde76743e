import DieuHanhCore
import Testing

@Suite("Why a typed date was not read")
struct DateTextProblemTests {
    @Test func aDayThatDoesNotExistIsToldApartFromText() {
        #expect(CivilDate.problem("31/02/2027") == .noSuchDay(day: 31, month: 2, year: 2027, lastDay: 28))
        #expect(CivilDate.problem("29/02/2028") == nil)  // a leap year
        #expect(CivilDate.problem("29/2/2027") == .noSuchDay(day: 29, month: 2, year: 2027, lastDay: 28))
        #expect(CivilDate.problem("31/04/2026") == .noSuchDay(day: 31, month: 4, year: 2026, lastDay: 30))
        #expect(CivilDate.problem("2026-06-31") == .noSuchDay(day: 31, month: 6, year: 2026, lastDay: 30))
    }

    @Test(arguments: ["hôm qua", "32/01/2026", "01/13/2026", "0/01/2026", "12/2026", "", "1/1/26", "2026/01/01"])
    func textThatIsNotADate(_ text: String) {
        #expect(CivilDate.problem(text) == .notADate)
    }

    @Test func aDateThatReadsHasNoProblem() {
        #expect(CivilDate.problem("06/12/2026") == nil)
        #expect(CivilDate.problem(" 2026-12-06 ") == nil)
    }

    /// A phone's number pad has no slash: the day, month and year typed as eight digits read, day first.
    @Test func eightDigitsReadDayFirst() {
        #expect(CivilDate.parse("01072025") == CivilDate(year: 2025, month: 7, day: 1))
        #expect(CivilDate.parse(" 29022028 ") == CivilDate(year: 2028, month: 2, day: 29))
        #expect(CivilDate.parse("01.07.2025") == CivilDate(year: 2025, month: 7, day: 1))
        #expect(CivilDate.problem("31022027") == .noSuchDay(day: 31, month: 2, year: 2027, lastDay: 28))
        // Year first, seven or nine digits, or a month past 12: not a date.
        for text in ["20250701", "1072025", "010720251", "01132025", "0107202a"] {
            #expect(CivilDate.parse(text) == nil, "\(text)")
            #expect(CivilDate.problem(text) == .notADate, "\(text)")
        }
    }
}
