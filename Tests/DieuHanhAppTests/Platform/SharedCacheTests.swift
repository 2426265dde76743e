import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// What `SharedCache` keeps in memory (units, leaders, calendar, sessions, users) is read again after every write
/// that changes it — made through this instance or through another one on the same database.
@Suite struct SharedCacheTests {
    @Test func theListPageShowsUnitsAndLeadersChangedAfterItWasFirstShown() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            let before = try await browser.get("/tasks").body.string
            #expect(before.contains("Sở Nội vụ"))
            #expect(!before.contains("Sở Y tế"))
            #expect(!before.contains("Người lanhdao"))

            try await makeUnit(app, "SYT", "Sở Y tế", parent: p.ubnd)
            try await app.write { db in
                let snv = try #require(try await OrgUnit.find(p.snv.id, on: db))
                try await UnitService.update(
                    snv, with: UnitDraft(code: "SNV", name: "Sở Nội vụ tỉnh", kind: snv.kind, parentID: p.ubnd.id),
                    expectedVersion: nil, actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
            }
            try await makeUser(app, "lanhdao", role: .leader)
            let after = try await browser.get("/tasks").body.string
            #expect(after.contains("Sở Y tế"))
            #expect(after.contains("Sở Nội vụ tỉnh"))
            #expect(after.contains("Người lanhdao"))

            // A role taken away takes the leader out of the filter.
            try await app.write { db in
                let leader = try #require(try await UserAccount.query(on: db).filter(\.$username == "lanhdao").first())
                try await UserService.update(
                    leader,
                    with: UserDraft(
                        username: "lanhdao", fullName: leader.fullName, role: Role.viewer.rawValue, unitID: nil,
                        password: nil),
                    expectedVersion: nil, actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
            }
            #expect(!(try await browser.get("/tasks").body.string.contains("Người lanhdao")))
        }
    }

    @Test func aDayOffAddedOnTheCalendarPageIsInTheNextRequestsCalendar() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let monday = try #require(CivilDate.parse("23/11/2026"))
            #expect(try await Self.calendar(app).isWorkingDay(monday))
            let admin = Browser(app)
            try await admin.signIn("admin")
            try await admin.get("/calendar")
            let added = try await admin.post(
                "/calendar/days", ["from": "23/11/2026", "to": "", "kind": "day_off", "note": "Nghỉ bù"])
            #expect(added.status == .seeOther)
            #expect(!(try await Self.calendar(app).isWorkingDay(monday)))
        }
    }

    @Test func aSignedOutOrChangedSessionIsNotServedFromMemory() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let browser = Browser(app, signsInAgain: false)
            try await browser.signIn("canbo.snv")
            #expect(try await browser.get("/tasks").status == .ok)
            let cookie = try #require(browser.cookie)
            try await browser.post("/sign-out", [:])
            #expect(try await Self.get(app, "/tasks", cookie: cookie).status == .seeOther)

            // Deactivated by the administrator: the user's next page sends them to sign in.
            try await browser.signIn("canbo.snv")
            #expect(try await browser.get("/tasks").status == .ok)
            try await app.write { db in
                let user = try #require(try await UserAccount.query(on: db).filter(\.$username == "canbo.snv").first())
                try await UserService.setActive(
                    user, false, actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
            }
            #expect(try await browser.get("/tasks").status == .seeOther)
        }
    }

    @Test func aSecondInstanceOnTheSameDatabaseSeesTheFirstOnesChanges() async throws {
        let file = NSTemporaryDirectory() + "dieuhanh-two-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file + suffix) } }
        let shared = ConfigBox()
        try await withTestApp(adjust: {
            if $0.database == .sqliteMemory { $0.database = .sqliteFile(file) }
            shared.config = $0
        }) { first in
            let p = try await SmallProvince.make(first)
            let second = try await Application.make(.testing)
            second.logger.logLevel = .warning
            do {
                try await configure(second, config: try #require(shared.config))
                let here = Browser(first, signsInAgain: false)
                try await here.signIn("admin")
                let cookie = try #require(here.cookie)
                // The second instance reads the session and the units into its memory…
                let shown = try await Self.get(second, "/tasks", cookie: cookie)
                #expect(shown.status == .ok)
                #expect(shown.body.string.contains("Sở Tài chính"))

                // …the first changes them…
                try await first.write { db in
                    let stc = try #require(try await OrgUnit.find(p.stc.id, on: db))
                    try await UnitService.update(
                        stc, with: UnitDraft(code: "STC", name: "Sở Tài chính tỉnh", kind: stc.kind, parentID: p.ubnd.id),
                        expectedVersion: nil, actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
                }
                let admin = Browser(first)
                try await admin.signIn("admin")
                try await admin.get("/calendar")
                try await admin.post("/calendar/days", ["from": "23/11/2026", "to": "", "kind": "day_off", "note": "Nghỉ"])
                // …and the second's next request shows the change.
                #expect(try await Self.get(second, "/tasks", cookie: cookie).body.string.contains("Sở Tài chính tỉnh"))
                #expect(!(try await Self.calendar(second).isWorkingDay(try #require(CivilDate.parse("23/11/2026")))))

                // Signed out on the first, the session no longer opens a page on the second.
                try await here.post("/sign-out", [:])
                #expect(try await Self.get(second, "/tasks", cookie: cookie).status == .seeOther)
            } catch {
                try? await second.asyncShutdown()
                throw error
            }
            try await second.asyncShutdown()
        }
    }

    private final class ConfigBox: @unchecked Sendable {
        var config: AppConfig?
    }

    private static func get(_ app: Application, _ path: String, cookie: String) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await app.testing().test(.GET, path, headers: ["Cookie": cookie], afterResponse: { result = $0 })
        return result!
    }

    /// The calendar as a new request of `app` reads it (through the instance's copy).
    private static func calendar(_ app: Application) async throws -> WorkingCalendar {
        try await Request(application: app, on: app.eventLoopGroup.any()).cachedCalendar()
    }
}
