import DieuHanhCore
import Fluent
import Vapor

/// The unit tree in the browser: everyone signed in reads (a unit officer only their subtree); an
/// administrator creates, renames, moves and closes.
struct UnitsController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let units = routes.grouped("units")
        units.get(use: list)
        units.get(":unitID", use: show)
        let admin = units.grouped(RequireRole.organisation)
        admin.get("new", use: new)
        admin.post(use: create)
        admin.get(":unitID", "edit", use: edit)
        admin.post(":unitID", use: update)
        admin.get(":unitID", "close", use: closeForm)
        admin.post(":unitID", "close", use: close)
    }

    func list(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await UnitsListPage.model(
            query: (try? req.query.get(String.self, at: "q")) ?? "",
            showClosed: (try? req.query.get(String.self, at: "closed")) == "1", scope: try await req.accessScope(),
            today: ctx.today, on: req.db)
        return UnitsListPage.response(ctx, model: model)
    }

    func show(req: Request) async throws -> Response {
        let unit = try await req.visibleUnit()
        let model = try await UnitDetailPage.model(
            unit, readsAuditLog: req.currentUser?.userRole.canReadAuditLog == true, scope: try await req.accessScope(),
            on: req.db)
        return UnitDetailPage.response(req.pageContext(), model: model)
    }

    func new(req: Request) async throws -> Response {
        let parent = (try? req.query.get(String.self, at: "parent")) ?? ""
        return try await renderForm(
            req, form: UnitForm(kind: UnitKind.department.rawValue, parent_id: parent),
            unit: nil, errors: [])
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(UnitForm.self)
        let t = req.t
        let (draft, formErrors) = form.draft(t)
        let actor = AuditActor(try req.requireUser())
        do {
            let unit = try await req.write { db in
                try await UnitService.create(draft, formErrors: formErrors, actor: actor, now: req.now, on: db, t: t)
            }
            req.flash(t(T.unitCreated, unit.name))
            return req.redirect(to: "/units/\(unit.id!)")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, unit: nil, errors: failure.errors)
        }
    }

    func edit(req: Request) async throws -> Response {
        let unit = try await req.visibleUnit()
        return try await renderForm(req, form: UnitForm(unit), unit: unit, errors: [])
    }

    func update(req: Request) async throws -> Response {
        let unit = try await req.visibleUnit()
        let form = try req.content.decode(UnitForm.self)
        let t = req.t
        let (draft, formErrors) = form.draft(t)
        let actor = AuditActor(try req.requireUser())
        do {
            try await req.write { db in
                try await UnitService.update(
                    unit, with: draft, formErrors: formErrors, expectedVersion: form.expectedVersion, actor: actor,
                    now: req.now, on: db, t: t)
            }
            req.flash(t(T.unitSaved, unit.name))
            return req.redirect(to: "/units/\(unit.id!)")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, unit: unit, errors: failure.errors)
        }
    }

    func closeForm(req: Request) async throws -> Response {
        let unit = try await req.visibleUnit()
        return try await renderClose(
            req, unit: unit, date: VNFormat.date(CivilDate.today(now: req.now)), successor: "", errors: [])
    }

    func close(req: Request) async throws -> Response {
        let unit = try await req.visibleUnit()
        let form = try req.content.decode(UnitCloseForm.self)
        let t = req.t
        let (date, successorID, formErrors) = form.read(t)
        let actor = AuditActor(try req.requireUser())
        do {
            try await req.write { db in
                try await UnitService.close(
                    unit, on: date,
                    successorID: successorID, formErrors: formErrors, actor: actor, now: req.now, on: db, t: t)
            }
            req.flash(t(T.unitClosed, unit.name))
            return req.redirect(to: "/units/\(unit.id!)")
        } catch let failure as ValidationFailure {
            return try await renderClose(
                req, unit: unit, date: form.valid_to.trimmed, successor: form.successor_id.trimmed,
                errors: failure.errors)
        }
    }

    // MARK: - helpers

    private func renderForm(_ req: Request, form: UnitForm, unit: OrgUnit?, errors: [FieldError]) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await UnitFormPage.model(form: form, unit: unit, errors: errors, today: ctx.today, on: req.db)
        return UnitFormPage.response(ctx, model: model, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private func renderClose(
        _ req: Request, unit: OrgUnit, date: String, successor: String,
        errors: [FieldError]
    ) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await UnitClosePage.model(
            unit, date: date, successor: successor, errors: errors, today: ctx.today, on: req.db)
        return UnitClosePage.response(ctx, model: model, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

extension Array where Element == FieldError {
    /// Both lists, without repeating a field's message.
    func merging(_ other: [FieldError]) -> [FieldError] {
        self + other.filter { error in !contains(where: { $0.field == error.field }) }
    }
}
