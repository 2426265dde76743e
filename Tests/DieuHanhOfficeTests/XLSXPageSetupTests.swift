import Foundation
import Testing
import ZIPFoundation

@testable import DieuHanhOffice

/// How a sheet prints: A4 fitted to the width, a merged title above a bordered table, the header on every page.
@Suite("XLSX page setup")
struct XLSXPageSetupTests {
    /// An appendix of `count` task rows, landscape, titled on two lines with a caption.
    static func appendix(rows count: Int = 2) -> XLSXWorkbook {
        let rows: [[XLSXWorkbook.Cell]] =
            [[.text("TT"), .text("Nội dung nhiệm vụ"), .text("Đơn vị chủ trì")]]
            + (1...count).map { [.number(Double($0)), .text("Nhiệm vụ số \($0) về cải cách hành chính"), .text("Sở Nội vụ")] }
            + [[.empty, .text("Không có.")]]
        return XLSXWorkbook(sheets: [
            .init(name: "Tổng hợp", rows: [[.text("Chỉ tiêu")], [.text("Tổng số")]]),
            .init(
                name: "Phụ lục I", columnWidths: [6, 60, 30], title: ["PHỤ LỤC I", "Kết quả thực hiện nhiệm vụ"],
                subtitle: ["(Kèm theo Báo cáo số      /BC-UBND)"], rows: rows,
                page: XLSXPageSetup(orientation: .landscape, footer: "Trang &P/&N")),
        ])
    }

    func entry(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive[path] else { throw XLSXError("no \(path)") }
        var out = Data()
        _ = try archive.extract(entry) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func theSheetPrintsLandscapeOnA4FittedToItsWidth() throws {
        let sheet = try entry(XLSXWriter.data(Self.appendix()), "xl/worksheets/sheet2.xml")
        #expect(sheet.contains(#"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#))
        #expect(sheet.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
        #expect(
            sheet.contains("<oddFooter>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;11 Trang &amp;P/&amp;N</oddFooter>"))
        // The schema's order, or Excel calls the file damaged.
        let order = [
            "<sheetPr>", "<sheetViews>", "<cols>", "<sheetData>", "<mergeCells", "<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter>",
        ]
        let positions = order.map { sheet.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(order) in \(sheet)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        let summary = try entry(XLSXWriter.data(Self.appendix()), "xl/worksheets/sheet1.xml")
        #expect(summary.contains(#"orientation="portrait""#))
        #expect(!summary.contains("<headerFooter>"))
    }

    @Test func theTitleIsMergedAboveTheTableAndTheHeaderRepeats() throws {
        let data = try XLSXWriter.data(Self.appendix())
        let sheet = try entry(data, "xl/worksheets/sheet2.xml")
        // Rows 1–3: title, title, caption; row 4 blank; the table's header is row 5.
        #expect(sheet.contains(#"<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">PHỤ LỤC I</t>"#))
        #expect(sheet.contains(#"<c r="A3" s="4" t="inlineStr"><is><t xml:space="preserve">(Kèm theo"#))
        #expect(
            sheet.contains(
                #"<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="A2:C2"/><mergeCell ref="A3:C3"/></mergeCells>"#))
        #expect(sheet.contains(#"<c r="B5" s="1" t="inlineStr"><is><t xml:space="preserve">Nội dung nhiệm vụ</t>"#))
        #expect(sheet.contains(#"<pane ySplit="5" topLeftCell="A6""#))
        let workbook = try entry(data, "xl/workbook.xml")
        #expect(
            workbook.contains(
                #"<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'Tổng hợp'!$1:$1</definedName>"#
                    + #"<definedName name="_xlnm.Print_Titles" localSheetId="1">'Phụ lục I'!$5:$5</definedName></definedNames>"#))
        #expect(workbook.firstRange(of: "</sheets>")!.lowerBound < workbook.firstRange(of: "<definedNames>")!.lowerBound)
    }

    @Test func theTableIsBorderedWithoutHoles() throws {
        let styles = XLSXWriter.styles
        #expect(styles.contains(#"<left style="thin"><color auto="1"/></left>"#))
        // Header cells: bold on grey, wrapped, border 1; body cells: wrapped, border 1; the title: 14 pt, no border.
        let xfs = Array(styles.components(separatedBy: "<cellXfs")[1].components(separatedBy: "<xf ").dropFirst())
        for attribute in [#"fontId="1""#, #"fillId="2""#, #"borderId="1""#, #"wrapText="1""#] {
            #expect(xfs[1].contains(attribute), "\(attribute) in \(xfs[1])")
        }
        #expect(xfs[2].contains(#"borderId="1""#) && xfs[2].contains(#"wrapText="1""#))
        #expect(xfs[3].contains(#"borderId="0""#) && xfs[3].contains(#"fontId="2""#))
        #expect(styles.contains(#"<font><b/><sz val="14"/>"#))
        // "Không có." on the last row: its empty cells are still drawn, boxed, up to the header's width.
        let sheet = try entry(XLSXWriter.data(Self.appendix()), "xl/worksheets/sheet2.xml")
        #expect(
            sheet.contains(
                #"<row r="8"><c r="A8" s="2"/><c r="B8" s="2" t="inlineStr"><is><t xml:space="preserve">Không có.</t></is></c><c r="C8" s="2"/></row>"#
            ))
    }

    @Test func rowsCanBeTotalsHeadingsAndMergedHeaders() {
        let sheet = XLSXWorkbook.Sheet(
            name: "PL IV",
            rows: [
                [.text("Số đề án"), .empty, .text("Tỷ lệ")], [.text("(1)"), .text("(2)"), .empty],
                [.number(1), .number(2), .number(50)],
                [.text("Các nội dung chưa trình")], [.text("Tổng cộng"), .number(3)],
            ],
            headerRows: 2, rowStyles: [3: .heading, 4: .total],
            merges: [.init(row: 0, column: 0, columns: 2), .init(row: 0, column: 2, rows: 2)])
        let xml = XLSXWriter.sheetXML(sheet)
        #expect(xml.contains(#"<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C1:C2"/></mergeCells>"#))
        #expect(
            xml.contains(
                #"<row r="4"><c r="A4" s="6" t="inlineStr"><is><t xml:space="preserve">Các nội dung chưa trình</t></is></c></row>"#
            ))
        #expect(xml.contains(#"<c r="A5" s="5" t="inlineStr">"#) && xml.contains(#"<c r="C5" s="5"/>"#))
        #expect(xml.contains(#"<pane ySplit="2" topLeftCell="A3""#))
        #expect(XLSXWriter.workbookXML(XLSXWorkbook(sheets: [sheet])).contains(">'PL IV'!$1:$2<"))
    }

    @Test func aSheetNameWithAnApostropheIsQuoted() {
        let book = XLSXWorkbook(sheets: [.init(name: "Bộ's", rows: [[.text("TT")]])])
        #expect(XLSXWriter.workbookXML(book).contains(">'Bộ''s'!$1:$1<"))
        let headerless = XLSXWorkbook(sheets: [.init(name: "A", rows: [[.text("x")]], headerRows: 0)])
        #expect(!XLSXWriter.workbookXML(headerless).contains("definedName"))
    }

    /// The one-pass count agrees with counting each word's characters, on Vietnamese written precomposed and
    /// decomposed, long words, several spaces and line breaks, at every width from 1 to 40.
    @Test func theLineCountAgreesWithCountingCharacters() {
        func byCharacters(_ text: String, width: Double) -> Int {
            let capacity = max(1, Int(width) - 1)
            var lines = 0
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += 1
                var used = 0
                for word in paragraph.split(separator: " ") {
                    let length = word.count
                    if used == 0 {
                        used = length
                    } else if used + 1 + length <= capacity {
                        used += 1 + length
                    } else {
                        lines += 1
                        used = length
                    }
                    while used > capacity {
                        lines += 1
                        used -= capacity
                    }
                }
            }
            return max(lines, 1)
        }
        let words = [
            "Sở", "Nội", "vụ", "Ủy", "ban", "nhân", "dân", "tỉnh", "Bình", "An", "12/QĐ-UBND", "x", "",
            "Tiếng".decomposedStringWithCanonicalMapping, "Việt".decomposedStringWithCanonicalMapping,
            String(repeating: "dài", count: 9), "\n", "  ",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                .joined(separator: Bool.random(using: &generator) ? " " : "  ")
            for width in 1...40 {
                #expect(
                    XLSXWriter.lineCount(text, width: Double(width)) == byCharacters(text, width: Double(width)),
                    "\(text) \(width)")
            }
        }
    }

    @Test func headerAndTitleRowsAreTallEnoughForTheirLines() {
        #expect(XLSXWriter.lineCount("Số ngày quá hạn", width: 12) == 2)
        #expect(XLSXWriter.lineCount("TT", width: 6) == 1)
        #expect(XLSXWriter.lineCount(String(repeating: "x", count: 25), width: 11) == 3)
        #expect(XLSXWriter.lineCount("Dòng một\nDòng hai", width: 40) == 2)
        let sheet = XLSXWriter.sheetXML(
            .init(
                name: "A", columnWidths: [6, 12],
                rows: [
                    [.text("TT"), .text("Số ngày quá hạn")], [.number(1), .text("Ngắn")],
                    [.number(2), .text("Một nội dung dài hơn hai dòng của ô")],
                ]))
        #expect(sheet.contains(#"<row r="1" ht="36.0" customHeight="1">"#))
        // A body row keeps the default height unless its text wraps.
        #expect(sheet.contains(#"<row r="2"><c r="A2""#))
        #expect(sheet.contains(#"<row r="3" ht="52.0" customHeight="1">"#))
    }

    @Test func aNoteMergedAcrossTheTableWrapsAndANoteAloneRunsOver() {
        let sentence = "Điểm = 60% tỷ lệ hoàn thành + 40% tỷ lệ đúng hạn, trừ điểm mỗi nhiệm vụ quá hạn và mỗi lần giải trình."
        let sheet = XLSXWriter.sheetXML(
            .init(
                name: "A", columnWidths: [6, 20, 12],
                rows: [[.text("TT"), .text("Đơn vị"), .text("Điểm")], [.text(sentence)], [.text(sentence)]],
                rowStyles: [1: .note, 2: .note], merges: [.init(row: 1, column: 0, columns: 3)]))
        // 100 letters over 38 digits' width: three lines, wrapped (style 7), the row as tall as they are.
        #expect(sheet.contains(#"<row r="2" ht="52.0" customHeight="1"><c r="A2" s="7" t="inlineStr">"#))
        // The same sentence unmerged stays one line in a plain cell and runs over the empty cells beside it.
        #expect(sheet.contains(#"<row r="3"><c r="A3" s="0" t="inlineStr">"#))
        #expect(XLSXWriter.styles.contains(#"<cellXfs count="8">"#))
    }

    @Test func theStreamWritesTheSameBytes() throws {
        let sheet = Self.appendix(rows: 30).sheets[1]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let stream = try XLSXSheetStream(sheet, columnCount: 3)
        for row in sheet.rows { try stream.append(row) }
        let url = dir.appendingPathComponent("a.xlsx")
        try stream.finish(to: url)
        let streamed = try Data(contentsOf: url)
        #expect(try entry(streamed, "xl/worksheets/sheet1.xml").contains(#"orientation="landscape""#))
        #expect(streamed == (try XLSXWriter.data(XLSXWorkbook(sheets: [sheet]))))
    }

    /// LibreOffice prints 150 rows on landscape pages, each with the header again and its number in the footer.
    @Test(
        .enabled(
            if: OfficeTool.find("soffice") != nil && OfficeTool.find("pdftotext") != nil && OfficeTool.find("pdfinfo") != nil,
            "LibreOffice or poppler is not installed"))
    func libreOfficePrintsTheHeaderOnEveryPage() throws {
        let dir = try OfficeTool.workDirectory("xlsx-pdf")
        defer { OfficeTool.discard(dir) }
        let file = dir.appendingPathComponent("appendix.xlsx")
        try XLSXWriter.data(XLSXWorkbook(sheets: [Self.appendix(rows: 150).sheets[1]])).write(to: file)
        let run = try OfficeTool.run(
            OfficeTool.find("soffice")!, ["--headless", "--convert-to", "pdf", "--outdir", dir.path, file.path],
            environment: ["HOME": dir.appendingPathComponent("home").path])
        #expect(run.status == 0, "\(run.output)")
        let pdf = dir.appendingPathComponent("appendix.pdf").path
        let info = try OfficeTool.run(OfficeTool.find("pdfinfo")!, ["-f", "1", "-l", "99", pdf]).output
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }
        #expect(sizes.count >= 2, "\(info)")
        #expect(sizes.allSatisfy { $0.contains("841.89 x 595.") }, "\(sizes)")  // landscape A4
        for n in 1...sizes.count {
            let text = try OfficeTool.run(OfficeTool.find("pdftotext")!, ["-f", "\(n)", "-l", "\(n)", pdf, "-"]).output
            #expect(text.contains("Nội dung nhiệm vụ"), "page \(n)")
            #expect(text.contains("Trang \(n)/\(sizes.count)"), "page \(n)")
        }
    }
}
