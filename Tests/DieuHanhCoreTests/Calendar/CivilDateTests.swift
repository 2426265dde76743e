import Foundation
import Testing

@testable import DieuHanhCore

@Suite struct CivilDateTests {
    @Test func parsesISOForm() {
        #expect(CivilDate.parse("2021-02-03") == CivilDate(year: 2021, month: 2, day: 3))
    }

    /// The stored form has a byte-by-byte path; it accepts and refuses exactly what the general path does.
    @Test func theStoredFormIsReadExactly() {
        #expect(CivilDate.parse("2024-02-29") == CivilDate(year: 2024, month: 2, day: 29))
        #expect(CivilDate.parse("2023-02-29") == nil)
        #expect(CivilDate.parse("2021-13-01") == nil)
        #expect(CivilDate.parse("2021-00-10") == nil)
        #expect(CivilDate.parse("2021-1a-01") == nil)
        #expect(CivilDate.parse("2021/02/03") == nil)
        #expect(CivilDate.parse("2021-02-03 ") == CivilDate(year: 2021, month: 2, day: 3))
        #expect(CivilDate.parse("21-02-2021") == CivilDate(year: 2021, month: 2, day: 21))
    }

    @Test func parsesVietnameseForm() {
        #expect(CivilDate.parse("03/02/2021") == CivilDate(year: 2021, month: 2, day: 3))
        #expect(CivilDate.parse("3/2/2021") == CivilDate(year: 2021, month: 2, day: 3))
        #expect(CivilDate.parse(" 19/10/2020 ") == CivilDate(year: 2020, month: 10, day: 19))
    }

    @Test func rejectsDaysThatDoNotExist() {
        #expect(CivilDate.parse("31/02/2021") == nil)
        #expect(CivilDate.parse("29/02/2021") == nil)
        #expect(CivilDate.parse("2021-04-31") == nil)
        #expect(CivilDate.parse("00/01/2021") == nil)
        #expect(CivilDate.parse("01/13/2021") == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(CivilDate.parse("29/02/2024") != nil)
        #expect(CivilDate.parse("2000-02-29") != nil)
        #expect(CivilDate.parse("1900-02-29") == nil)
    }

    @Test func rejectsYearFirstWithSlashes() {
        #expect(CivilDate.parse("2021/02/03") == nil)
    }

    @Test func rejectsMalformedText() {
        for text in ["", "2021-02", "21/02/21", "03/02/2021x", "٠٣/٠٢/٢٠٢١", "03/02/-2021", "2021-02-03-04"] {
            #expect(CivilDate.parse(text) == nil, "\(text)")
        }
    }

    @Test func isoIsZeroPadded() {
        #expect(CivilDate(year: 2021, month: 2, day: 3)?.iso == "2021-02-03")
    }

    @Test func dayNumberOfTheEpochIsZero() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)?.dayNumber == 0)
        #expect(CivilDate(dayNumber: -1) == CivilDate(year: 1969, month: 12, day: 31))
    }

    @Test func dayNumberRoundTripsFrom1900To2100() throws {
        // setup
        let first = try #require(CivilDate(year: 1900, month: 1, day: 1))
        let last = try #require(CivilDate(year: 2100, month: 12, day: 31))
        var previous: CivilDate?
        // check: every day converts back to itself, follows its predecessor, and is valid
        for number in first.dayNumber...last.dayNumber {
            let date = CivilDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
            if let previous { #expect(previous < date) }
            previous = date
        }
        #expect(previous == last)
    }

    @Test func addingAndCountingDays() throws {
        let d = try #require(CivilDate(year: 2020, month: 12, day: 31))
        #expect(d.adding(days: 1) == CivilDate(year: 2021, month: 1, day: 1))
        #expect(d.adding(days: -366) == CivilDate(year: 2019, month: 12, day: 31))
        #expect(d.days(to: CivilDate(year: 2021, month: 3, day: 1)!) == 60)
    }

    @Test func weekdayIsISO() {
        #expect(CivilDate(year: 2026, month: 2, day: 14)?.weekday == 6)  // Saturday
        #expect(CivilDate(year: 2026, month: 2, day: 15)?.weekday == 7)  // Sunday
        #expect(CivilDate(year: 2026, month: 2, day: 16)?.weekday == 1)  // Monday
        #expect(CivilDate(year: 1969, month: 12, day: 31)?.weekday == 3)  // Wednesday, before the epoch
    }

    @Test func weekendIsSaturdayAndSunday() {
        #expect(CivilDate(year: 2026, month: 2, day: 14)?.isWeekend == true)
        #expect(CivilDate(year: 2026, month: 2, day: 13)?.isWeekend == false)
    }

    @Test func todayIsTheDayInVietnam() {
        // 2020-10-18T17:30:00Z is 00:30 on 19 October in Vietnam
        #expect(CivilDate.today(now: Date(timeIntervalSince1970: 1_603_042_200)) == CivilDate(year: 2020, month: 10, day: 19))
        // one second before Vietnamese midnight is still the 18th
        #expect(CivilDate.today(now: Date(timeIntervalSince1970: 1_603_040_399)) == CivilDate(year: 2020, month: 10, day: 18))
    }

    @Test func todayBeforeTheEpoch() {
        #expect(CivilDate.today(now: Date(timeIntervalSince1970: -25_201)) == CivilDate(year: 1969, month: 12, day: 31))
        #expect(CivilDate.today(now: Date(timeIntervalSince1970: -25_200)) == CivilDate(year: 1970, month: 1, day: 1))
    }

    @Test func codableUsesISOAndAcceptsBothForms() throws {
        // setup
        let date = try #require(CivilDate(year: 2020, month: 10, day: 19))
        // act
        let encoded = try JSONEncoder().encode([date])
        let decoded = try JSONDecoder().decode([CivilDate].self, from: Data("[\"19/10/2020\"]".utf8))
        // check
        #expect(String(decoding: encoded, as: UTF8.self) == "[\"2020-10-19\"]")
        #expect(decoded == [date])
    }

    @Test func decodingRejectsNonDates() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CivilDate].self, from: Data("[\"31/02/2021\"]".utf8))
        }
    }
}
