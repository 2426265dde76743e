import DieuHanhCore
import Fluent
import Foundation

/// The office's marking of one task: focal (trọng tâm) and its priority (`TaskFocus`). Tasks without a row are
/// unmarked.
final class TaskFocusRecord: Model, @unchecked Sendable {
    static let schema = "task_focus"

    @ID(key: .id) var id: UUID?
    @Field(key: "task_id") var taskID: UUID
    @Field(key: "focal") var focal: Bool
    /// `TaskPriority` raw value.
    @OptionalField(key: "priority") var priority: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var focus: TaskFocus { TaskFocus(focal: focal, priority: priority.flatMap(TaskPriority.init(rawValue:))) }
}
