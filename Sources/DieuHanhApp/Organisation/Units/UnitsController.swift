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
        let scope = try await req.accessScope()
        let query = (try? req.query.get(String.self, at: "q")) ?? ""
        let showClosed = (try? req.query.get(String.self, at: "closed")) == "1"
        let all = try await UnitDirectory.all(on: req.db)
        let ctx = req.pageContext()
        let rows = UnitTreeRows.build(units: all, scope: scope, query: query, showClosed: showClosed, today: ctx.today)
        return UnitsListPage.response(
            ctx,
            model: .init(
                rows: rows, query: query, showClosed: showClosed,
                totalUnits: all.count))
    }

    func show(req: Request) async throws -> Response {
        let unit = try await req.visibleUnit()
        let all = try await UnitDirectory.all(on: req.db)
        let byID = Dictionary(uniqueKeysWithValues: all.compactMap { u in u.id.map { ($0, u) } })
        let users = try await UserAccount.query(on: req.db).filter(\.$unitID == unit.id).sort(\.$fullName).all()
        let history =
            req.currentUser?.userRole.canReadAuditLog == true
            ? try await AuditEntry.query(on: req.db).filter(\.$entity == "unit").filter(\.$entityID == unit.id?.uuidString)
                .sort(\.$seq, .descending).limit(50).all()
            : []
        let model = UnitDetailPage.Model(
            unit: unit, parent: unit.parentID.flatMap { byID[$0] }, successor: unit.successorID.flatMap { byID[$0] },
            children: all.filter { $0.parentID == unit.id },
            predecessors: all.filter { $0.successorID == unit.id },
            users: users, history: history)
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
        let tree = try await UnitDirectory.tree(on: req.db)
        let excluded = unit?.id.map { tree.subtree(of: $0) } ?? []
        let parents = try await UnitDirectory.openUnits(on: req.db, today: ctx.today).filter { !excluded.contains($0.id!) }
        let model = UnitFormPage.Model(unit: unit, form: form, errors: errors, parents: parents)
        return UnitFormPage.response(ctx, model: model, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private func renderClose(
        _ req: Request, unit: OrgUnit, date: String, successor: String,
        errors: [FieldError]
    ) async throws -> Response {
        let ctx = req.pageContext()
        let tree = try await UnitDirectory.tree(on: req.db)
        let inside = tree.subtree(of: unit.id!)
        let candidates = try await UnitDirectory.openUnits(on: req.db, today: ctx.today).filter { !inside.contains($0.id!) }
        let model = UnitClosePage.Model(unit: unit, date: date, successorID: successor, candidates: candidates, errors: errors)
        return UnitClosePage.response(ctx, model: model, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

extension Array where Element == FieldError {
    /// Both lists, without repeating a field's message.
    func merging(_ other: [FieldError]) -> [FieldError] {
        self + other.filter { error in !contains(where: { $0.field == error.field }) }
    }
}
