import DieuHanhCore
import Fluent
import Vapor

/// Socio-economic indicators in the browser: the year's table, an indicator's page, entry of actuals by the
/// responsible units, and (office) new indicators, edits and target revisions.
struct IndicatorsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let indicators = routes.grouped("indicators")
        indicators.get(use: list)
        indicators.get("plans", use: plans)
        indicators.get(":indicatorID", use: show)
        let entry = indicators.grouped(RequireRole(\.canEnterIndicatorActuals))
        entry.get("entry", use: entryPage)
        entry.post("entry", use: saveEntry)
        entry.post(":indicatorID", "actuals", use: saveActual)
        let office = indicators.grouped(RequireRole.office)
        office.get("new", use: new)
        office.post(use: create)
        office.get(":indicatorID", "edit", use: edit)
        office.post(":indicatorID", use: update)
        office.post(":indicatorID", "revisions", use: revise)
        office.post(":indicatorID", "plans", use: savePlan)
    }

    // MARK: The year's table

    func list(req: Request) async throws -> Response {
        let filter = try req.query.decode(IndicatorQuery.Filter.self)
        let ctx = req.pageContext()
        let model = try await IndicatorsListPage.model(filter, role: ctx.role, today: ctx.today, t: ctx.t, on: req.db)
        return IndicatorsListPage.response(ctx, model: model)
    }

    // MARK: Plans for several years

    func plans(req: Request) async throws -> Response {
        let filter = try req.query.decode(IndicatorPlansPage.Filter.self)
        let ctx = req.pageContext()
        let model = try await IndicatorPlansPage.model(filter, role: ctx.role, today: ctx.today, t: ctx.t, on: req.db)
        return IndicatorPlansPage.response(ctx, model: model)
    }

    // MARK: One indicator

    func show(req: Request) async throws -> Response {
        let indicator = try await find(req)
        let ctx = req.pageContext()
        let (model, _) = try await pageModel(req, indicator: indicator, ctx: ctx)
        return IndicatorPage.response(ctx, model: model)
    }

    /// The page's model for the year and cut-off of the query (or the form), the year defaulting to the latest plan.
    private func pageModel(_ req: Request, indicator: Indicator, ctx: PageContext, year: Int? = nil) async throws -> (
        IndicatorPage.Model, IndicatorPlan
    ) {
        try await IndicatorPage.model(
            indicator, year: year ?? (try? req.query.get(Int.self, at: "year")),
            asOf: (try? req.query.get(String.self, at: "as_of")).flatMap(CivilDate.parse), user: ctx.user,
            scope: try await req.accessScope(), today: ctx.today, on: req.db)
    }

    // MARK: Actuals

    func saveActual(req: Request) async throws -> Response {
        struct Form: Content {
            var year: String?
            var period: String?
            var kind: String?
            var value: String?
            var note: String?
            var version: String?
            var score: String?
            var classes: String?
        }
        let indicator = try await find(req)
        let form = try req.content.decode(Form.self)
        let t = req.t
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        var errors: [FieldError] = []
        let period = IndicatorInput.period(form.period.trimmed, t: t, errors: &errors)
        let kind = IndicatorInput.kind(form.kind.trimmed, t: t, errors: &errors)
        let detail = IndicatorInput.detail(score: form.score.trimmed, classes: form.classes.trimmed, t: t, errors: &errors)
        let value = IndicatorInput.valueOrAverage(form.value.trimmed, classes: detail.classes, t: t, errors: &errors)
        let note = form.note.trimmed
        let expected = Int(form.version.trimmed)
        func rerender(_ errors: [FieldError], status: HTTPStatus) async throws -> Response {
            let ctx = req.pageContext()
            var (model, _) = try await pageModel(req, indicator: try await find(req), ctx: ctx, year: Int(form.year.trimmed))
            model.actualForm = .init(
                period: form.period.trimmed, kind: form.kind.trimmed, value: form.value.trimmed, note: note,
                score: form.score.trimmed, classes: form.classes.trimmed)
            model.actualErrors = errors
            return IndicatorPage.response(ctx, model: model, status: status)
        }
        do {
            try errors.throwIfAny()
            let entry = ActualEntry(
                indicatorID: indicator.id!, period: period!, kind: kind!, value: value!, note: note, expectedVersion: expected,
                detail: detail)
            _ = try await req.write { db in
                try await IndicatorService.recordActuals([entry], user: user, scope: scope, now: req.now, on: db, t: t)
            }
            req.flash(t(T.indActualSaved, period!.label))
            return req.redirect(to: "/indicators/\(indicator.id!)?year=\(form.year.trimmed)")
        } catch let failure as ValidationFailure {
            return try await rerender(failure.errors, status: .unprocessableEntity)
        } catch let error as AppError where error.status == .conflict {
            return try await rerender([.init(field: "version", message: error.message)], status: .conflict)
        }
    }

    func entryPage(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let defaultYear = try await IndicatorQuery.defaultYear(today: ctx.today, on: req.db)
        let year = (try? req.query.get(Int.self, at: "year")) ?? defaultYear
        let period =
            (try? req.query.get(String.self, at: "period")).flatMap(IndicatorPeriod.init(code:))
            ?? IndicatorLabels.defaultPeriod(year: year, today: ctx.today)
        var form = IndicatorEntryForm(period: period.code)
        form.kind = ActualKind.uoc.rawValue
        return try await renderEntry(req, ctx: ctx, year: year, period: period, form: form, errors: [])
    }

    func saveEntry(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let form = IndicatorEntryForm(fields: fields)
        let t = req.t
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        let year = Int(fields["year"]?.trimmingCharacters(in: .whitespaces) ?? "") ?? CivilDate.today(now: req.now).year
        let (entries, formErrors) = form.entries(t: t)
        let ctx = req.pageContext()
        let period = IndicatorPeriod(code: form.period) ?? IndicatorLabels.defaultPeriod(year: year, today: ctx.today)
        do {
            try formErrors.throwIfAny()
            let saved = try await req.write { db in
                try await IndicatorService.recordActuals(entries, user: user, scope: scope, now: req.now, on: db, t: t)
            }
            req.flash(t(T.indActualsSaved, String(saved.count), period.label))
            return req.redirect(to: "/indicators/entry?year=\(year)&period=\(period.code)")
        } catch let failure as ValidationFailure {
            return try await renderEntry(
                req, ctx: ctx, year: year, period: period, form: form, errors: failure.errors,
                status: .unprocessableEntity)
        } catch let error as AppError where error.status == .conflict {
            return try await renderEntry(
                req, ctx: ctx, year: year, period: period, form: form,
                errors: [.init(field: "values", message: error.message)], status: .conflict)
        }
    }

    private func renderEntry(
        _ req: Request, ctx: PageContext, year: Int, period: IndicatorPeriod, form: IndicatorEntryForm,
        errors: [FieldError], status: HTTPStatus = .ok
    ) async throws -> Response {
        let model = try await IndicatorEntryPage.model(
            year: year, period: period, form: form, errors: errors, user: try req.requireUser(),
            scope: try await req.accessScope(), today: ctx.today, on: req.db)
        return IndicatorEntryPage.response(ctx, model: model, status: status)
    }

    // MARK: Office: new, edit, revise

    func new(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let year = (try? req.query.get(Int.self, at: "year")) ?? ctx.today.year
        return try await renderForm(req, form: IndicatorForm(year: year), errors: [], indicatorID: nil)
    }

    func create(req: Request) async throws -> Response {
        let form = IndicatorForm(fields: try req.content.decode([String: String].self))
        let t = req.t
        let user = try req.requireUser()
        let (draft, formErrors) = form.draft(t: t)
        do {
            let (indicator, plan) = try await req.write { db in
                try await IndicatorService.create(
                    draft, formErrors: formErrors, actor: AuditActor(user), now: req.now, on: db, t: t)
            }
            req.flash(t(T.indCreated, indicator.name, String(plan.year)))
            return req.redirect(to: "/indicators/\(indicator.id!)?year=\(plan.year)")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, errors: failure.errors, indicatorID: nil, status: .unprocessableEntity)
        }
    }

    func edit(req: Request) async throws -> Response {
        let indicator = try await find(req)
        let plan = try await plan(of: indicator, year: try? req.query.get(Int.self, at: "year"), on: req.db)
        return try await renderForm(
            req, form: IndicatorForm(indicator: indicator, plan: plan), errors: [], indicatorID: indicator.id)
    }

    func update(req: Request) async throws -> Response {
        let indicator = try await find(req)
        let form = IndicatorForm(fields: try req.content.decode([String: String].self))
        let plan = try await plan(of: indicator, year: Int(form.year), on: req.db)
        let t = req.t
        let user = try req.requireUser()
        let (draft, formErrors) = form.draft(t: t)
        do {
            try await req.write { db in
                try await IndicatorService.update(
                    indicator, plan: plan, draft: draft, formErrors: formErrors, expectedVersion: Int(form.version),
                    actor: AuditActor(user), now: req.now, on: db, t: t)
            }
            req.flash(t(T.indUpdated, indicator.name))
            return req.redirect(to: "/indicators/\(indicator.id!)?year=\(plan.year)")
        } catch let failure as ValidationFailure {
            return try await renderForm(
                req, form: form, errors: failure.errors, indicatorID: indicator.id, status: .unprocessableEntity)
        } catch let error as AppError where error.status == .conflict {
            var fresh = IndicatorForm(indicator: try await find(req), plan: plan)
            fresh.name = form.name
            return try await renderForm(
                req, form: fresh, errors: [.init(field: "version", message: error.message)],
                indicatorID: indicator.id, status: .conflict)
        }
    }

    func revise(req: Request) async throws -> Response {
        struct Form: Content {
            var year: String?
            var value: String?
            var decided_on: String?
            var document: String?
            var note: String?
            var version: String?
            var target_kind: String?
        }
        let indicator = try await find(req)
        let form = try req.content.decode(Form.self)
        let plan = try await plan(of: indicator, year: Int(form.year.trimmed), on: req.db)
        let t = req.t
        let user = try req.requireUser()
        var errors: [FieldError] = []
        let value = IndicatorInput.value(form.value.trimmed, field: "value", t: t, errors: &errors)
        let decidedOn = IndicatorInput.date(form.decided_on.trimmed, field: "decided_on", t: t, errors: &errors)
        let document = form.document.trimmed.collapsingSpaces
        let note = form.note.trimmed
        // Empty (or the plan's own kind) revises the plan's own target; another kind one of its other targets.
        let kindText = form.target_kind.trimmed
        let kind = IndicatorTargetKind(rawValue: kindText).flatMap { $0 == plan.ownTargetKind ? nil : $0 }
        if !kindText.isEmpty && IndicatorTargetKind(rawValue: kindText) == nil {
            errors.append(.init(field: "target_kind", message: t(T.indRevisionNoSuchTarget)))
        }
        func rerender(_ errors: [FieldError], status: HTTPStatus) async throws -> Response {
            let ctx = req.pageContext()
            var (model, _) = try await pageModel(req, indicator: try await find(req), ctx: ctx, year: plan.year)
            model.revisionForm = .init(
                value: form.value.trimmed, decidedOn: form.decided_on.trimmed, document: document, note: note,
                targetKind: kindText)
            model.revisionErrors = errors
            return IndicatorPage.response(ctx, model: model, status: status)
        }
        do {
            let frozen = errors
            _ = try await req.write { db in
                try await IndicatorService.reviseTarget(
                    plan, of: indicator, value: value, decidedOn: decidedOn, document: document, note: note, kind: kind,
                    formErrors: frozen, expectedVersion: Int(form.version.trimmed),
                    actor: AuditActor(user), now: req.now, on: db, t: t)
            }
            req.flash(t(T.indRevisionSaved, String(plan.year)))
            return req.redirect(to: "/indicators/\(indicator.id!)?year=\(plan.year)")
        } catch let failure as ValidationFailure {
            return try await rerender(failure.errors, status: .unprocessableEntity)
        } catch let error as AppError where error.status == .conflict {
            return try await rerender([.init(field: "version", message: error.message)], status: .conflict)
        }
    }

    /// The office sets or corrects a target for several years from the indicator's page.
    func savePlan(req: Request) async throws -> Response {
        struct Form: Content {
            var year: String?
            var period: String?
            var method: String?
            var target: String?
            var document: String?
            var version: String?
        }
        let indicator = try await find(req)
        let form = try req.content.decode(Form.self)
        let plan = try await plan(of: indicator, year: Int(form.year.trimmed), on: req.db)
        let input = MultiYearPlanInput(
            period: form.period.trimmed, method: form.method.trimmed, target: form.target.trimmed,
            document: form.document.trimmed)
        let user = try req.requireUser()
        let t = req.t
        do {
            let saved = try await req.write { db in
                try await IndicatorMultiYearService.save(
                    input, of: indicator, responsibleUnitID: plan.responsibleUnitID,
                    expectedVersion: Int(form.version.trimmed), actor: AuditActor(user), now: req.now, on: db, t: t)
            }
            req.flash(t(T.indPlanSaved, saved.period?.label ?? input.period))
            return req.redirect(to: "/indicators/\(indicator.id!)?year=\(plan.year)")
        } catch let failure as ValidationFailure {
            let ctx = req.pageContext()
            var (model, _) = try await pageModel(req, indicator: try await find(req), ctx: ctx, year: plan.year)
            (model.planForm, model.planErrors) = (input, failure.errors)
            return IndicatorPage.response(ctx, model: model, status: .unprocessableEntity)
        } catch let error as AppError where error.status == .conflict {
            let ctx = req.pageContext()
            var (model, _) = try await pageModel(req, indicator: try await find(req), ctx: ctx, year: plan.year)
            (model.planForm, model.planErrors) = (input, [.init(field: "version", message: error.message)])
            return IndicatorPage.response(ctx, model: model, status: .conflict)
        }
    }

    private func renderForm(
        _ req: Request, form: IndicatorForm, errors: [FieldError], indicatorID: UUID?,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await IndicatorFormPage.model(
            form: form, errors: errors, indicatorID: indicatorID, today: ctx.today, on: req.db)
        return IndicatorFormPage.response(ctx, model: model, status: status)
    }

    // MARK: Lookups

    private func find(_ req: Request) async throws -> Indicator {
        guard let id = req.parameters.get("indicatorID", as: UUID.self), let indicator = try await Indicator.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return indicator
    }

    private func plan(of indicator: Indicator, year: Int?, on db: Database) async throws -> IndicatorPlan {
        let plans = try await IndicatorPlan.query(on: db).filter(\.$indicatorID == indicator.id!).all()
        guard let plan = year.flatMap({ y in plans.first { $0.year == y } }) ?? plans.max(by: { $0.year < $1.year })
        else { throw Abort(.notFound) }
        return plan
    }
}
