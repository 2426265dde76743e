import Fluent
import SQLKit

/// The steps waiting on someone (a completion to confirm, an extension to decide, a result returned) are found by
/// their kind: without this index every inbox and every page's "Việc cần làm" count would read all task events.
struct CreateTaskEventKindIndex: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.createIndex(on: "task_events", "kind", "task_id", "recorded_on")
    }

    func revert(on database: Database) async throws {
        try await (database as! SQLDatabase).drop(index: "idx_task_events_kind_task_id_recorded_on").run()
    }
}
