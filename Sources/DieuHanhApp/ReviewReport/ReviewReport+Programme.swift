import DieuHanhCore
import DieuHanhOffice
import Fluent
import Foundation
import Plot

/// The work programme in the review report (DOMAIN §4, §9): the body's sentence and Phụ lục IV, laid out as seed
/// 001's table (columns (1)–(8) under a two-row header), then the figures per lead unit, the items not submitted
/// and the items submitted late. Every figure comes from `ProgrammeStatistics` (the Core rule); the DOCX, XLSX and
/// HTML renderers below only lay it out.
extension ReviewReport {
    /// An item named in the appendix.
    struct ProgrammeLine: Sendable {
        var title: String
        var unit: String
        var body: String
        /// The planned month as of the cut-off.
        var month: CivilMonth
        var note: String
    }

    struct ProgrammeUnitLine: Sendable {
        var name: String
        var counts: ProgrammeCounts
    }

    /// The programme's figures for the report's period as of its cut-off.
    struct ProgrammePart: Sendable {
        var counts: ProgrammeCounts
        /// The submitted items by body and kind.
        var bodies = ProgrammeBodyCounts()
        /// The items for the Government and the Prime Minister alone (`ReviewReport+GovernmentProgramme.swift`).
        var government = ProgrammeCounts()
        var units: [ProgrammeUnitLine]
        var unfinished: [ProgrammeLine]
        var late: [ProgrammeLine]

        static let none = ProgrammePart(counts: ProgrammeCounts(), units: [], unfinished: [], late: [])

        /// Nothing of the programme was planned in the period (no programme entered, or none for these months).
        var isEmpty: Bool { counts.initial + counts.added == 0 }
    }

    static let programmeAppendixNumber = "IV"
    static let programmeAppendixTitle = "Kết quả thực hiện Chương trình công tác của UBND tỉnh"
    static let programmeSectionHeading = "5. Kết quả thực hiện Chương trình công tác của UBND tỉnh"
    static let programmeUnitColumns = [
        "TT", "Đơn vị chủ trì", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "Trình muộn",
    ]
    static let programmeItemColumns = ["TT", "Nội dung", "Đơn vị chủ trì", "Cấp trình", "Tháng kế hoạch", "Ghi chú"]

    /// The period as the programme names it ("6 tháng đầu năm 2020").
    var programmePeriodLabel: String { MonthRange(period).label }

    /// "Theo Chương trình công tác 6 tháng đầu năm 2020, UBND tỉnh đã thực hiện 37/42 nội dung (đạt 88,1%); còn lại…"
    var programmeHeadline: String {
        ReviewProse.programme(programme.counts, periodLabel: programmePeriodLabel, unfinished: programme.unfinished.map(\.title))
    }

    /// The body's section on the programme, pointing to the appendix when there is something to show, then what
    /// was submitted to each body.
    var programmeSection: Section {
        Section(
            heading: Self.programmeSectionHeading,
            paragraphs: [
                programme.isEmpty
                    ? programmeHeadline
                    : Self.pointing(programmeHeadline, to: "Phụ lục \(Self.programmeAppendixNumber)")
            ] + [programme.bodies.sentence].compactMap { $0 } + [governmentProgrammeSentence])
    }

    /// The two header rows of seed 001's table, for the period: the group over (1)–(4), its four columns, and the
    /// four columns (5)–(8) spanning both rows.
    var programmeHeaderGroup: String { "Số đề án phải trình trong \(programmePeriodLabel)" }

    var programmeHeaderFirst: [String] {
        [
            "Số đề án giao đầu năm", "Số đề án giao thêm", "Số đề án xin chuyển, xin rút khỏi CTCT \(programmePeriodLabel)",
            "Tổng số",
        ]
    }

    var programmeHeaderRest: [String] {
        [
            "Tổng số đề án đã trình thuộc CTCT \(programmePeriodLabel)",
            "Số đề án đã ban hành thuộc CTCT \(programmePeriodLabel)",
            "Số đề án chưa trình", "Tỷ lệ đề án đã trình so với tổng số đề án phải trình",
        ]
    }

    static let programmeNumbers = (1...8).map { "(\($0))" }

    /// The figures' row: (1)…(7) as counts, (8) as "88,1%".
    static func programmeCells(_ c: ProgrammeCounts) -> [String] {
        [c.initial, c.added, c.movedOut, c.total, c.submitted, c.issued, c.notSubmitted].map(VNFormat.integer) + [
            c.rateText ?? "—"
        ]
    }

    var programmeLateSentence: String {
        "Số đề án trình muộn so với tháng kế hoạch: \(VNFormat.count(programme.counts.submittedLate))."
    }

    static let programmeEmptySentence = "Không có nội dung nào của Chương trình công tác của UBND tỉnh thuộc kỳ báo cáo."

    /// Rows of the unfinished and late lists.
    static func programmeItemRows(_ lines: [ProgrammeLine]) -> [[String]] {
        lines.enumerated().map { i, l in [String(i + 1), l.title, l.unit, l.body, l.month.label, l.note] }
    }
}

// MARK: - Building

extension ReviewReportBuilder {
    /// The programme's part: the items led by the province's units, for the period's months, as of the cut-off.
    static func programmePart(
        period: ReportPeriod, asOf: CivilDate, provinceUnits: Set<UUID>,
        on db: Database
    ) async throws -> ReviewReport.ProgrammePart {
        let filter = ProgrammeStatsFilter(period: period, asOf: asOf, leadUnitIDs: provinceUnits)
        let result = try await ProgrammeStatistics.run(filter, on: db)
        var governmentFilter = filter
        governmentFilter.bodies = [.government, .primeMinister]
        let government = try await ProgrammeStatistics.run(governmentFilter, on: db).counts
        let units = try await UnitDirectory.names(of: (result.unfinished + result.late).map(\.item.leadUnitID), on: db)
        func line(_ row: ProgrammeQuery.Row, note: String) -> ReviewReport.ProgrammeLine {
            .init(
                title: row.item.title, unit: units[row.item.leadUnitID] ?? "", body: row.item.itemBody.label,
                month: row.snapshot.plannedMonth, note: note)
        }
        return ReviewReport.ProgrammePart(
            counts: result.counts, bodies: result.bodies, government: government,
            units: result.units.map { .init(name: $0.unit.name, counts: $0.counts) },
            unfinished: result.unfinished.map { row in
                line(
                    row,
                    note: row.snapshot.postponementPending
                        ? "Đang xin chuyển" + (row.snapshot.requestedMonth.map { " sang tháng \($0.label)" } ?? "")
                        : row.snapshot.withdrawalPending ? "Đang xin rút" : "")
            },
            late: result.late.map { row in
                line(row, note: row.snapshot.submittedOn.map { "Trình ngày " + VNFormat.date($0) } ?? "")
            })
    }
}

// MARK: - DOCX

extension ReviewReportDOCX {
    /// PHỤ LỤC IV: seed 001's table with merged header cells, then per unit, then the items not submitted and late.
    static func programmeAppendix(_ report: ReviewReport) -> [DOCXBlock] {
        var blocks = appendixHeading(
            ReviewReport.programmeAppendixNumber, title: ReviewReport.programmeAppendixTitle, report: report)
        let p = report.programme
        guard !p.isEmpty else {
            blocks.append(.paragraph(DOCXParagraph(ReviewReport.programmeEmptySentence, size: bodySize, alignment: .center)))
            return blocks + [governmentProgrammeNote(report)]
        }
        blocks.append(appendixLine("1. Tổng hợp kết quả thực hiện:", bold: true))
        blocks.append(.table(programmeTable(report)))
        blocks.append(
            .paragraph(
                DOCXParagraph(
                    report.programmeLateSentence, size: bodySize, alignment: .justified,
                    firstLineIndentCm: indentCm, spacingBeforePt: 4, spacingAfterPt: 4,
                    lineSpacing: lineSpacing)))

        blocks.append(programmeHeading("2. Kết quả theo đơn vị chủ trì:"))
        var unitRows = p.units.enumerated().map { i, u in
            DOCXTableRow(
                [cell(String(i + 1), .center), cell(u.name)]
                    + (ReviewReport.programmeCells(u.counts) + [VNFormat.integer(u.counts.submittedLate)]).map {
                        cell($0, .center)
                    })
        }
        unitRows.append(
            DOCXTableRow(
                [cell("", .center), cell("Tổng cộng", .center, bold: true)]
                    + (ReviewReport.programmeCells(p.counts) + [VNFormat.integer(p.counts.submittedLate)]).map {
                        cell($0, .center, bold: true)
                    }))
        blocks.append(
            .table(
                table(
                    widths: [1.1, 7.5, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6, 2, 2], columns: ReviewReport.programmeUnitColumns,
                    rows: unitRows)))

        blocks += programmeList("3. Các nội dung chưa trình:", p.unfinished)
        if !p.late.isEmpty { blocks += programmeList("4. Các nội dung trình muộn so với tháng kế hoạch:", p.late) }
        blocks.append(governmentProgrammeNote(report))
        return blocks
    }

    /// A numbered heading inside the appendix, with room above it (it follows a table).
    private static func programmeHeading(_ text: String) -> DOCXBlock {
        .paragraph(
            DOCXParagraph(
                text, size: bodySize, bold: true, alignment: .justified, spacingBeforePt: 8, spacingAfterPt: 4,
                lineSpacing: lineSpacing, keepWithNext: true))
    }

    /// Seed 001's layout: row 1 the group "Số đề án phải trình…" over four columns and (5)–(8) merged down two rows,
    /// row 2 the group's columns, row 3 the numbers (1)–(8), row 4 the figures. The three header rows repeat.
    static func programmeTable(_ report: ReviewReport) -> DOCXTable {
        func header(_ text: String, span: Int = 1, merge: DOCXTableCell.VerticalMerge? = nil) -> DOCXTableCell {
            DOCXTableCell(
                text, bold: true, alignment: .center, columnSpan: span, verticalMerge: merge, verticalAlignment: .center)
        }
        let first = DOCXTableRow(
            [header(report.programmeHeaderGroup, span: 4)]
                + report.programmeHeaderRest.map { header($0, merge: .restart) }, isHeader: true)
        let second = DOCXTableRow(
            report.programmeHeaderFirst.map { header($0) } + report.programmeHeaderRest.map { _ in header("", merge: .continue) },
            isHeader: true)
        let numbers = DOCXTableRow(
            ReviewReport.programmeNumbers.map { DOCXTableCell($0, italic: true, alignment: .center) }, isHeader: true)
        let figures = DOCXTableRow(ReviewReport.programmeCells(report.programme.counts).map { cell($0, .center, bold: true) })
        return DOCXTable(
            columnWidths: [2.6, 2.6, 3.4, 2.2, 3.6, 3.6, 2.4, 3.6], rows: [first, second, numbers, figures],
            fontSize: tableFontSize)
    }

    private static func programmeList(_ heading: String, _ lines: [ReviewReport.ProgrammeLine]) -> [DOCXBlock] {
        guard !lines.isEmpty else {
            return [
                .paragraph(
                    DOCXParagraph(
                        runs: [DOCXRun(heading, size: bodySize, bold: true), DOCXRun(" Không có.", size: bodySize)],
                        alignment: .justified, spacingBeforePt: 8, spacingAfterPt: 4, lineSpacing: lineSpacing))
            ]
        }
        let rows = ReviewReport.programmeItemRows(lines).map { r in
            DOCXTableRow([
                cell(r[0], .center), cell(r[1], .justified), cell(r[2]), cell(r[3], .center), cell(r[4], .center), cell(r[5]),
            ])
        }
        return [
            programmeHeading(heading),
            .table(table(widths: [1.1, 10.5, 5, 3, 2.4, 3.4], columns: ReviewReport.programmeItemColumns, rows: rows)),
        ]
    }
}

// MARK: - XLSX

extension ReviewReportXLSX {
    static let programmeSheet = "PL IV - CTCT"

    /// The appendix as a sheet: seed 001's header on three rows (group, columns, numbers; merged as in the DOCX),
    /// the figures as numbers (the rate as a percentage with one decimal), then one row per lead unit, then the lists.
    static func programme(_ report: ReviewReport) -> XLSXWorkbook.Sheet {
        typealias Cell = XLSXWorkbook.Cell
        let p = report.programme
        func figures(_ c: ProgrammeCounts) -> [Cell] {
            [c.initial, c.added, c.movedOut, c.total, c.submitted, c.issued, c.notSubmitted].map(number)
                + [percent(c.submitted, of: c.total)]
        }
        var rows: [[Cell]] = [
            [.text(report.programmeHeaderGroup), .empty, .empty, .empty] + report.programmeHeaderRest.map { .text($0) },
            report.programmeHeaderFirst.map { .text($0) } + [.empty, .empty, .empty, .empty],
            ReviewReport.programmeNumbers.map { .text($0) },
            figures(p.counts),
            [],
            [.text(report.programmeLateSentence)],
            [],
            [.text("Đơn vị chủ trì")] + ReviewReport.programmeUnitColumns.dropFirst(2).map { .text($0) },
        ]
        var styles: [Int: XLSXWorkbook.RowStyle] = [5: .note, rows.count - 1: .header]
        for unit in p.units {
            rows.append([.text(unit.name)] + figures(unit.counts) + [number(unit.counts.submittedLate)])
        }
        styles[rows.count] = .total
        rows.append([.text("Tổng cộng")] + figures(p.counts) + [number(p.counts.submittedLate)])
        for (heading, lines) in [
            ("Các nội dung chưa trình", p.unfinished), ("Các nội dung trình muộn so với tháng kế hoạch", p.late),
        ] {
            rows.append([])
            styles[rows.count] = .heading
            rows.append([.text(heading)])
            // The content goes in the first column, the sheet's widest, numbered there rather than in a "TT" column
            // of its own: the columns are those of the tables above.
            styles[rows.count] = .header
            rows.append(ReviewReport.programmeItemColumns.dropFirst().map { .text($0) })
            for (i, line) in lines.enumerated() {
                rows.append([
                    .text("\(i + 1). \(line.title)"), .text(line.unit), .text(line.body), .text(line.month.label),
                    line.note.isEmpty ? .empty : .text(line.note),
                ])
            }
            if lines.isEmpty { rows.append([.text("Không có.")]) }
        }
        rows.append([])
        styles[rows.count] = .note
        rows.append([.text(report.governmentProgrammeNote)])
        var sheet = appendix(
            ReviewReport.programmeAppendixNumber, title: ReviewReport.programmeAppendixTitle, report: report,
            name: programmeSheet, columnWidths: [44, 20, 22, 14, 22, 22, 14, 20, 12], rows: rows)
        sheet.headerRows = 3
        sheet.rowStyles = styles
        sheet.merges =
            [XLSXWorkbook.Merge(row: 0, column: 0, columns: 4)]
            + report.programmeHeaderRest.indices.map { XLSXWorkbook.Merge(row: 0, column: 4 + $0, rows: 2) }
        return sheet
    }

    /// Lines for the "Tổng hợp" sheet.
    static func programmeSummaryRows(_ report: ReviewReport) -> [[XLSXWorkbook.Cell]] {
        let c = report.programme.counts
        return [
            [],
            [.text("V. Chương trình công tác của UBND tỉnh"), .empty, .text("Chi tiết tại sheet \"\(programmeSheet)\"")],
            [.text("Tổng số đề án phải trình (4)"), number(c.total), .text("(4) = (1) + (2) − (3)")],
            [.text("Đã trình (5)"), number(c.submitted), .empty],
            [.text("Chưa trình (7)"), number(c.notSubmitted), .empty],
            [.text("Tỷ lệ đã trình (%) (8)"), percent(c.submitted, of: c.total), .text("(8) = (5) / (4)")],
        ]
    }
}

// MARK: - HTML

extension ReviewReportHTML {
    /// Phụ lục IV for the HTML sheet, with the header cells merged as in seed 001.
    static func programmeAppendix(_ r: ReviewReport) -> BodyNode {
        let p = r.programme
        return .section(
            .class("appendix"), .h3(.text("PHỤ LỤC \(ReviewReport.programmeAppendixNumber)")),
            .h3(.text(ReviewReport.programmeAppendixTitle)),
            .p(.class("caption"), .text(r.appendixCaption)),
            p.isEmpty
                ? .p(.text(ReviewReport.programmeEmptySentence))
                : .group(
                    .p(.text("1. Tổng hợp kết quả thực hiện:")),
                    .table(
                        .class("programme-appendix"),
                        .thead(
                            .tr(
                                .th(.attribute(named: "colspan", value: "4"), .text(r.programmeHeaderGroup)),
                                .forEach(r.programmeHeaderRest) { .th(.attribute(named: "rowspan", value: "2"), .text($0)) }),
                            .tr(.forEach(r.programmeHeaderFirst) { .th(.text($0)) }),
                            .tr(.forEach(ReviewReport.programmeNumbers) { .th(.em(.text($0))) })
                        ),
                        .tbody(.tr(.forEach(ReviewReport.programmeCells(p.counts)) { .td(.strong(.text($0))) }))
                    ),
                    .p(.text(r.programmeLateSentence)),
                    .p(.text("2. Kết quả theo đơn vị chủ trì:")),
                    programmeTable(
                        ReviewReport.programmeUnitColumns,
                        p.units.enumerated().map { i, u in
                            [String(i + 1), u.name] + ReviewReport.programmeCells(u.counts) + [
                                VNFormat.integer(u.counts.submittedLate)
                            ]
                        } + [
                            ["", "Tổng cộng"] + ReviewReport.programmeCells(p.counts) + [VNFormat.integer(p.counts.submittedLate)]
                        ]),
                    .p(.text("3. Các nội dung chưa trình:" + (p.unfinished.isEmpty ? " Không có." : ""))),
                    .if(
                        !p.unfinished.isEmpty,
                        programmeTable(ReviewReport.programmeItemColumns, ReviewReport.programmeItemRows(p.unfinished))),
                    .if(
                        !p.late.isEmpty,
                        .group(
                            .p(.text("4. Các nội dung trình muộn so với tháng kế hoạch:")),
                            programmeTable(ReviewReport.programmeItemColumns, ReviewReport.programmeItemRows(p.late))))
                ),
            .p(.em(.text(r.governmentProgrammeNote)))
        )
    }

    private static func programmeTable(_ columns: [String], _ rows: [[String]]) -> BodyNode {
        .table(
            .thead(.tr(.forEach(columns) { .th(.text($0)) })),
            .tbody(.forEach(rows) { row in .tr(.forEach(row) { .td(.text($0)) }) }))
    }
}
