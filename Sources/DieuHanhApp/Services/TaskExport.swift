import DieuHanhCore
import Foundation

/// The task list as CSV: UTF-8 with a BOM so Excel opens Vietnamese text correctly.
enum TaskExport {
    static func csv(_ result: TaskQuery.Result, unitNames: [UUID: String], t: Localizer) -> String {
        var out = CSVWriter.bom
        out += CSVWriter.line(["ma", t(T.fieldDocument), t(T.fieldIssuedOn), t(T.fieldContent), t(T.fieldAssigner),
                               t(T.fieldLeadUnit), t(T.fieldAssignedOn), t(T.fieldDeadline), t(T.fieldStatus),
                               "completed_on", "days_late", t(T.fieldAsOf)])
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
}
