import Foundation
import Testing

@testable import DieuHanhCore

@Suite struct VNFormatNumberTests {
    @Test(arguments: [
        (0, "0"), (999, "999"), (1000, "1.000"), (5300, "5.300"), (21914, "21.914"), (999_999, "999.999"),
        (1_000_000, "1.000.000"), (-1234, "-1.234"), (-999, "-999"),
    ])
    func integerGroupsThousandsWithDots(_ n: Int, _ expected: String) {
        #expect(VNFormat.integer(n) == expected)
    }

    @Test func integerHandlesTheExtremes() {
        #expect(VNFormat.integer(Int.min) == "-9.223.372.036.854.775.808")
        #expect(VNFormat.integer(Int.max) == "9.223.372.036.854.775.807")
    }

    @Test(arguments: [
        ("3669.25", 2, "3.669,25"), ("88.06", 1, "88,1"), ("88.05", 1, "88,1"), ("88.04", 1, "88,0"),
        ("-88.05", 1, "-88,1"), ("5", 2, "5,00"), ("1234.5", 0, "1.235"), ("0.125", 2, "0,13"),
        ("1234567.891", 1, "1.234.567,9"), ("0.5", 0, "1"), ("-0.5", 0, "-1"),
    ])
    func decimalRoundsHalfAwayFromZero(_ text: String, _ digits: Int, _ expected: String) throws {
        // setup
        let value = try #require(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
        // check
        #expect(VNFormat.decimal(value, fractionDigits: digits) == expected)
    }

    @Test func decimalThatRoundsToZeroHasNoSign() {
        #expect(VNFormat.decimal(Decimal(string: "-0.04")!, fractionDigits: 1) == "0,0")
    }

    @Test func percentUsesOneDecimalAndComma() {
        #expect(VNFormat.percent(42, of: 46) == "91,3%")
        #expect(VNFormat.percent(37, of: 42) == "88,1%")
    }

    @Test func percentDropsATrailingZeroDecimal() {
        #expect(VNFormat.percent(5, of: 5) == "100%")
        #expect(VNFormat.percent(1, of: 2) == "50%")
        #expect(VNFormat.percent(0, of: 7) == "0%")
    }

    @Test func percentRoundsHalfUp() {
        // 1/8 = 12,5% exactly; 1/16 = 6,25% rounds to 6,3%; 1/3 = 33,33…% rounds down
        #expect(VNFormat.percent(1, of: 16) == "6,3%")
        #expect(VNFormat.percent(1, of: 3) == "33,3%")
        #expect(VNFormat.percent(2, of: 3) == "66,7%")
    }

    @Test func percentAboveHundredGroupsThousands() {
        #expect(VNFormat.percent(12345, of: 1000) == "1.234,5%")
    }

    @Test func percentOfZeroIsNil() {
        #expect(VNFormat.percent(3, of: 0) == nil)
        #expect(VNFormat.percentValue(3, of: 0) == nil)
    }

    @Test func percentKeepsTheSignOfSmallNegatives() {
        #expect(VNFormat.percent(-1, of: 200) == "-0,5%")
        #expect(VNFormat.percent(-3, of: 2) == "-150%")
    }

    @Test func percentValueIsExactlyTheOneDecimalNumber() {
        #expect(VNFormat.percentValue(37, of: 42) == 88.1)
        #expect(VNFormat.percentValue(42, of: 46) == 91.3)
        #expect(VNFormat.percentValue(1, of: 16) == 6.3)
        #expect(VNFormat.percentValue(5, of: 5) == 100)
    }

    @Test func percentValueEncodesAsShortJSON() throws {
        let json = try JSONEncoder().encode([VNFormat.percentValue(37, of: 42)])
        #expect(String(decoding: json, as: UTF8.self) == "[88.1]")
    }

    @Test func percentWorksWithHugeCounts() {
        #expect(VNFormat.percent(Int.max, of: Int.max) == "100%")
        #expect(VNFormat.percent(Int.max / 2, of: Int.max) == "50%")
    }

    @Test(arguments: [(0, "0"), (1, "01"), (4, "04"), (9, "09"), (10, "10"), (1250, "1.250"), (-3, "-3")])
    func countPadsOneToNine(_ n: Int, _ expected: String) {
        #expect(VNFormat.count(n) == expected)
    }
}

@Suite struct VNFormatDateTests {
    @Test func dateIsDayMonthYear() {
        #expect(VNFormat.date(CivilDate(year: 2020, month: 10, day: 19)!) == "19/10/2020")
        #expect(VNFormat.date(CivilDate(year: 2021, month: 1, day: 5)!) == "05/01/2021")
    }

    @Test func proseDateWritesDayMonthYearInWords() {
        #expect(VNFormat.proseDate(CivilDate(year: 2020, month: 10, day: 19)!) == "ngày 19 tháng 10 năm 2020")
    }

    @Test func proseDateKeepsLeadingZeros() {
        #expect(VNFormat.proseDate(CivilDate(year: 2021, month: 1, day: 5)!) == "ngày 05 tháng 01 năm 2021")
    }

    @Test func dateTimeIsInVietnamTime() {
        // setup: 2020-10-19 07:05:00 UTC is 14:05 in Vietnam
        let instant = Date(timeIntervalSince1970: 1_603_091_100)
        // check
        #expect(VNFormat.dateTime(instant) == "14:05 19/10/2020")
    }

    @Test func dateTimeCrossesMidnightIntoTheVietnameseDay() {
        // 2020-10-18 17:30:00 UTC is 00:30 on the 19th in Vietnam
        #expect(VNFormat.dateTime(Date(timeIntervalSince1970: 1_603_042_200)) == "00:30 19/10/2020")
    }

    @Test func dateTimeTruncatesSeconds() {
        // 16:59:59.9 UTC is 23:59 in Vietnam, not the next day
        #expect(VNFormat.dateTime(Date(timeIntervalSince1970: 1_603_040_399.9)) == "23:59 18/10/2020")
    }

    @Test func dateTimeWorksBefore1970() {
        // 1969-12-31 16:00:00 UTC is midnight of 1970-01-01 in Vietnam; one second earlier is the day before
        #expect(VNFormat.dateTime(Date(timeIntervalSince1970: -25_200)) == "00:00 01/01/1970")
        #expect(VNFormat.dateTime(Date(timeIntervalSince1970: -25_201)) == "23:59 31/12/1969")
    }
}

@Suite struct VNFormatParseDecimalTests {
    private func dec(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX"))! }

    @Test(arguments: [
        ("1.234,5", "1234.5"), ("1234,5", "1234.5"), ("1234.5", "1234.5"), ("1,234.5", "1234.5"),
        ("-12", "-12"), ("+12", "12"), ("0", "0"), (" 42 ", "42"), ("1.234.567", "1234567"),
        ("1,234,567", "1234567"), ("1.234.567,89", "1234567.89"), ("3669,25", "3669.25"), ("-0,5", "-0.5"),
    ])
    func acceptsBothConventions(_ text: String, _ expected: String) {
        #expect(VNFormat.parseDecimal(text) == dec(expected))
    }

    @Test func singleDotBeforeThreeDigitsGroupsThousands() {
        #expect(VNFormat.parseDecimal("5.300") == 5300)
        #expect(VNFormat.parseDecimal("12.345") == 12345)
        #expect(VNFormat.parseDecimal("-999.999") == -999_999)
    }

    @Test func singleDotOtherwiseIsADecimalPoint() {
        #expect(VNFormat.parseDecimal("5.30") == dec("5.3"))
        #expect(VNFormat.parseDecimal("5.3000") == dec("5.3"))
        #expect(VNFormat.parseDecimal("0.500") == dec("0.5"))
        #expect(VNFormat.parseDecimal("1234.567") == dec("1234.567"))
    }

    @Test func singleCommaIsAlwaysADecimalMark() {
        #expect(VNFormat.parseDecimal("5,300") == dec("5.3"))
    }

    @Test func resultIsExact() {
        // 0,1 + 0,2 is exactly 0,3 in decimal, unlike in binary floating point
        let sum = VNFormat.parseDecimal("0,1")! + VNFormat.parseDecimal("0,2")!
        #expect(sum == dec("0.3"))
    }

    @Test(arguments: [
        "", " ", "12a", "1,2,3", "1.2.3", "a", "-", "+", ".5", "5.", ",5", "5,", "1.234,5,6", "1,234.5.6",
        "12 345", "--1", "1e5", "1.23,4", "12,34.5", "1..2",
    ])
    func refusesMalformedNumbers(_ text: String) {
        #expect(VNFormat.parseDecimal(text) == nil)
    }

    @Test func keepsManyDigitsExactly() {
        #expect(VNFormat.parseDecimal("123456789012345678,123") == dec("123456789012345678.123"))
    }
}
