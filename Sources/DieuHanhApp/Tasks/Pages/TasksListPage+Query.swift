import DieuHanhCore
import Fluent
import Vapor

extension TasksListPage {
    /// The list for `filter` as someone of `role` acting within `scope` sees it on `today`: a page of `per` tasks
    /// with their units' names, and the units and leaders the filters offer. A filter the query refuses (a bad date)
    /// comes back as the page's errors, with the filters kept. The units, the calendar and the leaders come from
    /// this instance's memory (`SharedCache`); the database answers the page's own data.
    static func model(
        _ filter: TaskQuery.Filter, scope: AccessScope, role: Role?, today: CivilDate, per: Int, on req: Request,
        db: Database, t: Localizer
    ) async throws -> Model {
        // What changes rarely comes from the request's copies; the page's own rows from `db` (a replica, when the
        // request may read one).
        let catalogue = try await req.cachedUnits()
        let lookups = TaskQuery.Lookups(units: catalogue, calendar: try await req.cachedCalendar())
        let units = TaskListUnits.offered(selected: [filter.lead_unit, filter.assigner], from: catalogue)
        var model = Model(
            filter: filter, result: nil, errors: [], units: units, unitNames: [:],
            leaders: try await req.cachedLeaders(), canCreate: role?.canManageTrackingData == true, anyTasks: true)
        if let id = filter.document.flatMap(UUID.init(uuidString:)) {
            model.filterDocument = try await Document.find(id, on: db)
        }
        do {
            let result = try await TaskQuery.run(filter, scope: scope, today: today, per: per, lookups: lookups, on: db, t: t)
            model.result = result
            model.unitNames = catalogue.names(of: result.page.items.flatMap { [$0.task.leadUnitID, $0.task.assignerID] })
            // Whether there is any task at all matters only to an empty page (which then invites the first one).
            if result.page.total == 0 { model.anyTasks = try await TaskListUnits.anyTask(on: db) }
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
            model.anyTasks = try await TaskListUnits.anyTask(on: db)
        }
        return model
    }
}
