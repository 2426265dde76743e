import Fluent
import Foundation
import SQLKit

extension TaskItem {
    /// Every column, as the model's keys name them.
    package static let columns = [
        "id", "ma", "document_id", "content", "search_text", "assigner_id", "lead_unit_id", "leader_id",
        "domain", "assigned_on", "deadline", "parent_id", "version", "created_at",
    ]

    /// A task read from a plain row (selected with `columns`), to show or export, never to save: Fluent decodes a
    /// model by walking its properties through reflection, which was a fifth of a list request and most of an export
    /// (BENCHMARKS.md). `TaskItemRowTests` checks it reads what Fluent reads.
    convenience init(shownFrom row: any SQLRow) throws {
        self.init()
        id = try row.decode(column: "id", as: UUID.self)
        ma = try row.decode(column: "ma", as: String?.self)
        documentID = try row.decode(column: "document_id", as: UUID.self)
        content = try row.decode(column: "content", as: String.self)
        searchText = try row.decode(column: "search_text", as: String.self)
        assignerID = try row.decode(column: "assigner_id", as: UUID.self)
        leadUnitID = try row.decode(column: "lead_unit_id", as: UUID.self)
        leaderID = try row.decode(column: "leader_id", as: UUID?.self)
        domain = try row.decode(column: "domain", as: String?.self)
        assignedOn = try row.decode(column: "assigned_on", as: String.self)
        deadline = try row.decode(column: "deadline", as: String?.self)
        parentID = try row.decode(column: "parent_id", as: UUID?.self)
        version = try row.decode(column: "version", as: Int.self)
        createdAt = try row.decode(column: "created_at", as: Date?.self)
    }

    /// The tasks of `ids` read as plain rows, by id.
    static func shown(_ ids: [UUID], on db: Database) async throws -> [UUID: TaskItem] {
        try await plainRows(ids, from: schema, columns: columns, on: db) { try TaskItem(shownFrom: $0) }
    }
}

/// Rows of `table` whose id is in `ids` (500 at a time, under the parameter limits), each made by `make`, by id.
func plainRows<Row>(
    _ ids: [UUID], from table: String, columns: [String], on db: Database,
    _ make: (any SQLRow) throws -> Row
) async throws -> [UUID: Row] {
    let sql = db as! SQLDatabase
    let ids = Array(Set(ids))
    var result: [UUID: Row] = [:]
    for start in stride(from: 0, to: ids.count, by: 500) {
        let rows = try await sql.select().columns(columns.map { SQLColumn($0) }).from(table)
            .where("id", .in, SQLBind.group(Array(ids[start..<min(start + 500, ids.count)]))).all()
        for row in rows { result[try row.decode(column: "id", as: UUID.self)] = try make(row) }
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
