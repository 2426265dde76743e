import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("Unit tree in the browser")
struct UnitPagesTests {
    @Test func adminCreatesAUnitThroughTheForm() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/units/new")
            let response = try await browser.post(
                "/units",
                [
                    "code": "SYT", "name": "Sở  Y tế", "kind": "department",
                    "parent_id": p.ubnd.id!.uuidString, "valid_from": "01/01/2020",
                ])
            #expect(response.status == .seeOther)
            let unit = try #require(try await OrgUnit.query(on: app.db).filter(\.$code == "SYT").first())
            #expect(unit.name == "Sở Y tế")
            #expect(unit.parentID == p.ubnd.id)
            #expect(unit.validFrom == "2020-01-01")
            let list = try await browser.get("/units")
            #expect(list.body.string.contains("Sở Y tế"))
        }
    }

    @Test func invalidFormShowsEveryProblemAtOnceAndWritesNothing() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/units/new")
            let before = try await OrgUnit.query(on: app.db).count()
            let response = try await browser.post(
                "/units",
                [
                    "code": "SNV", "name": "", "kind": "planet",
                    "valid_from": "31/02/2021",
                ])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Mã “SNV” đã được dùng"))
            #expect(html.contains("Vui lòng nhập tên đơn vị."))
            #expect(html.contains("Vui lòng chọn loại đơn vị."))
            #expect(html.contains("Ngày 31/02/2021 không tồn tại: tháng 2 năm 2021 chỉ có 28 ngày."))
            #expect(try await OrgUnit.query(on: app.db).count() == before)
        }
    }

    @Test func searchIgnoresDiacritics() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            let html = try await browser.get("/units?q=so+noi+vu").body.string
            #expect(html.contains("Sở Nội vụ"))
            #expect(!html.contains("Sở Tài chính"))
        }
    }

    @Test func movingAUnitUnderItsOwnChildIsRefused() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/units/\(p.snv.id!)/edit")
            let response = try await browser.post(
                "/units/\(p.snv.id!)",
                [
                    "code": "SNV", "name": "Sở Nội vụ", "kind": "department", "parent_id": p.archives.id!.uuidString,
                    "version": "1",
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Không thể chuyển đơn vị vào dưới chính nó"))
            let stored = try await OrgUnit.find(p.snv.id, on: app.db)
            #expect(stored?.parentID == p.ubnd.id)
        }
    }

    @Test func renameWithAStaleVersionIsAConflict() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/units/\(p.stc.id!)/edit")
            let first = try await browser.post(
                "/units/\(p.stc.id!)",
                [
                    "code": "STC", "name": "Sở Tài chính tỉnh", "kind": "department", "parent_id": p.ubnd.id!.uuidString,
                    "version": "1",
                ])
            #expect(first.status == .seeOther)
            let second = try await browser.post(
                "/units/\(p.stc.id!)",
                [
                    "code": "STC", "name": "Sở Tài chính (cũ)", "kind": "department", "parent_id": p.ubnd.id!.uuidString,
                    "version": "1",
                ])
            #expect(second.status == .conflict)
            #expect(second.body.string.contains("vừa được người khác thay đổi"))
            #expect(try await OrgUnit.find(p.stc.id, on: app.db)?.name == "Sở Tài chính tỉnh")
        }
    }

    @Test func closingWithASuccessorMovesSubUnitsAndUsers() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/units/\(p.snv.id!)/close")
            let response = try await browser.post(
                "/units/\(p.snv.id!)/close",
                [
                    "valid_to": "28/02/2025", "successor_id": p.stc.id!.uuidString,
                ])
            #expect(response.status == .seeOther)
            let closed = try #require(try await OrgUnit.find(p.snv.id, on: app.db))
            #expect(closed.validTo == "2025-02-28")
            #expect(closed.successorID == p.stc.id)
            #expect(try await OrgUnit.find(p.archives.id, on: app.db)?.parentID == p.stc.id)
            let officer = try await UserAccount.query(on: app.db).filter(\.$username == "canbo.snv").first()
            #expect(officer?.unitID == p.stc.id)
            // Closed units leave the list unless asked for, and keep their name.
            try await browser.get("/")  // shows (and consumes) the flash message that names the unit
            #expect(!(try await browser.get("/units").body.string.contains("Sở Nội vụ")))
            #expect(try await browser.get("/units?closed=1").body.string.contains("Sở Nội vụ"))
        }
    }

    @Test func closingWithOpenSubUnitsNeedsASuccessor() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("admin")
            try await browser.get("/units/\(p.snv.id!)/close")
            let response = try await browser.post("/units/\(p.snv.id!)/close", ["valid_to": "28/02/2025"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("đơn vị trực thuộc đang hoạt động"))
            #expect(try await OrgUnit.find(p.snv.id, on: app.db)?.validTo == nil)
        }
    }

    @Test func viewerReadsTheTreeButCannotChangeIt() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            try await makeUser(app, "xem", role: .viewer)
            let browser = Browser(app)
            try await browser.signIn("xem")
            #expect(try await browser.get("/units").body.string.contains("Sở Tài chính"))
            #expect(try await browser.get("/units/new").status == .forbidden)
            let response = try await browser.post("/units/\(p.stc.id!)", ["code": "STC", "name": "X", "kind": "department"])
            #expect(response.status == .forbidden)
            #expect(try await OrgUnit.find(p.stc.id, on: app.db)?.name == "Sở Tài chính")
        }
    }

    @Test func unitOfficerSeesOnlyTheirSubtree() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let browser = Browser(app)
            try await browser.signIn("canbo.snv")
            let list = try await browser.get("/units").body.string
            #expect(list.contains("Sở Nội vụ"))
            #expect(list.contains("Chi cục Văn thư - Lưu trữ"))
            #expect(!list.contains("Sở Tài chính"))
            #expect(try await browser.get("/units/\(p.archives.id!)").status == .ok)
            // Editing the id in the URL does not reveal another unit.
            let other = try await browser.get("/units/\(p.stc.id!)")
            #expect(other.status == .notFound)
            #expect(!other.body.string.contains("Sở Tài chính"))
        }
    }

    @Test func emptyTreeTellsTheAdministratorWhatToDo() async throws {
        try await withTestApp { app in
            try await makeUser(app, "admin", role: .admin)
            let browser = Browser(app)
            try await browser.signIn("admin")
            let html = try await browser.get("/units").body.string
            #expect(html.contains("Chưa có đơn vị nào"))
            #expect(html.contains("Tạo đơn vị đầu tiên"))
            // The page speaks to an office, not to a terminal.
            #expect(!html.contains("dieuhanh "))
        }
    }
}
