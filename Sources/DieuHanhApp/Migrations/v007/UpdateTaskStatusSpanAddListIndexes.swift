import Fluent
import SQLKit

/// Indexes for the task list (`TaskQuery`), which reads every task's span holding on D, sub-tasks included, so the
/// statistics' partial (top-level) indexes do not serve it: by lead unit (a unit's subtree, a user's scope) and by
/// assigner, each with the bucket and the span's days so that a page of a unit's overdue tasks is found in the index.
struct UpdateTaskStatusSpanAddListIndexes: AsyncMigration {
    static let names = ["idx_task_status_spans_list_lead_unit", "idx_task_status_spans_list_assigner"]

    func prepare(on database: Database) async throws {
        let sql = database as! SQLDatabase
        try await sql.create(index: Self.names[0]).on("task_status_spans")
            .column("lead_unit_id").column("bucket").column("until_day").column("from_day").column("deadline_day").run()
        try await sql.create(index: Self.names[1]).on("task_status_spans")
            .column("assigner_id").column("until_day").column("from_day").run()
    }

    func revert(on database: Database) async throws {
        let sql = database as! SQLDatabase
        for name in Self.names { try await sql.drop(index: name).run() }
    }
}
