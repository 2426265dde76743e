import Vapor

/// Headers every response carries, error pages and refusals included (it sits outside the error middleware).
/// The Content-Security-Policy allows scripts and styles only from this server's own files: no inline script or
/// style anywhere. With secure cookies on, DieuHanh is served over HTTPS only, and HSTS tells browsers so.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let strictTransportSecurity = "max-age=31536000; includeSubDomains"
    let secure: Bool

    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        let headers = [
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        for (name, value) in headers { response.headers.replaceOrAdd(name: name, value: value) }
        if secure { response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: Self.strictTransportSecurity) }
        if !request.url.path.hasPrefix("/assets/") {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}
