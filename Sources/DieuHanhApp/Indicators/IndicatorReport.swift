import DieuHanhCore
import DieuHanhOffice
import Fluent
import Foundation

/// The review report's indicators appendix (DOMAIN §9) and its headline sentence, from the same rows and the same
/// rule as the indicators page, the API and the command line. The renderers print these as they are:
/// `columns` + `textRows` for DOCX and HTML, `xlsxSheet()` for the workbook, `prose` for the body.
struct IndicatorReport: Sendable {
    struct Row: Sendable {
        var number: Int
        var code: String
        var name: String
        var unit: String
        var responsibleUnit: String
        /// The target in force at the cut-off, and the original when a revision replaced it.
        var target: Decimal?
        var originalTarget: Decimal?
        var revisionDecidedOn: CivilDate?
        var revisionDocument: String?
        var previous: Decimal?
        var actual: Decimal?
        /// "ước năm 2020", "ước 9 tháng đầu năm 2021"; "" without an actual.
        var actualLabel: String
        var percentOfTarget: Decimal?
        var yoyPercent: Decimal?
        /// A rate's or a rank's comparison with the year before, which is no percentage: "tăng 0,6 điểm phần trăm so
        /// với cùng kỳ", "tăng 5 bậc so với cùng kỳ". Told in the note, as the % column cannot hold it.
        var yoyInWords: String? = nil
        /// The figure against the year's other targets: "so với kế hoạch Trung ương giao đạt 44%".
        var otherTargets: String = ""
        /// A rank's score ("đạt 65,52 điểm (tăng 1,25 điểm)") and a distribution's classes ("Số xã đạt 19 tiêu chí:
        /// 17 xã (tăng 01 xã); …"), told in the note.
        var figureDetail: [String] = []
        var status: IndicatorStatus
        /// "đạt 49,4% kế hoạch, tăng 28,5% so với cùng kỳ".
        var assessment: String
        /// A component, listed under its parent with "-" for a number and left out of the tally.
        var isComponent = false

        var isRevised: Bool { revisionDecidedOn != nil }

        /// "Ước năm 2020; KH điều chỉnh ngày 15/07/2020 (Nghị quyết …), KH đầu năm 11.000".
        var note: String {
            var parts: [String] = []
            if !actualLabel.isEmpty { parts.append(Labels.sentenceStart(actualLabel)) }
            if let decided = revisionDecidedOn, let original = originalTarget {
                parts.append(
                    "KH điều chỉnh ngày \(VNFormat.date(decided))"
                        + (revisionDocument.map { $0.isEmpty ? "" : " (\($0))" } ?? "")
                        + ", KH đầu năm " + IndicatorText.value(original))
            }
            if let yoyInWords { parts.append(yoyInWords) }
            if !otherTargets.isEmpty { parts.append(otherTargets) }
            parts += figureDetail
            return parts.joined(separator: "; ")
        }
    }

    var year: Int
    var asOf: CivilDate
    var rows: [Row]
    var tally: IndicatorTally

    /// The body's sentence: "Kết quả thực hiện 22 chỉ tiêu kinh tế - xã hội năm 2020: đạt và vượt 16/22 chỉ tiêu;
    /// 06 chỉ tiêu không đạt (tốc độ tăng trưởng kinh tế, …)."
    var prose: String { ReviewProse.indicators(tally) }

    /// The appendix title.
    var title: String { "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu năm \(year)" }

    static let columns = [
        "TT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện cùng kỳ năm trước", "Thực hiện",
        "So với kế hoạch (%)", "So với cùng kỳ (%)", "Đánh giá", "Ghi chú",
    ]
    /// Suggested widths for a landscape A4 table, in centimetres (sum 25,5).
    static let columnWidthsCm: [Double] = [1.0, 6.2, 2.0, 2.3, 2.3, 2.3, 1.9, 1.9, 2.2, 3.4]
    static let xlsxColumnWidths: [Double] = [6, 56, 14, 14, 16, 14, 14, 14, 22, 60]

    /// The table's body as text with Vietnamese formatting ("5.300", "49,4"; "—" for a missing figure); `columns` is
    /// the header. A last row "Tổng hợp" gives the tally.
    var textRows: [[String]] {
        func value(_ d: Decimal?) -> String { d.map(IndicatorText.value) ?? "—" }
        func percent(_ d: Decimal?) -> String { d.map { VNFormat.decimal($0, fractionDigits: 1) } ?? "—" }
        return rows.map { r in
            [
                r.isComponent ? "-" : String(r.number), r.name, r.unit, value(r.target), value(r.previous), value(r.actual),
                percent(r.percentOfTarget),
                percent(r.yoyPercent), r.status.label, r.note,
            ]
        } + (rows.isEmpty ? [] : [["", "Tổng hợp", "", "", "", "", "", "", summaryCell, ""]])
    }

    /// The tally row's text, the same in the DOCX, the workbook and the HTML: "22 chỉ tiêu: 16 đạt tiến độ, 6 có nguy
    /// cơ không đạt" (`IndicatorTally.summary`).
    var summaryCell: String { tally.summary }

    /// The appendix as a worksheet, landscape: the header, then one row per indicator with its figures in number
    /// cells (the percentages as numbers of percent with one decimal, 49.4), then the tally in bold, its text
    /// across the figures' columns as in the DOCX.
    func xlsxSheet(name: String = "PL - Chỉ tiêu KT-XH") -> XLSXWorkbook.Sheet {
        typealias Cell = XLSXWorkbook.Cell
        func number(_ d: Decimal?) -> Cell { d.map { .number(NSDecimalNumber(decimal: $0).doubleValue) } ?? .empty }
        var sheetRows: [[Cell]] = [Self.columns.map { .text($0) }]
        for r in rows {
            sheetRows.append([
                r.isComponent ? .text("-") : .number(Double(r.number)), .text(r.name), .text(r.unit), number(r.target),
                number(r.previous),
                number(r.actual), number(r.percentOfTarget), number(r.yoyPercent), .text(r.status.label),
                r.note.isEmpty ? .empty : .text(r.note),
            ])
        }
        var sheet = XLSXWorkbook.Sheet(
            name: name, columnWidths: Self.xlsxColumnWidths, title: [title.uppercased()], rows: sheetRows,
            page: XLSXPageSetup(orientation: .landscape))
        if rows.isEmpty {
            sheet.rows.append([.empty, .text(prose)])
        } else {
            sheet.rowStyles[sheet.rows.count] = .total
            sheet.merges.append(XLSXWorkbook.Merge(row: sheet.rows.count, column: 2, columns: Self.columns.count - 2))
            sheet.rows.append([.empty, .text("Tổng hợp"), .text(summaryCell)])
        }
        return sheet
    }

    /// The indicators of the year the report's period ends in (a report on "6 tháng đầu năm 2021" speaks of 2021's
    /// plan), as of the report's cut-off.
    static func build(for period: ReportPeriod, asOf: CivilDate, on db: Database) async throws -> IndicatorReport {
        try await build(year: period.to.year, asOf: asOf, on: db)
    }

    static func build(year: Int, asOf: CivilDate, on db: Database) async throws -> IndicatorReport {
        let yearRows = try await IndicatorQuery.rows(year: year, asOf: asOf, on: db)
        let units = try await UnitDirectory.names(of: yearRows.map(\.plan.responsibleUnitID), on: db)
        // Components under their parent, numbered as the resolution numbers its indicators: only those count.
        let rows = IndicatorQuery.tree(yearRows, all: yearRows).map { line -> Row in
            let row = line.row
            let s = row.snapshot
            let revision = s.revision.flatMap { revision in
                row.revisions.first { $0.coreRevision == revision }
            }
            return Row(
                number: line.number, code: row.indicator.code, name: row.indicator.name, unit: row.indicator.unit,
                responsibleUnit: units[row.plan.responsibleUnitID] ?? "", target: s.target, originalTarget: s.originalTarget,
                revisionDecidedOn: s.revision?.decidedOn, revisionDocument: revision?.document, previous: s.previous?.value,
                actual: s.actual?.value, actualLabel: s.actual?.label ?? "", percentOfTarget: s.percentOfTarget,
                yoyPercent: s.yoyPercent,
                yoyInWords: s.yoyPlaces.map(IndicatorText.yoyPlacesPhrase) ?? s.yoyPoints.map(IndicatorText.yoyPointsPhrase),
                otherTargets: IndicatorText.otherTargetsPhrase(row.otherTargets, term: row.indicator.indicatorTargetTerm),
                figureDetail: [
                    s.actual?.detail.score.map { IndicatorText.scorePhrase($0, previous: s.previous?.detail.score) },
                    s.actual.flatMap {
                        IndicatorText.classesSentence(
                            $0.detail.classes, previous: s.previous?.detail.classes ?? [], unit: row.indicator.unit)
                    }.map { String($0.dropLast()) },
                ].compactMap { $0 },
                status: s.status,
                assessment: IndicatorText.assessment(s, direction: row.indicator.indicatorDirection, wording: row.wording),
                isComponent: line.isComponent)
        }
        return IndicatorReport(year: year, asOf: asOf, rows: rows, tally: IndicatorQuery.tally(yearRows, year: year, asOf: asOf))
    }
}
