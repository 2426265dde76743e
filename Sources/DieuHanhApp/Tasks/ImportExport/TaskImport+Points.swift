import DieuHanhCore
import Fluent
import Foundation

/// Rows whose `don_vi_chu_tri` names many units (DOMAIN §10, CONTRACT): each becomes one row per unit, `ma` the
/// row's `ma` + "/" + the unit's code, the other columns the same; a unit that is also named to coordinate only
/// leads its own task. The point that joins them is written after the tasks (`TaskPointService.link`).
extension TaskImport {
    /// A row split for many units, with the codes of its units in order.
    struct PointRow {
        let row: Row
        let codes: [String]
    }

    static func expand(_ rows: [Row], units: [String: UUID], on db: Database) async throws -> ([Row], [PointRow]) {
        guard rows.contains(where: { !$0.leads.isSingleUnit }) else { return (rows, []) }
        let directory = try await TaskPointDirectory.load(on: db)
        var expanded: [Row] = []
        var points: [PointRow] = []
        for row in rows {
            guard !row.leads.isSingleUnit else {
                expanded.append(row)
                continue
            }
            switch directory.resolve(row.leads, assigner: units[row.assigner], assignedOn: row.assignedOn) {
            case .failure(.unknownCode(let code)):
                throw CSVError(line: row.line, message: "không có đơn vị mã “\(code)”")
            case .failure(.noProvince):
                throw CSVError(line: row.line, message: "không xác định được tỉnh của cơ quan giao để chọn đơn vị theo loại")
            case .failure(.noUnits):
                throw CSVError(
                    line: row.line, message: "không có đơn vị nào thuộc “\(row.lead)” hoạt động vào ngày giao")
            case .success(let found):
                let codes = found.map(\.code)
                points.append(PointRow(row: row, codes: codes))
                expanded += codes.map { row.forUnit($0) }
            }
        }
        return (expanded, points)
    }
}

extension TaskImport.Row {
    /// `don_vi_chu_tri` read (checked by `read`): one code, or many units that `expand` turns into a row each.
    var leads: LeadUnitSelection {
        (try? LeadUnitSelection.parse(lead).get()) ?? LeadUnitSelection([.unit(lead)])
    }

    /// The external id of this row's task for one of its units.
    func taskID(_ code: String) -> String { LeadUnitSelection.taskID(point: ma, unit: code) }

    /// This row for one unit of its many.
    func forUnit(_ code: String) -> TaskImport.Row {
        TaskImport.Row(
            line: line, ma: taskID(code), notation: notation, documentDate: documentDate, summary: summary,
            assigner: assigner, content: content, lead: code,
            coordinators: coordinators.filter { $0 != code }, assignedOn: assignedOn, deadline: deadline,
            extendedDeadline: extendedDeadline, extensionApprovedOn: extensionApprovedOn, completedOn: completedOn,
            cancelledOn: cancelledOn, focal: focal, priority: priority)
    }
}
