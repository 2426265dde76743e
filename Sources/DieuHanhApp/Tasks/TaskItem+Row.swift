import DieuHanhCore
import Fluent
import Foundation
import SQLKit

extension TaskItem {
    /// Every column, as the model's keys name them.
    package static let columns = [
        "id", "ma", "document_id", "content", "search_text", "assigner_id", "lead_unit_id", "leader_id",
        "domain", "assigned_on", "deadline", "parent_id", "version", "created_at",
    ]

    /// The tasks of `ids` read as plain rows, by id.
    static func shown(_ ids: [UUID], on db: Database) async throws -> [UUID: ShownTask] {
        try await plainRows(ids, from: schema, columns: columns, on: db) { try ShownTask($0) }
    }
}

/// What a task's readers need of it, whether the model (to save) or a row read to show (`ShownTask`).
protocol TaskFields {
    var id: UUID? { get }
    var ma: String? { get }
    var documentID: UUID { get }
    var content: String { get }
    var assignerID: UUID { get }
    var leadUnitID: UUID { get }
    var leaderID: UUID? { get }
    var domain: String? { get }
    var assignedOn: String { get }
    var deadline: String? { get }
    var parentID: UUID? { get }
    var version: Int { get }
}

extension TaskFields {
    var assignedDate: CivilDate { CivilDate.parse(assignedOn)! }
    var deadlineDate: CivilDate? { deadline.flatMap(CivilDate.parse) }
    /// The units a task's JSON names by code: its assigner and its lead unit.
    var unitIDs: [UUID] { [assignerID, leadUnitID] }

    /// What the audit log records of a task before and after a change.
    var snapshot: TaskItem.Snapshot {
        TaskItem.Snapshot(
            ma: ma, documentID: documentID, content: content, assignerID: assignerID, leadUnitID: leadUnitID,
            leaderID: leaderID, domain: domain, assignedOn: assignedOn, deadline: deadline, parentID: parentID)
    }
}

extension TaskItem: TaskFields {}

/// A task read to show or export, never to save: a plain value with the model's fields. Fluent builds a model by
/// making an object per property (and decodes one by walking them through reflection), which was a fifth of a list
/// request and most of an export (BENCHMARKS.md). `TaskItemRowTests` checks it reads what Fluent reads.
struct ShownTask: TaskFields, Sendable {
    var id: UUID?
    var ma: String?
    var documentID: UUID
    var content: String
    var searchText: String
    var assignerID: UUID
    var leadUnitID: UUID
    var leaderID: UUID?
    var domain: String?
    var assignedOn: String
    var deadline: String?
    var parentID: UUID?
    var version: Int
    var createdAt: Date?

    /// A row selected with `TaskItem.columns`, read by position.
    init(_ row: PlainRow) throws {
        id = try row.uuid(0)
        ma = try row.optionalString(1)
        documentID = try row.uuid(2)
        content = try row.string(3)
        searchText = try row.string(4)
        assignerID = try row.uuid(5)
        leadUnitID = try row.uuid(6)
        leaderID = try row.optionalUUID(7)
        domain = try row.optionalString(8)
        assignedOn = try row.string(9)
        deadline = try row.optionalString(10)
        parentID = try row.optionalUUID(11)
        version = try row.int(12)
        createdAt = try row.optionalDate(13)
    }

    /// The fields of a model as they stand (a task built in memory, as the view tests do).
    init(_ task: TaskItem) {
        (id, ma, documentID, content, searchText) = (task.id, task.ma, task.documentID, task.content, task.searchText)
        (assignerID, leadUnitID, leaderID, domain) = (task.assignerID, task.leadUnitID, task.leaderID, task.domain)
        (assignedOn, deadline, parentID) = (task.assignedOn, task.deadline, task.parentID)
        (version, createdAt) = (task.version, task.createdAt)
    }
}

/// Rows of `table` whose id is in `ids` (500 at a time, under the parameter limits), each made by `make` from a row
/// of `columns` read by position (the first column is the id), by id.
func plainRows<Row>(
    _ ids: [UUID], from table: String, columns: [String], on db: Database,
    _ make: (PlainRow) throws -> Row
) async throws -> [UUID: Row] {
    let ids = Array(Set(ids))
    var result: [UUID: Row] = [:]
    result.reserveCapacity(ids.count)
    for start in stride(from: 0, to: ids.count, by: 500) {
        let chunk: [any Encodable & Sendable] = Array(ids[start..<min(start + 500, ids.count)])
        let query: SQLQueryString =
            "SELECT \(idents: columns, joinedBy: ", ") FROM \(ident: table) WHERE id IN (\(binds: chunk))"
        for row in try await PlainRow.all(query, on: db) { result[try row.uuid(0)] = try make(row) }
    }
    return result
}

/// Rows for multi-row inserts that bypass Fluent's per-model reflection (an import of 100.000 tasks spent half its
/// time there). Each list follows its `columns`; the caller sets the ids and `createdAt`.
extension TaskItem {
    var insertValues: [any SQLExpression] {
        [
            SQLBind(id!), SQLBind(ma), SQLBind(documentID), SQLBind(content), SQLBind(searchText), SQLBind(assignerID),
            SQLBind(leadUnitID), SQLBind(leaderID), SQLBind(domain), SQLBind(assignedOn), SQLBind(deadline), SQLBind(parentID),
            SQLBind(version), SQLBind(createdAt!),
        ]
    }
}

extension TaskEventRecord {
    package static let columns = [
        "id", "task_id", "kind", "recorded_on", "effective_on", "new_deadline", "percent", "note",
        "unit_id", "actor_id", "actor_name", "created_at",
    ]

    var insertValues: [any SQLExpression] {
        [
            SQLBind(id!), SQLBind(taskID), SQLBind(kind), SQLBind(recordedOn), SQLBind(effectiveOn), SQLBind(newDeadline),
            SQLBind(percent), SQLBind(note), SQLBind(unitID), SQLBind(actorID), SQLBind(actorName), SQLBind(createdAt!),
        ]
    }
}

extension TaskCoordinator {
    static let columns = ["id", "task_id", "unit_id"]

    var insertValues: [any SQLExpression] { [SQLBind(id!), SQLBind(taskID), SQLBind(unitID)] }
}
