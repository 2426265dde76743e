import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// Reads and changes the focal marking of tasks. The task page, the API and the CSV import all change it here, so
/// who may and what is audited is decided once.
enum TaskFocusService {
    /// The marking of each of `ids` (unmarked tasks are left out).
    static func focus(of ids: [UUID], on db: Database) async throws -> [UUID: TaskFocus] {
        var result: [UUID: TaskFocus] = [:]
        let ids = Array(Set(ids))
        for start in stride(from: 0, to: ids.count, by: 500) {
            // Plain rows read by position: a list page asks for the focus of every task it shows.
            let chunk: [any Encodable & Sendable] = Array(ids[start..<min(start + 500, ids.count)])
            let query: SQLQueryString =
                "SELECT task_id, focal, priority FROM \(ident: TaskFocusRecord.schema) WHERE task_id IN (\(binds: chunk))"
            for row in try await PlainRow.all(query, on: db) {
                result[try row.uuid(0)] = TaskFocus(
                    focal: try row.bool(1), priority: try row.optionalString(2).flatMap(TaskPriority.init(rawValue:)))
            }
        }
        return result
    }

    /// Reads the form or API fields: `focal` (`1`, `true`, `on` or `x` mark it) and `priority` (a `TaskPriority`
    /// code or its words; empty for none). An unknown priority is an error that quotes what was sent.
    static func read(focal: String?, priority: String?, t: Localizer) -> (TaskFocus, [FieldError]) {
        let marked = ["1", "true", "on", "x"].contains((focal ?? "").trimmingCharacters(in: .whitespaces).lowercased())
        guard let parsed = TaskPriority.parse(priority ?? "") else {
            return (TaskFocus(focal: marked), [.init(field: "priority", message: t(T.focusPriorityInvalid, priority ?? ""))])
        }
        return (TaskFocus(focal: marked, priority: parsed), [])
    }

    /// Sets the marking of `task` as `user` asks, in the caller's transaction, and audits the change. Returns
    /// whether anything changed: the same marking again writes nothing.
    @discardableResult
    static func set(
        _ focus: TaskFocus, on task: TaskItem, user: UserAccount, now: Date, on db: Database, t: Localizer
    ) async throws -> Bool {
        guard TaskFocus.mayChange(user.userRole) else {
            throw AppError(.forbidden, code: "forbidden", message: t(T.errForbidden))
        }
        return try await write(focus, taskID: task.id!, actor: AuditActor(user), now: now, summary: task.content, on: db)
    }

    /// Writes the marking without asking who: for the CSV import, which the command line and the office run.
    static func write(
        _ focus: TaskFocus, taskID: UUID, actor: AuditActor, now: Date, summary: String, on db: Database
    ) async throws -> Bool {
        let row = try await TaskFocusRecord.query(on: db).filter(\.$taskID == taskID).first()
        let before = row?.focus ?? .none
        guard before != focus else { return false }
        if focus == .none {
            try await row?.delete(on: db)
        } else {
            let record = row ?? TaskFocusRecord()
            record.taskID = taskID
            record.focal = focus.focal
            record.priority = focus.priority?.rawValue
            try await record.save(on: db)
        }
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "focus", entity: "task", entityID: taskID,
            summary: String(summary.prefix(200)), before: before, after: focus)
        return true
    }

    /// `s.task_id` is a focal task: the list's `focal=1` filter, in SQL.
    static var focalCondition: any SQLExpression {
        SQLRaw("s.task_id IN (SELECT f.task_id FROM \(TaskFocusRecord.schema) f WHERE f.focal = true)")
    }

    /// The list's priority order in SQL: focal tasks first, then high to low priority, unmarked last.
    static var orderKey: any SQLExpression {
        let ranks = TaskPriority.allCases.map { "WHEN '\($0.rawValue)' THEN \(TaskPriority.rank($0))" }.joined(separator: " ")
        let none = TaskPriority.rank(nil)
        return SQLRaw(
            "COALESCE((SELECT (CASE WHEN f.focal = true THEN 0 ELSE \(none + 1) END) + "
                + "(CASE f.priority \(ranks) ELSE \(none) END) FROM \(TaskFocusRecord.schema) f "
                + "WHERE f.task_id = s.task_id), \(2 * none + 1))")
    }
}
