import DieuHanhCore
import Fluent
import Vapor

extension IndicatorPlansPage {
    struct Filter: Content, Sendable {
        var plan: String?
        var from: String?
        var to: String?
        var as_of: String?
    }

    /// The period the filter asks for (`plan=2021-2025`, or `from` and `to`; by default the period running today,
    /// else the latest) as of its cut-off (today by default). A filter that cannot be read comes back as the page's
    /// errors.
    static func model(_ filter: Filter, role: Role?, today: CivilDate, t: Localizer, on db: Database) async throws -> Model {
        var model = Model(
            period: try await IndicatorMultiYearQuery.defaultPeriod(today: today, on: db), asOf: today,
            asOfText: filter.as_of, periods: try await IndicatorMultiYearQuery.periods(on: db),
            canManage: IndicatorAccess.canManage(role))
        do {
            let parsed = try IndicatorMultiYearQuery.parse(
                plan: filter.plan, from: filter.from, to: filter.to, asOf: filter.as_of, today: today, t: t)
            model.period = parsed.period ?? model.period
            model.asOf = parsed.asOf
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
            return model
        }
        if let period = model.period {
            model.rows = try await IndicatorMultiYearQuery.rows(period: period, asOf: model.asOf, on: db)
            let yearly = try await IndicatorPlan.query(on: db).filter(\.$indicatorID ~~ model.rows.map(\.indicator.id!))
                .field(\.$indicatorID).all()
            model.withPage = Set(yearly.map(\.indicatorID))
            model.unitNames = Dictionary(
                uniqueKeysWithValues: try await UnitDirectory.all(on: db).map { ($0.id!, $0.name) })
        }
        return model
    }
}
