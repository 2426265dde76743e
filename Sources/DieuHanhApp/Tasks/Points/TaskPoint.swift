import DieuHanhCore
import Fluent
import Foundation

/// A point addressed to many lead units (DOMAIN §10): the shared text; each unit's task is a `TaskPointMember`.
final class TaskPoint: Model, @unchecked Sendable {
    static let schema = "task_points"

    @ID(key: .id) var id: UUID?
    /// The CSV row's `ma`; the tasks' are this + "/" + the unit's code. Nil for a point entered in the form.
    @OptionalField(key: "ma") var ma: String?
    @Field(key: "document_id") var documentID: UUID
    @Field(key: "content") var content: String
    /// The units as chosen, in `LeadUnitSelection.text`'s form: "@department; SNV".
    @Field(key: "addressees") var addressees: String
    @Field(key: "assigned_on") var assignedOn: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(ma: String?, documentID: UUID, content: String, selection: LeadUnitSelection, assignedOn: CivilDate) {
        self.ma = ma
        self.documentID = documentID
        self.content = content
        self.addressees = selection.text
        self.assignedOn = assignedOn.iso
    }

    var selection: LeadUnitSelection? { try? LeadUnitSelection.parse(addressees).get() }
}

/// One unit's task under a point.
final class TaskPointMember: Model, @unchecked Sendable {
    static let schema = "task_point_members"

    @ID(key: .id) var id: UUID?
    @Field(key: "point_id") var pointID: UUID
    @Field(key: "task_id") var taskID: UUID

    init() {}

    init(pointID: UUID, taskID: UUID) {
        self.pointID = pointID
        self.taskID = taskID
    }
}
