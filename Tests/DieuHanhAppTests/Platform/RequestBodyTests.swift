import Fluent
import NIOCore
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("Request bodies: limits by route and role, multipart read safely")
struct RequestBodyTests {
    /// A body of `size` bytes that claims to be a multipart form.
    static func bigMultipart(_ size: Int) -> (HTTPHeaders, ByteBuffer) {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(TestUpload.boundary)")
        let body = ByteBuffer(repeating: UInt8(ascii: "x"), count: size)
        return (headers, body)
    }

    @Test func aLargeBodyFromSomeoneSignedOutIsRefusedBeforeItIsRead() async throws {
        try await withTestApp { app in
            for path in [
                "/sign-in", "/language", "/api/v1/auth/token", "/tasks/00000000-0000-0000-0000-000000000000/actions/progress",
            ] {
                let (headers, body) = Self.bigMultipart(20 * 1024 * 1024)
                try await app.testing().test(.POST, path, headers: headers, body: body) { response in
                    #expect(response.status == .payloadTooLarge, "\(path)")
                }
            }
            // A sign-in form of ordinary size still goes through to its checks.
            var headers = HTTPHeaders()
            headers.contentType = .json
            try await app.testing().test(
                .POST, "/api/v1/auth/token", headers: headers,
                body: ByteBuffer(string: #"{"username":"ai","password":"sai-mat-khau-1"}"#)
            ) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func onlyRolesThatMayUploadMaySendLargeBodies() async throws {
        try await withTestApp { app in
            let p = try await TasksAPITests().load(app)
            try await makeUser(app, "xem", role: .viewer, unit: p.snv)
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            let pdf = TestUpload(fileName: "bao-cao.pdf", data: TestUpload.pdf + Data(repeating: 0x20, count: 3 * 1024 * 1024))
            let path = "/api/v1/tasks/\(task.id!)/events"
            let viewer = try await APIClient.signIn(app, "xem")
            #expect(
                try await viewer.postMultipart(path, ["action": "progress", "note": "x"], files: [pdf]).status == .payloadTooLarge
            )
            let officer = try await APIClient.signIn(app, "canbo.snv")
            let sent = try await officer.postMultipart(
                path, ["action": "progress", "note": "Tiến độ kèm tệp", "percent": "50"], files: [pdf])
            #expect(sent.status == .created)
            // Not an upload route: the ordinary 2 MB.
            let (headers, body) = Self.bigMultipart(3 * 1024 * 1024)
            var withToken = headers
            withToken.bearerAuthorization = BearerAuthorization(token: officer.token)
            try await app.testing().test(.PATCH, "/api/v1/units/\(p.snv.id!)", headers: withToken, body: body) { response in
                #expect(response.status == .payloadTooLarge)
            }
        }
    }

    @Test func theFormTokenIsFoundWhereverItSitsInAMultipartForm() async throws {
        try await withTestApp { app in
            _ = try await TasksAPITests().load(app)
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            let browser = Browser(app)
            try await browser.signIn("canbo.snv")
            try await browser.get("/tasks/\(task.id!)")
            let token = try #require(browser.csrf)
            // The token after the file, as a form with the file input first sends it.
            var body = Data()
            func add(_ text: String) { body.append(Data(text.utf8)) }
            let b = TestUpload.boundary
            add(
                "--\(b)\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
            )
            body.append(TestUpload.pdf)
            add("\r\n--\(b)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nĐang làm\r\n")
            add("--\(b)\r\nContent-Disposition: form-data; name=\"percent\"\r\n\r\n30\r\n")
            add("--\(b)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n--\(b)--\r\n")
            var headers = HTTPHeaders()
            headers.add(name: .cookie, value: try #require(browser.cookie))
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(b)")
            try await app.testing().test(
                .POST, "/tasks/\(task.id!)/actions/progress", headers: headers, body: ByteBuffer(data: body)
            ) { response in
                #expect(response.status == .seeOther)
            }
            // A file part named like the token is not the token.
            var forged = Data(
                "--\(b)\r\nContent-Disposition: form-data; name=\"_csrf\"; filename=\"x\"\r\n\r\n\(token)\r\n--\(b)--\r\n".utf8)
            forged.append(Data())
            try await app.testing().test(
                .POST, "/tasks/\(task.id!)/actions/progress", headers: headers, body: ByteBuffer(data: forged)
            ) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test(arguments: [
        "--\(TestUpload.boundary)--\r\n",
        "--\(TestUpload.boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\ncut sh",
        "not multipart at all", "",
        // MultipartKit 4.7.1 traps on a header name byte above 127: the first, a later header, a later part.
        "--\(TestUpload.boundary)\r\n\u{7BC87}`+\nG^--\(TestUpload.boundary)--\r\n",
        "--\(TestUpload.boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\nNội: x\r\n\r\nv\r\n--\(TestUpload.boundary)--\r\n",
        "--\(TestUpload.boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nv\r\n--\(TestUpload.boundary)\r\nĐ\r\n",
    ])
    func aBrokenMultipartBodyIsABadRequest(_ text: String) async throws {
        try await withTestApp { app in
            let p = try await TasksAPITests().load(app)
            let task = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            let officer = try await APIClient.signIn(app, "canbo.snv")
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: officer.token)
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(TestUpload.boundary)")
            for path in ["/api/v1/tasks/\(task.id!)/events", "/api/v1/units/\(p.snv.id!)"] {
                try await app.testing().test(.POST, path, headers: headers, body: ByteBuffer(string: text)) { response in
                    #expect(response.status.code >= 400 && response.status.code < 500, "\(path): \(response.status)")
                }
            }
        }
    }
}
