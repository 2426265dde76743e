import DieuHanhCore
import DieuHanhOffice
import Foundation
import Testing
import ZIPFoundation

@testable import DieuHanhApp

/// The review report's DOCX and XLSX for the Bình Dương 2020 slice (seed 001): the figures of the model, then the
/// files as office software reads them back, when that software is installed.
@Suite("Review report files")
struct ReviewReportFilesTests {
    /// The report the office would draft on 14/06/2020 for the first half of 2020.
    static func binhDuongReport() async throws -> ReviewReport {
        var report: ReviewReport?
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            let asOf = CivilDate(year: 2020, month: 6, day: 14)!
            let province = try await ReviewReportBuilder.province(code: nil, asOf: asOf, on: app.db)
            report = try await ReviewReportBuilder.build(
                period: ReportPeriod(code: "2020-H1")!, asOf: asOf,
                province: province, on: app.db)
        }
        return try #require(report)
    }

    static let headline = "đã hoàn thành 42 nhiệm vụ (đạt 91,3%)"

    @Test func theModelCarriesSeed001sFigures() async throws {
        let report = try await Self.binhDuongReport()
        #expect(report.government == TaskCounts(completedOnTime: 42, pendingWithinDeadline: 4))
        #expect(report.government.total == 46)
        #expect(report.governmentDocuments == 20)
        #expect(report.governmentOverdue.isEmpty)
        #expect(report.governmentHeadline.contains(Self.headline))
        #expect(report.place == "Bình Dương")
        #expect(report.ministriesOverdue.count == 1)
        let ministry = try #require(report.ministriesOverdue.first)
        #expect(ministry.unit == "Bộ Y tế")
        #expect(ministry.document.contains("04/2019/NĐ-CP"))
        #expect((ministry.deadline == nil) == (ministry.daysLate == nil))
        #expect(!report.units.isEmpty)
    }

    // MARK: DOCX

    @Test func docxIsSameEveryTimeAndCarriesTheLayoutRules() async throws {
        let report = try await Self.binhDuongReport()
        let data = try ReviewReportDOCX.data(report)
        #expect(data == (try ReviewReportDOCX.data(report)))

        // The document model, before it is written: portrait A4 with the decree's margins, then a landscape section.
        let document = ReviewReportDOCX.document(report)
        #expect(!document.pageSetup.landscape)
        #expect(
            [
                document.pageSetup.topMarginMM, document.pageSetup.bottomMarginMM, document.pageSetup.leftMarginMM,
                document.pageSetup.rightMarginMM,
            ] == [20, 20, 30, 15])
        #expect(document.pageNumbers)
        #expect(document.title == report.title)
        #expect(document.date == nil)
        #expect(ReviewReportDOCX.issuerLines(report) == ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG"])
    }

    @Test(.enabled(if: ReviewFilesTool.find("unzip") != nil, "unzip is not installed"))
    func docxDocumentXMLHasTheHeadlineAppendicesAndLandscapeSection() async throws {
        let report = try await Self.binhDuongReport()
        let dir = try ReviewFilesTool.workDirectory("review-docx-xml")
        defer { ReviewFilesTool.discard(dir) }
        let file = dir.appendingPathComponent("report.docx")
        try ReviewReportDOCX.data(report).write(to: file)
        let xml = try ReviewFilesTool.run(ReviewFilesTool.find("unzip")!, ["-p", file.path, "word/document.xml"]).output
        #expect(xml.contains(Self.headline))
        #expect(xml.contains(">ỦY BAN NHÂN DÂN</w:t><w:br/><w:t xml:space=\"preserve\">TỈNH BÌNH DƯƠNG<"))
        #expect(xml.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(xml.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(xml.contains("Số:      /BC-UBND"))
        #expect(xml.contains("Bình Dương, ngày      tháng      năm 2020"))
        #expect(xml.contains(">PHỤ LỤC I<") && xml.contains(">PHỤ LỤC II<") && xml.contains(">PHỤ LỤC III<"))
        #expect(xml.contains(">Bộ Y tế<"))
        #expect(xml.contains("04/2019/NĐ-CP"))
        #expect(xml.contains("TM. ỦY BAN NHÂN DÂN"))
        #expect(xml.contains(report.cutOffSentence))
        // Portrait A4, margins 20/15/20/30 mm, then the landscape appendices.
        #expect(
            xml.contains(#"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701""#))
        #expect(xml.contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#))
        // Table header rows repeat on every page.
        #expect(xml.contains("<w:tblHeader/>"))
        // Body: 14 pt justified, first line indented 1,27 cm (720 twips).
        #expect(xml.contains(#"<w:ind w:firstLine="720"/><w:jc w:val="both"/>"#))
        let core = try ReviewFilesTool.run(ReviewFilesTool.find("unzip")!, ["-p", file.path, "docProps/core.xml"]).output
        #expect(core.contains("<dc:title>\(report.title)</dc:title>"))
        #expect(!core.contains("dcterms:created"))
    }

    @Test(.enabled(if: ReviewFilesTool.pythonModule("docx"), "python-docx is not installed"))
    func pythonDocxReadsTheDocxBack() async throws {
        let report = try await Self.binhDuongReport()
        let dir = try ReviewFilesTool.workDirectory("review-docx-python")
        defer { ReviewFilesTool.discard(dir) }
        let file = dir.appendingPathComponent("report.docx")
        try ReviewReportDOCX.data(report).write(to: file)
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            print("T:" + d.core_properties.title)
            for p in d.paragraphs: print("P:" + p.text.replace("\\n", "/"))
            for t in d.tables:
                for r in t.rows: print("R:" + "|".join(c.text.replace("\\n", "/") for c in r.cells))
            for s in d.sections: print("S:%s" % s.orientation)
            """
        let run = try ReviewFilesTool.run(ReviewFilesTool.find("python3")!, ["-c", script, file.path])
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("T:" + report.title))
        #expect(lines.contains("P:BÁO CÁO"))
        #expect(lines.contains("P:" + report.title))
        #expect(lines.contains("P:1. Kết quả thực hiện nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao"))
        #expect(lines.contains("P:" + ReviewReport.pointing(report.governmentHeadline, to: "Phụ lục I")))
        #expect(lines.contains("P:4. Kết quả thực hiện nhiệm vụ theo đơn vị chủ trì"))
        #expect(lines.contains("P:" + report.provinceHeadline))
        #expect(lines.contains("P:" + report.cutOffSentence))
        #expect(lines.contains("P:PHỤ LỤC I") && lines.contains("P:PHỤ LỤC II") && lines.contains("P:PHỤ LỤC III"))
        #expect(lines.contains("P:" + ReviewReport.governmentAppendixTitle))
        #expect(lines.contains("P:" + report.appendixCaption))
        #expect(lines.contains("P:- Tổng số nhiệm vụ giao: 46 nhiệm vụ (trong 20 văn bản)"))
        #expect(lines.contains("P:+ Số nhiệm vụ đã hoàn thành: 42, trong đó: đúng hạn: 42; quá hạn: 0"))
        #expect(lines.contains("P:+ Số nhiệm vụ chưa hoàn thành: 04, trong đó: trong hạn: 04; quá hạn: 0"))
        #expect(lines.contains("P:2. Thống kê chi tiết các nhiệm vụ chưa hoàn thành quá hạn: Không có."))
        // The header block and the signature block are tables too.
        #expect(
            lines.contains("R:ỦY BAN NHÂN DÂN/TỈNH BÌNH DƯƠNG/|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/Độc lập - Tự do - Hạnh phúc/"))
        #expect(
            lines.contains { $0.hasPrefix("R:Nơi nhận:/- VPCP (Vụ Tổng hợp);") && $0.contains("|TM. ỦY BAN NHÂN DÂN/CHỦ TỊCH/") })
        // Appendix II: its header, then Bộ Y tế's row with an empty deadline.
        #expect(lines.contains("R:" + ReviewReport.ministriesColumns.joined(separator: "|")))
        let ministryRow = try #require(lines.first { $0.hasPrefix("R:1|") && $0.contains("04/2019/NĐ-CP") })
        let cells = ministryRow.dropFirst(2).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        #expect(cells.count == 6)
        #expect(cells[3] == (report.ministriesOverdue[0].deadline.map(VNFormat.date) ?? ""))
        #expect(cells[4] == "Bộ Y tế")
        // Appendix III: every unit, then the total, whose first count is the sum.
        #expect(lines.contains("R:" + ReviewReport.unitColumns.joined(separator: "|")))
        let total = report.units.reduce(0) { $0 + $1.counts.total }
        #expect(lines.contains { $0.hasPrefix("R:|Tổng cộng|\(VNFormat.integer(total))|") })
        #expect(lines.filter { $0.hasPrefix("S:") } == ["S:PORTRAIT (0)", "S:LANDSCAPE (1)"])
    }

    @Test(.enabled(if: ReviewFilesTool.office() != nil, "LibreOffice is not installed"))
    func libreOfficeConvertsTheDocxToPDF() async throws {
        let report = try await Self.binhDuongReport()
        let dir = try ReviewFilesTool.workDirectory("review-docx-pdf")
        defer { ReviewFilesTool.discard(dir) }
        let pdf = try ReviewFilesTool.convertToPDF(ReviewReportDOCX.data(report), name: "report.docx", in: dir)
        #expect(ReviewFilesTool.size(pdf) > 1000)
        if let pdftotext = ReviewFilesTool.find("pdftotext") {
            let text = try ReviewFilesTool.run(pdftotext, [pdf.path, "-"]).output
            #expect(text.contains("91,3%"))
            #expect(text.contains("BÁO CÁO"))
            #expect(text.contains("PHỤ LỤC III"))
            #expect(text.contains("Bộ Y tế"))
        }
        if let pdfinfo = ReviewFilesTool.find("pdfinfo") {
            let info = try ReviewFilesTool.run(pdfinfo, ["-f", "1", "-l", "99", pdf.path]).output
            let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }
            #expect(sizes.count >= 4, "\(sizes)")  // page 1 (and perhaps 2), then one page per appendix
            #expect(sizes.first?.contains("595.") == true, "\(sizes)")  // portrait A4: 595 x 842 pt
            #expect(sizes.last?.contains("841.") == true && sizes.last?.contains("x 595") == true, "\(sizes)")
        }
    }

    /// A report with a long appendix I and none of the ministries' tasks, for what the slice does not exercise.
    static func longReport() -> ReviewReport {
        let lines = (1...40).map { n in
            ReviewReport.TaskLine(
                document: "Công văn số \(100 + n)/VPCP-KTTH ngày 05/02/2021 của Văn phòng Chính phủ",
                content: "Rà soát, báo cáo tình hình thực hiện dự án đầu tư công trọng điểm, đợt \(n)",
                deadline: CivilDate(year: 2021, month: 3, day: n % 28 + 1), unit: "Sở Kế hoạch và Đầu tư",
                daysLate: 1_000 + n, note: "")
        }
        return ReviewReport(
            provinceName: "Ủy ban nhân dân thành phố Cần Thơ", place: "Cần Thơ", period: ReportPeriod(code: "2021")!,
            asOf: CivilDate(year: 2021, month: 12, day: 31)!,
            government: TaskCounts(
                completedOnTime: 30, completedLate: 5, pendingWithinDeadline: 10, pendingOverdue: 40,
                pendingNoDeadline: 2),
            governmentDocuments: 25, governmentOverdue: lines,
            province: TaskCounts(completedOnTime: 3), provinceDocuments: 2, ministriesOverdue: [],
            units: [
                .init(
                    name: "Sở Kế hoạch và Đầu tư", counts: TaskCounts(completedOnTime: 30, completedLate: 5, pendingOverdue: 40),
                    daysLateTotal: 552)
            ])
    }

    @Test func aLongAppendixIsATableWithItsHeaderRepeated() throws {
        let report = Self.longReport()
        #expect(ReviewReportDOCX.issuerLines(report) == ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"])
        // 49 days over 4 late tasks = 12,25: rounded half up from the exact figure.
        #expect(
            ReviewReport.UnitLine(name: "x", counts: TaskCounts(completedLate: 2, pendingOverdue: 2), daysLateTotal: 49)
                .averageDaysLateText == "12,3")
        let document = ReviewReportDOCX.document(report)
        let texts = document.blocks.compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.runs.map(\.text).joined() }
            return nil
        }
        #expect(texts.contains("+ Số nhiệm vụ chưa hoàn thành: 52, trong đó: trong hạn: 10; quá hạn: 40; không thời hạn: 02"))
        #expect(texts.contains("2. Thống kê chi tiết các nhiệm vụ chưa hoàn thành quá hạn:"))
        #expect(texts.contains("Có nhiệm vụ") == false)
        #expect(texts.contains { $0.hasPrefix("Không có nhiệm vụ giao các Bộ") })
        // (The tables' type is DieuHanhOffice's, which this target does not import: let inference name it.)
        let tables = document.blocks.compactMap { block in
            if case .table(let t) = block { return t }
            return nil
        }
        // Header block, signature block, appendix I, appendix III (appendix II is "Không có.").
        #expect(tables.count == 4)
        let overdue = tables[2]
        #expect(overdue.rows.count == 41)
        #expect(overdue.rows[0].isHeader && !overdue.rows[1].isHeader)
        #expect(overdue.rows[0].cells.map { $0.paragraphs[0].runs[0].text } == ReviewReport.overdueColumns)
        #expect(overdue.rows[1].cells.map { $0.paragraphs[0].runs.first?.text ?? "" }.suffix(2) == ["02/03/2021", "1.001"])
        let units = tables[3]
        #expect(units.rows[1].cells.map { $0.paragraphs[0].runs.first?.text ?? "" }.suffix(2) == ["40%", "12,3"])
        #expect(units.rows.last?.cells[1].paragraphs[0].runs[0].text == "Tổng cộng")
        #expect(units.rows.last?.cells.last?.paragraphs[0].runs.first?.text == "12,3")
    }

    @Test(
        .enabled(
            if: ReviewFilesTool.office() != nil && ReviewFilesTool.find("pdftotext") != nil,
            "LibreOffice or pdftotext is not installed"))
    func aLongAppendixRunsOntoPagesThatRepeatItsHeader() throws {
        let dir = try ReviewFilesTool.workDirectory("review-docx-long")
        defer { ReviewFilesTool.discard(dir) }
        let pdf = try ReviewFilesTool.convertToPDF(ReviewReportDOCX.data(Self.longReport()), name: "long.docx", in: dir)
        let pages = try ReviewFilesTool.run(ReviewFilesTool.find("pdftotext")!, [pdf.path, "-"]).output
            .split(separator: "\u{0C}").map(String.init)
        // Page 1, appendix I over several pages, appendix II, appendix III.
        #expect(pages.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count >= 5, "\(pages.count) pages")
        let withHeader = pages.filter { $0.contains("Nội dung nhiệm vụ") && $0.contains("Đơn vị chủ trì") }
        #expect(withHeader.count >= 3, "\(withHeader.count) of \(pages.count) pages")
        #expect(pages.first?.contains("THÀNH PHỐ CẦN THƠ") == true)
    }

    // MARK: XLSX

    /// Each appendix prints as the DOCX does: landscape A4 fitted to the width, titled, its header on every page.
    @Test func theAppendicesPrintLandscapeWithTheirHeaderOnEveryPage() async throws {
        let report = try await Self.binhDuongReport()
        let workbook = ReviewReportXLSX.workbook(report)
        #expect(workbook.sheets.map(\.page.orientation) == [.portrait] + Array(repeating: .landscape, count: 5))
        #expect(workbook.sheets.allSatisfy { $0.page.footer == "Trang &P/&N" })
        #expect(workbook.sheets[1].title == ["PHỤ LỤC I", ReviewReport.governmentAppendixTitle])
        #expect(workbook.sheets[1].subtitle == [report.appendixCaption])
        let archive = try Archive(data: ReviewReportXLSX.data(report), accessMode: .read)
        func part(_ path: String) throws -> String {
            var data = Data()
            _ = try archive.extract(try #require(archive[path])) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        let book = try part("xl/workbook.xml")
        for (index, sheet) in workbook.sheets.enumerated() where index > 0 {
            let rows = index == 4 ? "$5:$7" : "$5:$5"  // Phụ lục IV's header has three rows
            #expect(
                book.contains(
                    #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(index)">'\#(sheet.name)'!\#(rows)</definedName>"#),
                "\(sheet.name)")
            let xml = try part("xl/worksheets/sheet\(index + 1).xml")
            #expect(xml.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
            #expect(xml.contains(#"<mergeCell ref="A1:"#))
            #expect(xml.contains(#"<c r="A5" s="1""#), "\(sheet.name): the header is bold and boxed")
        }
    }

    @Test(.enabled(if: ReviewFilesTool.pythonModule("openpyxl"), "openpyxl is not installed"))
    func openpyxlReadsTheWorkbookBack() async throws {
        let report = try await Self.binhDuongReport()
        let data = try ReviewReportXLSX.data(report)
        #expect(data == (try ReviewReportXLSX.data(report)))
        let dir = try ReviewFilesTool.workDirectory("review-xlsx-python")
        defer { ReviewFilesTool.discard(dir) }
        let file = dir.appendingPathComponent("report.xlsx")
        try data.write(to: file)
        let script = """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print("N:" + "|".join(wb.sheetnames))
            for ws in wb.worksheets:
                print("P:" + ws.title + "\\t" + str(ws.page_setup.orientation) + "\\t" + str(ws.page_setup.paperSize)
                      + "\\t" + str(ws.page_setup.fitToWidth) + "\\t" + str(ws.sheet_properties.pageSetUpPr.fitToPage)
                      + "\\t" + str(ws.print_title_rows))
                # The table starts at its header, below the title lines.
                first = int(ws.print_title_rows.split(":")[0].lstrip("$")) if ws.print_title_rows else 1
                for row in ws.iter_rows(min_row=first):
                    print("C:" + ws.title + "\\t" + "\\t".join(
                        "" if c.value is None else ("n:" + repr(c.value) if isinstance(c.value, (int, float)) else "s:" + str(c.value))
                        for c in row))
            """
        let run = try ReviewFilesTool.run(ReviewFilesTool.find("python3")!, ["-c", script, file.path])
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("N:Tổng hợp|PL I - CP, TTg giao|PL II - Bộ, ngành|PL III - Đơn vị") == true)
        func rows(_ sheet: String) -> [[String]] {
            lines.filter { $0.hasPrefix("C:" + sheet + "\t") }
                .map { $0.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().map(String.init) }
        }
        // Every sheet prints on A4 fitted to its width, its header on every page; the appendices landscape.
        let setup = lines.filter { $0.hasPrefix("P:") }.map { $0.dropFirst(2).split(separator: "\t").map(String.init) }
        #expect(setup.count == 6)
        #expect(setup.first == ["Tổng hợp", "portrait", "9", "1", "True", "$4:$4"])
        for sheet in setup.dropFirst() {
            #expect(sheet[1...4] == ["landscape", "9", "1", "True"], "\(sheet)")
        }
        #expect(setup[1][5] == "$5:$5" && setup[4][5] == "$5:$7", "\(setup)")
        let summary = rows("Tổng hợp")
        /// The value next to the first row with this label (the CP/TTg block comes first).
        func value(_ label: String) -> String? { summary.first { $0.first == "s:" + label }?[1] }
        #expect(summary.first == ["s:Chỉ tiêu", "s:Số liệu", "s:Ghi chú"])
        #expect(value("Đơn vị báo cáo") == "s:Ủy ban nhân dân tỉnh Bình Dương")
        #expect(value("Kỳ báo cáo") == "s:6 tháng đầu năm 2020")
        #expect(value("Số liệu tính đến ngày") == "s:14/06/2020")
        #expect(value("Số văn bản giao nhiệm vụ") == "n:20.0")
        #expect(value("Tổng số nhiệm vụ") == "n:46.0")
        #expect(value("Đã hoàn thành") == "n:42.0")
        #expect(value("- Hoàn thành đúng hạn") == "n:42.0")
        #expect(value("- Chưa hoàn thành trong hạn") == "n:4.0")
        #expect(value("- Chưa hoàn thành quá hạn") == "n:0.0")
        #expect(value("Tỷ lệ hoàn thành (%)") == "n:91.3")
        #expect(value("Tỷ lệ hoàn thành đúng hạn (%)") == "n:91.3")

        let ministries = rows("PL II - Bộ, ngành")
        #expect(ministries.first == ReviewReport.ministriesColumns.map { "s:" + $0 })
        #expect(ministries.count == 2)
        #expect(ministries.last?[0] == "n:1.0" && ministries.last?[4] == "s:Bộ Y tế")
        #expect(ministries.last?[1].contains("04/2019/NĐ-CP") == true)

        let units = rows("PL III - Đơn vị")
        #expect(units.count == report.units.count + 2)
        #expect(units.last?[1] == "s:Tổng cộng")
        let total = report.units.reduce(0) { $0 + $1.counts.total }
        #expect(units.last?[2] == "n:\(Double(total))")
        // Every count and rate of a unit row is a number.
        for row in units.dropFirst().dropLast() {
            #expect(row[2...8].allSatisfy { $0.hasPrefix("n:") }, "\(row)")
        }
    }

    @Test(.enabled(if: ReviewFilesTool.office() != nil, "LibreOffice is not installed"))
    func libreOfficeConvertsTheWorkbookToPDF() async throws {
        let report = try await Self.binhDuongReport()
        let dir = try ReviewFilesTool.workDirectory("review-xlsx-pdf")
        defer { ReviewFilesTool.discard(dir) }
        let pdf = try ReviewFilesTool.convertToPDF(ReviewReportXLSX.data(report), name: "report.xlsx", in: dir)
        #expect(ReviewFilesTool.size(pdf) > 1000)
        if let pdftotext = ReviewFilesTool.find("pdftotext") {
            let text = try ReviewFilesTool.run(pdftotext, [pdf.path, "-"]).output
            #expect(text.contains("Tổng số nhiệm vụ"))
            #expect(text.contains("Bộ Y tế"))
        }
    }
}

/// Running the office software installed on this machine, if any (as `OfficeTool` in DieuHanhOfficeTests).
enum ReviewFilesTool {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func office() -> String? { find("soffice") ?? find("libreoffice") }

    static func pythonModule(_ module: String) -> Bool {
        guard let python = find("python3") else { return false }
        return (try? run(python, ["-c", "import \(module)"]).status) == 0
    }

    /// A fresh directory; REVIEW_SAMPLE_DIR names a fixed one instead, to look at the output afterwards.
    static func workDirectory(_ name: String) throws -> URL {
        let dir: URL
        if let fixed = ProcessInfo.processInfo.environment["REVIEW_SAMPLE_DIR"] {
            dir = URL(fileURLWithPath: fixed).appendingPathComponent(name)
        } else {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func discard(_ dir: URL) {
        if ProcessInfo.processInfo.environment["REVIEW_SAMPLE_DIR"] == nil { try? FileManager.default.removeItem(at: dir) }
    }

    static func size(_ file: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    }

    /// Writes `data` as `name` in `dir` and has LibreOffice convert it; the PDF's URL.
    static func convertToPDF(_ data: Data, name: String, in dir: URL) throws -> URL {
        let file = dir.appendingPathComponent(name)
        try data.write(to: file)
        // A HOME of its own, so a running LibreOffice's profile lock does not get in the way.
        let run = try run(
            office()!, ["--headless", "--convert-to", "pdf", "--outdir", dir.path, file.path],
            environment: ["HOME": dir.appendingPathComponent("home").path])
        #expect(run.status == 0, "\(run.output)")
        return file.deletingPathExtension().appendingPathExtension("pdf")
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
        throws -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
