import Foundation
import Testing

@testable import DieuHanhCore

/// The field rules at their boundaries: exactly at a limit passes, one over fails.
@Suite struct FieldRulesTests {
    private func date(_ text: String) -> CivilDate { CivilDate.parse(text)! }

    // MARK: Text

    @Test func aNameOfExactlyItsLimitPassesAndOneMoreCharacterFails() {
        // setup: Vietnamese letters are several bytes and may be two scalars; the limit counts characters
        let rule = FieldRules.unitName
        let atLimit = String(repeating: "ệ", count: rule.maxLength)
        // act / check
        #expect(rule.check(atLimit) == nil)
        #expect(rule.check(atLimit + "a") == .tooLong(limit: 300))
    }

    @Test func aOneMegabyteNameIsRefused() {
        #expect(TextRule.name().check(String(repeating: "A", count: 1_000_000)) == .tooLong(limit: 500))
    }

    @Test func NULAndOtherControlCharactersAreRefusedEverywhere() {
        // setup
        let samples = ["Sở\u{0}Tài chính", "a\u{1B}[31m", "x\u{7F}", "x\u{85}", "x\u{2028}y"]
        // act / check
        for sample in samples {
            #expect(TextRule.name().check(sample) == .controlCharacter, "\(sample.debugDescription)")
            #expect(TextRule.long().check(sample) == .controlCharacter, "\(sample.debugDescription)")
        }
    }

    @Test func longTextsKeepLineBreaksAndTabsButNamesDoNot() {
        let text = "Dòng 1\r\nDòng 2\n\tthụt lề"
        #expect(TextRule.long().check(text) == nil)
        #expect(TextRule.name().check(text) == .controlCharacter)
    }

    @Test func aOneLineValueIsNormalisedLikeTheFormsDo() {
        #expect(TextRule.name().normalized("  Sở \n Tài   chính ") == "Sở Tài chính")
        #expect(TextRule.long().normalized("  a\n\nb  ") == "a\n\nb")
    }

    @Test func codesHaveTheirAlphabetAndLimit() {
        // setup
        let rule = FieldRules.unitCode
        // act / check
        #expect(rule.check("SO-TC_2.1") == nil)
        #expect(rule.check(String(repeating: "A", count: 40)) == nil)
        #expect(rule.check(String(repeating: "A", count: 41)) == .tooLong(limit: 40))
        #expect(rule.check("SỞ") == .codeCharacters)
        #expect(rule.check("-SO") == .codeCharacters)
        #expect(rule.check("SO TC") == .codeCharacters)
        #expect(TextRule.code().check(String(repeating: "B", count: 51)) == .tooLong(limit: 50))
    }

    @Test func externalIDsMayHoldSlashesButNoSpaces() {
        #expect(FieldRules.externalID.check("3413-1/SO-TC") == nil)
        #expect(FieldRules.externalID.check("NV 01") == .codeCharacters)
        #expect(FieldRules.externalID.check(String(repeating: "9", count: 61)) == .tooLong(limit: 60))
    }

    // MARK: Dates and months

    @Test func theWindowEndsOn31December2100() {
        #expect(DateRules.check(date("31/12/2100")) == nil)
        #expect(DateRules.check(date("01/01/2101")) == .dateOutOfRange)
        #expect(DateRules.check(date("01/01/1990")) == nil)
        #expect(DateRules.check(date("31/12/1989")) == .dateOutOfRange)
    }

    @Test func aCompletionDated31December9999IsRefused() {
        // setup
        let today = date("22/11/2026")
        // act / check
        #expect(DateRules.checkFact(date("31/12/9999"), today: today) == .dateOutOfRange)
        #expect(DateRules.checkFact(date("23/11/2026"), today: today) == .dateAfterToday(today: today))
        #expect(DateRules.checkFact(today, today: today) == nil)
    }

    @Test func monthsAndYearsFollowTheSameWindow() {
        #expect(DateRules.check(CivilMonth.parse("9999-05")!) == .monthOutOfRange)
        #expect(DateRules.check(CivilMonth.parse("2100-12")!) == nil)
        #expect(DateRules.check(CivilMonth.parse("1989-12")!) == .monthOutOfRange)
        #expect(DateRules.check(year: 2100) == nil)
        #expect(DateRules.check(year: 2101) == .yearOutOfRange)
    }

    // MARK: Numbers

    @Test func a400DigitNumberIsRefusedNotStoredAsNaN() {
        // setup: the shared reader overflows into NaN on so many digits
        let parsed = VNFormat.parseDecimal(String(repeating: "9", count: 400))
        // act / check
        #expect(parsed.map(NumberRule.check) == .some(.notFinite))
    }

    @Test func numbersStayBelow10To15WithAtMost15SignificantDigits() {
        let limit = NumberRule.magnitudeLimit
        #expect(NumberRule.check(limit - 1) == nil)  // 999.999.999.999.999
        #expect(NumberRule.check(limit) == .tooLarge)
        #expect(NumberRule.check(-limit) == .tooLarge)
        #expect(NumberRule.check(VNFormat.parseDecimal("12345678901234,56")!) == .tooManyDigits(limit: 15))  // 16 digits
        #expect(NumberRule.check(VNFormat.parseDecimal("1234567890,12345")!) == nil)  // 15 digits
        #expect(NumberRule.check(VNFormat.parseDecimal("0,000000000000000001")!) == nil)  // one significant digit
        #expect(NumberRule.check(Decimal.nan) == .notFinite)
        #expect(NumberRule.check(Double.nan) == .notFinite)
        #expect(NumberRule.check(Double.infinity) == .notFinite)
        #expect(NumberRule.check(1e15 as Double) == .tooLarge)
    }

    // MARK: Successors

    @Test func twoUnitsThatAreEachOthersSuccessorAreALoop() {
        #expect(SuccessorChain.cycle(in: ["A": "B", "B": "A"], from: ["A"]) == ["A", "B", "A"])
    }

    @Test func aLoopOfThreeIsFoundFromAUnitLeadingIntoIt() {
        // setup: X → A → B → C → A
        let successors = ["X": "A", "A": "B", "B": "C", "C": "A"]
        // act / check
        #expect(SuccessorChain.cycle(in: successors, from: ["X"]) == ["A", "B", "C", "A"])
    }

    @Test func chainsThatEndAreNoLoop() {
        #expect(SuccessorChain.cycle(in: ["A": "B", "B": "C", "D": "C"], from: ["A", "B", "C", "D"]) == nil)
        #expect(SuccessorChain.cycle(in: ["A": "A"], from: ["A"]) == ["A", "A"])
    }

    // MARK: CSV readers

    @Test func theSharedCSVReadersApplyTheRulesWithLineAndColumn() throws {
        // setup
        let table = try CSVParser.parse(
            "d,m,n\n31/12/9999,2021-01,1\n01/01/2021,9999-05,1\n01/01/2021,2021-01,\(String(repeating: "9", count: 400))\n")
        let columns = try CSVColumns(header: table.header, required: ["d", "m", "n"], optional: [])
        let rows = try table.rows.map(columns.fields)
        // act / check
        #expect(throws: FieldRuleViolation(line: 2, column: "d", problem: .dateOutOfRange)) { _ = try rows[0].date("d") }
        #expect(throws: FieldRuleViolation(line: 3, column: "m", problem: .monthOutOfRange)) { _ = try rows[1].month("m") }
        #expect(throws: FieldRuleViolation(line: 4, column: "n", problem: .notFinite)) { _ = try rows[2].decimal("n") }
    }
}
