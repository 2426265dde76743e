import DieuHanhCore
import DieuHanhOffice
import Foundation

/// The task list as CSV (UTF-8 with a BOM so Excel opens Vietnamese text correctly) or XLSX (real date text and
/// number cells, Vietnamese headers).
enum TaskExport {
    static func header(_ t: Localizer) -> [String] {
        ["ma", t(T.fieldDocument), t(T.fieldIssuedOn), t(T.fieldContent), t(T.fieldAssigner),
                               t(T.fieldLeadUnit), t(T.fieldAssignedOn), t(T.fieldDeadline), t(T.fieldStatus),
                               t(T.exportCompletedOn), t(T.exportDaysLate), t(T.fieldAsOf)]
    }

    static func csv(_ result: TaskQuery.Result, unitNames: [UUID: String], t: Localizer) -> String {
        var out = CSVWriter.bom + CSVWriter.line(header(t))
        for row in result.page.items {
            let document = result.documents[row.task.documentID]
            out += CSVWriter.line([
                row.task.ma ?? "", document?.notation ?? "", document.map { VNFormat.date($0.issuedDate) } ?? "",
                row.task.content, unitNames[row.task.assignerID] ?? "", unitNames[row.task.leadUnitID] ?? "",
                VNFormat.date(row.task.assignedDate), row.snapshot.deadline.map(VNFormat.date) ?? "",
                Labels.bucket(row.snapshot.bucket, t), row.snapshot.completedOn.map(VNFormat.date) ?? "",
                row.snapshot.daysLate.map(String.init) ?? "", VNFormat.date(result.asOf),
            ])
        }
        return out
    }

    static func xlsx(_ result: TaskQuery.Result, unitNames: [UUID: String], t: Localizer) throws -> Data {
        var rows: [[XLSXWorkbook.Cell]] = [header(t).map { .text($0) }]
        for row in result.page.items {
            let document = result.documents[row.task.documentID]
            rows.append([
                .text(row.task.ma ?? ""), .text(document?.notation ?? ""), .text(document.map { VNFormat.date($0.issuedDate) } ?? ""),
                .text(row.task.content), .text(unitNames[row.task.assignerID] ?? ""), .text(unitNames[row.task.leadUnitID] ?? ""),
                .text(VNFormat.date(row.task.assignedDate)), .text(row.snapshot.deadline.map(VNFormat.date) ?? ""),
                .text(Labels.bucket(row.snapshot.bucket, t)), .text(row.snapshot.completedOn.map(VNFormat.date) ?? ""),
                row.snapshot.daysLate.map { .number(Double($0)) } ?? .empty, .text(VNFormat.date(result.asOf)),
            ])
        }
        let sheet = XLSXWorkbook.Sheet(name: t(T.tasksTitle), columnWidths: [12, 16, 12, 60, 24, 28, 12, 12, 26, 12, 10, 12],
                                       rows: rows)
        return try XLSXWriter.data(XLSXWorkbook(sheets: [sheet]))
    }
}
