import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import DieuHanhApp

/// A browser for tests: keeps its cookies (the session, a visitor's CSRF cookie, the device cookie) and the page's
/// CSRF token, posts urlencoded forms.
final class Browser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var csrf: String?
    /// Who signed in last: a session ends 12 hours after sign-in, and a test that moves its clock on by days signs in
    /// again when the server sends it to the sign-in page, as a person back the next morning does.
    private var credentials: (username: String, password: String)?
    private var signingIn = false
    /// The session cookie, `dieuhanh-session=…`.
    var cookie: String? { cookies["dieuhanh-session"].map { "dieuhanh-session=" + $0 } }

    /// Whether it signs in again by itself when its session ended (tests of the ending itself turn it off).
    let signsInAgain: Bool

    init(_ app: Application, signsInAgain: Bool = true) {
        self.app = app
        self.signsInAgain = signsInAgain
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        let response = try await rawGet(path)
        if try await signedInAgain(after: response) { return try await rawGet(path) }
        return response
    }

    /// Signs in again when the session ended (the server sent the browser to the sign-in page, or refused a form
    /// of the old session); true when it did.
    private func signedInAgain(after response: TestingHTTPResponse) async throws -> Bool {
        guard signsInAgain, let credentials, !signingIn else { return false }
        let toSignIn = response.status == .seeOther && (response.headers.first(name: .location) ?? "").hasPrefix("/sign-in")
        let staleForm = response.status == .forbidden && response.body.string.contains("Biểu mẫu đã hết hạn")
        guard toSignIn || staleForm else { return false }
        try await signIn(credentials.username, credentials.password)
        return true
    }

    private func rawGet(_ path: String) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(
            .GET, path, headers: headers(),
            afterResponse: { response in
                self.remember(response)
                result = response
            })
        return result!
    }

    @discardableResult
    func post(_ path: String, _ form: [String: String], withCSRF: Bool = true) async throws -> TestingHTTPResponse {
        let response = try await rawPost(path, form, withCSRF: withCSRF)
        if withCSRF, try await signedInAgain(after: response) { return try await rawPost(path, form, withCSRF: withCSRF) }
        return response
    }

    private func rawPost(_ path: String, _ form: [String: String], withCSRF: Bool) async throws -> TestingHTTPResponse {
        if path == "/sign-out" { credentials = nil }
        if withCSRF && csrf == nil { try await get("/sign-in") }
        var fields = form
        if withCSRF, let csrf { fields["_csrf"] = csrf }
        let body = fields.map { key, value in "\(escape(key))=\(escape(value))" }.joined(separator: "&")
        var headers = self.headers()
        headers.contentType = .urlEncodedForm
        var result: TestingHTTPResponse?
        try await app.testing().test(
            .POST, path, headers: headers, body: ByteBuffer(string: body),
            afterResponse: { response in
                self.remember(response)
                result = response
            })
        return result!
    }

    /// Posts a `multipart/form-data` form with files, as a browser does for a form with a file input.
    @discardableResult
    func postMultipart(_ path: String, _ form: [String: String], files: [TestUpload]) async throws -> TestingHTTPResponse {
        let response = try await rawPostMultipart(path, form, files: files)
        if try await signedInAgain(after: response) { return try await rawPostMultipart(path, form, files: files) }
        return response
    }

    private func rawPostMultipart(_ path: String, _ form: [String: String], files: [TestUpload]) async throws
        -> TestingHTTPResponse
    {
        if csrf == nil { try await get("/sign-in") }
        var fields = form
        if let csrf { fields["_csrf"] = csrf }
        var headers = self.headers()
        let (contentType, body) = TestUpload.multipart(fields: fields, files: files)
        headers.replaceOrAdd(name: .contentType, value: contentType)
        var result: TestingHTTPResponse?
        try await app.testing().test(
            .POST, path, headers: headers, body: body,
            afterResponse: { response in
                self.remember(response)
                result = response
            })
        return result!
    }

    /// Signs in through the form; returns the response of the POST.
    @discardableResult
    func signIn(_ username: String, _ password: String = testPassword) async throws -> TestingHTTPResponse {
        signingIn = true
        defer { signingIn = false }
        try await get("/sign-in")
        let response = try await post("/sign-in", ["username": username, "password": password])
        // As a browser does: follow the redirect, which brings the new session's CSRF token (sign-in changes it).
        if response.status == .seeOther, let location = response.headers.first(name: .location) {
            credentials = (username, password)
            try await get(location)
        }
        return response
    }

    /// Sets a cookie as if a server (or someone planting one) had.
    func setCookie(_ name: String, _ value: String) { cookies[name] = value }

    /// Extra headers sent with every request (a client address behind the proxy, say).
    var extraHeaders = HTTPHeaders()

    private func headers() -> HTTPHeaders {
        var headers = extraHeaders
        if !cookies.isEmpty {
            headers.add(
                name: .cookie, value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        return headers
    }

    private func remember(_ response: TestingHTTPResponse) {
        for setCookie in response.headers[.setCookie] {
            let pair = setCookie.split(separator: ";")[0]
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            let expired = setCookie.lowercased().contains("max-age=0") || setCookie.contains("1970")
            cookies[name] = expired || value.isEmpty ? nil : value
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

    static func signIn(_ app: Application, _ username: String, _ password: String = testPassword) async throws -> APIClient {
        var token = ""
        try await app.testing().test(
            .POST, "/api/v1/auth/token",
            beforeRequest: { req in
                try req.content.encode(["username": username, "password": password])
            },
            afterResponse: { res in
                #expect(res.status == .ok)
                token = try res.content.get(String.self, at: "token")
            })
        return APIClient(app: app, token: token)
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, json: [String: Any]? = nil, raw: String? = nil) async throws
        -> TestingHTTPResponse
    {
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
    /// A real (if empty) Word container: the server reads the zip's directory, not just its first bytes.
    static var docx: Data {
        zip(["[Content_Types].xml": "<Types/>", "_rels/.rels": "<Relationships/>", "word/document.xml": "<w:document/>"])
    }

    static func zip(_ entries: [String: String]) -> Data {
        let archive = try! Archive(accessMode: .create)
        for (path, text) in entries.sorted(by: { $0.key < $1.key }) {
            let bytes = Data(text.utf8)
            try! archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate,
                provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
        }
        return archive.data!
    }
}

extension TestingHTTPResponse {
    /// The JSON body as a dictionary.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]) ?? [:]
    }

    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
}
