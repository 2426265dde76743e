import DieuHanhCore
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Any integer in a page number, and each role's view of the users.
@Suite struct APIHardeningTests {
    static let pagedLists = [
        "/api/v1/units", "/api/v1/users", "/api/v1/tasks", "/api/v1/documents", "/api/v1/programme/items",
        "/api/v1/indicators", "/api/v1/report-requests", "/api/v1/reporting-regimes",
        "/api/v1/report-reminders", "/api/v1/audit",
    ]

    @Test(arguments: pagedLists)
    func theLargestPageNumberIsRefusedNotACrash(path: String) async throws {
        try await withTestApp { app in
            // setup
            _ = try await SmallProvince.make(app)
            let api = try await APIClient.signIn(app, "admin")
            // act
            let huge = try await api.send(.GET, path + "?page=9223372036854775807")
            let past = try await api.send(.GET, path + "?page=\(PageWindow.maxPage)&per=500")
            let overflowing = try await api.send(.GET, path + "?page=99999999999999999999999")
            // check: refused with the field named, or (at the last page allowed) an empty page
            #expect(huge.status == .unprocessableEntity, "\(path): \(huge.status)")
            #expect(huge.body.string.contains("\"page\""))
            #expect(past.status == .ok, "\(path): \(past.status)")
            let items =
                (try JSONSerialization.jsonObject(with: Data(past.body.readableBytesView)) as? [String: Any])?["items"] as? [Any]
            #expect(items?.isEmpty == true)
            #expect(overflowing.status == .unprocessableEntity)
        }
    }

    @Test(arguments: [
        "/tasks", "/documents", "/users", "/audit", "/programme/due", "/reports/requests", "/reports/reminders",
        "/indicators", "/units",
    ])
    func aBrowserListPastItsEndAnswers(path: String) async throws {
        try await withTestApp { app in
            // setup
            _ = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            // act
            let huge = try await browser.get(path + "?page=9223372036854775807")
            let garbage = try await browser.get(path + "?page=-9223372036854775808")
            // check
            #expect(huge.status.code < 500, "\(path): \(huge.status)")
            #expect(garbage.status.code < 500, "\(path): \(garbage.status)")
        }
    }

    @Test func aViewerSeesPeopleByNameAndRoleButNoLogins() async throws {
        try await withTestApp { app in
            // setup
            let p = try await SmallProvince.make(app)
            try await makeUser(app, "xem", role: .viewer, unit: p.stc)
            let viewer = try await APIClient.signIn(app, "xem")
            let admin = try await APIClient.signIn(app, "admin")
            // act
            let seenByViewer = try await viewer.send(.GET, "/api/v1/users")
            let seenByAdmin = try await admin.send(.GET, "/api/v1/users")
            let me = try await viewer.send(.GET, "/api/v1/me")
            // check
            func items(_ response: TestingHTTPResponse) throws -> [[String: Any]] {
                let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                return json?["items"] as? [[String: Any]] ?? []
            }
            #expect(seenByViewer.status == .ok)
            let officer = try #require(try items(seenByViewer).first { $0["full_name"] as? String == "Người canbo.snv" })
            #expect(officer["username"] == nil && officer["version"] == nil)
            #expect(officer["role"] as? String == "unit_officer")
            let own = try items(seenByViewer).first { $0["full_name"] as? String == "Người xem" }
            #expect(own?["username"] as? String == "xem")
            #expect(try items(seenByAdmin).contains { $0["username"] as? String == "canbo.snv" })
            #expect(try me.content.get(String.self, at: "username") == "xem")
        }
    }

    @Test func aUnitPageNamesItsPeopleWithTheirLoginsOnlyForAdministrators() async throws {
        try await withTestApp { app in
            // setup
            let p = try await SmallProvince.make(app)
            try await makeUser(app, "xem", role: .viewer, unit: p.stc)
            let viewer = Browser(app)
            let admin = Browser(app)
            try await viewer.signIn("xem")
            try await admin.signIn("admin")
            // act
            let byViewer = try await viewer.get("/units/\(p.snv.id!)")
            let byAdmin = try await admin.get("/units/\(p.snv.id!)")
            // check
            #expect(byViewer.body.string.contains("Người canbo.snv"))
            #expect(!byViewer.body.string.contains("(canbo.snv)"))
            #expect(byAdmin.body.string.contains("(canbo.snv)"))
        }
    }
}
