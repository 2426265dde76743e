import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// Keeps `task_status_spans` (and the running totals derived from it, `TaskStatsTotals`) in step with tasks and
/// events. Every writer of tasks or events calls `refresh` in its transaction, so the index is never seen out of date.
package enum TaskStatusIndex {
    /// `until_day` of a span without an end.
    static let openEnd = 99_999_999

    /// Recomputes the spans of these tasks from their rows and events.
    package static func refresh(_ taskIDs: [UUID], on db: Database) async throws {
        let sql = db as! SQLDatabase
        var totals = TaskStatsTotals.Changes()
        var documents = Set<UUID>()
        for start in stride(from: 0, to: taskIDs.count, by: 500) {
            let chunk = Array(taskIDs[start..<min(start + 500, taskIDs.count)])
            // The running totals lose the old top-level spans and gain the new ones.
            let old = try await sql.select().column("bucket").column("from_day").column("until_day").column("document_id")
                .from(TaskStatusSpanRecord.schema).where("task_id", .in, chunk).where(CreateTaskStatusSpan.topLevel).all()
            for row in old {
                totals.add(
                    try row.decode(column: "bucket", as: String.self),
                    .init(
                        from: try row.decode(column: "from_day", as: Int.self),
                        until: try row.decode(column: "until_day", as: Int.self)),
                    sign: -1)
                documents.insert(try row.decode(column: "document_id", as: UUID.self))
            }
            try await sql.delete(from: TaskStatusSpanRecord.schema).where("task_id", .in, chunk).run()
            // Plain rows: Fluent's reflection over each model was a tenth of an import.
            let tasks = Array(try await TaskItem.shown(chunk, on: db).values)
            let events = try await TaskFactsLoader.coreEvents(for: chunk, on: db)
            for (span, task) in try await insertSpans(tasks, events: events, on: sql) where task.topLevel {
                totals.add(
                    span.bucket.rawValue, .init(from: span.from.dayNumber, until: span.until?.dayNumber ?? openEnd), sign: 1)
                documents.insert(task.documentID)
            }
        }
        try await TaskStatsTotals.refreshDocuments(documents, into: &totals, on: sql)
        try await TaskStatsTotals.apply(totals, on: sql)
    }

    /// Rebuilds the whole index and its running totals (`dieuhanh stats rebuild`).
    static func rebuildAll(on db: Database) async throws {
        try await rebuildSpans(on: db)
        try await TaskStatsTotals.rebuild(on: db)
    }

    /// Rebuilds the spans alone (the v003 migration, before the running totals existed).
    static func rebuildSpans(on db: Database) async throws {
        let sql = db as! SQLDatabase
        try await sql.delete(from: TaskStatusSpanRecord.schema).run()
        var lastID: UUID?
        while true {
            let query = TaskItem.query(on: db).sort(\.$id).limit(500)
            if let lastID { query.filter(\.$id > lastID) }
            let tasks = try await query.all()
            guard let last = tasks.last else { break }
            let events = try await TaskFactsLoader.coreEvents(for: tasks.compactMap(\.id), on: db)
            try await insertSpans(tasks, events: events, on: sql)
            lastID = last.id
        }
    }

    package static let columns = [
        "id", "task_id", "from_day", "until_day", "bucket", "deadline_day", "late_days", "document_id",
        "assigner_id", "lead_unit_id", "leader_id", "domain", "assigned_on", "top_level", "completed_day",
    ]

    /// What a span row copies from its task (the filter columns), as plain values.
    package struct SpanTask {
        var id: UUID
        var documentID: UUID
        var assignerID: UUID
        var leadUnitID: UUID
        var leaderID: UUID?
        var domain: String?
        var assignedOn: String
        var topLevel: Bool

        package init(
            id: UUID, documentID: UUID, assignerID: UUID, leadUnitID: UUID, leaderID: UUID?, domain: String?,
            assignedOn: String, topLevel: Bool
        ) {
            (self.id, self.documentID, self.assignerID, self.leadUnitID) = (id, documentID, assignerID, leadUnitID)
            (self.leaderID, self.domain, self.assignedOn, self.topLevel) = (leaderID, domain, assignedOn, topLevel)
        }
    }

    /// The one place a span becomes a row, in `columns` order (also used by the benchmark's data generator).
    package static func row(_ span: TaskStatusSpan, of task: SpanTask, id: UUID) -> [any SQLExpression] {
        [
            SQLBind(id), SQLBind(task.id), SQLBind(span.from.dayNumber), SQLBind(span.until?.dayNumber ?? openEnd),
            SQLBind(span.bucket.rawValue), SQLBind(span.deadline?.dayNumber),
            SQLBind(span.snapshot(asOf: span.from).daysLate.flatMap { span.bucket == .completedLate ? $0 : nil }),
            SQLBind(task.documentID), SQLBind(task.assignerID), SQLBind(task.leadUnitID), SQLBind(task.leaderID),
            SQLBind(task.domain), SQLBind(task.assignedOn), SQLBind(task.topLevel), SQLBind(span.completedOn?.dayNumber),
        ]
    }

    /// Writes the spans of these tasks and returns them with what they copy from their task.
    @discardableResult
    private static func insertSpans(
        _ tasks: [some TaskFields], events: [UUID: [TaskEvent]],
        on sql: SQLDatabase
    ) async throws -> [(TaskStatusSpan, SpanTask)] {
        var rows: [[any SQLExpression]] = []
        var written: [(TaskStatusSpan, SpanTask)] = []
        for task in tasks {
            let source = SpanTask(
                id: task.id!, documentID: task.documentID, assignerID: task.assignerID,
                leadUnitID: task.leadUnitID, leaderID: task.leaderID, domain: task.domain,
                assignedOn: task.assignedOn, topLevel: task.parentID == nil)
            for span in TaskStatus.timeline(TaskFactsLoader.facts(task, coreEvents: events[task.id!] ?? [])) {
                rows.append(row(span, of: source, id: TimeOrderedID.next()))
                written.append((span, source))
            }
        }
        try await insert(rows, into: TaskStatusSpanRecord.schema, columns: columns, on: sql)
        return written
    }

    /// Multi-row inserts of `rowsPerStatement` rows. 60 rows of 14 binds stay under SQLite's and PostgreSQL's
    /// parameter limits with room to spare; bulk writers (the benchmark generator) pass more.
    package static func insert(
        _ rows: [[any SQLExpression]], into table: String, columns: [String], rowsPerStatement: Int = 60,
        on sql: SQLDatabase
    ) async throws {
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            var insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<min(start + rowsPerStatement, rows.count)] { insert = insert.values(row) }
            try await insert.run()
        }
    }
}
