import DieuHanhCore
import DieuHanhOffice
import Foundation

/// The review report (DOMAIN §9) as a .docx draft the office edits, laid out per Nghị định 30/2020: header block,
/// title, body, "Nơi nhận" and signature on portrait A4, then the appendices on landscape pages. Every figure and
/// sentence comes from `ReviewReport`; this only lays them out.
enum ReviewReportDOCX {
    static func data(_ report: ReviewReport) throws -> Data {
        try DOCXWriter.data(document(report))
    }

    /// Body text: 14 pt, justified, first line indented 1,27 cm.
    static let bodySize = 14.0
    static let indentCm = 1.27
    static let lineSpacing = DOCXParagraph.LineSpacing.multiple(1.15)
    static let tableFontSize = 12.0

    static func document(_ report: ReviewReport) -> DOCXDocument {
        var blocks: [DOCXBlock] = [.table(headerBlock(report))]
        blocks += titleBlocks(report)
        blocks += report.written.map { writtenBody(report, $0) } ?? bodyBlocks(report)
        blocks.append(.table(signatureBlock(report)))
        blocks.append(.sectionBreak(.landscape))
        blocks += governmentAppendix(report)
        blocks.append(.pageBreak)
        blocks += ministriesAppendix(report)
        blocks.append(.pageBreak)
        blocks += unitsAppendix(report)
        blocks.append(.pageBreak)
        blocks += programmeAppendix(report)
        blocks.append(.pageBreak)
        blocks += indicatorsAppendix(report)
        if report.written != nil { blocks.append(checksumLine(report)) }
        return DOCXDocument(
            blocks: blocks, pageSetup: .portrait, defaultFontSize: bodySize, pageNumbers: true,
            title: report.title)
    }

    // MARK: Page 1

    /// The issuing body's name on two lines: "ỦY BAN NHÂN DÂN" / "TỈNH BÌNH DƯƠNG".
    static func issuerLines(_ report: ReviewReport) -> [String] {
        issuerLines(provinceName: report.provinceName, place: report.place)
    }

    /// The same for any document the committee issues (an urging letter too).
    static func issuerLines(provinceName: String, place: String) -> [String] {
        let name = provinceName.trimmingCharacters(in: .whitespaces)
        for prefix in ["Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND"] {
            guard name.lowercased().hasPrefix(prefix.lowercased()) else { continue }
            let rest = name.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return ["ỦY BAN NHÂN DÂN", rest.isEmpty ? "TỈNH " + place.uppercased() : rest.uppercased()]
        }
        return [name.uppercased()]
    }

    /// The first row of every document's heading (Nghị định 30): the issuer over a short rule | quốc hiệu and tiêu
    /// ngữ over a longer one. The review report and the urging letter both start with it.
    static func nationalHeading(issuer: String) -> DOCXTableRow {
        DOCXTableRow([
            DOCXTableCell(paragraphs: [DOCXParagraph(issuer, size: 13, bold: true, alignment: .center), .rule(widthCm: 2)]),
            DOCXTableCell(paragraphs: [
                DOCXParagraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: 12, bold: true, alignment: .center),
                DOCXParagraph("Độc lập - Tự do - Hạnh phúc", size: 13, bold: true, alignment: .center),
                .rule(widthCm: 5.8),
            ]),
        ])
    }

    /// The borderless two-column block at the top: issuer, number | quốc hiệu, tiêu ngữ, place and date.
    static func headerBlock(_ report: ReviewReport) -> DOCXTable {
        let issuer = issuerLines(report).joined(separator: "\n")
        return DOCXTable(
            columnWidths: [6.2, 10.3],
            rows: [
                nationalHeading(issuer: issuer),
                DOCXTableRow([
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph(
                            "Số: " + (report.written?.issue?.notation ?? "     /BC-UBND"), size: 13, alignment: .center,
                            spacingBeforePt: 6)
                    ]),
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph(
                            report.written?.issue.map { "\(report.place), \(VNFormat.proseDate($0.date))" }
                                ?? "\(report.place), ngày      tháng      năm \(report.asOf.year)",
                            size: 14, italic: true, alignment: .center, spacingBeforePt: 6)
                    ]),
                ]),
            ], bordered: false, cellPaddingCm: 0)
    }

    /// "BÁO CÁO", the trích yếu, a short rule under it.
    static func titleBlocks(_ report: ReviewReport) -> [DOCXBlock] {
        [
            .paragraph(
                DOCXParagraph(
                    "BÁO CÁO", size: 14, bold: true, alignment: .center, spacingBeforePt: 24,
                    keepWithNext: true)),
            .paragraph(DOCXParagraph(report.title, size: 14, bold: true, alignment: .center, keepWithNext: true)),
            .paragraph(.rule(widthCm: 3, spacingBeforePt: 4, spacingAfterPt: 18)),
        ]
    }

    static func body(_ text: String, italic: Bool = false, keepWithNext: Bool = false) -> DOCXBlock {
        .paragraph(bodyParagraph([DOCXRun(text, size: bodySize, italic: italic)], keepWithNext: keepWithNext))
    }

    /// A paragraph of the body: justified, first line indented, 6 pt after. Runs carry their own size.
    static func bodyParagraph(_ runs: [DOCXRun], keepWithNext: Bool = false) -> DOCXParagraph {
        DOCXParagraph(
            runs: runs, alignment: .justified, firstLineIndentCm: indentCm, spacingAfterPt: 6,
            lineSpacing: lineSpacing, keepWithNext: keepWithNext)
    }

    static func heading(_ text: String) -> DOCXBlock {
        .paragraph(
            DOCXParagraph(
                text, size: bodySize, bold: true, alignment: .justified, firstLineIndentCm: indentCm,
                spacingBeforePt: 6, spacingAfterPt: 6, lineSpacing: lineSpacing, keepWithNext: true))
    }

    static func bodyBlocks(_ report: ReviewReport) -> [DOCXBlock] {
        var blocks = [body(report.introSentence)]
        for section in report.sections {
            blocks.append(heading(section.heading))
            blocks += section.paragraphs.map { body($0) }
        }
        blocks.append(body(report.cutOffSentence, italic: true))
        blocks.append(
            .paragraph(
                DOCXParagraph(
                    report.closingSentence, size: bodySize, alignment: .justified,
                    firstLineIndentCm: indentCm, spacingAfterPt: 12, lineSpacing: lineSpacing,
                    keepWithNext: true)))
        return blocks
    }

    static let recipients = [
        "- VPCP (Vụ Tổng hợp);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT và các PCT UBND tỉnh;",
        "- Các sở, ban, ngành;", "- Lưu: VT.",
    ]

    /// "Nơi nhận" on the left; on the right the authority and title ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), room to
    /// sign, and the signer's name once the report is issued.
    static func signatureBlock(_ report: ReviewReport) -> DOCXTable {
        let issue = report.written?.issue
        let lines =
            issue.map { $0.authority.lines(body: "Ủy ban nhân dân", signerTitle: $0.signerTitle) }
            ?? ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
        var signature = [
            DOCXParagraph(lines.joined(separator: "\n"), size: 14, bold: true, alignment: .center),
            DOCXParagraph("\n\n\n\n", size: 14),
        ]
        if let issue { signature.append(DOCXParagraph(issue.signer, size: 14, bold: true, alignment: .center)) }
        return DOCXTable(
            columnWidths: [1, 1],
            rows: [
                DOCXTableRow([
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph("Nơi nhận:", size: 12, bold: true, italic: true),
                        DOCXParagraph((report.written?.recipients ?? recipients).joined(separator: "\n"), size: 11),
                    ]),
                    DOCXTableCell(paragraphs: signature),
                ])
            ], bordered: false, cellPaddingCm: 0)
    }

    // MARK: Appendices

    static func appendixHeading(_ number: String, title: String, report: ReviewReport) -> [DOCXBlock] {
        [
            .paragraph(DOCXParagraph("PHỤ LỤC \(number)", size: 14, bold: true, alignment: .center, keepWithNext: true)),
            .paragraph(DOCXParagraph(title, size: 14, bold: true, alignment: .center, keepWithNext: true)),
            .paragraph(
                DOCXParagraph(
                    report.appendixCaption, size: 14, italic: true, alignment: .center,
                    spacingAfterPt: 12, keepWithNext: true)),
        ]
    }

    static func appendixLine(_ text: String, bold: Bool = false, indentCm: Double = 0) -> DOCXBlock {
        var paragraph = DOCXParagraph(
            text, size: bodySize, bold: bold, alignment: .justified, spacingAfterPt: 4,
            lineSpacing: lineSpacing, keepWithNext: true)
        paragraph.leftIndentCm = indentCm
        return .paragraph(paragraph)
    }

    static func headerCell(_ text: String) -> DOCXTableCell {
        DOCXTableCell(text, bold: true, alignment: .center, verticalAlignment: .center)
    }

    static func cell(_ text: String, _ alignment: DOCXParagraph.Alignment = .left, bold: Bool = false) -> DOCXTableCell {
        DOCXTableCell(text, bold: bold, alignment: alignment, verticalAlignment: .center)
    }

    static func table(widths: [Double], columns: [String], rows: [DOCXTableRow]) -> DOCXTable {
        DOCXTable(
            columnWidths: widths, rows: [DOCXTableRow(columns.map(headerCell), isHeader: true)] + rows,
            fontSize: tableFontSize)
    }

    /// A task's content, and under it in italics whether and by which letters it was urged.
    static func contentCell(_ line: ReviewReport.TaskLine) -> DOCXTableCell {
        var cell = cell(line.content, .justified)
        if !line.urged.isEmpty { cell.paragraphs.append(DOCXParagraph(line.urged, italic: true, alignment: .justified)) }
        return cell
    }

    /// "dd/mm/yyyy", or empty without a deadline.
    static func deadline(_ date: CivilDate?) -> String { date.map(VNFormat.date) ?? "" }

    /// PHỤ LỤC I: the CP/TTg figures, then the pending overdue tasks.
    static func governmentAppendix(_ report: ReviewReport) -> [DOCXBlock] {
        var blocks = appendixHeading("I", title: ReviewReport.governmentAppendixTitle, report: report)
        blocks.append(appendixLine("1. Thống kê kết quả thực hiện:", bold: true))
        for line in report.governmentLines {
            blocks.append(appendixLine(line.text, indentCm: Double(line.level) * indentCm))
        }
        let heading = "2. Thống kê chi tiết các nhiệm vụ chưa hoàn thành quá hạn:"
        guard !report.governmentOverdue.isEmpty else {
            blocks.append(
                .paragraph(
                    DOCXParagraph(
                        runs: [
                            DOCXRun(heading, size: bodySize, bold: true),
                            DOCXRun(" Không có.", size: bodySize),
                        ],
                        alignment: .justified, spacingAfterPt: 4, lineSpacing: lineSpacing)))
            return blocks
        }
        blocks.append(appendixLine(heading, bold: true))
        let rows = report.governmentOverdue.enumerated().map { index, line in
            DOCXTableRow([
                cell(String(index + 1), .center), cell(line.document), contentCell(line), cell(line.unit),
                cell(deadline(line.deadline), .center), cell(line.daysLate.map(VNFormat.integer) ?? "", .center),
            ])
        }
        blocks.append(.table(table(widths: [1.1, 7, 8.6, 4.2, 2.6, 2.2], columns: ReviewReport.overdueColumns, rows: rows)))
        return blocks
    }

    /// PHỤ LỤC II: ministries' tasks concerning the province still not carried out.
    static func ministriesAppendix(_ report: ReviewReport) -> [DOCXBlock] {
        var blocks = appendixHeading("II", title: ReviewReport.ministriesAppendixTitle, report: report)
        guard !report.ministriesOverdue.isEmpty else {
            blocks.append(.paragraph(DOCXParagraph("Không có.", size: bodySize, alignment: .center)))
            return blocks
        }
        let rows = report.ministriesOverdue.enumerated().map { index, line in
            DOCXTableRow([
                cell(String(index + 1), .center), cell(line.document), cell(line.content, .justified),
                cell(deadline(line.deadline), .center), cell(line.unit, .center),
                cell([line.urged, line.note].filter { !$0.isEmpty }.joined(separator: "\n"), .justified),
            ])
        }
        blocks.append(.table(table(widths: [1.2, 5.5, 7.3, 2.8, 3.4, 5.6], columns: ReviewReport.ministriesColumns, rows: rows)))
        return blocks
    }

    /// PHỤ LỤC III: each lead unit's tally, best first, and the total.
    static func unitsAppendix(_ report: ReviewReport) -> [DOCXBlock] {
        var blocks = appendixHeading("III", title: ReviewReport.unitsAppendixTitle, report: report)
        guard !report.units.isEmpty else {
            blocks.append(.paragraph(DOCXParagraph("Không có.", size: bodySize, alignment: .center)))
            return blocks
        }
        func countCells(_ counts: TaskCounts, bold: Bool = false) -> [DOCXTableCell] {
            [
                counts.total, counts.completedOnTime, counts.completedLate, counts.pendingWithinDeadline,
                counts.pendingOverdue, counts.pendingNoDeadline,
            ].map { cell(VNFormat.integer($0), .center, bold: bold) }
                + [cell(VNFormat.percent(counts.completedOnTime, of: counts.total) ?? "—", .center, bold: bold)]
        }
        var rows = report.units.enumerated().map { index, unit in
            DOCXTableRow(
                [cell(String(index + 1), .center), cell(unit.name)] + countCells(unit.counts)
                    + [cell(unit.averageDaysLateText, .center)])
        }
        let total = report.unitsTotal
        rows.append(
            DOCXTableRow(
                [cell("", .center), cell(total.name, .center, bold: true)] + countCells(total.counts, bold: true)
                    + [cell(total.averageDaysLateText, .center, bold: true)]))
        blocks.append(
            .table(
                table(
                    widths: [1.1, 6.6, 1.7, 2.1, 2.1, 2.3, 2.3, 2, 2.3, 2.2], columns: ReviewReport.unitColumns,
                    rows: rows)))
        return blocks
    }
}
