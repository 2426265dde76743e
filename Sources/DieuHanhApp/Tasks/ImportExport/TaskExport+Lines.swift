import DieuHanhCore
import Fluent
import Foundation
import SQLKit

extension TaskExport {
    /// One task as an export writes it: the task's columns, its document's, its units' names and its status as of D.
    struct Line: Sendable {
        var id: UUID
        var ma: String?
        var document: String
        var issuedOn: CivilDate?
        var content: String
        var assigner: String
        var leadUnit: String
        var assignedOn: CivilDate?
        var snapshot: TaskSnapshot
        var focus: TaskFocus = .none
        var cancellation: TaskQuery.Cancellation? = nil
    }

    /// Every task the filter keeps, in the list's order, handed to `write` a thousand at a time (a national export runs
    /// to hundreds of thousands of rows, never held whole). Returns the cut-off day.
    ///
    /// The status columns come from the status index: the span holding on D gives the bucket, the deadline and the
    /// completion date, and Core's `TaskStatusSpan.snapshot(asOf:)` the days late, exactly as `TaskStatus.evaluate`
    /// over the task's events would (the index is written from that rule; `TaskExportTests` checks the two agree).
    /// Reading and replaying every task's events was most of an export's time (BENCHMARKS.md). Tasks with no span on
    /// D (the cancelled list) are evaluated by the rule itself, as the list does.
    static func lines(
        _ filter: TaskQuery.Filter, scope: AccessScope, today: CivilDate, on db: Database, t: Localizer,
        write: (CivilDate, [Line]) throws -> Void
    ) async throws -> CivilDate {
        let selection = try await TaskQuery.select(filter, scope: scope, today: today, per: Int.max / 4, on: db, t: t)
        var names: [UUID: String] = [:]
        for start in stride(from: 0, to: selection.ids.count, by: 1_000) {
            let ids = Array(selection.ids[start..<min(start + 1_000, selection.ids.count)])
            let indexed = try await spanRows(ids, asOf: selection.asOf, on: db)
            let others = ids.filter { indexed[$0] == nil }
            let evaluated = try await TaskQuery.evaluate(others, asOf: selection.asOf, on: db)
            let rows = Dictionary(evaluated.map { ($0.task.id!, SpanRow($0)) }, uniquingKeysWith: { a, _ in a })
                .merging(indexed) { a, _ in a }
            let missing = Set(rows.values.flatMap { [$0.assignerID, $0.leadUnitID] }).subtracting(names.keys)
            names.merge(try await UnitDirectory.names(of: missing, on: db)) { a, _ in a }
            let documents = try await documentRows(Set(rows.values.map(\.documentID)), on: db)
            let focus = try await TaskFocusService.focus(of: ids, on: db)
            try write(
                selection.asOf,
                ids.compactMap { id in
                    guard let row = rows[id] else { return nil }
                    let document = documents[row.documentID]
                    return Line(
                        id: id, ma: row.ma, document: document?.notation ?? "", issuedOn: document?.issuedOn,
                        content: row.content,
                        assigner: names[row.assignerID] ?? "", leadUnit: names[row.leadUnitID] ?? "",
                        assignedOn: CivilDate.parse(row.assignedOn), snapshot: row.snapshot(asOf: selection.asOf),
                        focus: focus[id] ?? .none, cancellation: row.cancellation)
                })
        }
        return selection.asOf
    }

    /// What an export reads of a task and of its status on D.
    private struct SpanRow {
        var ma: String?
        var documentID: UUID
        var content: String
        var assignerID: UUID
        var leadUnitID: UUID
        var assignedOn: String
        /// The span holding on D (its `until` left open: only D matters), or the rule's snapshot.
        var span: TaskStatusSpan?
        var evaluated: TaskSnapshot?
        var cancellation: TaskQuery.Cancellation?

        init(_ row: TaskQuery.Row) {
            (ma, documentID, content) = (row.task.ma, row.task.documentID, row.task.content)
            (assignerID, leadUnitID, assignedOn) = (row.task.assignerID, row.task.leadUnitID, row.task.assignedOn)
            (evaluated, cancellation) = (row.snapshot, row.cancellation)
        }

        /// Decoded by position (`spanColumns`), the columns' names never looked up.
        init?(_ row: PlainRow) throws {
            guard let bucket = TaskBucket(rawValue: try row.string(7)) else { return nil }
            (ma, documentID, content) = (try row.optionalString(1), try row.uuid(2), try row.string(3))
            (assignerID, leadUnitID, assignedOn) = (try row.uuid(4), try row.uuid(5), try row.string(6))
            span = TaskStatusSpan(
                from: CivilDate(dayNumber: try row.int(8)), until: nil, bucket: bucket,
                deadline: try row.optionalInt(9).map(CivilDate.init(dayNumber:)),
                completedOn: try row.optionalInt(10).map(CivilDate.init(dayNumber:)))
        }

        func snapshot(asOf day: CivilDate) -> TaskSnapshot {
            span?.snapshot(asOf: day) ?? evaluated ?? TaskSnapshot(bucket: .pendingNoDeadline, deadline: nil)
        }
    }

    private static let spanColumns =
        "t.id, t.ma, t.document_id, t.content, t.assigner_id, t.lead_unit_id, t.assigned_on, s.bucket, s.from_day, "
        + "s.deadline_day, s.completed_day"

    /// The tasks of `ids` with their span holding on D, by task.
    private static func spanRows(_ ids: [UUID], asOf day: CivilDate, on db: Database) async throws -> [UUID: SpanRow] {
        guard !ids.isEmpty else { return [:] }
        let query: SQLQueryString = """
            SELECT \(unsafeRaw: spanColumns) FROM \(ident: TaskStatusSpanRecord.schema) s \
            JOIN \(ident: TaskItem.schema) t ON t.id = s.task_id \
            WHERE s.task_id IN (\(binds: ids)) AND s.from_day <= \(bind: day.dayNumber) AND s.until_day > \(bind: day.dayNumber)
            """
        var rows: [UUID: SpanRow] = [:]
        for row in try await PlainRow.all(query, on: db) {
            if let span = try SpanRow(row) { rows[try row.uuid(0)] = span }
        }
        return rows
    }

    /// The notation and date of issue of these documents, by id, as plain rows.
    private static func documentRows(_ ids: Set<UUID>, on db: Database) async throws
        -> [UUID: (notation: String, issuedOn: CivilDate?)]
    {
        let ids = Array(ids)
        var documents: [UUID: (notation: String, issuedOn: CivilDate?)] = [:]
        for start in stride(from: 0, to: ids.count, by: 1_000) {
            let chunk = Array(ids[start..<min(start + 1_000, ids.count)])
            let query: SQLQueryString = """
                SELECT id, notation, issued_on FROM \(ident: Document.schema) WHERE id IN (\(binds: chunk))
                """
            for row in try await PlainRow.all(query, on: db) {
                documents[try row.uuid(0)] = (try row.string(1), CivilDate.parse(try row.string(2)))
            }
        }
        return documents
    }
}
