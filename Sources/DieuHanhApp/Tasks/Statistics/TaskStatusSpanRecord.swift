import Fluent
import Foundation

/// One span of a task's status history (`TaskStatus.timeline`), with the task's filter columns copied in so
/// statistics as of any date are one indexed query: the spans that contain D, grouped by bucket.
/// Derived data: rebuilt from tasks and events whenever they change (`TaskStatusIndex`).
package final class TaskStatusSpanRecord: Model, @unchecked Sendable {
    package static let schema = "task_status_spans"

    @ID(key: .id) package var id: UUID?
    @Field(key: "task_id") var taskID: UUID
    /// `CivilDate.dayNumber` of the first day of the span.
    @Field(key: "from_day") var fromDay: Int
    /// First day after the span; `TaskStatusIndex.openEnd` when it has no end.
    @Field(key: "until_day") var untilDay: Int
    @Field(key: "bucket") var bucket: String
    /// `deadline(D)` over the span, as a day number; nil without a deadline.
    @OptionalField(key: "deadline_day") var deadlineDay: Int?
    /// Days late of a task completed late (constant over the span); overdue tasks' days late depend on D.
    @OptionalField(key: "late_days") var lateDays: Int?
    /// The completion date over a completed span, as a day number (what an export shows without the task's events).
    @OptionalField(key: "completed_day") var completedDay: Int?
    @Field(key: "document_id") var documentID: UUID
    @Field(key: "assigner_id") var assignerID: UUID
    @Field(key: "lead_unit_id") var leadUnitID: UUID
    @OptionalField(key: "leader_id") var leaderID: UUID?
    @OptionalField(key: "domain") var domain: String?
    @Field(key: "assigned_on") var assignedOn: String
    /// False for sub-tasks: statistics count a delegated task once, through its parent.
    @Field(key: "top_level") var topLevel: Bool

    package init() {}
}
