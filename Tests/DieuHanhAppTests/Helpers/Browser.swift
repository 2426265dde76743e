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

    /// Posts a `multipart/form-data` form with files, as a browser does for a form with a file input.
    @discardableResult
    func postMultipart(_ path: String, _ form: [String: String], files: [TestUpload]) async throws -> TestingHTTPResponse {
        if csrf == nil { try await get("/sign-in") }
        var fields = form
        if let csrf { fields["_csrf"] = csrf }
        var headers = self.headers()
        let (contentType, body) = TestUpload.multipart(fields: fields, files: files)
        headers.replaceOrAdd(name: .contentType, value: contentType)
        var result: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: headers, body: body, afterResponse: { response in
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

    /// A multipart POST with files (the API takes JSON or, for steps with files, multipart).
    @discardableResult
    func postMultipart(_ path: String, _ fields: [String: String], files: [TestUpload]) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.bearerAuthorization = BearerAuthorization(token: token)
        let (contentType, body) = TestUpload.multipart(fields: fields, files: files)
        headers.replaceOrAdd(name: .contentType, value: contentType)
        var result: TestingHTTPResponse?
        try await app.testing().test(.POST, path, headers: headers, body: body, afterResponse: { result = $0 })
        return result!
    }
}

/// A file for a multipart test request.
struct TestUpload {
    var fileName: String
    var data: Data
    var field = "files[]"

    static let boundary = "----DieuHanhTestBoundary7MA4YWxkTrZu0gW"

    static func multipart(fields: [String: String], files: [TestUpload]) -> (String, ByteBuffer) {
        var body = Data()
        func add(_ text: String) { body.append(Data(text.utf8)) }
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.fileName)\"\r\n")
            add("Content-Type: application/octet-stream\r\n\r\n")
            body.append(file.data)
            add("\r\n")
        }
        add("--\(boundary)--\r\n")
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(data: body))
    }

    /// The smallest bytes each kind is recognised by (not full files: the server only sniffs).
    static let pdf = Data("%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".utf8)
    static let html = Data("<html><script>alert(1)</script></html>".utf8)
    static var docx: Data {
        var d = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 26)
        d.append(Data("[Content_Types].xml....word/document.xml".utf8))
        return d
    }
}

extension TestingHTTPResponse {
    /// The JSON body as a dictionary.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]) ?? [:]
    }

    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}
