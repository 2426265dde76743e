import DieuHanhCore
import Fluent
import Foundation

/// Points addressed to many units in the entry form and the documents API: a row whose lead is a selection becomes
/// one draft per unit (same row index, so problems are named for the row), and after the tasks are created the
/// point joins them.
enum TaskPointEntry {
    /// A row that became a point: its index, the text, the selection and the day it is assigned.
    struct Point {
        let index: Int
        /// The row's external id (API), the point's; its tasks' are this + "/" + the unit's code.
        let ma: String?
        let content: String
        let selection: LeadUnitSelection
        let assignedOn: CivilDate
    }

    static func expand(
        _ tasks: [(index: Int, draft: TaskDraft)], documentDate: CivilDate, on db: Database, t: Localizer,
        fieldName: TaskEntry.FieldNamer
    ) async throws -> ([(index: Int, draft: TaskDraft)], [Point], [FieldError]) {
        guard tasks.contains(where: { $0.draft.manyLeads != nil }) else { return (tasks, [], []) }
        let directory = try await TaskPointDirectory.load(on: db)
        var expanded: [(index: Int, draft: TaskDraft)] = []
        var points: [Point] = []
        var errors: [FieldError] = []
        for (index, draft) in tasks {
            guard let selection = draft.manyLeads else {
                expanded.append((index, draft))
                continue
            }
            let assignedOn = draft.assignedOn ?? documentDate
            let field = fieldName(index, "lead_unit_id")
            switch directory.resolve(selection, assigner: draft.assignerID, assignedOn: assignedOn) {
            case .failure(.unknownCode(let code)): errors.append(.init(field: field, message: t(T.taskUnitUnknown, code)))
            case .failure(.noProvince): errors.append(.init(field: field, message: t(T.pointNoProvince)))
            case .failure(.noUnits): errors.append(.init(field: field, message: t(T.pointNoUnits)))
            case .success(let units):
                points.append(
                    Point(index: index, ma: draft.ma, content: draft.content, selection: selection, assignedOn: assignedOn))
                for unit in units {
                    var one = draft
                    one.manyLeads = nil
                    one.leadUnitID = unit.id
                    one.coordinatorIDs.removeAll { $0 == unit.id }
                    one.ma = draft.ma.map { LeadUnitSelection.taskID(point: $0, unit: unit.code) }
                    expanded.append((index, one))
                }
            }
        }
        return (expanded, points, errors)
    }

    /// Joins each point's tasks (`created` in the order of `rows`, the expanded drafts' row indices).
    static func link(_ points: [Point], created: [TaskItem], rows: [Int], document: Document, on db: Database) async throws {
        for point in points {
            let ids = zip(rows, created).filter { $0.0 == point.index }.compactMap { $0.1.id }
            try await TaskPointService.link(
                ma: point.ma, document: document, content: point.content, selection: point.selection,
                assignedOn: point.assignedOn, taskIDs: ids, on: db)
        }
    }
}
