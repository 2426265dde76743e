import DieuHanhCore
import Vapor

extension MeetingPage {
    struct Model {
        var details: MeetingDetails
        var unitNames: [String]
        var notice: Document?
        /// The notice's tasks with their status today.
        /// Each task of the notice with its status as of today; `snapshot` is nil for a task cancelled or withdrawn.
        var tasks: [(task: TaskItem, snapshot: TaskSnapshot?, lead: String)]
        var canManage: Bool
    }
}
