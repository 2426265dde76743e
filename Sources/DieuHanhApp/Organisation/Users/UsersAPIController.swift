import DieuHanhCore
import Fluent
import Vapor

struct UsersAPIController: RouteCollection {
    struct UserBody: Content {
        var username: String?
        var full_name: String?
        var role: String?
        var unit_id: String?
        var password: String?
        var active: Bool?
        var version: Int?
    }

    struct CreatedJSON: Content {
        let user: UserJSON
        /// Present only when the server generated the password: shown this once.
        let password: String?
    }

    struct PasswordJSON: Content {
        let password: String
    }

    func boot(routes: RoutesBuilder) throws {
        routes.get("me", use: me)
        let users = routes.grouped("users")
        users.get(use: list)
        users.get(":userID", use: show)
        let admin = users.grouped(RequireRole.organisation)
        admin.post(use: create)
        admin.patch(":userID", use: update)
        admin.post(":userID", "reset-password", use: resetPassword)
    }

    func me(req: Request) async throws -> UserJSON {
        UserJSON(try req.requireUser())
    }

    func list(req: Request) async throws -> PageJSON<UserJSON> {
        let paging = try Paging(req, t: req.t)
        var filter = try req.query.decode(UserQuery.Filter.self)
        filter.page = paging.page
        let page = try await UserQuery.page(filter, scope: try await req.accessScope(), on: req.db, per: paging.per)
        let viewer = try req.requireUser()
        return PageJSON(
            items: page.items.map { UserJSON($0, shownTo: viewer) }, total: page.total, page: page.page, per: page.per)
    }

    func show(req: Request) async throws -> UserJSON {
        UserJSON(try await req.visibleUser(), shownTo: try req.requireUser())
    }

    func create(req: Request) async throws -> Response {
        let body = try req.content.decode(UserBody.self)
        let t = req.t
        let form = UserForm(
            username: body.username, full_name: body.full_name, role: body.role, unit_id: body.unit_id,
            password: body.password)
        let (draft, formErrors) = form.draft(t)
        let actor = AuditActor(try req.requireUser())
        let digester = req.digester
        let (user, password) = try await req.write { db in
            try await UserService.create(
                draft, formErrors: formErrors, actor: actor, now: req.now, on: db, hasher: digester, t: t)
        }
        let response = Response(status: .created)
        try response.content.encode(CreatedJSON(user: UserJSON(user), password: draft.password == nil ? password : nil))
        return response
    }

    func update(req: Request) async throws -> UserJSON {
        let user = try await req.visibleUser()
        let body = try req.content.decode(UserBody.self)
        let t = req.t
        var form = UserForm(user)
        if let name = body.full_name { form.full_name = name }
        if let role = body.role { form.role = role }
        if let unit = body.unit_id { form.unit_id = unit }
        let (draft, formErrors) = form.draft(t)
        let actor = AuditActor(try req.requireUser())
        try await req.write { db in
            try await UserService.update(
                user, with: draft, formErrors: formErrors, expectedVersion: body.version, actor: actor, now: req.now,
                on: db, t: t)
            if let active = body.active {
                try await UserService.setActive(user, active, actor: actor, now: req.now, on: db, t: t)
            }
        }
        return UserJSON(user)
    }

    func resetPassword(req: Request) async throws -> PasswordJSON {
        struct Body: Content { var password: String? }
        let user = try await req.visibleUser()
        let body = (try? req.content.decode(Body.self)) ?? Body(password: nil)
        let actor = AuditActor(try req.requireUser())
        let digester = req.digester
        let t = req.t
        let password = try await req.write { db in
            try await UserService.resetPassword(
                user, to: body.password, actor: actor, now: req.now, on: db,
                hasher: digester, t: t)
        }
        return PasswordJSON(password: password)
    }
}
