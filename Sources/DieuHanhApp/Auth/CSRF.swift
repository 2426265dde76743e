import Vapor

/// Every form carries the session's CSRF token (`_csrf`); a state-changing request without it is refused.
/// The API is exempt: it takes bearer tokens, which a foreign page cannot send.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"
    static let header = "X-CSRF-Token"

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method) {
            // The token is in the body, and a body larger than the first network read is still streaming when
            // middleware runs: collect it here (the route then finds it collected). Uploads may be larger.
            if request.body.data == nil {
                let limit = request.headers.contentType == .formData ? AttachmentService.maxRequestBytes
                    : request.application.routes.defaultMaxBodySize.value
                _ = try await request.body.collect(max: limit).get()
            }
            let sent = request.headers.first(name: Self.header)
                ?? (try? request.content.get(String.self, at: Self.field))
            guard let expected = request.session.data["csrf"], let sent,
                  constantTimeEquals(Array(expected.utf8), Array(sent.utf8)) else {
                throw AppError(.forbidden, code: "csrf", message: request.t(T.errCSRF))
            }
        }
        return try await next.respond(to: request)
    }

    private func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Request {
    /// The session's CSRF token, created on first use.
    var csrfToken: String {
        if let token = session.data["csrf"] { return token }
        let token = TokenDigest.newToken()
        session.data["csrf"] = token
        return token
    }
}
