import DieuHanhCore
import Fluent
import Vapor

extension IndicatorsListPage {
    /// The indicators of the year and cut-off `filter` asks for (the latest plan's year and today by default) with
    /// their status, and what someone of `role` may do with them. A filter that cannot be read comes back as the
    /// page's errors.
    static func model(_ filter: IndicatorQuery.Filter, role: Role?, today: CivilDate, t: Localizer, on db: Database)
        async throws -> Model
    {
        let defaultYear = try await IndicatorQuery.defaultYear(today: today, on: db)
        var model = Model(
            filter: filter, year: defaultYear, asOf: today,
            years: try await IndicatorQuery.years(on: db), units: try await UnitDirectory.all(on: db),
            canManage: IndicatorAccess.canManage(role), canEnter: IndicatorAccess.canEnterActuals(role))
        do {
            let parsed = try await IndicatorQuery.parse(filter, today: today, defaultYear: defaultYear, on: db, t: t)
            model.year = parsed.year
            model.asOf = parsed.asOf
            model.all = try await IndicatorQuery.rows(year: parsed.year, asOf: parsed.asOf, on: db)
            model.rows = try await IndicatorQuery.run(parsed, on: db)
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        return model
    }
}
