import DieuHanhCore
import Fluent
import Foundation
import SQLKit

/// Reads the events of many tasks in a few queries and turns each task into Core's plain `TaskFacts`.
enum TaskFactsLoader {
    /// Events by task, in recording order (`created_at`, then id), for the given tasks.
    static func events(for taskIDs: [UUID], on db: Database) async throws -> [UUID: [TaskEventRecord]] {
        var result: [UUID: [TaskEventRecord]] = [:]
        // Chunks keep the IN list well under the databases' parameter limits.
        for start in stride(from: 0, to: taskIDs.count, by: 500) {
            let chunk = Array(taskIDs[start..<min(start + 500, taskIDs.count)])
            let rows = try await TaskEventRecord.query(on: db).filter(\.$taskID ~~ chunk).all()
            for row in rows { result[row.taskID, default: []].append(row) }
        }
        for key in result.keys {
            result[key]!.sort { ($0.recordedOn, $0.createdAt ?? .distantPast) < ($1.recordedOn, $1.createdAt ?? .distantPast) }
        }
        return result
    }

    /// Core's events by task, in recording order, read as plain rows: what evaluating many tasks needs (the list,
    /// the status index, the review report), without decoding every event as a model (measured: a tenth of a
    /// list request, most of a report's time).
    static func coreEvents(for taskIDs: [UUID], on db: Database) async throws -> [UUID: [TaskEvent]] {
        var result: [UUID: [TaskEvent]] = [:]
        for start in stride(from: 0, to: taskIDs.count, by: 500) {
            let chunk: [any Encodable & Sendable] = Array(taskIDs[start..<min(start + 500, taskIDs.count)])
            let query: SQLQueryString = """
                SELECT task_id, kind, recorded_on, effective_on, new_deadline FROM \(ident: TaskEventRecord.schema)
                WHERE task_id IN (\(binds: chunk)) ORDER BY recorded_on, created_at, id
                """
            for row in try await PlainRow.all(query, on: db) {
                guard let kind = TaskEvent.Kind(rawValue: try row.string(1)),
                    let recorded = CivilDate.parse(try row.string(2)),
                    let effective = CivilDate.parse(try row.string(3))
                else { continue }
                let newDeadline = try row.optionalString(4).flatMap(CivilDate.parse)
                result[try row.uuid(0), default: []].append(
                    TaskEvent(kind: kind, recordedOn: recorded, effectiveOn: effective, newDeadline: newDeadline))
            }
        }
        return result
    }

    static func facts(_ task: some TaskFields, coreEvents: [TaskEvent]) -> TaskFacts {
        TaskFacts(assignedOn: task.assignedDate, originalDeadline: task.deadlineDate, events: coreEvents)
    }

    static func facts(_ task: some TaskFields, events: [TaskEventRecord]) -> TaskFacts {
        TaskFacts(
            assignedOn: task.assignedDate, originalDeadline: task.deadlineDate,
            events: events.compactMap(\.coreEvent))
    }
}
