import DieuHanhCore
import Fluent
import Foundation
import SQLKit

/// One explanation asked of a task's lead unit and the answer, if given (DOMAIN §11). Both are ordinary steps of the
/// task (`explanation_requested`, `explanation_given`); this pairs them, in the order they were recorded.
struct TaskExplanation {
    let request: TaskEventRecord
    let answer: TaskEventRecord?

    var answerDue: CivilDate? { request.answerDue.flatMap(CivilDate.parse) }

    /// Not answered and its day has passed as of `today`.
    func isLate(asOf today: CivilDate) -> Bool {
        guard answer == nil, let due = answerDue else { return false }
        return due < today
    }

    /// The task's explanations from its steps in recording order: an answer closes the request before it.
    static func pairs(_ records: [TaskEventRecord]) -> [TaskExplanation] {
        var result: [TaskExplanation] = []
        var open: TaskEventRecord?
        for record in records {
            switch TaskEvent.Kind(rawValue: record.kind) {
            case .explanationRequested: open = record
            case .explanationGiven:
                if let request = open { result.append(.init(request: request, answer: record)) }
                open = nil
            default: continue
            }
        }
        if let open { result.append(.init(request: open, answer: nil)) }
        return result
    }
}

extension TaskExplanation {
    /// The tasks an explanation was asked about by the end of `date` (the list's "Yêu cầu giải trình" filter).
    static func taskIDs(asOf date: CivilDate, on db: Database) async throws -> [UUID] {
        try await (db as! SQLDatabase).select().distinct().column("task_id").from(TaskEventRecord.schema)
            .where("kind", .equal, SQLBind(TaskEvent.Kind.explanationRequested.rawValue))
            .where("recorded_on", .lessThanOrEqual, SQLBind(date.iso))
            .all().map { try $0.decode(column: "task_id", as: UUID.self) }
    }

    /// For each lead unit, how many of its tasks assigned between `from` and `to` had an explanation asked by the
    /// end of `asOf`: the emulation ranking's column, which opens the same tasks in the list.
    static func askedByLeadUnit(assignedFrom from: CivilDate, to: CivilDate, asOf: CivilDate, on db: Database)
        async throws -> [UUID: Int]
    {
        let rows = try await (db as! SQLDatabase).select()
            .column(SQLColumn("lead_unit_id", table: "t"))
            .column(SQLFunction("COUNT", args: SQLDistinct(SQLColumn("task_id", table: "e"))), as: "asked")
            .from(SQLAlias(SQLIdentifier(TaskEventRecord.schema), as: SQLIdentifier("e")))
            .join(
                SQLAlias(SQLIdentifier(TaskItem.schema), as: SQLIdentifier("t")), method: SQLJoinMethod.inner,
                on: SQLColumn("id", table: "t"), .equal, SQLColumn("task_id", table: "e")
            )
            .where(SQLColumn("kind", table: "e"), .equal, SQLBind(TaskEvent.Kind.explanationRequested.rawValue))
            .where(SQLColumn("recorded_on", table: "e"), .lessThanOrEqual, SQLBind(asOf.iso))
            .where(SQLColumn("assigned_on", table: "t"), .greaterThanOrEqual, SQLBind(from.iso))
            .where(SQLColumn("assigned_on", table: "t"), .lessThanOrEqual, SQLBind(to.iso))
            .groupBy(SQLColumn("lead_unit_id", table: "t"))
            .all()
        var counts: [UUID: Int] = [:]
        for row in rows {
            counts[try row.decode(column: "lead_unit_id", as: UUID.self)] = try row.decode(column: "asked", as: Int.self)
        }
        return counts
    }
}

extension TaskExplanation {
    /// The answer day of each task's latest explanation request (whether still open is the caller's rule to say).
    static func latestAnswerDue(of taskIDs: [UUID], on db: Database) async throws -> [UUID: CivilDate] {
        var due: [UUID: CivilDate] = [:]
        for start in stride(from: 0, to: taskIDs.count, by: 500) {
            let chunk = Array(taskIDs[start..<min(start + 500, taskIDs.count)])
            let rows = try await TaskEventRecord.query(on: db).filter(\.$taskID ~~ chunk)
                .filter(\.$kind == TaskEvent.Kind.explanationRequested.rawValue).sort(\.$recordedOn).sort(\.$createdAt).all()
            for row in rows { due[row.taskID] = row.answerDue.flatMap(CivilDate.parse) }
        }
        return due
    }
}
