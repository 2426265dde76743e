import Vapor

struct SignInController: RouteCollection {
    struct SignInForm: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    func boot(routes: RoutesBuilder) throws {
        routes.get("sign-in", use: show)
        routes.post("sign-in", use: signIn)
        routes.post("sign-out", use: signOut)
        routes.post("language", use: switchLanguage)
    }

    func show(req: Request) async throws -> Response {
        if req.currentUser != nil { return req.redirect(to: "/") }
        let next = (try? req.query.get(String.self, at: "next")) ?? ""
        return SignInPage.response(req.pageContext(), model: .init(username: "", next: safeNext(next), error: nil))
    }

    func signIn(req: Request) async throws -> Response {
        let form = try req.content.decode(SignInForm.self)
        let username = form.username ?? ""
        let next = safeNext(form.next ?? "")
        let t = req.t
        switch try await SignInService.attempt(username: username, password: form.password ?? "", on: req) {
        case .success(let user):
            try await req.startSession(for: user)
            let response = req.redirect(to: next.isEmpty ? "/" : next)
            // This browser is now known to be the user's: the per-name limit strangers can fill no longer holds it.
            response.cookies[SignInThrottle.deviceCookie] = HTTPCookies.Value(
                string: req.application.signInThrottle.deviceToken(for: user.username), maxAge: 180 * 86400, path: "/sign-in",
                isSecure: req.config.secureCookies, isHTTPOnly: true, sameSite: .strict)
            return response
        case .invalid:
            return SignInPage.response(
                req.pageContext(), status: .unauthorized,
                model: .init(username: username, next: next, error: t(T.signInInvalid)))
        case .locked(let minutes):
            return SignInPage.response(
                req.pageContext(), status: .tooManyRequests,
                model: .init(username: username, next: next, error: t(T.signInLocked, String(minutes))))
        }
    }

    func signOut(req: Request) async throws -> Response {
        req.auth.logout(UserAccount.self)
        req.session.destroy()
        return req.redirect(to: "/sign-in")
    }

    /// The language switch: remembered on the user when signed in, in a cookie otherwise.
    func switchLanguage(req: Request) async throws -> Response {
        struct Form: Content {
            var language: String?
            var back: String?
        }
        let form = try req.content.decode(Form.self)
        let language = Language(rawValue: form.language ?? "") ?? .vi
        if let user = req.currentUser {
            try await req.write { db in try await UserService.setLanguage(user, language, now: req.now, on: db) }
        }
        let response = req.redirect(to: safeNext(form.back ?? "/").isEmpty ? "/" : safeNext(form.back ?? "/"))
        response.cookies["lang"] = HTTPCookies.Value(
            string: language.rawValue, maxAge: 365 * 86400, path: "/",
            isSecure: req.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }

    /// Only local paths, so the sign-in page cannot be used to send people to another site.
    private func safeNext(_ next: String) -> String {
        guard next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "" }
        return next
    }
}
