import DieuHanhCore
import Fluent
import Foundation

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

    static func facts(_ task: TaskItem, events: [TaskEventRecord]) -> TaskFacts {
        TaskFacts(assignedOn: task.assignedDate, originalDeadline: task.deadlineDate,
                  events: events.compactMap(\.coreEvent))
    }
}
