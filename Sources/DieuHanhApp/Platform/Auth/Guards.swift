import DieuHanhCore
import Vapor

/// Lets only signed-in users through: the browser is sent to the sign-in page, the API gets a 401.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard request.currentUser != nil else {
            if request.isAPI {
                throw AppError(.unauthorized, code: "unauthorized", message: request.t(T.errSignInRequired))
            }
            let target = request.url.path == "/" ? "/sign-in" : "/sign-in?next=\(request.url.path.urlQueryEscaped)"
            return request.redirect(to: target)
        }
        return try await next.respond(to: request)
    }
}

/// Lets only the given roles through; the check runs on the server for every route it guards.
struct RequireRole: AsyncMiddleware {
    let allowed: Set<Role>

    init(_ allowed: Role...) { self.allowed = Set(allowed) }
    init(_ allowed: [Role]) { self.allowed = Set(allowed) }

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let user = try request.requireUser()
        guard allowed.contains(user.userRole) else {
            throw AppError(.forbidden, code: "forbidden", message: request.t(T.errForbidden))
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    var isAPI: Bool { url.path.hasPrefix("/api/") }
}

extension String {
    var urlQueryEscaped: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? self
    }
}
