import DieuHanhCore
import Fluent
import Vapor

extension TasksListPage {
    /// The list for `filter` as someone of `role` acting within `scope` sees it on `today`: a page of `per` tasks
    /// with their units' names, and the units and leaders the filters offer. A filter the query refuses (a bad date)
    /// comes back as the page's errors, with the filters kept.
    static func model(
        _ filter: TaskQuery.Filter, scope: AccessScope, role: Role?, today: CivilDate, per: Int, on db: Database,
        t: Localizer
    ) async throws -> Model {
        let units = try await TaskListUnits.offered(selected: [filter.lead_unit, filter.assigner], on: db)
        var model = Model(
            filter: filter, result: nil, errors: [], units: units, unitNames: [:],
            leaders: try await UserAccount.query(on: db).filter(\.$role == Role.leader.rawValue).sort(\.$fullName).all(),
            canCreate: role?.canManageTrackingData == true,
            anyTasks: try await TaskItem.query(on: db).first() != nil)
        if let id = filter.document.flatMap(UUID.init(uuidString:)) {
            model.filterDocument = try await Document.find(id, on: db)
        }
        do {
            let result = try await TaskQuery.run(
                filter, scope: scope, today: today,
                per: per, on: db, t: t)
            model.result = result
            model.unitNames = try await TaskListUnits.names(for: result.page.items, offered: units, on: db)
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        return model
    }
}
