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
    private static func status(_ line: Line, _ t: Localizer) -> String {
        line.cancellation == nil ? Labels.bucket(line.snapshot.bucket, t) : t(T.statusCancelled)
    }

    /// The last four columns, the same in both formats: focal (`x`, as the import reads it), priority, and the
    /// cancellation's date and reason.
    private static func tail(_ line: Line) -> [String] {
        [
            line.focus.focal ? "x" : "", line.focus.priority?.label ?? "", line.cancellation.map { VNFormat.date($0.on) } ?? "",
            line.cancellation?.reason ?? "",
        ]
    }

    /// Every column but the days late as text, in the header's order: the one place both formats take them from.
    static func texts(_ line: Line, asOf: CivilDate, t: Localizer) -> (head: [String], daysLate: Int?, rest: [String]) {
        let head = [
            line.ma ?? "", line.document, line.issuedOn.map(VNFormat.date) ?? "", line.content, line.assigner, line.leadUnit,
            line.assignedOn.map(VNFormat.date) ?? "", line.snapshot.deadline.map(VNFormat.date) ?? "", status(line, t),
            line.snapshot.completedOn.map(VNFormat.date) ?? "",
        ]
        return (head, line.snapshot.daysLate, [VNFormat.date(asOf)] + tail(line))
    }

    /// The CSV of every task the filter keeps, written to `url` a thousand tasks at a time (see `lines`).
    static func csv(
        _ filter: TaskQuery.Filter, scope: AccessScope, today: CivilDate, to url: URL, on db: Database, t: Localizer
    ) async throws -> CivilDate {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let file = try FileHandle(forWritingTo: url)
        defer { try? file.close() }
        try file.write(contentsOf: Data((CSVWriter.bom + CSVWriter.line(header(t))).utf8))
        return try await lines(filter, scope: scope, today: today, on: db, t: t) { asOf, lines in
            var out = ""
            for line in lines {
                let (head, daysLate, rest) = texts(line, asOf: asOf, t: t)
                out += CSVWriter.line(head + [daysLate.map(String.init) ?? ""] + rest)
            }
            try file.write(contentsOf: Data(out.utf8))
        }
    }

    static let xlsxColumnWidths: [Double] = [12, 16, 12, 60, 24, 28, 12, 12, 26, 12, 10, 12, 10, 12, 12, 30]

    /// The sheet without its rows: a dozen columns print on landscape A4, the header on every page, numbered.
    static func xlsxSheet(_ t: Localizer) -> XLSXWorkbook.Sheet {
        XLSXWorkbook.Sheet(
            name: t(T.tasksTitle), columnWidths: xlsxColumnWidths, rows: [],
            page: XLSXPageSetup(orientation: .landscape, footer: t(T.exportPageFooter)))
    }

    /// The workbook of every task the filter keeps, written to `url` a thousand tasks at a time (see `lines`).
    static func xlsx(
        _ filter: TaskQuery.Filter, scope: AccessScope, today: CivilDate, to url: URL, on db: Database, t: Localizer
    ) async throws -> CivilDate {
        let sheet = try XLSXSheetStream(xlsxSheet(t), columnCount: header(t).count)
        try sheet.append(header(t).map { .text($0) })
        let asOf = try await lines(filter, scope: scope, today: today, on: db, t: t) { asOf, lines in
            for line in lines {
                let (head, daysLate, rest) = texts(line, asOf: asOf, t: t)
                try sheet.append(
                    head.map { .text($0) } + [daysLate.map { .number(Double($0)) } ?? .empty] + rest.map { .text($0) })
            }
        }
        try sheet.finish(to: url)
        return asOf
    }
}
