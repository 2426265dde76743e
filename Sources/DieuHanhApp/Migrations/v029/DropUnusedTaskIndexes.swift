import Fluent
import SQLKit

/// Drops the indexes of `tasks` that no query uses any more (issue 19): every list, count and export filters by
/// assigner, leader and deadline through the status index (`task_status_spans`), and each index cost an insertion
/// at a random place for every new task (an import of 100.000 rows into 1.000.000). Checked by reading every query
/// of `tasks` and with SQLite's EXPLAIN QUERY PLAN (BENCHMARKS.md, "Round two — imports"). Kept: `ma`,
/// `document_id` (a document's tasks), `parent_id` (a task's sub-tasks), `assigned_on` (the earliest year, the
/// explanations by lead unit) and `lead_unit_id` (the home page's waiting tasks of a province: 0,5 s with it,
/// 3,6 s without at 200.000 tasks).
struct DropUnusedTaskIndexes: AsyncMigration {
    static let columns = ["assigner_id", "leader_id", "deadline"]

    func prepare(on database: Database) async throws {
        let sql = database as! SQLDatabase
        for column in Self.columns { try await sql.drop(index: "idx_tasks_\(column)").run() }
    }

    func revert(on database: Database) async throws {
        for column in Self.columns { try await database.createIndex(on: "tasks", column) }
    }
}
