@testable import DieuHanhApp
import Foundation
import Testing
import Vapor
import VaporTesting

/// A browser for tests: keeps the session cookie and the page's CSRF token, posts urlencoded forms.
final class Browser: @unchecked Sendable {
    let app: Application
    private(set) var cookie: String?
    private(set) var csrf: String?

    init(_ app: Application) { self.app = app }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(.GET, path, headers: headers(), afterResponse: { response in
            self.remember(response)
            result = response
        })
        return result!
    }

    @discardableResult
    func post(_ path: String, _ form: [String: String], withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        if withCSRF && csrf == nil { try await get("/sign-in") }
        var fields = form
        if withCSRF, let csrf { fields["_csrf"] = csrf }
        let body = fields.map { key, value in "\(escape(key))=\(escape(value))" }.joined(separator: "&")
        var headers = self.headers()
        headers.contentType = .urlEncodedForm
        var result: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: headers, body: ByteBuffer(string: body), afterResponse: { response in
            self.remember(response)
            result = response
        })
        return result!
    }

    /// Signs in through the form; returns the response of the POST.
    @discardableResult
    func signIn(_ username: String, _ password: String = "matkhau123") async throws -> TestingHTTPResponse {
        try await get("/sign-in")
        return try await post("/sign-in", ["username": username, "password": password])
    }

    private func headers() -> HTTPHeaders {
        var headers = HTTPHeaders()
        if let cookie { headers.add(name: .cookie, value: cookie) }
        return headers
    }

    private func remember(_ response: TestingHTTPResponse) {
        if let setCookie = response.headers.first(name: .setCookie), setCookie.hasPrefix("dieuhanh-session=") {
            cookie = String(setCookie.split(separator: ";")[0])
        }
        let html = response.body.string
        if let range = html.range(of: #"name="_csrf" value="[^"]+""#, options: .regularExpression) {
            csrf = String(html[range].dropFirst(#"name="_csrf" value=""#.count).dropLast())
        }
    }

    private func escape(_ s: String) -> String {
        s.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? s
    }
}

/// The API with a bearer token.
struct APIClient {
    let app: Application
    let token: String

    static func signIn(_ app: Application, _ username: String, _ password: String = "matkhau123") async throws -> APIClient {
        var token = ""
        try await app.testing().test(.POST, "/api/v1/auth/token", beforeRequest: { req in
            try req.content.encode(["username": username, "password": password])
        }, afterResponse: { res in
            #expect(res.status == .ok)
            token = try res.content.get(String.self, at: "token")
        })
        return APIClient(app: app, token: token)
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, json: [String: Any]? = nil, raw: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        } else if let raw {
            headers.contentType = .json
            body = ByteBuffer(string: raw)
        }
        var result: TestingHTTPResponse?
        try await app.testing().test(method, path, headers: headers, body: body, afterResponse: { result = $0 })
        return result!
    }
}

extension TestingHTTPResponse {
    /// The JSON body as a dictionary.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]) ?? [:]
    }

    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}
