import DieuHanhCore
import Fluent
import Vapor

extension IndicatorEntryPage {
    /// The entry grid of `period` in `year`: the indicators `user` (within `scope`) may enter, each with the figure in
    /// force today, and the form as typed.
    static func model(
        year: Int, period: IndicatorPeriod, form: IndicatorEntryForm, errors: [FieldError], user: UserAccount,
        scope: AccessScope, today: CivilDate, on db: Database
    ) async throws -> Model {
        let units = try await OrgUnit.query(on: db).all()
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let rows = try await IndicatorQuery.rows(year: year, asOf: today, on: db)
            .filter { IndicatorAccess.mayEnter(user, responsibleUnitID: $0.plan.responsibleUnitID, scope: scope, units: byID) }
        let lines = rows.map { row in
            Line(
                row: row, current: IndicatorEvaluation.periodValues(row.facts.actuals, year: period.year, asOf: today)[period]
            )
        }
        var years = try await IndicatorQuery.years(on: db)
        if !years.contains(year) { years.insert(year, at: 0) }
        return Model(
            year: year, years: years, period: period, form: form, lines: lines, errors: errors,
            unitName: user.userRole == .unitOfficer ? user.unitID.flatMap { byID[$0]?.name } : nil,
            unitNames: byID.mapValues(\.name))
    }
}
