import Fluent
import Vapor

struct AuthAPIController: RouteCollection {
    struct Credentials: Content {
        var username: String?
        var password: String?
    }

    struct TokenJSON: Content {
        let token: String
        let expires_at: Date
    }

    func boot(routes: RoutesBuilder) throws {
        routes.post("auth", "token", use: issueToken)
    }

    func issueToken(req: Request) async throws -> Response {
        let t = req.t
        let credentials = try req.content.decode(Credentials.self)
        var errors: [FieldError] = []
        if (credentials.username ?? "").isEmpty { errors.append(.init(field: "username", message: t(T.errRequired, "username"))) }
        if (credentials.password ?? "").isEmpty { errors.append(.init(field: "password", message: t(T.errRequired, "password"))) }
        try errors.throwIfAny()
        switch try await SignInService.attempt(username: credentials.username!, password: credentials.password!, on: req) {
        case .success(let user):
            let token = TokenDigest.newToken()
            let expiresAt = req.now.addingTimeInterval(req.config.tokenLifetime)
            let record = APIToken(userID: user.id!, tokenHash: TokenDigest.hash(token), expiresAt: expiresAt)
            try await req.write { db in try await record.create(on: db) }
            let response = Response(status: .ok)
            try response.content.encode(TokenJSON(token: token, expires_at: expiresAt))
            return response
        case .invalid:
            throw AppError(.unauthorized, code: "invalid_credentials", message: t(T.signInInvalid))
        case .locked(let minutes):
            throw AppError(.tooManyRequests, code: "too_many_attempts", message: t(T.signInLocked, String(minutes)))
        }
    }
}
