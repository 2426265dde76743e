import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("Users in the browser")
struct UserPagesTests {
    @Test func adminCreatesAUserAndSeesTheGeneratedPasswordOnce() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/users/new")
            let response = try await browser.post(
                "/users",
                [
                    "username": "Nhung.VP", "full_name": "Nguyễn Thị Nhung",
                    "role": "coordinator", "unit_id": p.ubnd.id!.uuidString,
                ])
            #expect(response.status == .ok)
            let html = response.body.string
            let password = try #require(
                html.range(of: #"class="password">[^<]+<"#, options: .regularExpression)
                    .map { String(html[$0].dropFirst(#"class="password">"#.count).dropLast()) })
            #expect(PasswordRule.check(password) == nil)
            // The new user signs in with it; the name was stored in lower case.
            #expect(try await Browser(app).signIn("nhung.vp", password).status == .seeOther)
        }
    }

    @Test func unitOfficerWithoutUnitIsRefused() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/users/new")
            let response = try await browser.post("/users", ["username": "x", "full_name": "", "role": "unit_officer"])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Tên đăng nhập gồm 3–40 ký tự"))
            #expect(html.contains("Vui lòng nhập họ và tên."))
            #expect(html.contains("Cán bộ đơn vị phải thuộc một đơn vị."))
        }
    }

    @Test func resetPasswordReplacesTheOldOne() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let officer = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "canbo.snv").first())
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/users/\(officer.id!)/edit")
            let response = try await browser.post("/users/\(officer.id!)/reset-password", [:])
            #expect(response.status == .ok)
            #expect(try await Browser(app).signIn("canbo.snv").status == .unauthorized)
        }
    }

    @Test func theLastAdministratorCannotBeDemotedOrDeactivated() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let admin = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "admin").first())
            let t = Localizer(language: .vi)
            await #expect(throws: ValidationFailure.self) {
                try await app.write { db in
                    try await UserService.update(
                        admin, with: UserDraft(username: "admin", fullName: "A", role: "viewer"),
                        expectedVersion: nil, actor: .commandLine, now: testNow, on: db, t: t)
                }
            }
            await #expect(throws: AppError.self) {
                try await app.write { db in
                    try await UserService.setActive(admin, false, actor: .commandLine, now: testNow, on: db, t: t)
                }
            }
            #expect(try await UserAccount.find(admin.id, on: app.db)?.role == "admin")
        }
    }

    @Test func onlyAdministratorsReachUserManagement() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            for role in [Role.coordinator, .leader, .viewer, .unitOfficer] {
                let name = "u-\(role.rawValue)".replacingOccurrences(of: "_", with: "-")
                try await makeUser(
                    app, name, role: role,
                    unit: role == .unitOfficer
                        ? try await OrgUnit.query(on: app.db).first() : nil)
                let browser = Browser(app)
                try await browser.signIn(name)
                #expect(try await browser.get("/users").status == .forbidden)
                #expect(try await browser.get("/audit").status == .forbidden)
                #expect(!(try await browser.get("/").body.string.contains("href=\"/users\"")))
            }
        }
    }

    @Test func userListSearchIgnoresDiacriticsAndPages() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            let html = try await browser.get("/users?q=nguoi+canbo").body.string
            #expect(html.contains("canbo.snv"))
            #expect(!html.contains(">admin<"))
        }
    }

    @Test func userChangesOwnPasswordWithAllProblemsListed() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("canbo.snv")
            try await browser.get("/profile")
            let bad = try await browser.post(
                "/profile/password",
                [
                    "current_password": "sai", "new_password": "ngan",
                    "confirm_password": "khac",
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Mật khẩu hiện tại không đúng."))
            #expect(bad.body.string.contains("ít nhất 10 ký tự"))
            let good = try await browser.post(
                "/profile/password",
                [
                    "current_password": testPassword,
                    "new_password": "moi-matkhau9", "confirm_password": "moi-matkhau9",
                ])
            #expect(good.status == .seeOther)
            #expect(try await Browser(app).signIn("canbo.snv", "moi-matkhau9").status == .seeOther)
        }
    }
}
