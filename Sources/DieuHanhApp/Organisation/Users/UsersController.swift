import DieuHanhCore
import Fluent
import Vapor

/// User management in the browser: administrators only.
struct UsersController: RouteCollection {
    static let perPage = 50

    func boot(routes: RoutesBuilder) throws {
        let users = routes.grouped("users").grouped(RequireRole.organisation)
        users.get(use: list)
        users.get("new", use: new)
        users.post(use: create)
        users.get(":userID", "edit", use: edit)
        users.post(":userID", use: update)
        users.post(":userID", "reset-password", use: resetPassword)
        users.post(":userID", "deactivate", use: deactivate)
        users.post(":userID", "activate", use: activate)
    }

    func list(req: Request) async throws -> Response {
        let filter = try req.query.decode(UserQuery.Filter.self)
        let model = try await UsersListPage.model(filter, per: Self.perPage, on: req.db)
        return UsersListPage.response(req.pageContext(), model: model)
    }

    func new(req: Request) async throws -> Response {
        try await renderForm(req, form: UserForm(role: Role.unitOfficer.rawValue), user: nil, errors: [])
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(UserForm.self)
        let t = req.t
        let (draft, formErrors) = form.draft(t)
        let actor = AuditActor(try req.requireUser())
        let digester = req.digester
        do {
            let (user, password) = try await req.write { db in
                try await UserService.create(
                    draft, formErrors: formErrors, actor: actor, now: req.now, on: db, hasher: digester, t: t)
            }
            return PasswordShownPage.response(
                req.pageContext(), user: user, password: password,
                generated: draft.password == nil)
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, user: nil, errors: failure.errors)
        }
    }

    func edit(req: Request) async throws -> Response {
        let user = try await find(req)
        return try await renderForm(req, form: UserForm(user), user: user, errors: [])
    }

    func update(req: Request) async throws -> Response {
        let user = try await find(req)
        let form = try req.content.decode(UserForm.self)
        let t = req.t
        let (draft, formErrors) = form.draft(t)
        let actor = AuditActor(try req.requireUser())
        do {
            try await req.write { db in
                try await UserService.update(
                    user, with: draft, formErrors: formErrors, expectedVersion: form.expectedVersion, actor: actor,
                    now: req.now, on: db, t: t)
            }
            req.flash(t(T.userSaved, user.username))
            return req.redirect(to: "/users")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, user: user, errors: failure.errors)
        }
    }

    func resetPassword(req: Request) async throws -> Response {
        let user = try await find(req)
        let actor = AuditActor(try req.requireUser())
        let digester = req.digester
        let t = req.t
        let password = try await req.write { db in
            try await UserService.resetPassword(user, to: nil, actor: actor, now: req.now, on: db, hasher: digester, t: t)
        }
        return PasswordShownPage.response(req.pageContext(), user: user, password: password, generated: true)
    }

    func deactivate(req: Request) async throws -> Response { try await setActive(req, false) }

    func activate(req: Request) async throws -> Response { try await setActive(req, true) }

    private func setActive(_ req: Request, _ active: Bool) async throws -> Response {
        let user = try await find(req)
        let actor = AuditActor(try req.requireUser())
        let t = req.t
        do {
            try await req.write { db in try await UserService.setActive(user, active, actor: actor, now: req.now, on: db, t: t) }
            req.flash(t(active ? T.userActivated : T.userDeactivated, user.username))
        } catch let error as AppError {
            req.flash(error.message)
        }
        return req.redirect(to: "/users/\(user.id!)/edit")
    }

    private func find(_ req: Request) async throws -> UserAccount {
        guard let id = req.parameters.get("userID", as: UUID.self),
            let user = try await UserAccount.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return user
    }

    private func renderForm(_ req: Request, form: UserForm, user: UserAccount?, errors: [FieldError]) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await UserFormPage.model(form: form, user: user, errors: errors, today: ctx.today, on: req.db)
        return UserFormPage.response(ctx, model: model, status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
