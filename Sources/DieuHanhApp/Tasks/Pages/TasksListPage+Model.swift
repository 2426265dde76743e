import DieuHanhCore
import Vapor

extension TasksListPage {
    struct Model {
        var filter: TaskQuery.Filter
        var result: TaskQuery.Result?
        var errors: [FieldError]
        var units: [UnitOption]
        var unitNames: [UUID: String]
        /// The document the list is filtered to, for its chip.
        var filterDocument: Document? = nil
        /// Users with the leader role, for the "leader in charge" filter.
        var leaders: [LeaderOption]
        var canCreate: Bool
        var anyTasks: Bool
    }
}
