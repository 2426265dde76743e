import Fluent
import SQLKit

/// The completion date of a completed span (`completed_day`, a day number), so that an export reads a task's status
/// columns from the status index alone instead of replaying the task's events (BENCHMARKS.md). The spans are derived
/// data: they are emptied here and written again after migrating, the new column included, with this version's rule
/// (`DerivedStatistics`, which rebuilds the index when it finds it empty), so the migration depends on no later code.
struct AddTaskStatusSpanCompletedDay: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("task_status_spans").field("completed_day", .int).update()
        try await (database as! SQLDatabase).delete(from: "task_status_spans").run()
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_status_spans").deleteField("completed_day").update()
    }
}
