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
        let model = try await ProgrammePage.model(
            filter, decisionErrors: decisionErrors, scope: try await req.accessScope(), role: ctx.role, today: ctx.today,
            t: ctx.t, on: req.db)
        let response = ProgrammePage.response(ctx, model: model)
        response.status = model.errors.isEmpty && decisionErrors.isEmpty ? .ok : .unprocessableEntity
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
                    req, filter: .init(year: year),
                    decisionErrors: [.init(field: "issued_on", message: t.dateError(form.issued_on.trimmed))])
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
        let q = try req.query.decode(ProgrammeDuePage.Query.self)
        let ctx = req.pageContext()
        let model = try await ProgrammeDuePage.model(
            q, scope: try await req.accessScope(), today: ctx.today, per: Self.perPage, t: ctx.t, on: req.db)
        let response = ProgrammeDuePage.response(ctx, model: model)
        response.status = model.errors.isEmpty ? .ok : .unprocessableEntity
        return response
    }

    // MARK: Statistics

    func stats(req: Request) async throws -> Response {
        var q = try req.query.decode(ProgrammeStatsPage.Query.self)
        let ctx = req.pageContext()
        if q.period.trimmed.isEmpty && q.from.trimmed.isEmpty && q.to.trimmed.isEmpty { q.period = String(ctx.today.year) }
        let model = try await ProgrammeStatsPage.model(
            q, scope: try await req.accessScope(), today: ctx.today, t: ctx.t, on: req.db)
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
            return try await refused(failure.errors, .unprocessableEntity)
        } catch let conflict as AppError where conflict.status == .conflict {
            return try await refused(conflict.asStepProblem, .conflict)
        }

        /// As for a task's step: the item as it is now, with the problem and what was typed.
        func refused(_ errors: [FieldError], _ status: HTTPStatus) async throws -> Response {
            let fresh = try await ProgrammeItem.find(item.id, on: req.db) ?? item
            let typed = ["note": form.note, "date": form.date, "month": form.month, "document": form.document]
                .compactMapValues { $0 }
            return try await itemPage(
                req, item: fresh, failed: .init(action: action, errors: errors, typed: typed), status: status)
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
