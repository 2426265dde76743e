import DieuHanhCore
import Fluent
import Vapor

extension IndicatorPage {
    /// An indicator's page for `year` (the current year's plan, else the latest) as of `asOf` (today by default):
    /// its plan, its figures and status, and whether `user` may enter its actuals or manage it. Also the plan shown,
    /// which the forms on the page write to.
    static func model(
        _ indicator: Indicator, year: Int?, asOf: CivilDate?, user: UserAccount?, scope: AccessScope, today: CivilDate,
        on db: Database
    ) async throws -> (Model, IndicatorPlan) {
        let plans = try await IndicatorPlan.query(on: db).filter(\.$indicatorID == indicator.id!).all()
        let years = plans.map(\.year).sorted(by: >)
        let chosen =
            year.flatMap { y in plans.first { $0.year == y } }
            ?? plans.first { $0.year == today.year } ?? plans.max { $0.year < $1.year }
        guard let plan = chosen else { throw Abort(.notFound) }
        let asOf = asOf ?? today
        guard let row = try await IndicatorQuery.rows(plans: [plan], asOf: asOf, on: db).first else { throw Abort(.notFound) }
        let units = try await OrgUnit.query(on: db).all()
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        var canEnter = false
        if let user, IndicatorAccess.canEnterActuals(user.userRole) {
            canEnter = IndicatorAccess.mayEnter(
                user, responsibleUnitID: plan.responsibleUnitID, scope: scope, units: byID)
        }
        var model = Model(
            row: row, years: years, unitNames: byID.mapValues(\.name), canEnter: canEnter,
            canManage: IndicatorAccess.canManage(user?.userRole))
        model.actorNames = try await UserDirectory.fullNames(
            of: row.actuals.compactMap(\.actorID) + row.revisions.compactMap(\.actorID), on: db)
        model.multiYear = try await IndicatorMultiYearQuery.rows(indicatorID: indicator.id!, asOf: asOf, on: db)
        model.actualForm.period = IndicatorLabels.defaultPeriod(year: plan.year, today: today).code
        model.components = try await IndicatorQuery.components(of: indicator, year: plan.year, asOf: asOf, on: db)
        model.sumCheck = IndicatorQuery.sumCheck(row, components: model.components)
        if let parentID = indicator.parentID { model.parent = try await Indicator.find(parentID, on: db) }
        return (model, plan)
    }
}
