import Vapor

/// Every form carries a CSRF token (`_csrf`); a state-changing request without the right one is refused.
/// Signed in, the token lives in the session. A visitor (the sign-in form, the language switch) gets it in a cookie
/// of its own and sends it back in the form, so nothing is stored on the server for someone who has not signed in.
/// The API is exempt: it takes bearer tokens, which a foreign page cannot send.
///
/// The body was collected, within the route's limit for this user, by `BodyLimitMiddleware`. A multipart body is
/// not parsed here: only its part headers are read to find the token (`MultipartField`), off Swift's cooperative
/// threads when it is large.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"
    static let visitorCookie = "dieuhanh-csrf"

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method) {
            let sent = try await Self.sentToken(request)
            guard let expected = request.expectedCSRFToken, let sent,
                TokenDigest.constantTimeEquals(expected, sent)
            else {
                throw AppError(.forbidden, code: "csrf", message: request.t(T.errCSRF))
            }
        }
        let response = try await next.respond(to: request)
        if let token = request.storage[NewVisitorToken.self] {
            response.cookies[Self.visitorCookie] = HTTPCookies.Value(
                string: token, path: "/", isSecure: request.config.secureCookies, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    private static func sentToken(_ request: Request) async throws -> String? {
        if let header = request.headers.first(name: Self.header) { return header }
        guard let type = request.headers.contentType else { return nil }
        if type == .formData {
            guard let boundary = type.parameters["boundary"], let body = request.body.data else { return nil }
            if body.readableBytes < 256 * 1024 { return MultipartField.value(named: field, in: body, boundary: boundary) }
            return try await request.application.workPool.run { MultipartField.value(named: field, in: body, boundary: boundary) }
        }
        return try? request.content.get(String.self, at: Self.field)
    }
}

/// A visitor's token made during this request, to be set as the cookie on the way out.
private struct NewVisitorToken: StorageKey { typealias Value = String }

extension Request {
    /// The token for this request's forms: the session's when signed in (created on first use), else the visitor's.
    var csrfToken: String {
        if currentUser != nil {
            if let token = session.data["csrf"] { return token }
            let token = TokenDigest.newToken()
            session.data["csrf"] = token
            return token
        }
        if let token = storage[NewVisitorToken.self] ?? visitorCSRFCookie { return token }
        let token = TokenDigest.newToken()
        storage[NewVisitorToken.self] = token
        return token
    }

    /// The token a state-changing request must send.
    fileprivate var expectedCSRFToken: String? {
        currentUser != nil ? session.data["csrf"] : visitorCSRFCookie
    }

    private var visitorCSRFCookie: String? {
        guard let value = cookies[CSRFMiddleware.visitorCookie]?.string, value.count >= 32, value.count <= 64 else { return nil }
        return value
    }
}
