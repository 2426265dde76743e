import DieuHanhCore
import Fluent
import Vapor

/// The work programme in the browser: the year by month and quarter, what is due this month per unit, the
/// statistics per unit, an item with its history and steps, entry, editing and CSV import.
struct ProgrammeController: RouteCollection {
    static let perPage = 50

    func boot(routes: RoutesBuilder) throws {
        let programme = routes.grouped("programme")
        programme.get(use: year)
        programme.get("due", use: due)
        programme.get("stats", use: stats)
        programme.get("items", ":itemID", use: show)
        programme.post("items", ":itemID", "actions", ":action", use: act)
        let office = programme.grouped(RequireRole.office)
        office.get("items", "new", use: new)
        office.post("items", use: create)
        office.get("items", ":itemID", "edit", use: edit)
        office.post("items", ":itemID", use: update)
        office.post("years", ":year", use: decision)
        office.get("import", use: importForm)
        office.on(.POST, "import", body: .collect(maxSize: "10mb"), use: importFile)
            .acceptsUploads(upTo: 10 * 1024 * 1024, from: UploadAllowance.office)
    }

    // MARK: The year

    func year(req: Request) async throws -> Response {
        let filter = try req.query.decode(ProgrammeQuery.Filter.self)
        return try await yearPage(req, filter: filter)
    }

    private func yearPage(_ req: Request, filter: ProgrammeQuery.Filter, decisionErrors: [FieldError] = []) async throws
        -> Response
    {
        let ctx = req.pageContext()
        let t = ctx.t
        let year = filter.year.flatMap { (2000...2100).contains($0) ? $0 : nil } ?? ctx.today.year
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
        var asOf = ctx.today
        if let text = filter.as_of?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let date = CivilDate.parse(text) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t(T.errDateFormat)))
            }
        }
        var status: ProgrammeItemStatus?
        if let text = filter.status, !text.isEmpty {
            status = ProgrammeItemStatus(rawValue: text)
            if status == nil { errors.append(.init(field: "status", message: t(T.taskStatusInvalid))) }
        }
        let leadUnits = try await ProgrammeQuery.unitSubtree(filter.lead_unit, on: req.db, errors: &errors, t: t)
        let units = try await UnitDirectory.all(on: req.db)
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let scope = try await req.accessScope()
        let programmes = try await Programme.query(on: req.db).sort(\.$year).all()
        let years = Array(Set(programmes.map(\.year) + [ctx.today.year, year])).sorted()
        var model = ProgrammePage.Model(
            filter: filter, year: year, range: range, asOf: asOf, programme: programmes.first { $0.year == year }, years: years,
            units: units.filter { scope.allows($0.id) }, unitNames: unitNames, errors: errors, decisionErrors: decisionErrors,
            canManage: ctx.role?.canManageTrackingData == true,
            anyItems: try await ProgrammeItem.query(on: req.db).filter(\.$year >= year - 1).filter(\.$year <= year).first() != nil
        )
        if errors.isEmpty {
            let rows = try await ProgrammeQuery.rows(
                years: ProgrammeQuery.years(for: range), asOf: asOf, scope: scope,
                leadUnitIDs: leadUnits, body: filter.body.flatMap(ProgrammeBody.init(rawValue:)),
                kind: filter.kind.flatMap(ProgrammeItemKind.init(rawValue:)), q: filter.q, on: req.db)
            model.summary = ProgrammeBoard.summary(
                rows, range: range, asOf: asOf,
                monthLabel: { t(T.programmeMonth, String($0.month)) },
                quarterLabel: { t(T.programmeQuarter, ProgrammePage.roman($0)) })
            model.blocks = ProgrammeBoard.months(
                rows, range: range, asOf: asOf, status: status, unitNames: unitNames,
                quarterLabel: { t(T.programmeQuarter, ProgrammePage.roman($0)) })
        }
        let response = ProgrammePage.response(ctx, model: model)
        response.status = errors.isEmpty && decisionErrors.isEmpty ? .ok : .unprocessableEntity
        return response
    }

    func decision(req: Request) async throws -> Response {
        guard let year = req.parameters.get("year", as: Int.self), (2000...2100).contains(year) else { throw Abort(.notFound) }
        struct Form: Content {
            var notation: String?
            var issued_on: String?
            var version: String?
        }
        let form = try req.content.decode(Form.self)
        let t = req.t
        let user = try req.requireUser()
        var issuedOn: CivilDate?
        if !form.issued_on.trimmed.isEmpty {
            issuedOn = CivilDate.parse(form.issued_on.trimmed)
            if issuedOn == nil {
                return try await yearPage(
                    req, filter: .init(year: year), decisionErrors: [.init(field: "issued_on", message: t(T.errDateFormat))])
            }
        }
        do {
            let date = issuedOn
            _ = try await req.write { db in
                try await ProgrammeService.setDecision(
                    year: year, notation: form.notation.trimmed, issuedOn: date,
                    expectedVersion: Int(form.version.trimmed), actor: AuditActor(user),
                    now: req.now, on: db, t: t)
            }
            req.flash(t(T.programmeDecisionSaved))
            return req.redirect(to: "/programme?year=\(year)")
        } catch let failure as ValidationFailure {
            return try await yearPage(req, filter: .init(year: year), decisionErrors: failure.errors)
        }
    }

    // MARK: Due this month

    func due(req: Request) async throws -> Response {
        struct Query: Content {
            var month: String?
            var as_of: String?
            var lead_unit: String?
            var page: Int?
        }
        let q = try req.query.decode(Query.self)
        let ctx = req.pageContext()
        let t = ctx.t
        var errors: [FieldError] = []
        var asOf = ctx.today
        if !q.as_of.trimmed.isEmpty {
            if let date = CivilDate.parse(q.as_of.trimmed) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t(T.errDateFormat)))
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
        let leadUnits = try await ProgrammeQuery.unitSubtree(q.lead_unit, on: req.db, errors: &errors, t: t)
        let units = try await UnitDirectory.all(on: req.db)
        let unitNames = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        let scope = try await req.accessScope()
        let page = PageWindow(page: q.page ?? 1, per: Self.perPage).page
        var rows: [ProgrammeQuery.Row] = []
        if errors.isEmpty {
            let all = try await ProgrammeQuery.rows(
                years: (month.year - 1)...month.year, asOf: asOf, scope: scope,
                leadUnitIDs: leadUnits, on: req.db)
            rows = ProgrammeBoard.due(all, month: month, unitNames: unitNames)
        }
        let slice = Array(PageWindow(page: page, per: Self.perPage).slice(rows))
        let model = ProgrammeDuePage.Model(
            month: month, asOf: asOf, monthText: q.month.trimmed.isEmpty ? month.label : q.month.trimmed,
            leadUnit: q.lead_unit.trimmed,
            units: units.filter { scope.allows($0.id) }, unitNames: unitNames,
            page: ResultPage(items: slice, total: rows.count, page: page, per: Self.perPage), errors: errors)
        let response = ProgrammeDuePage.response(ctx, model: model)
        response.status = errors.isEmpty ? .ok : .unprocessableEntity
        return response
    }

    // MARK: Statistics

    func stats(req: Request) async throws -> Response {
        var q = try req.query.decode(ProgrammeStatsPage.Query.self)
        let ctx = req.pageContext()
        if q.period.trimmed.isEmpty && q.from.trimmed.isEmpty && q.to.trimmed.isEmpty { q.period = String(ctx.today.year) }
        let units = try await UnitDirectory.all(on: req.db)
        let scope = try await req.accessScope()
        var model = ProgrammeStatsPage.Model(query: q, units: units.filter { scope.allows($0.id) })
        do {
            let filter = try await ProgrammeStatsFilter.parse(
                from: q.from, to: q.to, period: q.period, asOf: q.as_of,
                leadUnit: q.lead_unit, today: ctx.today, scope: scope, on: req.db, t: ctx.t)
            model.result = try await ProgrammeStatistics.run(filter, on: req.db)
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        let response = ProgrammeStatsPage.response(ctx, model: model)
        response.status = model.errors.isEmpty ? .ok : .unprocessableEntity
        return response
    }

    // MARK: An item

    func show(req: Request) async throws -> Response {
        try await itemPage(req, item: try await req.visibleProgrammeItem(), failed: nil)
    }

    func act(req: Request) async throws -> Response {
        struct Form: Content {
            var note: String?
            var date: String?
            var month: String?
            var document: String?
            var version: String?
        }
        let item = try await req.visibleProgrammeItem()
        guard let action = ProgrammeAction(rawValue: req.parameters.get("action") ?? "") else { throw Abort(.notFound) }
        let form = try req.content.decode(Form.self)
        let t = req.t
        let (input, errors) = ProgrammeActionInput.read(
            note: form.note, date: form.date, month: form.month, document: form.document, version: form.version, t: t)
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        do {
            try errors.throwIfAny()
            _ = try await req.write { db in
                try await ProgrammeActionService.perform(
                    action, on: item, input: input, user: user, scope: scope, now: req.now,
                    on: db, t: t)
            }
            req.flash(t(T.programmeActionDone, ProgrammeLabels.action(action, t)))
            return req.redirect(to: "/programme/items/\(item.id!)")
        } catch let failure as ValidationFailure {
            let fresh = try await ProgrammeItem.find(item.id, on: req.db) ?? item
            let typed = ["note": form.note, "date": form.date, "month": form.month, "document": form.document]
                .compactMapValues { $0 }
            return try await itemPage(
                req, item: fresh, failed: .init(action: action, errors: failure.errors, typed: typed),
                status: .unprocessableEntity)
        }
    }

    private func itemPage(
        _ req: Request, item: ProgrammeItem, failed: RefusedStep<ProgrammeAction>?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await ProgrammeItemPage.model(
            item, failed: failed, user: try req.requireUser(), scope: try await req.accessScope(), today: ctx.today,
            on: req.db)
        return ProgrammeItemPage.response(ctx, model: model, status: status)
    }
}
