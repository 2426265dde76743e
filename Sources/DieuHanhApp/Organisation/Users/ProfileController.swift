import Vapor

/// Every signed-in user: their own language and password.
struct ProfileController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("profile", use: show)
        routes.post("profile", "password", use: changePassword)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let unit = try await unitOf(user, on: req.db)
        return ProfilePage.response(req.pageContext(), user: user, unitName: unit?.name, errors: [])
    }

    func changePassword(req: Request) async throws -> Response {
        struct Form: Content {
            var current_password: String?
            var new_password: String?
            var confirm_password: String?
        }
        let user = try req.requireUser()
        let form = try req.content.decode(Form.self)
        let t = req.t
        let digester = req.digester
        let session = req.session.id
        do {
            try await req.write { db in
                try await UserService.changeOwnPassword(
                    user, current: form.current_password ?? "",
                    new: form.new_password ?? "", confirmation: form.confirm_password ?? "",
                    keeping: session, now: req.now, on: db, hasher: digester, t: t)
            }
            req.flash(t(T.passwordChanged))
            return req.redirect(to: "/profile")
        } catch let failure as ValidationFailure {
            let unit = try await unitOf(user, on: req.db)
            return ProfilePage.response(
                req.pageContext(), user: user, unitName: unit?.name, errors: failure.errors,
                status: .unprocessableEntity)
        }
    }
}
