import DieuHanhCore
import Fluent
import Vapor

extension ProgrammeDuePage {
    /// The page's address: the month, the cut-off, the lead unit, the page.
    struct Query: Content {
        var month: String?
        var as_of: String?
        var lead_unit: String?
        var page: Int?
    }

    /// What is due in the month asked for (this month by default), unit by unit, as `scope` may see it, a page of
    /// `per` items at a time. Values that cannot be read come back as the page's errors, with no rows.
    static func model(
        _ q: Query, scope: AccessScope, today: CivilDate, per: Int, t: Localizer, on db: Database
    ) async throws -> Model {
        var errors: [FieldError] = []
        var asOf = today
        if !q.as_of.trimmed.isEmpty {
            if let date = CivilDate.parse(q.as_of.trimmed) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t.dateError(q.as_of.trimmed)))
            }
        }
        var month = CivilMonth(asOf)
        if !q.month.trimmed.isEmpty {
            if let parsed = CivilMonth.parse(q.month.trimmed) {
                month = parsed
            } else {
                errors.append(.init(field: "month", message: t(T.programmeMonthFormat)))
            }
        }
        let leadUnits = try await ProgrammeQuery.unitSubtree(q.lead_unit, on: db, errors: &errors, t: t)
        let units = try await UnitDirectory.all(on: db)
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let page = PageWindow(page: q.page ?? 1, per: per).page
        var rows: [ProgrammeQuery.Row] = []
        if errors.isEmpty {
            let all = try await ProgrammeQuery.rows(
                years: (month.year - 1)...month.year, asOf: asOf, scope: scope,
                leadUnitIDs: leadUnits, on: db)
            rows = ProgrammeBoard.due(all, month: month, unitNames: unitNames)
        }
        let slice = Array(PageWindow(page: page, per: per).slice(rows))
        return Model(
            month: month, asOf: asOf, monthText: q.month.trimmed.isEmpty ? month.label : q.month.trimmed,
            leadUnit: q.lead_unit.trimmed,
            units: units.filter { scope.allows($0.id) }, unitNames: unitNames,
            page: ResultPage(items: slice, total: rows.count, page: page, per: per), errors: errors)
    }
}
