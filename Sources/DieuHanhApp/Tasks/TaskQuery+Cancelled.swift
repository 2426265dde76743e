import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// The list's `status=cancelled`: tasks cancelled or withdrawn as of D (DOMAIN §3), which the status index leaves
/// out (they are in no bucket, so they have no span after their cancellation).
extension TaskQuery {
    /// The `status` value of the cancelled list (CONTRACT: `GET /api/v1/tasks?status=cancelled`).
    static let cancelledStatus = "cancelled"

    /// SQL narrows to the tasks with a cancellation event at all that pass the other filters, in the list's order;
    /// the Core rule (`TaskStatus.cancelledOn`) then decides which were cancelled as of D, so the date rule is never
    /// written twice. Cancellations are few (a handful in a province's thousands of tasks), so reading their events
    /// costs little. The usual order puts the latest cancellation first.
    static func selectCancelled(
        conditions: [any SQLExpression], sort: Sort, asOf: CivilDate, page: Int?, per: Int, counts: TaskCounts,
        on db: Database
    ) async throws -> Selection {
        let sql = db as! SQLDatabase
        // The same columns under the same alias as the status index, so every filter condition applies unchanged.
        let source = SQLRaw(
            "(SELECT c.id AS task_id, c.document_id, c.assigner_id, c.lead_unit_id, c.leader_id, c.domain, c.assigned_on, "
                + "'\(cancelledStatus)' AS bucket, CAST(NULL AS INTEGER) AS deadline_day FROM \(TaskItem.schema) c "
                + "WHERE c.id IN (SELECT e.task_id FROM \(TaskEventRecord.schema) e "
                + "WHERE e.kind = '\(TaskEvent.Kind.cancelled.rawValue)'))")
        let select = sql.select().column(SQLColumn("task_id", table: "s"), as: "task_id")
            .from(SQLAlias(source, as: SQLIdentifier("s")))
            .join(
                SQLAlias(SQLIdentifier(TaskItem.schema), as: SQLIdentifier("t")), method: SQLJoinMethod.inner,
                on: SQLColumn("id", table: "t"), .equal, SQLColumn("task_id", table: "s"))
        for condition in conditions { select.where(condition) }
        order(select, by: sort)
        let candidates = try await select.all().map { try $0.decode(column: "task_id", as: UUID.self) }

        var kept: [(id: UUID, on: CivilDate, place: Int)] = []
        for start in stride(from: 0, to: candidates.count, by: 500) {
            let chunk = Array(candidates[start..<min(start + 500, candidates.count)])
            let tasks = try await TaskItem.shown(chunk, on: db)
            let events = try await TaskFactsLoader.coreEvents(for: chunk, on: db)
            for id in chunk {
                guard let task = tasks[id],
                    let on = TaskStatus.cancelledOn(TaskFactsLoader.facts(task, coreEvents: events[id] ?? []), asOf: asOf)
                else { continue }
                kept.append((id: id, on: on, place: kept.count))
            }
        }
        if sort == .urgent || sort == .status {
            kept.sort { ($1.on, $0.place) < ($0.on, $1.place) }
        }
        let window = PageWindow(page: page ?? 1, per: per)
        let ids = kept.dropFirst(min(window.offset, kept.count)).prefix(per).map(\.id)
        return Selection(ids: Array(ids), total: kept.count, page: window.page, asOf: asOf, counts: counts)
    }

    /// What a cancelled task's row shows besides its cancellation: its status on the eve of it (the deadline then in
    /// force); a task cancelled on its assigned day shows its original deadline.
    static func eveOfCancellation(_ facts: TaskFacts, task: some TaskFields, on: CivilDate) -> TaskSnapshot {
        TaskStatus.evaluate(facts, asOf: on.adding(days: -1))
            ?? TaskSnapshot(
                bucket: task.deadlineDate == nil ? .pendingNoDeadline : .pendingWithinDeadline, deadline: task.deadlineDate)
    }

    /// The note of each task's cancellation that took effect on the given day (the reason the office gave).
    static func cancelReasons(_ cancelled: [UUID: CivilDate], on db: Database) async throws -> [UUID: String] {
        var reasons: [UUID: String] = [:]
        let records = try await TaskEventRecord.query(on: db).filter(\.$taskID ~~ Array(cancelled.keys))
            .filter(\.$kind == TaskEvent.Kind.cancelled.rawValue).sort(\.$recordedOn).all()
        for record in records where reasons[record.taskID] == nil && record.effectiveOn == cancelled[record.taskID]?.iso {
            reasons[record.taskID] = record.note
        }
        return reasons
    }
}

extension TaskQuery.Cancellation {
    /// One task's cancellation as of `date`, from its loaded events (the task's page, the API's task): the Core rule's
    /// date with the note of the cancellation that took effect then.
    static func of(_ facts: TaskFacts, records: [TaskEventRecord], asOf date: CivilDate) -> Self? {
        TaskStatus.cancelledOn(facts, asOf: date).map { on in
            Self(
                on: on,
                reason: records.first { $0.kind == TaskEvent.Kind.cancelled.rawValue && $0.effectiveOn == on.iso }?.note ?? "")
        }
    }
}
