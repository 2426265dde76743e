import DieuHanhCore
import Vapor

/// How much body a request may send, decided by the route and by who is asking, before any of it is read.
/// Signed out: `signedOut` (the sign-in form and the token request are a few hundred bytes). Signed in: the
/// route's upload allowance when the user's role may upload there, otherwise `routes.defaultMaxBodySize`.
/// A declared `Content-Length` over the limit is refused at once; a chunked body is counted as it streams and
/// cut at the limit. Either way the answer is a 413 and the server never holds more than the limit.
///
/// Sits after the authenticators (it needs the user) and before CSRF and the routes (which read the body).
struct BodyLimitMiddleware: AsyncMiddleware {
    static let signedOut = 64 * 1024

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let limit = Self.limit(for: request)
        if let declared = request.headers.first(name: .contentLength).flatMap(Int.init), declared > limit {
            throw Self.tooLarge(request)
        }
        if request.body.data == nil {
            do {
                // `collect(max:)` refuses a body that reaches `max`; a body of exactly `limit` bytes is allowed.
                _ = try await request.body.collect(max: limit + 1).get()
            } catch let error as AbortError where error.status == .payloadTooLarge {
                throw Self.tooLarge(request)
            }
        }
        return try await next.respond(to: request)
    }

    static func limit(for request: Request) -> Int {
        // A linked deployment signs its messages rather than signing in; a report's files travel inside them.
        if let peerMessages = request.route?.userInfo[peerMessagesKey] as? Int { return peerMessages }
        guard let user = request.currentUser else { return signedOut }
        let fallback = request.application.routes.defaultMaxBodySize.value
        guard let allowance = request.route?.userInfo[UploadAllowance.key] as? UploadAllowance,
            allowance.roles.contains(user.userRole)
        else { return fallback }
        return max(fallback, allowance.maxBytes)
    }

    private static func tooLarge(_ request: Request) -> AppError {
        AppError(.payloadTooLarge, code: "payload_too_large", message: request.t(T.errTooLarge))
    }
}

/// A route that takes files: how large a body it accepts, and from which roles (the route still checks the
/// finer rights itself; this only decides who may make the server hold a large body).
struct UploadAllowance: Sendable {
    static let key: AnySendableHashable = "dieuhanh.uploadAllowance"
    /// Everyone who may record something with files attached; viewers read only.
    static let contributors = Set(Role.allCases.filter { !$0.isReadOnly })
    static let office = Set(Role.allCases.filter(\.canManageTrackingData))

    let maxBytes: Int
    let roles: Set<Role>
}

extension BodyLimitMiddleware {
    static let peerMessagesKey: AnySendableHashable = "dieuhanh.peerMessages"
}

extension Route {
    /// Marks the route as taking signed messages of up to `maxBytes` from linked deployments.
    @discardableResult
    func acceptsPeerMessages(upTo maxBytes: Int) -> Route {
        userInfo[BodyLimitMiddleware.peerMessagesKey] = maxBytes
        return self
    }

    /// Marks the route as taking uploads of up to `maxBytes` from the given roles (see `BodyLimitMiddleware`).
    @discardableResult
    func acceptsUploads(
        upTo maxBytes: Int = AttachmentService.maxRequestBytes,
        from roles: Set<Role> = UploadAllowance.contributors
    ) -> Route {
        userInfo[UploadAllowance.key] = UploadAllowance(maxBytes: maxBytes, roles: roles)
        return self
    }
}
