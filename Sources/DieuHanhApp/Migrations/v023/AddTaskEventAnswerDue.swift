import Fluent

/// Explanations (giải trình, DOMAIN §11): a leader's request to explain a delay says by when the lead unit must
/// answer. The day is the request's own, not a deadline of the task, so it is not `new_deadline` (which the status
/// rule reads). Null for every other step.
struct AddTaskEventAnswerDue: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("task_events").field("answer_due", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("task_events").deleteField("answer_due").update()
    }
}
