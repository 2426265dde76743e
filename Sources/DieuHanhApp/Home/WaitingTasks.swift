import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// The tasks a step may be waiting on: those whose latest step of one kind has not been answered by a later step
/// that closes it (an extension request not yet decided, a completion not yet confirmed or returned, a returned
/// result not yet reported again). Read by kind through its index, so the queues never load every task.
///
/// Steps recorded on the same day as their answer are kept as candidates: the caller judges each candidate with the
/// Core rule (`TaskLifecycleState`), so this narrows the tasks to read and never decides alone.
enum WaitingTasks {
    enum Waiting {
        case extensionDecision, completionConfirmation, resubmission, explanation

        var kind: TaskEvent.Kind {
            switch self {
            case .extensionDecision: .extensionRequested
            case .completionConfirmation: .completionReported
            case .resubmission: .completionReturned
            case .explanation: .explanationRequested
            }
        }

        /// The steps that answer it.
        var answers: [TaskEvent.Kind] {
            switch self {
            case .extensionDecision: [.extensionApproved, .extensionRefused, .cancelled]
            case .completionConfirmation: [.completionConfirmed, .completionReturned, .cancelled]
            case .resubmission: [.completionReported, .cancelled]
            case .explanation: [.explanationGiven, .cancelled]
            }
        }
    }

    /// The candidate tasks for `waiting` among those led by `scope`'s units (every task when unrestricted).
    static func candidates(_ waiting: Waiting, scope: AccessScope, on db: Database) async throws -> [UUID] {
        if let ids = scope.unitIDs, ids.isEmpty { return [] }
        let sql = db as! SQLDatabase
        let answered = SQLRaw(
            "NOT EXISTS (SELECT 1 FROM \(TaskEventRecord.schema) f WHERE f.task_id = e.task_id AND f.kind IN ("
                + waiting.answers.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                + ") AND f.recorded_on > e.recorded_on)")
        let select = sql.select().distinct().column(SQLColumn("task_id", table: "e"))
            .from(SQLAlias(SQLIdentifier(TaskEventRecord.schema), as: SQLIdentifier("e")))
            .where(SQLColumn("kind", table: "e"), .equal, SQLBind(waiting.kind.rawValue))
            .where(answered)
        if let ids = scope.unitIDs {
            select.join(
                SQLAlias(SQLIdentifier(TaskItem.schema), as: SQLIdentifier("t")), method: SQLJoinMethod.inner,
                on: SQLColumn("id", table: "t"), .equal, SQLColumn("task_id", table: "e")
            )
            .where(SQLColumn("lead_unit_id", table: "t"), .in, SQLBind.group(Array(ids)))
        }
        return try await select.all().map { try $0.decode(column: "task_id", as: UUID.self) }
    }
}
