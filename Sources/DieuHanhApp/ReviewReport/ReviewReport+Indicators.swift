import DieuHanhCore
import DieuHanhOffice
import Foundation
import Plot

/// The socio-economic indicators in the review report (DOMAIN §5, §9): section 6 of the body and Phụ lục V. The
/// figures, wording and table come from `IndicatorReport` — the same rows and rule as the indicators page, the API
/// and `stats indicators`; the renderers below only lay them out.
extension ReviewReport {
    static let indicatorsAppendixNumber = "V"
    static let indicatorsSectionHeading = "6. Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu"

    /// The indicators of the year the period ends in; an empty report when none were entered.
    var indicatorsOrEmpty: IndicatorReport {
        indicators
            ?? IndicatorReport(
                year: period.to.year, asOf: asOf, rows: [],
                tally: IndicatorTally(year: period.to.year, asOf: asOf, items: []))
    }

    var indicatorsSection: Section {
        let part = indicatorsOrEmpty
        return Section(
            heading: Self.indicatorsSectionHeading,
            paragraphs: [
                part.rows.isEmpty
                    ? part.prose
                    : Self.pointing(part.prose, to: "Phụ lục \(Self.indicatorsAppendixNumber)")
            ])
    }
}

// MARK: - DOCX

extension ReviewReportDOCX {
    /// PHỤ LỤC V: one row per indicator with its figures and assessment, then the tally.
    static func indicatorsAppendix(_ report: ReviewReport) -> [DOCXBlock] {
        let part = report.indicatorsOrEmpty
        var blocks = appendixHeading(ReviewReport.indicatorsAppendixNumber, title: part.title, report: report)
        guard !part.rows.isEmpty else {
            blocks.append(.paragraph(DOCXParagraph(part.prose, size: bodySize, alignment: .center)))
            return blocks
        }
        let numeric = Set(3...7)
        var rows = part.textRows.map { r in
            DOCXTableRow(
                r.enumerated().map { i, text in
                    cell(text, i == 0 || i == 2 || i == 8 ? .center : numeric.contains(i) ? .right : .left, bold: r[0].isEmpty)
                })
        }
        // The tally row ("Tổng hợp") spans the figures' columns so its sentence does not wrap letter by letter.
        if let last = part.textRows.last, last[0].isEmpty {
            rows[rows.count - 1] = DOCXTableRow([
                cell("", .center), cell(last[1], .center, bold: true),
                DOCXTableCell(
                    last[8], bold: true, alignment: .left, columnSpan: 8,
                    verticalAlignment: .center),
            ])
        }
        blocks.append(.table(table(widths: IndicatorReport.columnWidthsCm, columns: IndicatorReport.columns, rows: rows)))
        return blocks
    }
}

// MARK: - XLSX

extension ReviewReportXLSX {
    static let indicatorsSheet = "PL V - Chỉ tiêu KT-XH"

    /// The indicators' sheet headed as the other appendices.
    static func indicators(_ report: ReviewReport) -> XLSXWorkbook.Sheet {
        let part = report.indicatorsOrEmpty
        var sheet = part.xlsxSheet(name: indicatorsSheet)
        sheet.title = ["PHỤ LỤC \(ReviewReport.indicatorsAppendixNumber)", part.title]
        sheet.subtitle = [report.appendixCaption]
        sheet.page = page()
        return sheet
    }

    /// Lines for the "Tổng hợp" sheet: the total, then a line per status that occurs, worded as the appendix's
    /// tally (mid-year: on track and at risk, not "met 0").
    static func indicatorsSummaryRows(_ report: ReviewReport) -> [[XLSXWorkbook.Cell]] {
        let tally = report.indicatorsOrEmpty.tally
        return [
            [],
            [
                .text("VI. Chỉ tiêu kinh tế - xã hội năm \(tally.year)"), .empty,
                .text("Chi tiết tại sheet \"\(indicatorsSheet)\""),
            ],
            [.text("Tổng số chỉ tiêu"), number(tally.total), .empty],
        ]
            + tally.counts.map { status, count in
                [.text("- " + Labels.sentenceStart(status.tallyPhrase)), number(count), .empty]
            }
    }
}

// MARK: - HTML

extension ReviewReportHTML {
    static func indicatorsAppendix(_ r: ReviewReport) -> BodyNode {
        let part = r.indicatorsOrEmpty
        return .section(
            .class("appendix"), .h3(.text("PHỤ LỤC \(ReviewReport.indicatorsAppendixNumber)")), .h3(.text(part.title)),
            .p(.class("caption"), .text(r.appendixCaption)),
            part.rows.isEmpty
                ? .p(.text(part.prose))
                : .table(
                    .class("indicators-appendix"),
                    .thead(.tr(.forEach(IndicatorReport.columns) { .th(.text($0)) })),
                    .tbody(.forEach(part.textRows) { row in .tr(.forEach(row) { .td(.text($0)) }) })
                )
        )
    }
}
