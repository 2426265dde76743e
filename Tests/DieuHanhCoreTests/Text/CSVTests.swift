import Foundation
import Testing

@testable import DieuHanhCore

@Suite struct CSVParserTests {
    @Test func parsesHeaderAndRows() throws {
        // act
        let table = try CSVParser.parse("code,name\nUB,Ủy ban nhân dân\nSKH,Sở Kế hoạch và Đầu tư\n")
        // check
        #expect(table.header == ["code", "name"])
        #expect(
            table.rows == [
                CSVRecord(line: 2, fields: ["UB", "Ủy ban nhân dân"]),
                CSVRecord(line: 3, fields: ["SKH", "Sở Kế hoạch và Đầu tư"]),
            ])
    }

    @Test func lastLineNeedsNoLineBreak() throws {
        let table = try CSVParser.parse("a,b\n1,2")
        #expect(table.rows == [CSVRecord(line: 2, fields: ["1", "2"])])
    }

    @Test func acceptsCRLFAndLoneCR() throws {
        let crlf = try CSVParser.parse("a,b\r\n1,2\r\n3,4\r\n")
        let cr = try CSVParser.parse("a,b\r1,2\r3,4")
        #expect(crlf.rows.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(crlf.rows.map(\.line) == [2, 3])
        #expect(cr.rows == crlf.rows)
    }

    @Test func headerNamesAreTrimmedButCellsAreNot() throws {
        let table = try CSVParser.parse(" code , name\t\n UB , x \n")
        #expect(table.header == ["code", "name"])
        #expect(table.rows[0].fields == [" UB ", " x "])
    }

    @Test func quotedFieldsMayHoldCommasAndEscapedQuotes() throws {
        let table = try CSVParser.parse("a,b\n\"Hà Nội, Việt Nam\",\"Quyết định \"\"số 1\"\"\"\n")
        #expect(table.rows[0].fields == ["Hà Nội, Việt Nam", "Quyết định \"số 1\""])
    }

    @Test func emptyQuotedFieldIsEmpty() throws {
        let table = try CSVParser.parse("a,b,c\n\"\",x,\"\"\n")
        #expect(table.rows[0].fields == ["", "x", ""])
    }

    @Test func lineBreaksInsideQuotesKeepLineNumbersRight() throws {
        // setup: the second record spans lines 3–5
        let text = "a,b\n1,x\n2,\"dòng một\r\ndòng hai\ndòng ba\"\n3,y\n"
        // act
        let table = try CSVParser.parse(text)
        // check
        #expect(table.rows.map(\.line) == [2, 3, 6])
        #expect(table.rows[1].fields[1] == "dòng một\r\ndòng hai\ndòng ba")
    }

    @Test func emptyFieldsAreKeptIncludingTrailingOne() throws {
        let table = try CSVParser.parse("a,b,c\n,x,\n")
        #expect(table.rows[0].fields == ["", "x", ""])
    }

    @Test func blankLinesAreSkippedAndLinesStillCounted() throws {
        let table = try CSVParser.parse("\n\na,b\n\n1,2\r\n\r\n \t\n3,4\n\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rows == [CSVRecord(line: 5, fields: ["1", "2"]), CSVRecord(line: 8, fields: ["3", "4"])])
    }

    @Test func rowsOfEmptyCellsAreSkipped() throws {
        let table = try CSVParser.parse("a,b,c\n1,2,3\n,,\n , ,\"\"\n")
        #expect(table.rows.count == 1)
    }

    @Test func byteOrderMarkIsStripped() throws {
        let fromText = try CSVParser.parse("\u{FEFF}code,name\nUB,x\n")
        let fromData = try CSVParser.parse(data: Data([0xEF, 0xBB, 0xBF] + Array("code,name\nUB,x\n".utf8)))
        #expect(fromText.header == ["code", "name"])
        #expect(fromData == fromText)
    }

    @Test func dataAndTextGiveTheSameTable() throws {
        let text = "ma,noi_dung\nNV1,\"Triển khai, đôn đốc\"\n"
        #expect(try CSVParser.parse(data: Data(text.utf8)) == CSVParser.parse(text))
    }

    @Test func decomposedTextSurvivesUnchanged() throws {
        let name = "Quảng Ngãi".decomposedStringWithCanonicalMapping
        let table = try CSVParser.parse(data: Data("name\n\(name)\n".utf8))
        #expect(table.rows[0].fields[0].unicodeScalars.elementsEqual(name.unicodeScalars))
    }

    @Test func spacesAroundQuotedFieldsAreIgnored() throws {
        let table = try CSVParser.parse("a,b\n  \"x, y\"  ,z\n")
        #expect(table.rows[0].fields == ["x, y", "z"])
    }

    @Test func quoteInsideUnquotedFieldIsLiteral() throws {
        let table = try CSVParser.parse("a,b\nTV 12\" ,z\n")
        #expect(table.rows[0].fields == ["TV 12\" ", "z"])
    }

    @Test func unclosedQuoteIsReportedAtTheLineItOpens() {
        #expect(throws: CSVError(line: 3, message: "dấu ngoặc kép không được đóng")) {
            try CSVParser.parse("a,b\n1,2\n3,\"bắt đầu\n4,5\n")
        }
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: CSVError.self) { try CSVParser.parse("a,b\n1,2\n\"x\"y,2\n") }
        do {
            _ = try CSVParser.parse("a,b\n1,\"x\ny\"z\n")
            Issue.record("expected an error")
        } catch let error as CSVError {
            #expect(error.line == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func emptyFileIsAnError() {
        #expect(throws: CSVError(line: 0, message: "tệp trống")) { try CSVParser.parse("") }
        #expect(throws: CSVError(line: 0, message: "tệp trống")) { try CSVParser.parse(data: Data()) }
    }

    @Test func fileWithOnlyBOMAndBlankLinesIsEmpty() {
        #expect(throws: CSVError(line: 0, message: "tệp trống")) { try CSVParser.parse("\u{FEFF}\r\n\n") }
    }

    @Test func headerOnlyGivesNoRows() throws {
        let table = try CSVParser.parse("a,b\n")
        #expect(table.header == ["a", "b"])
        #expect(table.rows.isEmpty)
    }

    @Test func invalidUTF8IsReportedWithItsLine() {
        // setup: "Sở" written in Windows-1258 on line 3 (0xD5 followed by ASCII is not UTF-8)
        var bytes = Array("a,b\n1,2\n".utf8)
        bytes += [0x53, 0xD5, 0x2C, 0x31, 0x0A]
        // check
        #expect(throws: CSVError(line: 3, message: "tệp không phải UTF-8")) {
            try CSVParser.parse(data: Data(bytes))
        }
    }

    @Test func errorDescriptionNamesTheLine() {
        #expect(CSVError(line: 4, message: "x").description == "Dòng 4: x")
        #expect(CSVError(line: 0, message: "tệp trống").description == "tệp trống")
    }

    @Test func parsesAHundredThousandRows() throws {
        // setup
        var text = "ma,so_ky_hieu,noi_dung,don_vi_chu_tri\n"
        for i in 0..<100_000 {
            text += "NV\(i),\(i)/QĐ-UBND,\"Triển khai nhiệm vụ số \(i), báo cáo \"\"kết quả\"\"\",SKH\n"
        }
        let data = Data(text.utf8)
        // act
        // Speed is measured by the benchmark, not here: this checks that a large file parses whole and right.
        let table: CSVTable? = try CSVParser.parse(data: data)
        #expect(table?.rows.count == 100_000)
        #expect(table?.rows.last?.line == 100_001)
        #expect(table?.rows.last?.fields[2] == "Triển khai nhiệm vụ số 99999, báo cáo \"kết quả\"")
    }
}

@Suite struct CSVWriterTests {
    @Test func plainFieldsAreNotQuoted() {
        #expect(CSVWriter.field("Sở Y tế") == "Sở Y tế")
        #expect(CSVWriter.field("") == "")
    }

    @Test func fieldsWithSpecialCharactersAreQuoted() {
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("12\" TV") == "\"12\"\" TV\"")
        #expect(CSVWriter.field("a\nb") == "\"a\nb\"")
        #expect(CSVWriter.field("a\rb") == "\"a\rb\"")
        #expect(CSVWriter.field(" a") == "\" a\"")
    }

    @Test func lineEndsWithCRLF() {
        #expect(CSVWriter.line(["1", "a,b", ""]) == "1,\"a,b\",\r\n")
    }

    @Test func bomIsTheByteOrderMark() {
        #expect(Array(CSVWriter.bom.utf8) == [0xEF, 0xBB, 0xBF])
    }

    @Test func writtenLinesReadBackUnchanged() throws {
        // setup
        let rows = [["ma", "noi_dung"], ["NV1", "Báo cáo \"quý\", gửi\r\nUBND tỉnh"], ["NV2", " lề "]]
        // act
        let text = CSVWriter.bom + rows.map(CSVWriter.line).joined()
        let table = try CSVParser.parse(text)
        // check
        #expect(table.header == rows[0])
        #expect(table.rows.map(\.fields) == Array(rows.dropFirst()))
        #expect(table.rows.map(\.line) == [2, 4])
    }
}

@Suite struct CSVColumnsTests {
    private let required = ["code", "name", "kind"]
    private let optional = ["parent_code", "valid_from"]

    @Test func acceptsRequiredAndSomeOptionalColumnsInAnyOrder() throws {
        let columns = try CSVColumns(
            header: ["kind", "code", "valid_from", "name"], required: required,
            optional: optional)
        #expect(columns.has("valid_from"))
        #expect(!columns.has("parent_code"))
    }

    @Test func reportsUnknownAndMissingColumnsTogether() {
        // act
        let error = #expect(throws: CSVError.self) {
            try CSVColumns(header: ["code", "nmae", "parent_cod"], required: required, optional: optional)
        }
        // check
        #expect(error?.line == 1)
        #expect(error?.message.contains("cột không xác định: nmae, parent_cod") == true)
        #expect(error?.message.contains("thiếu cột bắt buộc: name, kind") == true)
    }

    @Test func reportsRepeatedColumns() {
        let error = #expect(throws: CSVError.self) {
            try CSVColumns(header: ["code", "name", "kind", "code"], required: required, optional: optional)
        }
        #expect(error?.message.contains("cột bị lặp: code") == true)
    }

    @Test func reportsColumnsWithoutName() {
        let error = #expect(throws: CSVError.self) {
            try CSVColumns(header: ["code", "name", "kind", ""], required: required, optional: optional)
        }
        #expect(error?.message.contains("cột 4 không có tên") == true)
    }

    @Test func columnNamesIgnoreCaseAndSpaces() throws {
        let columns = try CSVColumns(header: [" Code", "NAME ", "Kind"], required: required, optional: [])
        #expect(columns.value("name", in: CSVRecord(line: 2, fields: ["UB", "Ủy ban", "province"])) == "Ủy ban")
    }

    @Test func valueIsTrimmedAndEmptyIsNil() throws {
        // setup
        let columns = try CSVColumns(header: ["code", "name", "kind"], required: required, optional: optional)
        let record = CSVRecord(line: 2, fields: ["  UB ", " \t", "province"])
        // check
        #expect(columns.value("code", in: record) == "UB")
        #expect(columns.value("name", in: record) == nil)
    }

    /// The quick path (a printable ASCII character at both ends) and the full trim agree on every edge.
    @Test(arguments: [
        "UB", "Ủy ban", "Ủy ban ", " Ủy", "a\u{00A0}", "\u{00A0}a", "\u{3000}Sở\u{3000}", "x\u{2028}", "\n", "\r\nb",
        "!", "~", "a\u{7F}", "\u{7F}", "\u{85}a", " ", "", "\t\t", "Đ", "1.234",
    ])
    func cellsAreTrimmedAsFoundationTrims(cell: String) throws {
        let columns = try CSVColumns(header: ["code", "name", "kind"], required: required, optional: optional)
        let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(columns.value("name", in: CSVRecord(line: 2, fields: ["a", cell, "c"])) == (trimmed.isEmpty ? nil : trimmed))
        // A name written otherwise than the index keys it is still found.
        #expect(columns.value(" NAME", in: CSVRecord(line: 2, fields: ["a", cell, "c"])) == (trimmed.isEmpty ? nil : trimmed))
    }

    @Test func absentOptionalColumnIsNil() throws {
        let columns = try CSVColumns(header: ["code", "name", "kind"], required: required, optional: optional)
        #expect(columns.value("parent_code", in: CSVRecord(line: 2, fields: ["a", "b", "c"])) == nil)
    }

    @Test func checkAcceptsRecordWithOneCellPerColumn() throws {
        let columns = try CSVColumns(header: ["code", "name", "kind"], required: required, optional: [])
        try columns.check(CSVRecord(line: 2, fields: ["a", "", "c"]))
    }

    @Test func checkReportsTooFewAndTooManyCells() throws {
        // setup
        let columns = try CSVColumns(header: ["code", "name", "kind"], required: required, optional: [])
        // check
        let short = #expect(throws: CSVError.self) { try columns.check(CSVRecord(line: 7, fields: ["a", "b"])) }
        let long = #expect(throws: CSVError.self) {
            try columns.check(CSVRecord(line: 9, fields: ["a", "b", "c", "d"]))
        }
        #expect(short?.line == 7)
        #expect(short?.message.hasPrefix("dòng có 2 ô nhưng dòng tiêu đề có 3 cột") == true)
        #expect(long?.line == 9)
    }

    @Test func worksOnAParsedFile() throws {
        // setup
        let table = try CSVParser.parse("code,name,kind,parent_code\nSYT,Sở Y tế,department,UB\nUB,UBND tỉnh,province,\n")
        let columns = try CSVColumns(header: table.header, required: required, optional: optional)
        // act
        let parents = try table.rows.map { record in
            try columns.check(record)
            return columns.value("parent_code", in: record)
        }
        // check
        #expect(parents == ["UB", nil])
    }
}

/// The accessors every import reads its cells through.
@Suite struct CSVFieldsTests {
    private let columns = try! CSVColumns(
        header: ["ma", "ngay", "thang", "so"], required: ["ma"], optional: ["ngay", "thang", "so"])

    private func fields(_ cells: [String]) throws -> CSVFields { try columns.fields(CSVRecord(line: 7, fields: cells)) }

    @Test func readsEachKindOfValueAndEmptyAsNil() throws {
        let f = try fields([" CT-1 ", "14/06/2021", "2021-06", "1.234,5"])
        #expect(try f.text("ma") == "CT-1")
        #expect(try f.date("ngay") == CivilDate(year: 2021, month: 6, day: 14))
        #expect(try f.month("thang") == CivilMonth.parse("2021-06"))
        #expect(try f.decimal("so") == Decimal(string: "1234.5"))
        let empty = try fields(["CT-1", "", " ", ""])
        #expect(try empty.date("ngay") == nil)
        #expect(try empty.month("thang") == nil)
        #expect(try empty.decimal("so") == nil)
    }

    @Test func badValuesFailWithTheLineAndTheColumn() throws {
        let f = try fields(["", "31/02/2021", "2021-13", "12a"])
        for (read, message) in [
            ({ _ = try f.text("ma") }, "thiếu ma"),
            ({ _ = try f.date("ngay") }, "ngay “31/02/2021” không phải ngày"),
            ({ _ = try f.month("thang") }, "thang “2021-13” không phải tháng"),
            ({ _ = try f.decimal("so") }, "so “12a” không phải là số"),
        ] as [(() throws -> Void, String)] {
            let error = #expect(throws: CSVError.self) { try read() }
            #expect(error?.line == 7)
            #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
        }
    }

    @Test func aRecordWithTheWrongNumberOfCellsIsRefusedFirst() {
        let error = #expect(throws: CSVError.self) { try fields(["CT-1", "14/06/2021"]) }
        #expect(error?.message.contains("dòng có 2 ô nhưng dòng tiêu đề có 4 cột") == true)
    }
}
