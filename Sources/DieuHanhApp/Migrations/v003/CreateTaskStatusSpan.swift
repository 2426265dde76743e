import DieuHanhCore
import Fluent
import SQLKit

/// The status index for statistics (filled from the tasks already recorded by `DerivedStatistics`).
///
/// Statistics count top-level tasks only, so the indexes for them are partial: top-level spans only. SQLite and
/// PostgreSQL use a partial index only for a query whose WHERE clause states the index's condition; the
/// conditions are defined here once and `TaskStatistics` states them with these same expressions. Each index
/// thus serves the queries it was made for, and a filtered query never picks a narrow index it would have to
/// complete with a table read per span (measured with `dieuhanh bench`, 1.000.000 tasks).
struct CreateTaskStatusSpan: AsyncMigration {
    /// Buckets whose spans mostly last to the end (completed tasks, tasks without deadline): found by the day
    /// they start, the walk touches about the spans holding on D.
    static let openEnded: [TaskBucket] = [.completedOnTime, .completedLate, .pendingNoDeadline]
    /// Buckets whose spans are short (pending until completed or overdue): found by the day they end.
    static let shortLived: [TaskBucket] = [.pendingWithinDeadline, .pendingOverdue]

    static var topLevel: any SQLExpression { SQLBinaryExpression(SQLColumn("top_level"), .equal, SQLLiteral.boolean(true)) }

    static func buckets(_ buckets: [TaskBucket]) -> any SQLExpression {
        SQLBinaryExpression(SQLColumn("bucket"), .in, SQLGroupExpression(buckets.map { SQLLiteral.string($0.rawValue) }))
    }

    /// True of every span (it ends after it starts). Only the unfiltered count of documents states it, so only
    /// that query walks the document index.
    static var documentsIndexCondition: any SQLExpression {
        SQLBinaryExpression(SQLColumn("until_day"), .greaterThan, SQLColumn("from_day"))
    }

    func prepare(on database: Database) async throws {
        try await database.schema("task_status_spans")
            .id()
            .field("task_id", .uuid, .required)
            .field("from_day", .int, .required)
            .field("until_day", .int, .required)
            .field("bucket", .string, .required)
            .field("deadline_day", .int)
            .field("late_days", .int)
            .field("document_id", .uuid, .required)
            .field("assigner_id", .uuid, .required)
            .field("lead_unit_id", .uuid, .required)
            .field("leader_id", .uuid)
            .field("domain", .string)
            .field("assigned_on", .string, .required)
            .field("top_level", .bool, .required)
            .create()
        // Refreshing a task's spans.
        try await database.createIndex(on: "task_status_spans", "task_id")
        let sql = database as! SQLDatabase
        func index(_ name: String, _ columns: [String], where conditions: [any SQLExpression]) async throws {
            try await Self.createPartialIndex(name, columns, where: conditions, on: sql)
        }
        // Unfiltered counts by bucket, one index per bucket group (see `openEnded`, `shortLived`); replaced by the
        // running totals and dropped in v008 (CreateTaskStatsTotals).
        try await Self.createBucketGroupIndexes(on: sql)
        // Unfiltered count of documents: read in document order, the distinct count needs no temporary B-tree.
        // Since v008, the documents' coverage (TaskStatsTotals) is recomputed through it.
        try await index(
            "documents", ["document_id", "until_day", "from_day"], where: [Self.topLevel, Self.documentsIndexCondition])
        // Lead-unit filters (a unit's subtree, a user's scope) and the breakdown by lead unit; covering.
        try await index(
            "lead_unit",
            [
                "lead_unit_id", "bucket", "until_day", "from_day", "document_id", "assigned_on",
                "deadline_day", "late_days",
            ], where: [Self.topLevel])
        // Assigned-date filters (a period, the review report's year), with any assigner or lead unit; covering.
        try await index(
            "assigned_on",
            [
                "assigned_on", "lead_unit_id", "assigner_id", "bucket", "until_day", "from_day",
                "document_id", "deadline_day", "late_days",
            ], where: [Self.topLevel])
        // Filled from the tasks already recorded after migrating (DerivedStatistics), not here: a migration gives the
        // same schema whatever later code does.
    }

    static func createPartialIndex(
        _ name: String, _ columns: [String], where conditions: [any SQLExpression],
        on sql: SQLDatabase
    ) async throws {
        var index = SQLCreateIndex(name: SQLIdentifier("idx_\("task_status_spans")_\(name)"))
        index.table = SQLIdentifier("task_status_spans")
        index.columns = columns.map { SQLIdentifier($0) }
        index.predicate = conditions.dropFirst().reduce(conditions[0]) { SQLBinaryExpression($0, .and, $1) }
        try await sql.execute(sql: index) { _ in }
    }

    static let bucketGroupIndexes = ["idx_task_status_spans_open_ended", "idx_task_status_spans_short_lived"]

    static func createBucketGroupIndexes(on sql: SQLDatabase) async throws {
        try await createPartialIndex(
            "open_ended", ["bucket", "from_day", "until_day"], where: [topLevel, buckets(openEnded)], on: sql)
        try await createPartialIndex(
            "short_lived", ["bucket", "until_day", "from_day"], where: [topLevel, buckets(shortLived)], on: sql)
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_status_spans").delete()
    }
}
