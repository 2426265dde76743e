import DieuHanhCore
import DieuHanhOffice
import Foundation

/// The urging letter as a .docx per Nghị định 30/2020: a công văn — issuer and number with the trích yếu under it,
/// quốc hiệu and the place and date; "Kính gửi"; the opening; the table of overdue tasks; the closing request; Nơi
/// nhận and the signature. Laid out as the review report is (`ReviewReportDOCX`), from the draft's own text.
enum UrgingDOCX {
    static func data(_ urging: Urging, lines: [UrgingLine], province: OrgUnit) throws -> Data {
        try DOCXWriter.data(document(urging, lines: lines, province: province))
    }

    static func document(_ urging: Urging, lines: [UrgingLine], province: OrgUnit) -> DOCXDocument {
        let place = ReviewReportBuilder.placeName(province.name)
        var blocks: [DOCXBlock] = [.table(header(urging, province: province, place: place))]
        blocks += addressees(urging.addressees)
        blocks.append(ReviewReportDOCX.body(urging.opening))
        blocks.append(.table(table(lines)))
        blocks.append(
            .paragraph(
                DOCXParagraph(
                    runs: [DOCXRun(UrgingText.closing(urging.request, reportBy: urging.reportByDate), size: 14)],
                    alignment: .justified, firstLineIndentCm: ReviewReportDOCX.indentCm, spacingBeforePt: 6,
                    spacingAfterPt: 12, lineSpacing: ReviewReportDOCX.lineSpacing, keepWithNext: true)))
        blocks.append(.table(signature(urging)))
        return DOCXDocument(
            blocks: blocks, pageSetup: .portrait, defaultFontSize: 14, pageNumbers: true, title: urging.summary)
    }

    /// Issuer, number and trích yếu | quốc hiệu, tiêu ngữ, place and date.
    static func header(_ urging: Urging, province: OrgUnit, place: String) -> DOCXTable {
        let issuer = ReviewReportDOCX.issuerLines(provinceName: province.name, place: place).joined(separator: "\n")
        let date =
            urging.issuedDate.map { "\(place), \(VNFormat.proseDate($0))" }
            ?? "\(place), ngày      tháng      năm \(max(urging.cutOff.year, urging.reportByDate.year))"
        return DOCXTable(
            columnWidths: [6.2, 10.3],
            rows: [
                ReviewReportDOCX.nationalHeading(issuer: issuer),
                DOCXTableRow([
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph(
                            "Số: " + (urging.notation ?? "       /UBND-TH"), size: 13, alignment: .center, spacingBeforePt: 6),
                        DOCXParagraph(urging.summary, size: 12, alignment: .center, spacingBeforePt: 4),
                    ]),
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph(date, size: 14, italic: true, alignment: .center, spacingBeforePt: 6)
                    ]),
                ]),
            ], bordered: false, cellPaddingCm: 0)
    }

    /// "Kính gửi: Sở Nội vụ." on one line; several units as a list under it.
    static func addressees(_ lines: [String]) -> [DOCXBlock] {
        if lines.count == 1 {
            return [
                .paragraph(
                    DOCXParagraph("Kính gửi: " + lines[0], size: 14, alignment: .center, spacingBeforePt: 18, spacingAfterPt: 12))
            ]
        }
        var blocks: [DOCXBlock] = [
            .paragraph(DOCXParagraph("Kính gửi:", size: 14, alignment: .center, spacingBeforePt: 18, keepWithNext: true))
        ]
        for (index, line) in lines.enumerated() {
            var paragraph = DOCXParagraph(
                line, size: 14, spacingAfterPt: index == lines.count - 1 ? 12 : 0, keepWithNext: true)
            paragraph.leftIndentCm = 4
            blocks.append(.paragraph(paragraph))
        }
        return blocks
    }

    static func table(_ lines: [UrgingLine]) -> DOCXTable {
        let rows = lines.enumerated().map { index, line in
            DOCXTableRow([
                ReviewReportDOCX.cell(String(index + 1), .center), ReviewReportDOCX.cell(line.document),
                ReviewReportDOCX.cell(line.content, .justified), ReviewReportDOCX.cell(line.unit),
                ReviewReportDOCX.cell(line.deadline.map(VNFormat.date) ?? "", .center),
                ReviewReportDOCX.cell(line.daysOverdue.map(VNFormat.integer) ?? "", .center),
            ])
        }
        return DOCXTable(
            columnWidths: [1.2, 3.6, 4.8, 2.8, 2.8, 2],
            rows: [DOCXTableRow(UrgingText.columns.map(ReviewReportDOCX.headerCell), isHeader: true)] + rows,
            fontSize: 12)
    }

    /// Nơi nhận | the authority and title, room to sign, the signer's name.
    static func signature(_ urging: Urging) -> DOCXTable {
        let lines = urging.signingAuthority.lines(body: "Ủy ban nhân dân", signerTitle: urging.signerTitle ?? "")
        var cell = [
            DOCXParagraph(lines.joined(separator: "\n"), size: 14, bold: true, alignment: .center),
            DOCXParagraph("\n\n\n\n", size: 14),
        ]
        if let signer = urging.signer { cell.append(DOCXParagraph(signer, size: 14, bold: true, alignment: .center)) }
        return DOCXTable(
            columnWidths: [1, 1],
            rows: [
                DOCXTableRow([
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph("Nơi nhận:", size: 12, bold: true, italic: true),
                        DOCXParagraph(urging.recipients.joined(separator: "\n"), size: 11),
                    ]),
                    DOCXTableCell(paragraphs: cell),
                ])
            ], bordered: false, cellPaddingCm: 0)
    }
}
