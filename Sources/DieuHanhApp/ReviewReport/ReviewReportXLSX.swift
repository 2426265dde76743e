import DieuHanhCore
import DieuHanhOffice
import Foundation

/// The review report (DOMAIN §9) as a workbook: a "Tổng hợp" sheet of headline figures, then one sheet per
/// appendix with the DOCX tables' columns. Counts, days and rates are number cells so the office can sum and sort;
/// rates are percentages with one decimal (91.3). Every figure comes from `ReviewReport`.
enum ReviewReportXLSX {
    static let summarySheet = "Tổng hợp"
    static let governmentSheet = "PL I - CP, TTg giao"
    static let ministriesSheet = "PL II - Bộ, ngành"
    static let unitsSheet = "PL III - Đơn vị"

    static func data(_ report: ReviewReport) throws -> Data {
        try XLSXWriter.data(workbook(report))
    }

    static func workbook(_ report: ReviewReport) -> XLSXWorkbook {
        XLSXWorkbook(sheets: [
            summary(report), government(report), ministries(report), units(report), programme(report),
            indicators(report),
        ])
    }

    static func number(_ n: Int) -> XLSXWorkbook.Cell { .number(Double(n)) }

    /// Printing: A4 fitted to the width, numbered pages; the appendices' tables are wide, so landscape.
    static func page(_ orientation: XLSXPageSetup.Orientation = .landscape) -> XLSXPageSetup {
        XLSXPageSetup(orientation: orientation, footer: "Trang &P/&N")
    }

    /// An appendix sheet titled as the DOCX heads it ("PHỤ LỤC I", its title, the caption), printed landscape.
    static func appendix(
        _ number: String, title: String, report: ReviewReport, name: String, columnWidths: [Double],
        rows: [[XLSXWorkbook.Cell]]
    ) -> XLSXWorkbook.Sheet {
        XLSXWorkbook.Sheet(
            name: name, columnWidths: columnWidths, title: ["PHỤ LỤC \(number)", title], subtitle: [report.appendixCaption],
            rows: rows, page: page())
    }

    /// The percentage with one decimal as a number (42 of 46 → 91.3), empty when there is nothing to divide.
    static func percent(_ numerator: Int, of denominator: Int) -> XLSXWorkbook.Cell {
        VNFormat.percentValue(numerator, of: denominator).map { .number($0) } ?? .empty
    }

    static func deadline(_ date: CivilDate?) -> XLSXWorkbook.Cell { date.map { .text(VNFormat.date($0)) } ?? .empty }

    // MARK: Tổng hợp

    static func summary(_ report: ReviewReport) -> XLSXWorkbook.Sheet {
        typealias Cell = XLSXWorkbook.Cell
        var rows: [[Cell]] = [[.text("Chỉ tiêu"), .text("Số liệu"), .text("Ghi chú")]]
        rows.append([.text("Đơn vị báo cáo"), .text(report.provinceName), .empty])
        rows.append([
            .text("Kỳ báo cáo"), .text(report.period.label),
            .text("Từ ngày \(VNFormat.date(report.period.from)) đến ngày \(VNFormat.date(report.period.to))"),
        ])
        rows.append([.text("Số liệu tính đến ngày"), .text(VNFormat.date(report.asOf)), .empty])

        func block(_ heading: String, _ counts: TaskCounts, documents: Int) {
            rows.append([])
            rows.append([.text(heading), .empty, .empty])
            rows.append([.text("Số văn bản giao nhiệm vụ"), number(documents), .empty])
            rows.append([.text("Tổng số nhiệm vụ"), number(counts.total), .empty])
            rows.append([.text("Đã hoàn thành"), number(counts.completed), .empty])
            rows.append([.text("- Hoàn thành đúng hạn"), number(counts.completedOnTime), .empty])
            rows.append([.text("- Hoàn thành quá hạn"), number(counts.completedLate), .empty])
            rows.append([.text("Chưa hoàn thành"), number(counts.pending), .empty])
            rows.append([.text("- Chưa hoàn thành trong hạn"), number(counts.pendingWithinDeadline), .empty])
            rows.append([.text("- Chưa hoàn thành quá hạn"), number(counts.pendingOverdue), .empty])
            rows.append([.text("- Chưa hoàn thành, không thời hạn"), number(counts.pendingNoDeadline), .empty])
            rows.append([
                .text("Tỷ lệ hoàn thành (%)"), percent(counts.completed, of: counts.total),
                .text(TaskRate.Kind.completion.label),
            ])
            rows.append([
                .text("Tỷ lệ hoàn thành đúng hạn (%)"), percent(counts.completedOnTime, of: counts.total),
                .text(TaskRate.Kind.onTime.label),
            ])
        }
        block("I. Nhiệm vụ do Chính phủ, Thủ tướng Chính phủ giao", report.government, documents: report.governmentDocuments)
        block("II. Nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao", report.province, documents: report.provinceDocuments)
        rows.append([])
        rows.append([
            .text("III. Nhiệm vụ giao các Bộ, ngành chưa triển khai"), number(report.ministriesOverdue.count),
            .text(
                "Nhiệm vụ giao các Bộ, cơ quan trung ương có liên quan đến địa phương chưa được triển khai "
                    + "thực hiện; chi tiết tại sheet \"\(ministriesSheet)\""),
        ])
        rows.append([
            .text("IV. Số đơn vị chủ trì có nhiệm vụ trong kỳ"), number(report.units.count),
            .text("Chi tiết tại sheet \"\(unitsSheet)\""),
        ])
        rows += programmeSummaryRows(report)
        rows += indicatorsSummaryRows(report)
        // Every block opens, after a blank row, with its heading.
        let headings = rows.indices.dropFirst().filter { rows[$0 - 1].isEmpty }
        return XLSXWorkbook.Sheet(
            name: summarySheet, columnWidths: [44, 30, 66], title: [report.title.uppercased()],
            subtitle: [report.cutOffSentence], rows: rows,
            rowStyles: Dictionary(uniqueKeysWithValues: headings.map { ($0, .total) }), page: page(.portrait))
    }

    // MARK: Appendices

    static func government(_ report: ReviewReport) -> XLSXWorkbook.Sheet {
        var rows: [[XLSXWorkbook.Cell]] = [ReviewReport.overdueColumns.map { .text($0) }]
        for (index, line) in report.governmentOverdue.enumerated() {
            rows.append([
                number(index + 1), .text(line.document), .text(line.contentWithUrging), .text(line.unit),
                deadline(line.deadline), line.daysLate.map(number) ?? .empty,
            ])
        }
        if report.governmentOverdue.isEmpty { rows.append([.empty, .text("Không có nhiệm vụ chưa hoàn thành quá hạn.")]) }
        return appendix(
            "I", title: ReviewReport.governmentAppendixTitle, report: report, name: governmentSheet,
            columnWidths: [6, 56, 70, 32, 14, 12], rows: rows)
    }

    static func ministries(_ report: ReviewReport) -> XLSXWorkbook.Sheet {
        var rows: [[XLSXWorkbook.Cell]] = [ReviewReport.ministriesColumns.map { .text($0) }]
        for (index, line) in report.ministriesOverdue.enumerated() {
            rows.append([
                number(index + 1), .text(line.document), .text(line.content), deadline(line.deadline),
                .text(line.unit),
                [line.urged, line.note].allSatisfy(\.isEmpty)
                    ? .empty : .text([line.urged, line.note].filter { !$0.isEmpty }.joined(separator: "\n")),
            ])
        }
        if report.ministriesOverdue.isEmpty { rows.append([.empty, .text("Không có.")]) }
        return appendix(
            "II", title: ReviewReport.ministriesAppendixTitle, report: report, name: ministriesSheet,
            columnWidths: [6, 56, 70, 14, 24, 60], rows: rows)
    }

    static func units(_ report: ReviewReport) -> XLSXWorkbook.Sheet {
        // The rate is a number of percent here, so its header says so.
        let columns = ReviewReport.unitColumns.map { $0 == "Tỷ lệ hoàn thành đúng hạn" ? $0 + " (%)" : $0 }
        var rows: [[XLSXWorkbook.Cell]] = [columns.map { .text($0) }]
        func countCells(_ counts: TaskCounts) -> [XLSXWorkbook.Cell] {
            [
                counts.total, counts.completedOnTime, counts.completedLate, counts.pendingWithinDeadline, counts.pendingOverdue,
                counts.pendingNoDeadline,
            ].map(number) + [percent(counts.completedOnTime, of: counts.total)]
        }
        func average(_ line: ReviewReport.UnitLine) -> XLSXWorkbook.Cell {
            line.averageDaysLate.map { .number(NSDecimalNumber(decimal: $0).doubleValue) } ?? .empty
        }
        for (index, unit) in report.units.enumerated() {
            rows.append([number(index + 1), .text(unit.name)] + countCells(unit.counts) + [average(unit)])
        }
        if report.units.isEmpty {
            rows.append([.empty, .text("Không có.")])
        } else {
            rows.append(
                [.empty, .text(report.unitsTotal.name)] + countCells(report.unitsTotal.counts) + [average(report.unitsTotal)])
        }
        var sheet = appendix(
            "III", title: ReviewReport.unitsAppendixTitle, report: report, name: unitsSheet,
            columnWidths: [6, 44, 10, 14, 14, 14, 14, 12, 14, 14], rows: rows)
        if !report.units.isEmpty { sheet.rowStyles[rows.count - 1] = .total }
        return sheet
    }
}
