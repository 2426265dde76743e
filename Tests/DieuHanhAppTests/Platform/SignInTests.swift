import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("Sign-in, sessions and security headers")
struct SignInTests {
    @Test func homeRedirectsToSignInWhenSignedOut() async throws {
        try await withTestApp { app in
            // act
            let response = try await Browser(app).get("/")
            // check
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/sign-in")
        }
    }

    @Test func signInPageIsVietnameseWithSecurityHeadersAndNoInlineScript() async throws {
        try await withTestApp { app in
            let response = try await Browser(app).get("/sign-in")
            #expect(response.status == .ok)
            #expect(response.body.string.contains("<html lang=\"vi\""))
            #expect(response.body.string.contains("Tên đăng nhập"))
            let csp = response.headers.first(name: "Content-Security-Policy") ?? ""
            #expect(csp.contains("script-src 'self'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(response.headers.first(name: "X-Frame-Options") == "DENY")
            #expect(!response.body.string.contains("<script>"))
            #expect(!response.body.string.contains("style=\""))
            let cookie = response.headers.first(name: .setCookie) ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
        }
    }

    @Test func rightPasswordSignsInAndShowsHomeWithModules() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app)
            let signIn = try await browser.signIn("admin")
            #expect(signIn.status == .seeOther)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("Xin chào"))
            for link in ["/tasks", "/stats", "/indicators", "/programme", "/reports/requests", "/reports/review"] {
                #expect(home.body.string.contains("href=\"\(link)\""), "\(link)")
            }
            // Every module has its own pages now; none is a placeholder any more.
            for module in ["/programme", "/indicators", "/reports"] {
                let page = try await browser.get(module)
                #expect(page.status == .ok)
                #expect(!page.body.string.contains("Chức năng đang được xây dựng"))
            }
        }
    }

    @Test func wrongPasswordIsRefusedWithAVietnameseMessage() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let response = try await Browser(app).signIn("admin", "sai-mat-khau1")
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("Tên đăng nhập hoặc mật khẩu không đúng"))
        }
    }

    @Test func fiveFailuresLockTheNameEvenForTheRightPassword() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app)
            for _ in 0..<5 { try await browser.signIn("admin", "sai-mat-khau1") }
            let locked = try await browser.signIn("admin")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("thử lại sau"))
        }
    }

    @Test func deactivatedUserCannotSignIn() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let user = try await makeUser(app, "xem", role: .viewer)
            try await app.write { db in
                try await UserService.setActive(
                    user, false, actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
            }
            let response = try await Browser(app).signIn("xem")
            #expect(response.status == .unauthorized)
        }
    }

    @Test func deactivationEndsAnOpenSession() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let user = try await makeUser(app, "xem", role: .viewer)
            let browser = Browser(app)
            try await browser.signIn("xem")
            #expect(try await browser.get("/").status == .ok)
            try await app.write { db in
                try await UserService.setActive(
                    user, false, actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
            }
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func formWithoutCSRFTokenIsRefused() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app)
            try await browser.get("/sign-in")
            let response = try await browser.post("/sign-in", ["username": "admin", "password": testPassword], withCSRF: false)
            #expect(response.status == .forbidden)
            #expect(response.body.string.contains("Biểu mẫu đã hết hạn"))
        }
    }

    @Test func signOutEndsTheSession() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/")
            try await browser.post("/sign-out", [:])
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func signInOnlyRedirectsToLocalPaths() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app)
            try await browser.get("/sign-in")
            let response = try await browser.post(
                "/sign-in",
                [
                    "username": "admin", "password": testPassword,
                    "next": "//evil.example/x",
                ])
            #expect(response.headers.first(name: .location) == "/")
        }
    }

    @Test func languageSwitchIsRememberedOnTheUser() async throws {
        try await withTestApp { app in
            let user = try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/")
            try await browser.post("/language", ["language": "en", "back": "/units"])
            let page = try await browser.get("/units")
            #expect(page.body.string.contains("Unit tree"))
            #expect(page.body.string.contains("<html lang=\"en\""))
            let stored = try await UserAccount.find(user.id, on: app.db)
            #expect(stored?.language == "en")
            // A new session of the same user is in English too.
            let other = Browser(app)
            try await other.signIn("admin")
            #expect(try await other.get("/").body.string.contains("Hello"))
        }
    }

    @Test func healthAnswersWhenTheDatabaseDoes() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, "/health") { res in
                #expect(res.status == .ok)
                #expect(res.body.string.contains("ok"))
            }
        }
    }

    @Test func assetsAreServedWithLongCaching() async throws {
        try await withTestApp { app in
            try await app.testing().test(.GET, Assets.stylesheetPath) { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.subType == "css")
                #expect(res.headers.first(name: .cacheControl)?.contains("immutable") == true)
            }
            try await app.testing().test(.GET, "/assets/styles-0000.css") { res in
                #expect(res.status == .notFound)
            }
        }
    }
}
