import Fluent
import Vapor

/// Restores the signed-in user from the session; a deactivated user is signed out at the next request. A visitor
/// without a session cookie is not given a session (nothing is stored for someone who has not signed in).
struct SessionUserAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        if request.hasSession, let id = request.session.authenticated(UserAccount.self) {
            if let user = try await request.cachedUser(id), user.active {
                request.auth.login(user)
            } else {
                request.session.destroy()
            }
        }
        return try await next.respond(to: request)
    }
}

/// `Authorization: Bearer TOKEN` for the API.
struct BearerTokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let hash = TokenDigest.hash(bearer.token)
        guard let token = try await request.cachedToken(tokenHash: hash), token.expiresAt > request.now,
            let user = try await request.cachedUser(token.userID), user.active
        else { return }
        request.auth.login(user)
    }
}

extension Request {
    var currentUser: UserAccount? { auth.get(UserAccount.self) }

    /// The signed-in user; routes behind `RequireSignIn` always have one.
    func requireUser() throws -> UserAccount {
        guard let user = currentUser else { throw Abort(.unauthorized) }
        return user
    }
}
