import DieuHanhCore
import Fluent
import Foundation
import SQLKit

/// Running totals of the status index, for the statistics without a filter (the whole deployment).
///
/// `task_stats_daily` holds, for each bucket and each day, how many top-level spans start minus how many end that
/// day; under the key `documents`, the same for the documents' coverage (`document_status_spans`: the days on which
/// a document has at least one counted top-level task). The count as of D is the sum of the changes up to D: a few
/// thousand rows for ten years, however many tasks (at 1.000.000 tasks, walking every span holding on D took
/// hundreds of milliseconds; BENCHMARKS.md). Derived from the spans, kept in step by `TaskStatusIndex` in the same
/// transaction, rebuilt with it.
package enum TaskStatsTotals {
    static let schema = "task_stats_daily"
    static let documentSpans = "document_status_spans"
    /// The key of the documents' rows in `task_stats_daily`, beside the buckets' raw values.
    static let documentsKey = "documents"

    /// Days from `from` (counted) to `until` (not counted), as the spans store them.
    struct Interval: Hashable, Sendable {
        var from: Int
        var until: Int
    }

    /// Net changes to `task_stats_daily`, gathered in memory and written once.
    struct Changes {
        struct Key: Hashable, Comparable {
            var key: String
            var day: Int
            static func < (a: Key, b: Key) -> Bool { (a.key, a.day) < (b.key, b.day) }
        }
        private(set) var deltas: [Key: Int] = [:]

        /// Counts `interval` under `key` once more (`sign` 1) or once less (-1).
        mutating func add(_ key: String, _ interval: Interval, sign: Int) {
            deltas[Key(key: key, day: interval.from), default: 0] += sign
            if interval.until != TaskStatusIndex.openEnd { deltas[Key(key: key, day: interval.until), default: 0] -= sign }
        }
    }

    /// Counts by bucket and distinct documents as of `day`: the sums of the changes up to it.
    static func counts(asOf day: CivilDate, on db: Database) async throws -> (counts: TaskCounts, documents: Int) {
        let sql = db as! SQLDatabase
        // PostgreSQL sums bigints into numeric: cast back so both databases answer an integer.
        let rows = try await sql.select().column("bucket").column(SQLRaw("CAST(SUM(delta) AS BIGINT)"), as: "n")
            .from(schema).where("day", .lessThanOrEqual, SQLBind(day.dayNumber)).groupBy("bucket").all()
        var counts = TaskCounts()
        var documents = 0
        for row in rows {
            let key = try row.decode(column: "bucket", as: String.self)
            let n = try row.decode(column: "n", as: Int.self)
            if key == documentsKey { documents = n } else if let bucket = TaskBucket(rawValue: key) { counts[bucket] = n }
        }
        return (counts, documents)
    }

    /// Writes the changes: one upsert per 300 rows, in key order so that two PostgreSQL writers lock rows alike.
    static func apply(_ changes: Changes, on sql: SQLDatabase) async throws {
        let rows = changes.deltas.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        for start in stride(from: 0, to: rows.count, by: 300) {
            var insert = sql.insert(into: schema).columns("bucket", "day", "delta")
            for (key, delta) in rows[start..<min(start + 300, rows.count)] {
                insert = insert.values(SQLBind(key.key), SQLBind(key.day), SQLBind(delta))
            }
            try await insert.onConflict(with: ["bucket", "day"]) {
                $0.set("delta", to: SQLRaw("\(schema).delta + excluded.delta"))
            }.run()
        }
    }

    /// Recomputes the coverage of these documents from their top-level spans (already up to date), replaces
    /// their rows in `document_status_spans` and notes the change in `changes`.
    static func refreshDocuments(_ documentIDs: Set<UUID>, into changes: inout Changes, on sql: SQLDatabase) async throws {
        let ids = Array(documentIDs)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            // PostgreSQL has no writer gate (WriteGate): lock the documents so that two transactions touching tasks
            // of one document compute its coverage one after the other, each from the other's committed spans.
            if sql.dialect.name != "sqlite" {
                _ = try await sql.select().column("id").from(Document.schema).where("id", .in, SQLBind.group(chunk))
                    .orderBy("id").for(.update).all()
            }
            let spans = try await sql.select().column("document_id").column("from_day").column("until_day")
                .from(TaskStatusSpanRecord.schema).where("document_id", .in, SQLBind.group(chunk))
                .where(CreateTaskStatusSpan.topLevel).where(CreateTaskStatusSpan.documentsIndexCondition).all()
            var covered: [UUID: [Interval]] = [:]
            for row in spans {
                covered[try row.decode(column: "document_id", as: UUID.self), default: []].append(
                    Interval(
                        from: try row.decode(column: "from_day", as: Int.self),
                        until: try row.decode(column: "until_day", as: Int.self)))
            }
            let stored = try await sql.select().column("document_id").column("from_day").column("until_day")
                .from(documentSpans).where("document_id", .in, SQLBind.group(chunk)).all()
            var before: [UUID: Set<Interval>] = [:]
            for row in stored {
                before[try row.decode(column: "document_id", as: UUID.self), default: []].insert(
                    Interval(
                        from: try row.decode(column: "from_day", as: Int.self),
                        until: try row.decode(column: "until_day", as: Int.self)))
            }
            var changed: [UUID] = []
            var rows: [[any SQLExpression]] = []
            for id in chunk {
                let after = union(covered[id] ?? [])
                let old = before[id] ?? []
                guard Set(after) != old else { continue }
                changed.append(id)
                for interval in old { changes.add(documentsKey, interval, sign: -1) }
                for interval in after {
                    changes.add(documentsKey, interval, sign: 1)
                    rows.append([SQLBind(id), SQLBind(interval.from), SQLBind(interval.until)])
                }
            }
            guard !changed.isEmpty else { continue }
            try await sql.delete(from: documentSpans).where("document_id", .in, SQLBind.group(changed)).run()
            try await TaskStatusIndex.insert(
                rows, into: documentSpans, columns: ["document_id", "from_day", "until_day"], on: sql)
        }
    }

    /// The union of intervals, as disjoint intervals in order (touching ones joined).
    static func union(_ intervals: [Interval]) -> [Interval] {
        var merged: [Interval] = []
        for interval in intervals.sorted(by: { $0.from < $1.from }) {
            if let last = merged.last, interval.from <= last.until {
                merged[merged.count - 1].until = max(last.until, interval.until)
            } else {
                merged.append(interval)
            }
        }
        return merged
    }

    /// Rebuilds both tables from the status index (migration, `TaskStatusIndex.rebuildAll`, the benchmark data).
    package static func rebuild(on db: Database) async throws {
        let sql = db as! SQLDatabase
        try await sql.delete(from: schema).run()
        try await sql.delete(from: documentSpans).run()
        let spans = TaskStatusSpanRecord.schema
        // Each top-level span adds one on its first day and takes one away on the day after it, unless open-ended.
        try await sql.raw(
            """
            INSERT INTO \(unsafeRaw: schema) (bucket, day, delta)
            SELECT bucket, day, SUM(change) FROM (
              SELECT bucket, from_day AS day, 1 AS change FROM \(unsafeRaw: spans) WHERE top_level = TRUE
              UNION ALL
              SELECT bucket, until_day AS day, -1 AS change FROM \(unsafeRaw: spans)
                WHERE top_level = TRUE AND until_day <> \(unsafeRaw: String(TaskStatusIndex.openEnd))
            ) AS changes GROUP BY bucket, day
            """
        ).run()
        var changes = Changes()
        var lastID: UUID?
        while true {
            let page = sql.select().column("id").from(Document.schema).orderBy("id").limit(2_000)
            if let lastID { page.where("id", .greaterThan, SQLBind(lastID)) }
            let ids = try await page.all().map { try $0.decode(column: "id", as: UUID.self) }
            guard let last = ids.last else { break }
            try await refreshDocuments(Set(ids), into: &changes, on: sql)
            lastID = last
        }
        try await apply(changes, on: sql)
    }
}
