import DieuHanhCore
import Fluent
import Vapor

extension ProgrammePage {
    /// The year's board for `filter` as someone of `role` acting within `scope` sees it: the items month by month
    /// (or the period asked for) with their status as of the cut-off, and the summary above. Filters that cannot be
    /// read come back as the page's errors, with no board.
    static func model(
        _ filter: ProgrammeQuery.Filter, decisionErrors: [FieldError], scope: AccessScope, role: Role?, today: CivilDate,
        t: Localizer, on db: Database
    ) async throws -> Model {
        let year = filter.year.flatMap { (2000...2100).contains($0) ? $0 : nil } ?? today.year
        var errors: [FieldError] = []
        var range = MonthRange.year(year)!
        if let code = filter.period?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            let full = code.contains("-") ? code : "\(year)-\(code)"
            if let period = ReportPeriod(code: full), period.from.year == year {
                range = MonthRange(period)
            } else {
                errors.append(.init(field: "period", message: t(T.reviewPeriodInvalid)))
            }
        }
        var asOf = today
        if let text = filter.as_of?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let date = CivilDate.parse(text) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t.dateError(text)))
            }
        }
        var status: ProgrammeItemStatus?
        if let text = filter.status, !text.isEmpty {
            status = ProgrammeItemStatus(rawValue: text)
            if status == nil { errors.append(.init(field: "status", message: t(T.taskStatusInvalid))) }
        }
        let leadUnits = try await ProgrammeQuery.unitSubtree(filter.lead_unit, on: db, errors: &errors, t: t)
        let units = try await UnitDirectory.all(on: db)
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let programmes = try await Programme.query(on: db).sort(\.$year).all()
        let years = Array(Set(programmes.map(\.year) + [today.year, year])).sorted()
        var model = Model(
            filter: filter, year: year, range: range, asOf: asOf, programme: programmes.first { $0.year == year }, years: years,
            units: units.filter { scope.allows($0.id) }, unitNames: unitNames, errors: errors, decisionErrors: decisionErrors,
            canManage: role?.canManageTrackingData == true,
            anyItems: try await ProgrammeItem.query(on: db).filter(\.$year >= year - 1).filter(\.$year <= year).first() != nil
        )
        if errors.isEmpty {
            let rows = try await ProgrammeQuery.rows(
                years: ProgrammeQuery.years(for: range), asOf: asOf, scope: scope,
                leadUnitIDs: leadUnits, body: filter.body.flatMap(ProgrammeBody.init(rawValue:)),
                kind: filter.kind.flatMap(ProgrammeItemKind.init(rawValue:)), q: filter.q, on: db)
            model.summary = ProgrammeBoard.summary(
                rows, range: range, asOf: asOf,
                monthLabel: { t(T.programmeMonth, String($0.month)) },
                quarterLabel: { t(T.programmeQuarter, roman($0)) })
            model.blocks = ProgrammeBoard.months(
                rows, range: range, asOf: asOf, status: status, unitNames: unitNames,
                quarterLabel: { t(T.programmeQuarter, roman($0)) })
        }
        return model
    }
}
