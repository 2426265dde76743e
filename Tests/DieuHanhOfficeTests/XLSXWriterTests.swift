import Foundation
import Testing
import ZIPFoundation

@testable import DieuHanhOffice

@Suite("XLSX writer")
struct XLSXWriterTests {
    func entry(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive[path] else { throw XLSXError("no \(path)") }
        var out = Data()
        _ = try archive.extract(entry) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func writesTheFivePartsAndOneSheetPerSheet() throws {
        let book = XLSXWorkbook(sheets: [
            .init(name: "Nhiệm vụ", rows: [[.text("Nội dung"), .text("Số")], [.text("Rà soát"), .number(42)]]),
            .init(name: "Phụ lục II", rows: [[.text("TT")]]),
        ])
        let data = try XLSXWriter.data(book)
        #expect(try entry(data, "[Content_Types].xml").contains("/xl/worksheets/sheet2.xml"))
        let workbook = try entry(data, "xl/workbook.xml")
        #expect(workbook.contains(#"name="Nhiệm vụ""#))
        #expect(workbook.contains(#"name="Phụ lục II""#))
        let sheet = try entry(data, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains(#"<c r="B2" s="2"><v>42.0</v></c>"#))
        #expect(sheet.contains("Rà soát"))
        #expect(sheet.contains(#"state="frozen""#))
    }

    @Test func escapesMarkupAndDropsControlCharacters() {
        #expect(XLSXWriter.escape("A & <B> \"C\"\u{0001}") == "A &amp; &lt;B&gt; &quot;C&quot;")
    }

    @Test func namesColumnsLikeASpreadsheet() {
        #expect(XLSXWriter.columnName(0) == "A")
        #expect(XLSXWriter.columnName(25) == "Z")
        #expect(XLSXWriter.columnName(26) == "AA")
        #expect(XLSXWriter.columnName(701) == "ZZ")
        #expect(XLSXWriter.columnName(702) == "AAA")
    }

    @Test func sheetNamesFollowExcelsRules() {
        #expect(XLSXWriter.sheetName("Phụ lục: nhiệm vụ [quá hạn] / 2020") == "Phụ lục nhiệm vụ quá hạn  2020")
        #expect(XLSXWriter.sheetName(String(repeating: "x", count: 40)).count == 31)
        #expect(XLSXWriter.sheetName("///") == "Sheet")
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let book = XLSXWorkbook(sheets: [.init(name: "A", rows: [[.text("x")]])])
        #expect(try XLSXWriter.data(book) == XLSXWriter.data(book))
    }
}
