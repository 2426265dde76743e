import DieuHanhOffice
import Foundation
import Testing
import ZIPFoundation

@Suite("Reading an XLSX file another system exported")
struct XLSXReaderTests {
    @Test func ourOwnSheetReadsBackCellForCell() throws {
        var sheet = XLSXWorkbook.Sheet(
            name: "Nhiệm vụ", title: ["DANH SÁCH NHIỆM VỤ"], subtitle: ["Tính đến 22/11/2026"],
            rows: [
                [.text("Mã"), .text("Nội dung"), .text("Hạn"), .text("Số ngày")],
                [.text("NV-1"), .text("Báo cáo <quý> & năm"), .text("30/11/2026"), .number(12)],
                [.text("NV-2"), .empty, .text(""), .number(0.5)],
            ])
        sheet.headerRows = 1
        let rows = try XLSXReader.rows(of: try XLSXWriter.data(XLSXWorkbook(sheets: [sheet])))
        // The title, the subtitle and the blank row above the table keep their rows.
        #expect(rows.first == ["DANH SÁCH NHIỆM VỤ"])
        let header = try #require(rows.firstIndex(of: ["Mã", "Nội dung", "Hạn", "Số ngày"]))
        #expect(rows[header + 1] == ["NV-1", "Báo cáo <quý> & năm", "30/11/2026", "12"])
        #expect(rows[header + 2] == ["NV-2", "", "", "0.5"])
    }

    @Test func sharedStringsGapsAndTheSheetTheWorkbookNames() throws {
        let workbook = """
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="Export" sheetId="1" r:id="rId7"/></sheets></workbook>
            """
        let rels = """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId7" Type="worksheet" Target="worksheets/data.xml"/></Relationships>
            """
        let shared = """
            <sst><si><t>Mã nhiệm vụ</t></si><si><r><t>Nội dung </t></r><r><t>nhiệm vụ</t></r>\
            <rPh><t>ふりがな</t></rPh></si><si><t xml:space="preserve"> Sở Tài chính </t></si></sst>
            """
        let data = """
            <worksheet><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>\
            <row r="3"><c r="A3"><v>45291</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="s"><v>2</v></c>\
            <c r="D3" t="str"><f>A3+1</f><v>45292</v></c><c r="E3" t="inlineStr"><is><t>x</t></is></c></row>\
            </sheetData></worksheet>
            """
        let archive = try Archive(accessMode: .create)
        for (path, text) in [
            ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", shared),
            ("xl/worksheets/data.xml", data),
        ] {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count)) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let rows = try XLSXReader.rows(of: try #require(archive.data))
        #expect(rows == [["Mã nhiệm vụ", "", "Nội dung nhiệm vụ"], [], ["45291", "TRUE", " Sở Tài chính ", "45292", "x"]])
    }

    @Test func somethingElseIsRefusedInWords() {
        #expect(throws: XLSXReader.Failure.self) { try XLSXReader.rows(of: Data("ma,noi_dung\n1,x\n".utf8)) }
    }

    @Test func excelDayNumbersAreDates() {
        #expect(XLSXReader.date(fromSerial: 45291).map { [$0.year, $0.month, $0.day] } == [2023, 12, 31])
        #expect(XLSXReader.date(fromSerial: 45292.75).map { [$0.year, $0.month, $0.day] } == [2024, 1, 1])
        #expect(XLSXReader.date(fromSerial: 61).map { [$0.year, $0.month, $0.day] } == [1900, 3, 1])
        #expect(XLSXReader.date(fromSerial: 1).map { [$0.year, $0.month, $0.day] } == [1900, 1, 1])
        #expect(XLSXReader.date(fromSerial: 60) == nil)
        #expect(XLSXReader.date(fromSerial: 0) == nil)
    }
}
