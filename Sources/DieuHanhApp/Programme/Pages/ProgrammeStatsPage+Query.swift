import DieuHanhCore
import Fluent
import Vapor

extension ProgrammeStatsPage {
    /// The programme's statistics per unit for the period and cut-off asked for, as `scope` may see them. Values
    /// that cannot be read come back as the page's errors, with no figures.
    static func model(_ q: Query, scope: AccessScope, today: CivilDate, t: Localizer, on db: Database) async throws -> Model {
        let units = try await UnitDirectory.all(on: db)
        var model = Model(query: q, units: units.filter { scope.allows($0.id) })
        do {
            let filter = try await ProgrammeStatsFilter.parse(
                from: q.from, to: q.to, period: q.period, asOf: q.as_of,
                leadUnit: q.lead_unit, today: today, scope: scope, on: db, t: t)
            model.result = try await ProgrammeStatistics.run(filter, on: db)
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        return model
    }
}
