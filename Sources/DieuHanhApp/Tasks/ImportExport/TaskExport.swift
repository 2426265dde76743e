import DieuHanhCore
import DieuHanhOffice
import Fluent
import Foundation

/// The task list as CSV (UTF-8 with a BOM so Excel opens Vietnamese text correctly) or XLSX (real date text and
/// number cells, Vietnamese headers).
enum TaskExport {
    static func header(_ t: Localizer) -> [String] {
        [
            "ma", t(T.fieldDocument), t(T.fieldIssuedOn), t(T.fieldContent), t(T.fieldAssigner),
            t(T.fieldLeadUnit), t(T.fieldAssignedOn), t(T.fieldDeadline), t(T.fieldStatus),
            t(T.exportCompletedOn), t(T.exportDaysLate), t(T.fieldAsOf), t(T.focusFocal), t(T.focusPriority),
            t(T.exportCancelledOn), t(T.exportCancelReason),
        ]
    }

    /// The status column: a cancelled task is in no bucket and says so.
    private static func status(_ row: TaskQuery.Row, _ t: Localizer) -> String {
        row.cancellation == nil ? Labels.bucket(row.snapshot.bucket, t) : t(T.statusCancelled)
    }

    /// The last four columns, the same in both formats: focal (`x`, as the import reads it), priority, and the
    /// cancellation's date and reason.
    private static func tail(_ row: TaskQuery.Row) -> [String] {
        [
            row.focus.focal ? "x" : "", row.focus.priority?.label ?? "", row.cancellation.map { VNFormat.date($0.on) } ?? "",
            row.cancellation?.reason ?? "",
        ]
    }

    static func csv(_ result: TaskQuery.Result, unitNames: [UUID: String], t: Localizer) -> String {
        var out = CSVWriter.bom + CSVWriter.line(header(t))
        for row in result.page.items {
            let document = result.documents[row.task.documentID]
            out += CSVWriter.line(
                [
                    row.task.ma ?? "", document?.notation ?? "", document.map { VNFormat.date($0.issuedDate) } ?? "",
                    row.task.content, unitNames[row.task.assignerID] ?? "", unitNames[row.task.leadUnitID] ?? "",
                    VNFormat.date(row.task.assignedDate), row.snapshot.deadline.map(VNFormat.date) ?? "",
                    status(row, t), row.snapshot.completedOn.map(VNFormat.date) ?? "",
                    row.snapshot.daysLate.map(String.init) ?? "", VNFormat.date(result.asOf),
                ] + tail(row))
        }
        return out
    }

    static let xlsxColumnWidths: [Double] = [12, 16, 12, 60, 24, 28, 12, 12, 26, 12, 10, 12, 10, 12, 12, 30]

    /// The sheet without its rows: a dozen columns print on landscape A4, the header on every page, numbered.
    static func xlsxSheet(_ t: Localizer) -> XLSXWorkbook.Sheet {
        XLSXWorkbook.Sheet(
            name: t(T.tasksTitle), columnWidths: xlsxColumnWidths, rows: [],
            page: XLSXPageSetup(orientation: .landscape, footer: t(T.exportPageFooter)))
    }

    static func xlsx(_ result: TaskQuery.Result, unitNames: [UUID: String], t: Localizer) throws -> Data {
        var rows: [[XLSXWorkbook.Cell]] = [header(t).map { .text($0) }]
        for row in result.page.items {
            rows.append(
                xlsxRow(row, document: result.documents[row.task.documentID], asOf: result.asOf, unitNames: unitNames, t: t))
        }
        var sheet = xlsxSheet(t)
        sheet.rows = rows
        return try XLSXWriter.data(XLSXWorkbook(sheets: [sheet]))
    }

    /// The same workbook for every task the filter keeps, written to `url` a thousand tasks at a time: the list is
    /// never held whole (a national export runs to hundreds of thousands of rows).
    static func xlsx(
        _ filter: TaskQuery.Filter, scope: AccessScope, today: CivilDate, unitNames: [UUID: String],
        to url: URL, on db: Database, t: Localizer
    ) async throws -> CivilDate {
        let selection = try await TaskQuery.select(filter, scope: scope, today: today, per: Int.max / 4, on: db, t: t)
        let sheet = try XLSXSheetStream(xlsxSheet(t), columnCount: header(t).count)
        try sheet.append(header(t).map { .text($0) })
        for start in stride(from: 0, to: selection.ids.count, by: 1_000) {
            let rows = try await TaskQuery.evaluate(
                Array(selection.ids[start..<min(start + 1_000, selection.ids.count)]),
                asOf: selection.asOf, on: db)
            let documents = try await TaskQuery.documents(of: rows, on: db)
            for row in rows {
                try sheet.append(
                    xlsxRow(row, document: documents[row.task.documentID], asOf: selection.asOf, unitNames: unitNames, t: t))
            }
        }
        try sheet.finish(to: url)
        return selection.asOf
    }

    private static func xlsxRow(
        _ row: TaskQuery.Row, document: Document?, asOf: CivilDate, unitNames: [UUID: String],
        t: Localizer
    ) -> [XLSXWorkbook.Cell] {
        let extra: [XLSXWorkbook.Cell] = Self.tail(row).map { .text($0) }
        let cells: [XLSXWorkbook.Cell] = [
            .text(row.task.ma ?? ""), .text(document?.notation ?? ""), .text(document.map { VNFormat.date($0.issuedDate) } ?? ""),
            .text(row.task.content), .text(unitNames[row.task.assignerID] ?? ""), .text(unitNames[row.task.leadUnitID] ?? ""),
            .text(VNFormat.date(row.task.assignedDate)), .text(row.snapshot.deadline.map(VNFormat.date) ?? ""),
            .text(status(row, t)), .text(row.snapshot.completedOn.map(VNFormat.date) ?? ""),
            row.snapshot.daysLate.map { .number(Double($0)) } ?? .empty, .text(VNFormat.date(asOf)),
        ]
        return cells + extra
    }
}
