import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("Sessions, the sign-in throttle and security headers")
struct SessionHardeningTests {
    /// In-memory test requests have no peer address ("unknown"): trusting it as the proxy lets each test browser
    /// name its client address in `X-Forwarded-For`.
    static func behindProxy(_ config: inout AppConfig) {
        config.trustedProxy = "unknown"
        config.signInLimits = SignInLimits(perNameAndClient: 5, perClient: 30, perNameFromUnknownClients: 8)
    }

    static func browser(_ app: Application, from address: String) -> Browser {
        let browser = Browser(app, signsInAgain: false)
        browser.extraHeaders.add(name: .xForwardedFor, value: address)
        return browser
    }

    @Test func aStrangersFailuresDoNotLockTheRealUserOut() async throws {
        try await withTestApp(adjust: Self.behindProxy) { app in
            try await makeUser(app, "admin", role: .admin)
            let stranger = Self.browser(app, from: "203.0.113.9")
            for _ in 0..<5 { #expect(try await stranger.signIn("admin", "doan-mo-sai-1").status == .unauthorized) }
            // The stranger is held, even with the right password…
            #expect(try await stranger.signIn("admin").status == .tooManyRequests)
            // …the administrator at their own desk is not.
            #expect(try await Self.browser(app, from: "10.0.0.5").signIn("admin").status == .seeOther)
        }
    }

    @Test func manyClientsGuessingOneNameHoldItForStrangersButNotForTheUsersOwnBrowser() async throws {
        try await withTestApp(adjust: Self.behindProxy) { app in
            try await makeUser(app, "admin", role: .admin)
            // The administrator signed in from this browser before: it keeps the device cookie.
            let own = Self.browser(app, from: "10.0.0.5")
            #expect(try await own.signIn("admin").status == .seeOther)
            #expect(own.cookies[SignInThrottle.deviceCookie] != nil)
            try await own.post("/sign-out", [:])
            for i in 0..<8 { _ = try await Self.browser(app, from: "198.51.100.\(i)").signIn("admin", "doan-mo-sai-1") }
            #expect(try await Self.browser(app, from: "198.51.100.99").signIn("admin").status == .tooManyRequests)
            #expect(try await own.signIn("admin").status == .seeOther)
        }
    }

    @Test func oneClientGuessingAcrossNamesIsSlowed() async throws {
        try await withTestApp(adjust: Self.behindProxy) { app in
            try await makeUser(app, "admin", role: .admin)
            let guesser = Self.browser(app, from: "203.0.113.77")
            for i in 0..<30 { _ = try await guesser.signIn("nguoi\(i)", "Matkhau-chung-1") }
            #expect(try await guesser.signIn("admin").status == .tooManyRequests)
        }
    }

    @Test func aPlantedSessionIdIsNotTheOneTheLeaderGets() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            // The attacker plants a session id of their choosing in the leader's browser, then waits for the sign-in.
            let planted = TokenDigest.newToken()
            let leader = Browser(app, signsInAgain: false)
            leader.setCookie("dieuhanh-session", planted)
            #expect(try await leader.signIn("admin").status == .seeOther)
            // check: the leader got a new id; the planted one reads nothing.
            #expect(leader.cookies["dieuhanh-session"] != planted)
            #expect(try await leader.get("/profile").body.string.contains("Người admin"))
            let attacker = Browser(app, signsInAgain: false)
            attacker.setCookie("dieuhanh-session", planted)
            let afterwards = try await attacker.get("/profile")
            #expect(afterwards.status == .seeOther)
            #expect(!afterwards.body.string.contains("Người admin"))
        }
    }

    @Test func signingInAgainGivesANewSessionAndEndsTheOldOne() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app, signsInAgain: false)
            try await browser.signIn("admin")
            let first = try #require(browser.cookies["dieuhanh-session"])
            try await browser.post("/sign-out", [:])
            try await browser.signIn("admin")
            #expect(browser.cookies["dieuhanh-session"] != first)
            let old = Browser(app, signsInAgain: false)
            old.setCookie("dieuhanh-session", first)
            #expect(try await old.get("/profile").status == .seeOther)
            #expect(try await AccountSession.query(on: app.db).count() == 1)
        }
    }

    @Test func aSessionEndsTwelveHoursAfterSignInOnTheServer() async throws {
        let clock = TestClock()
        try await withTestApp(adjust: { $0.now = { clock.now } }) { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app, signsInAgain: false)
            try await browser.signIn("admin")
            clock.advance(seconds: 12 * 3600 - 60)
            #expect(try await browser.get("/").status == .ok)
            clock.advance(seconds: 120)
            let expired = try await browser.get("/")
            #expect(expired.status == .seeOther)
            #expect(expired.headers.first(name: .location) == "/sign-in")
        }
    }

    @Test func aPasswordChangeEndsTheOtherSessionsAndTokensButNotThisOne() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let here = Browser(app, signsInAgain: false)
            let there = Browser(app, signsInAgain: false)
            try await here.signIn("canbo.snv")
            try await there.signIn("canbo.snv")
            let api = try await APIClient.signIn(app, "canbo.snv")
            #expect(try await api.send(.GET, "/api/v1/me").status == .ok)
            try await here.get("/profile")
            let changed = try await here.post(
                "/profile/password",
                [
                    "current_password": testPassword, "new_password": "Mua-thu-Ha-Noi-2026",
                    "confirm_password": "Mua-thu-Ha-Noi-2026",
                ])
            #expect(changed.status == .seeOther)
            #expect(try await here.get("/profile").status == .ok)
            #expect(try await there.get("/profile").status == .seeOther)
            #expect(try await api.send(.GET, "/api/v1/me").status == .unauthorized)
        }
    }

    @Test func aResetByTheAdministratorEndsEverySessionOfTheUser() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let officer = Browser(app, signsInAgain: false)
            try await officer.signIn("canbo.snv")
            let user = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "canbo.snv").first())
            let admin = Browser(app)
            try await admin.signIn("admin")
            try await admin.get("/users/\(user.id!)")
            #expect(try await admin.post("/users/\(user.id!)/reset-password", [:]).status == .ok)
            #expect(try await officer.get("/profile").status == .seeOther)
        }
    }

    @Test func anAdministratorCannotResetTheirOwnPasswordAndSignThemselvesOutEverywhere() async throws {
        try await withTestApp { app in
            let admin = try await makeUser(app, "admin", role: .admin)
            let api = try await APIClient.signIn(app, "admin")
            let reset = try await api.send(.POST, "/api/v1/users/\(admin.id!)/reset-password", json: [:])
            #expect(reset.status == .unprocessableEntity)
            #expect(try await api.send(.GET, "/api/v1/me").status == .ok)
            let browser = Browser(app)
            try await browser.signIn("admin")
            let page = try await browser.get("/users/\(admin.id!)/edit")
            #expect(page.status == .ok)
            #expect(!page.body.string.contains("/users/\(admin.id!)/reset-password"))
            #expect(page.body.string.contains("href=\"/profile\""))
        }
    }

    @Test func visitingTheSignInPageStoresNothing() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let visitor = Browser(app)
            for _ in 0..<3 {
                try await visitor.get("/sign-in")
                try await visitor.get("/")
            }
            try await visitor.post("/language", ["language": "en", "back": "/sign-in"])
            #expect(try await AccountSession.query(on: app.db).count() == 0)
            #expect(visitor.cookies["dieuhanh-session"] == nil)
            // The visitor's form token is a cookie; signing in stores exactly one session.
            #expect(visitor.cookies[CSRFMiddleware.visitorCookie] != nil)
            #expect(try await visitor.signIn("admin").status == .seeOther)
            #expect(try await AccountSession.query(on: app.db).count() == 1)
        }
    }

    @Test func errorPagesCarryTheSecurityHeaders() async throws {
        try await withTestApp { app in
            for path in ["/khong-co-trang-nay", "/api/v1/khong-co"] {
                let response = try await Browser(app).get(path)
                #expect(response.status == .notFound)
                #expect(
                    response.headers.first(name: "Content-Security-Policy")?.contains("default-src 'self'") == true, "\(path)")
                #expect(response.headers.first(name: "X-Frame-Options") == "DENY", "\(path)")
                #expect(response.headers.first(name: "Strict-Transport-Security") == nil)
            }
        }
    }

    @Test func withSecureCookiesEveryResponseHasHSTSAndEveryCookieIsSecure() async throws {
        try await withTestApp(adjust: { $0.secureCookies = true }) { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app)
            let page = try await browser.get("/sign-in")
            #expect(page.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=") == true)
            #expect(try await browser.get("/khong-co").headers.first(name: "Strict-Transport-Security") != nil)
            let switched = try await browser.post("/language", ["language": "en", "back": "/sign-in"])
            let cookies = switched.headers[.setCookie]
            #expect(cookies.contains { $0.hasPrefix("lang=") && $0.contains("Secure") })
            let signedIn = try await browser.signIn("admin")
            #expect(signedIn.headers[.setCookie].allSatisfy { $0.contains("Secure") })
        }
    }
}
