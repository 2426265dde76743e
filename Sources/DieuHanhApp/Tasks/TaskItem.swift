import DieuHanhCore
import Fluent
import Foundation

/// A task (nhiệm vụ, DOMAIN §3). Named TaskItem so it never shadows Swift's `Task`. Its life is the list of
/// `TaskEventRecord`s; nothing here is overwritten by a lifecycle step except the current lead unit (reassign)
/// and the version used to detect concurrent edits.
package final class TaskItem: Model, @unchecked Sendable {
    package static let schema = "tasks"

    @ID(key: .id) package var id: UUID?
    /// External id (`ma` in CSV imports); unique when present.
    @OptionalField(key: "ma") var ma: String?
    @Field(key: "document_id") var documentID: UUID
    @Field(key: "content") var content: String
    @Field(key: "search_text") var searchText: String
    @Field(key: "assigner_id") var assignerID: UUID
    @Field(key: "lead_unit_id") var leadUnitID: UUID
    @OptionalField(key: "leader_id") var leaderID: UUID?
    @OptionalField(key: "domain") var domain: String?
    @Field(key: "assigned_on") var assignedOn: String
    @OptionalField(key: "deadline") var deadline: String?
    /// Set on sub-tasks made by delegation.
    @OptionalField(key: "parent_id") var parentID: UUID?
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    func setContent(_ text: String, notation: String) {
        content = text
        searchText = VietnameseText.fold(notation + " " + text + " " + (ma ?? ""))
    }

    struct Snapshot: Codable, Equatable {
        var ma: String?
        var documentID: UUID
        var content: String
        var assignerID: UUID
        var leadUnitID: UUID
        var leaderID: UUID?
        var domain: String?
        var assignedOn: String
        var deadline: String?
        var parentID: UUID?
    }

}

/// A coordinating unit (đơn vị phối hợp) of a task.
package final class TaskCoordinator: Model, @unchecked Sendable {
    package static let schema = "task_coordinators"

    @ID(key: .id) package var id: UUID?
    @Field(key: "task_id") var taskID: UUID
    @Field(key: "unit_id") var unitID: UUID

    package init() {}

    init(taskID: UUID, unitID: UUID) {
        self.taskID = taskID
        self.unitID = unitID
    }
}

/// One dated step in a task's life, never changed after it is written.
package final class TaskEventRecord: Model, @unchecked Sendable {
    package static let schema = "task_events"

    @ID(key: .id) package var id: UUID?
    @Field(key: "task_id") var taskID: UUID
    /// `TaskEvent.Kind` raw value.
    @Field(key: "kind") var kind: String
    /// The day it was entered (Vietnam time); "as of D" counts only what was entered by D.
    @Field(key: "recorded_on") var recordedOn: String
    /// The day it took effect: the completion date reported, the decision date… (DOMAIN §3).
    @Field(key: "effective_on") var effectiveOn: String
    @OptionalField(key: "new_deadline") var newDeadline: String?
    /// For an explanation request: the day the answer is due.
    @OptionalField(key: "answer_due") var answerDue: String?
    @OptionalField(key: "percent") var percent: Int?
    @Field(key: "note") var note: String
    /// For reassignment: the new lead unit.
    @OptionalField(key: "unit_id") var unitID: UUID?
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    var coreEvent: TaskEvent? {
        guard let kind = TaskEvent.Kind(rawValue: kind), let recorded = CivilDate.parse(recordedOn),
            let effective = CivilDate.parse(effectiveOn)
        else { return nil }
        return TaskEvent(
            kind: kind, recordedOn: recorded, effectiveOn: effective,
            newDeadline: newDeadline.flatMap(CivilDate.parse))
    }
}
