import DieuHanhCore
import Fluent
import Vapor

extension StatsPage {
    /// The task statistics for the filters of `q` as `scope` may see them (today as the default cut-off), with the
    /// breakdowns by lead unit, assigner and leader. Filters that cannot be read come back as the page's errors.
    static func model(_ q: StatsController.Query, scope: AccessScope, today: CivilDate, t: Localizer, on db: Database)
        async throws -> Model
    {
        let units = try await UnitDirectory.all(on: db)
        var model = Model(query: q, units: units)
        do {
            let filter = try await TaskStatsFilter.parse(
                asOf: q.as_of, assigner: q.assigner, leadUnit: q.lead_unit, from: q.from,
                to: q.to, today: today, scope: scope,
                on: db, t: t)
            model.asOf = filter.asOf
            model.stats = try await TaskStatistics.json(filter, on: db)
            for dimension in TaskStatistics.Dimension.allCases {
                model.breakdowns[dimension] = try await TaskStatistics.breakdown(filter, by: dimension, on: db)
            }
            let leaders = try await UserAccount.query(on: db).filter(\.$role == Role.leader.rawValue).all()
            model.leaderNames = Dictionary(uniqueKeysWithValues: leaders.map { ($0.id!.uuidString, $0.fullName) })
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        return model
    }
}
