import DieuHanhCore
import Vapor

extension TaskPage {
    struct Model {
        var task: TaskItem
        var document: Document
        var unitNames: [UUID: String]
        var coordinators: [OrgUnit]
        var leaderName: String?
        var events: [TaskEventRecord]
        /// Files of each step, by event id.
        var attachments: [UUID: [Attachment]]
        var snapshot: TaskSnapshot?
        var dueSoon: Bool
        var actions: [TaskAction]
        var openUnits: [OrgUnit]
        /// Open units below the lead unit, for delegation.
        var subUnits: [OrgUnit]
        var subTasks: [(task: TaskItem, snapshot: TaskSnapshot?)]
        /// The step whose form was just refused, with its problems and what was typed.
        var failed: RefusedStep<TaskAction>?
        /// The deadline a pending extension request asks for: what an approval grants unless the leader changes it.
        var requestedDeadline: CivilDate? = nil
        /// A completion is reported and waits for the office's confirmation: not done yet for the statistics.
        var awaitingConfirmation = false
        /// The full names of those who recorded the steps, by user id (the history names people, not accounts).
        var actorNames: [UUID: String] = [:]
        /// The days its lead unit was reminded of it (DOMAIN §11), oldest first.
        var remindedOn: [CivilDate] = []
        /// The point addressed to many units this task is one unit's share of, with how many units it has.
        var point: (id: UUID, units: Int)? = nil
        /// Focal (trọng tâm) and priority, with whether this user may change them.
        var focus: TaskFocus = .none
        var canMarkFocus = false
        /// Set when the task is cancelled as of today: its page says so in place of a status.
        var cancellation: TaskQuery.Cancellation? = nil
        /// The urging letters issued about it (DOMAIN §11), oldest first.
        var urgings: [TaskUrging] = []
        /// The explanations asked of its lead unit, with the answers, oldest first.
        var explanations: [TaskExplanation] = []
        /// The task lives on another deployment too: which side this one is, and the other's name (issue 20).
        var linked: (side: LevelSide, peer: String)? = nil
    }
}
