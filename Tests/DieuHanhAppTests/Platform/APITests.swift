import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("JSON API: tokens, units, users, errors, roles")
struct APITests {
    @Test func tokenSignInReturnsATokenThatExpires() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            try await app.testing().test(
                .POST, "/api/v1/auth/token",
                beforeRequest: { req in
                    try req.content.encode(["username": "admin", "password": testPassword])
                },
                afterResponse: { res in
                    #expect(res.status == .ok)
                    #expect((res.json["token"] as? String)?.count ?? 0 >= 40)
                    #expect(res.json["expires_at"] != nil)
                })
        }
    }

    @Test func wrongCredentialsAre401WithTheErrorShape() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            try await app.testing().test(
                .POST, "/api/v1/auth/token",
                beforeRequest: { req in
                    try req.content.encode(["username": "admin", "password": "nope"])
                },
                afterResponse: { res in
                    #expect(res.status == .unauthorized)
                    #expect(res.errorCode == "invalid_credentials")
                })
        }
    }

    @Test func routesNeedAToken() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/api/v1/units") { res in
                #expect(res.status == .unauthorized)
                #expect(res.errorCode == "unauthorized")
            }
            var headers = HTTPHeaders()
            headers.bearerAuthorization = .init(token: "forged")
            try await app.testing().test(.GET, "/api/v1/units", headers: headers) { res in
                #expect(res.status == .unauthorized)
            }
        }
    }

    @Test func malformedJSONIsA400NotA500() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let api = try await APIClient.signIn(app, "admin")
            let response = try await api.send(.POST, "/api/v1/units", raw: "{\"code\": ")
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "bad_request")
        }
    }

    @Test func validationReturnsAllFieldProblemsAt422() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let api = try await APIClient.signIn(app, "admin")
            let response = try await api.send(.POST, "/api/v1/units", json: ["code": "bad code!", "name": "", "kind": "x"])
            #expect(response.status == .unprocessableEntity)
            let fields = ((response.json["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap {
                $0["field"] as? String
            }
            #expect(Set(fields) == ["code", "name", "kind"])
        }
    }

    @Test func badPagingIsRefusedClearly() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let api = try await APIClient.signIn(app, "admin")
            #expect(try await api.send(.GET, "/api/v1/units?per=100000").status == .unprocessableEntity)
            #expect(try await api.send(.GET, "/api/v1/units?page=abc").status == .unprocessableEntity)
        }
    }

    @Test func adminCreatesUpdatesAndClosesUnits() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let api = try await APIClient.signIn(app, "admin")
            let created = try await api.send(
                .POST, "/api/v1/units",
                json: [
                    "code": "SYT", "name": "Sở Y tế", "kind": "department",
                    "parent_id": p.ubnd.id!.uuidString,
                ])
            #expect(created.status == .created)
            let id = try #require(created.json["id"] as? String)
            let renamed = try await api.send(.PATCH, "/api/v1/units/\(id)", json: ["name": "Sở Y tế tỉnh", "version": 1])
            #expect(renamed.status == .ok)
            #expect(renamed.json["name"] as? String == "Sở Y tế tỉnh")
            #expect(renamed.json["version"] as? Int == 2)
            let stale = try await api.send(.PATCH, "/api/v1/units/\(id)", json: ["name": "Cũ", "version": 1])
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "conflict")
            let closed = try await api.send(.POST, "/api/v1/units/\(id)/close", json: ["valid_to": "2025-06-30"])
            #expect(closed.status == .ok)
            #expect(closed.json["valid_to"] as? String == "2025-06-30")
            let list = try await api.send(.GET, "/api/v1/units?q=so+y+te")
            #expect(list.json["total"] as? Int == 0)
            let withClosed = try await api.send(.GET, "/api/v1/units?q=so+y+te&include_closed=true")
            #expect(withClosed.json["total"] as? Int == 1)
        }
    }

    @Test func unitOfficerCannotReadOrChangeAnotherUnitByEditingIDs() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let stcUser = try await makeUser(app, "canbo.stc", role: .unitOfficer, unit: p.stc)
            let api = try await APIClient.signIn(app, "canbo.snv")
            // Reads: own subtree only.
            let list = try await api.send(.GET, "/api/v1/units")
            let codes = Set((list.json["items"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
            #expect(codes == ["SNV", "CCVT"])
            #expect(try await api.send(.GET, "/api/v1/units/\(p.archives.id!)").status == .ok)
            let foreign = try await api.send(.GET, "/api/v1/units/\(p.stc.id!)")
            #expect(foreign.status == .notFound)
            #expect(!foreign.body.string.contains("Sở Tài chính"))
            #expect(try await api.send(.GET, "/api/v1/users/\(stcUser.id!)").status == .notFound)
            let users = try await api.send(.GET, "/api/v1/users")
            let names = Set((users.json["items"] as? [[String: Any]] ?? []).compactMap { $0["username"] as? String })
            #expect(names == ["canbo.snv"])
            // Writes: refused, even to its own unit, and nothing changes.
            let patch = try await api.send(.PATCH, "/api/v1/units/\(p.stc.id!)", json: ["name": "Đổi tên"])
            #expect(patch.status == .forbidden)
            let moveSelf = try await api.send(.PATCH, "/api/v1/users/\(stcUser.id!)", json: ["unit_id": p.snv.id!.uuidString])
            #expect(moveSelf.status == .forbidden)
            let create = try await api.send(
                .POST, "/api/v1/users",
                json: [
                    "username": "hacker", "full_name": "H",
                    "role": "admin",
                ])
            #expect(create.status == .forbidden)
            #expect(try await OrgUnit.find(p.stc.id, on: app.db)?.name == "Sở Tài chính")
            #expect(try await UserAccount.find(stcUser.id, on: app.db)?.unitID == p.stc.id)
            #expect(try await UserAccount.query(on: app.db).filter(\.$username == "hacker").count() == 0)
        }
    }

    @Test func leaderAndViewerReadEverythingButWriteNothing() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            for role in [Role.leader, .viewer, .coordinator] {
                try await makeUser(app, role.rawValue, role: role)
                let api = try await APIClient.signIn(app, role.rawValue)
                #expect(try await api.send(.GET, "/api/v1/units").json["total"] as? Int == 4)
                #expect(try await api.send(.GET, "/api/v1/units/\(p.stc.id!)").status == .ok)
                #expect(
                    try await api.send(.POST, "/api/v1/units/\(p.stc.id!)/close", json: ["valid_to": "2025-01-01"]).status
                        == .forbidden)
                #expect(try await api.send(.GET, "/api/v1/audit").status == .forbidden)
            }
        }
    }

    @Test func adminCreatesAUserWithAGeneratedPasswordAndCanResetIt() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let api = try await APIClient.signIn(app, "admin")
            let created = try await api.send(
                .POST, "/api/v1/users",
                json: [
                    "username": "lanhdao", "full_name": "Trần Văn Minh",
                    "role": "leader", "unit_id": p.ubnd.id!.uuidString,
                ])
            #expect(created.status == .created)
            let password = try #require(created.json["password"] as? String)
            let id = try #require((created.json["user"] as? [String: Any])?["id"] as? String)
            let leader = try await APIClient.signIn(app, "lanhdao", password)
            #expect(try await leader.send(.GET, "/api/v1/me").json["role"] as? String == "leader")
            let reset = try await api.send(.POST, "/api/v1/users/\(id)/reset-password", json: [:])
            let newPassword = try #require(reset.json["password"] as? String)
            #expect(newPassword != password)
            // The old token was revoked with the old password.
            #expect(try await leader.send(.GET, "/api/v1/me").status == .unauthorized)
        }
    }

    @Test func everyErrorIsJSONWithCodeAndMessage() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let api = try await APIClient.signIn(app, "admin")
            for path in ["/api/v1/units/not-a-uuid", "/api/v1/units/\(UUID())", "/api/v1/nothing-here"] {
                let response = try await api.send(.GET, path)
                #expect(response.status == .notFound)
                let error = response.json["error"] as? [String: Any]
                #expect(error?["code"] as? String == "not_found")
                #expect((error?["message"] as? String)?.isEmpty == false)
            }
        }
    }
}

@Suite("OpenAPI document")
struct OpenAPITests {
    @Test func describesEveryAPIRouteAndNothingElse() async throws {
        try await withTestApp { app in
            // setup: the routes the app really serves under /api/v1, plus /health
            let served = Set(
                app.routes.all.compactMap { route -> String? in
                    let path =
                        "/"
                        + route.path.map { component -> String in
                            if case .parameter(let name) = component { return "{\(name)}" }
                            return component.description
                        }.joined(separator: "/")
                    guard path.hasPrefix("/api/v1") || path == "/health" else { return nil }
                    return "\(route.method.rawValue.lowercased()) \(path)"
                })
            // act
            var documented: Set<String> = []
            try await app.testing().test(.GET, "/api/v1/openapi.json") { res in
                #expect(res.status == .ok)
                #expect(res.json["openapi"] as? String == "3.1.0")
                let paths = res.json["paths"] as? [String: [String: Any]] ?? [:]
                for (path, methods) in paths { for method in methods.keys { documented.insert("\(method) \(path)") } }
            }
            // check
            #expect(served == documented)
        }
    }
}
