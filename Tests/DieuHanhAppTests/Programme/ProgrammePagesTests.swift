import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The work programme in the browser: entry, the year by month, an item's steps, who may do what, bad input.
/// The test clock stands on 22/11/2026.
@Suite("Work programme in the browser")
struct ProgrammePagesTests {
    struct Setup {
        let p: SmallProvince
        let office: Browser
        let leader: Browser
        let officer: Browser
    }

    func setUp(_ app: Application) async throws -> Setup {
        let p = try await SmallProvince.make(app)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        try await makeUser(app, "lanhdao", role: .leader, unit: p.ubnd)
        try await makeUser(app, "xem", role: .viewer)
        let office = Browser(app)
        let leader = Browser(app)
        let officer = Browser(app)
        try await office.signIn("vanphong")
        try await leader.signIn("lanhdao")
        try await officer.signIn("canbo.snv")
        return Setup(p: p, office: office, leader: leader, officer: officer)
    }

    /// Enters an item through the form; returns it.
    @discardableResult
    func enter(
        _ s: Setup, _ app: Application, title: String, lead: OrgUnit, month: String = "12/2026", body: String = "HDND",
        origin: String = "dau_nam", addedOn: String = ""
    ) async throws -> ProgrammeItem {
        try await s.office.get("/programme/items/new")
        let response = try await s.office.post(
            "/programme/items",
            [
                "title": title, "kind": "", "lead_unit_id": lead.id!.uuidString, "body": body, "planned_month": month,
                "origin": origin, "added_on": addedOn, "note": "",
            ])
        #expect(response.status == .seeOther, "\(response.body.string.prefix(2000))")
        return try #require(try await ProgrammeItem.query(on: app.db).filter(\.$title == title).first())
    }

    func action(_ browser: Browser, _ item: ProgrammeItem, _ action: String, _ fields: [String: String], version: Int)
        async throws
        -> TestingHTTPResponse
    {
        try await browser.get("/programme/items/\(item.id!)")
        return try await browser.post(
            "/programme/items/\(item.id!)/actions/\(action)", fields.merging(["version": String(version)]) { a, _ in a })
    }

    @Test func theOfficeEntersAnItemAndFindsItInItsMonth() async throws {
        try await withTestApp { app in
            // setup
            let s = try await setUp(app)
            // act
            let item = try await enter(
                s, app, title: "Đề án phát triển văn thư, lưu trữ tỉnh giai đoạn 2026 – 2030", lead: s.p.snv)
            // check
            #expect(item.itemKind == .scheme)  // guessed from the title
            #expect(item.plannedMonth == "2026-12" && item.year == 2026 && item.itemOrigin == .startOfYear)
            #expect(try await Programme.query(on: app.db).filter(\.$year == 2026).count() == 1)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "programme_item").all()
            #expect(audit.map(\.action) == ["create"])
            let page = try await s.office.get("/programme?year=2026").body.string
            #expect(page.contains("Tháng 12/2026"))
            #expect(page.contains("Đề án phát triển văn thư, lưu trữ tỉnh giai đoạn 2026 – 2030"))
            #expect(page.contains("Chưa đến hạn"))
            // Diacritic-insensitive search.
            #expect(
                try await s.office.get("/programme?year=2026&q=van+thu+luu+tru").body.string.contains("giai đoạn 2026 – 2030"))
            #expect(!(try await s.office.get("/programme?year=2026&q=ngan+sach").body.string.contains("giai đoạn 2026 – 2030")))
        }
    }

    @Test func everyProblemOfTheFormIsShownAtOnceAndNothingIsSaved() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            try await s.office.get("/programme/items/new")
            let response = try await s.office.post(
                "/programme/items",
                [
                    "title": "", "lead_unit_id": "", "body": "HDND", "planned_month": "13/2026", "origin": "bo_sung",
                    "added_on": "",
                ])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Vui lòng nhập tên nội dung."))
            #expect(html.contains("Vui lòng chọn đơn vị chủ trì."))
            #expect(html.contains("Tháng không hợp lệ; hãy viết tháng/năm, như 06/2026."))
            #expect(html.contains("Nội dung giao thêm cần ngày bổ sung."))
            #expect(try await ProgrammeItem.query(on: app.db).count() == 0)
            // An added item planned before the month it was added is refused too.
            let early = try await s.office.post(
                "/programme/items",
                [
                    "title": "Báo cáo bổ sung", "lead_unit_id": s.p.snv.id!.uuidString, "body": "UBND",
                    "planned_month": "09/2026",
                    "origin": "bo_sung", "added_on": "05/10/2026",
                ])
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("Tháng kế hoạch không được trước tháng bổ sung (05/10/2026)."))
        }
    }

    @Test func aUnitSubmitsAndTheOfficeRecordsTheIssue() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let item = try await enter(
                s, app, title: "Báo cáo công tác cải cách hành chính năm 2026", lead: s.p.snv, month: "11/2026")
            // The unit officer sees the step "report submission" and no decision.
            let page = try await s.officer.get("/programme/items/\(item.id!)").body.string
            #expect(page.contains("Báo cáo đã trình"))
            #expect(!page.contains("Đồng ý chuyển tháng</button>"))
            let submitted = try await action(
                s.officer, item, "submit", ["date": "20/11/2026", "note": "Tờ trình số 15/TTr-SNV"], version: 1)
            #expect(submitted.status == .seeOther)
            // The office cannot date the issue before the submission.
            let early = try await action(
                s.office, item, "issue", ["date": "19/11/2026", "document": "Quyết định số 2001/QĐ-UBND"],
                version: 2)
            #expect(early.status == .unprocessableEntity)
            #expect(early.body.string.contains("Ngày ban hành (19/11/2026) trước ngày trình (20/11/2026)."))
            // Nor leave out the document, nor date it in the future.
            let missing = try await action(s.office, item, "issue", ["date": "25/11/2026"], version: 2)
            #expect(missing.body.string.contains("Vui lòng ghi văn bản ban hành"))
            #expect(missing.body.string.contains("Ngày không được sau hôm nay."))
            let issued = try await action(
                s.office, item, "issue", ["date": "21/11/2026", "document": "Quyết định số 2001/QĐ-UBND"],
                version: 2)
            #expect(issued.status == .seeOther)
            let after = try await s.office.get("/programme/items/\(item.id!)").body.string
            #expect(after.contains("Đã ban hành"))
            #expect(after.contains("Quyết định số 2001/QĐ-UBND"))
            #expect(after.contains("ghi ngày 22/11/2026 bởi Người canbo.snv"))  // the person, not the account
            // Events are kept, never overwritten; each step is audited.
            let events = try await ProgrammeEventRecord.query(on: app.db).filter(\.$itemID == item.id!).all()
            #expect(events.map(\.kind).sorted() == ["issued", "submitted"])
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "programme_item").all().map(\.action)
            #expect(audit.sorted() == ["create", "issued", "submitted"])
        }
    }

    @Test func badDatesAndMonthsAreRefusedWithClearMessages() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            // An item added on 15/11/2026 cannot have been submitted on 10/11/2026.
            let added = try await enter(
                s, app, title: "Nghị quyết quy định mức hỗ trợ cán bộ không chuyên trách", lead: s.p.snv,
                month: "11/2026", origin: "bo_sung", addedOn: "15/11/2026")
            let before = try await action(s.officer, added, "submit", ["date": "10/11/2026"], version: 1)
            #expect(before.status == .unprocessableEntity)
            #expect(
                before.body.string.contains("Ngày trình (10/11/2026) trước ngày nội dung có trong chương trình (15/11/2026)."))
            // A postponement must go to a later month.
            let earlier = try await action(
                s.officer, added, "request_postponement", ["month": "10/2026", "note": "Chờ hướng dẫn"],
                version: 1)
            #expect(earlier.status == .unprocessableEntity)
            #expect(
                earlier.body.string.contains("Chỉ được chuyển sang tháng sau tháng kế hoạch hiện tại: 10/2026 không sau 11/2026.")
            )
            let same = try await action(
                s.officer, added, "request_postponement", ["month": "11/2026", "note": "Chờ hướng dẫn"],
                version: 1)
            #expect(same.body.string.contains("11/2026 không sau 11/2026"))
            let noReason = try await action(s.officer, added, "request_postponement", ["month": "01/2027"], version: 1)
            #expect(noReason.body.string.contains("Vui lòng nêu lý do."))
            let far = try await action(s.officer, added, "request_postponement", ["month": "01/2028", "note": "x"], version: 1)
            #expect(far.body.string.contains("Chỉ được chuyển đến hết tháng 12/2027"))
            let garbage = try await action(
                s.officer, added, "request_postponement", ["month": "tháng sau", "note": "x"], version: 1)
            #expect(garbage.body.string.contains("Tháng không hợp lệ"))
            #expect(try await ProgrammeEventRecord.query(on: app.db).count() == 0)
            // An issue before any submission is not a possible step.
            let issue = try await action(s.office, added, "issue", ["date": "20/11/2026", "document": "x"], version: 1)
            #expect(issue.status == .conflict)
        }
    }

    @Test func postponementAskedByTheUnitAndDecidedByALeader() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let item = try await enter(
                s, app, title: "Đề án vị trí việc làm trong các cơ quan hành chính", lead: s.p.snv, month: "11/2026")
            let asked = try await action(
                s.officer, item, "request_postponement", ["month": "02/2027", "note": "Chờ hướng dẫn của Bộ Nội vụ"],
                version: 1)
            #expect(asked.status == .seeOther)
            // Neither the unit nor the office decides; a leader does.
            #expect(try await action(s.officer, item, "approve_postponement", [:], version: 2).status == .forbidden)
            #expect(try await action(s.office, item, "approve_postponement", [:], version: 2).status == .forbidden)
            let page = try await s.leader.get("/programme/items/\(item.id!)").body.string
            #expect(page.contains("Đồng ý chuyển tháng"))
            #expect(page.contains("value=\"02/2027\""))
            let approved = try await action(s.leader, item, "approve_postponement", [:], version: 2)
            #expect(approved.status == .seeOther)
            // November no longer holds it: it left the fourth quarter, and waits in February 2027.
            let q4 = try await s.office.get("/programme?year=2026&period=Q4").body.string
            #expect(q4.contains("Đã xin chuyển sang tháng 02/2027"))
            let stats = try await runCommand(
                app, ["stats", "programme", "--period", "2026-Q4", "--as-of", "2026-11-22", "--format", "json"])
            #expect(stats.contains("\"moved_out\":1") && stats.contains("\"total\":0") && stats.contains("\"rate\":null"))
            let next = try await runCommand(
                app, ["stats", "programme", "--period", "2027-Q1", "--as-of", "2026-11-22", "--format", "json"])
            #expect(next.contains("\"added\":1") && next.contains("\"total\":1"))
            let detail = try await s.office.get("/programme/items/\(item.id!)").body.string
            #expect(detail.contains("Tháng kế hoạch hiện tại (sau khi chuyển)"))
        }
    }

    @Test func withdrawalTakesTheItemOutOfTheCounts() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let item = try await enter(s, app, title: "Báo cáo chuyên đề về chuyển đổi số", lead: s.p.stc, month: "11/2026")
            #expect(
                try await action(s.office, item, "request_withdrawal", ["note": "Đã lồng ghép vào báo cáo năm"], version: 1)
                    .status
                    == .seeOther)
            #expect(try await action(s.leader, item, "approve_withdrawal", [:], version: 2).status == .seeOther)
            let json = try await runCommand(
                app, ["stats", "programme", "--period", "2026-M11", "--as-of", "2026-11-22", "--format", "json"])
            #expect(json.contains("\"initial\":1") && json.contains("\"moved_out\":1") && json.contains("\"total\":0"))
            let page = try await s.office.get("/programme/items/\(item.id!)").body.string
            #expect(page.contains("Đã rút"))
            #expect(!page.contains("Báo cáo đã trình</button>"))  // nothing more to do
        }
    }

    @Test func aUnitOfficerSeesAndActsOnlyInTheirSubtree() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let own = try await enter(
                s, app, title: "Kế hoạch tuyển dụng công chức năm 2027", lead: s.p.archives, month: "12/2026")
            let other = try await enter(s, app, title: "Báo cáo quyết toán ngân sách năm 2025", lead: s.p.stc, month: "12/2026")
            // The officer of SNV sees CCVT's item (below SNV), not STC's: 404 outside, on the page and the API alike.
            #expect(try await s.officer.get("/programme/items/\(own.id!)").status == .ok)
            #expect(try await s.officer.get("/programme/items/\(other.id!)").status == .notFound)
            let list = try await s.officer.get("/programme?year=2026").body.string
            #expect(list.contains("Kế hoạch tuyển dụng công chức năm 2027"))
            #expect(!list.contains("Báo cáo quyết toán ngân sách năm 2025"))
            let api = try await APIClient.signIn(app, "canbo.snv")
            #expect(try await api.send(.GET, "/api/v1/programme/items/\(other.id!)").status == .notFound)
            #expect(try await api.send(.GET, "/api/v1/programme/items?year=2026").json["total"] as? Int == 1)
            let stats = try await api.send(.GET, "/api/v1/stats/programme?period=2026&as_of=2026-11-22")
            #expect(stats.json["initial"] as? Int == 1)
            // Forbidden writes are 403: the office's steps, entry, import; a POST outside the subtree is a 404.
            #expect(
                try await action(s.officer, own, "issue", ["date": "20/11/2026", "document": "x"], version: 1).status
                    == .forbidden)
            #expect(
                try await s.officer.post("/programme/items/\(other.id!)/actions/submit", ["date": "20/11/2026", "version": "1"])
                    .status == .notFound)
            #expect(try await s.officer.get("/programme/items/new").status == .forbidden)
            #expect(try await s.officer.post("/programme/items", ["title": "x"]).status == .forbidden)
            #expect(try await s.officer.get("/programme/import").status == .forbidden)
            // A viewer reads but takes no step.
            let viewer = Browser(app)
            try await viewer.signIn("xem")
            #expect(
                try await viewer.get("/programme/items/\(other.id!)").body.string.contains(
                    "Báo cáo quyết toán ngân sách năm 2025"))
            #expect(try await action(viewer, other, "submit", ["date": "20/11/2026"], version: 1).status == .forbidden)
        }
    }

    @Test func aStaleFormIsAConflictNotAnOverwrite() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let item = try await enter(
                s, app, title: "Báo cáo tình hình kinh tế - xã hội năm 2026", lead: s.p.snv, month: "12/2026")
            #expect(try await action(s.officer, item, "submit", ["date": "20/11/2026"], version: 1).status == .seeOther)
            // The office's form still says version 1.
            let stale = try await action(s.office, item, "request_withdrawal", ["note": "Trùng nội dung"], version: 1)
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains("Dữ liệu vừa được người khác thay đổi"))
            // Editing with a stale version is a conflict too.
            try await s.office.get("/programme/items/\(item.id!)/edit")
            let edit = try await s.office.post(
                "/programme/items/\(item.id!)",
                [
                    "title": "Báo cáo KT-XH", "lead_unit_id": s.p.snv.id!.uuidString, "body": "HDND", "planned_month": "12/2026",
                    "origin": "dau_nam", "version": "1",
                ])
            #expect(edit.status == .conflict)
            #expect(try await ProgrammeItem.find(item.id, on: app.db)?.title == "Báo cáo tình hình kinh tế - xã hội năm 2026")
        }
    }

    @Test func editingKeepsTheHistorysMonth() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            let item = try await enter(s, app, title: "Báo cáo sơ kết", lead: s.p.snv, month: "12/2026")
            try await s.office.get("/programme/items/\(item.id!)/edit")
            let renamed = try await s.office.post(
                "/programme/items/\(item.id!)",
                [
                    "title": "Báo cáo sơ kết 5 năm thực hiện Nghị quyết", "kind": "bao_cao",
                    "lead_unit_id": s.p.snv.id!.uuidString,
                    "body": "TU", "planned_month": "12/2026", "origin": "dau_nam", "version": "1",
                ])
            #expect(renamed.status == .seeOther)
            #expect(try await action(s.officer, item, "submit", ["date": "21/11/2026"], version: 2).status == .seeOther)
            try await s.office.get("/programme/items/\(item.id!)/edit")
            let moved = try await s.office.post(
                "/programme/items/\(item.id!)",
                [
                    "title": "Báo cáo sơ kết 5 năm thực hiện Nghị quyết", "kind": "bao_cao",
                    "lead_unit_id": s.p.snv.id!.uuidString,
                    "body": "TU", "planned_month": "10/2026", "origin": "dau_nam", "version": "3",
                ])
            #expect(moved.status == .unprocessableEntity)
            #expect(moved.body.string.contains("Nội dung đã có diễn biến"))
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "programme_item").all().map(\.action)
            #expect(audit.sorted() == ["create", "submitted", "update"])
        }
    }

    @Test func dueThisMonthPerUnitAndTheEmptyStates() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            // Empty: the office is told what to do, a reader whom to ask.
            let empty = try await s.office.get("/programme?year=2026").body.string
            #expect(empty.contains("Chưa có nội dung nào cho năm 2026"))
            #expect(empty.contains("/programme/items/new?year=2026"))
            #expect(try await s.officer.get("/programme?year=2026").body.string.contains("Văn phòng UBND tỉnh chưa nhập"))
            #expect(try await s.office.get("/programme/due").body.string.contains("Không còn nội dung nào phải trình"))
            try await enter(s, app, title: "Báo cáo tháng 10 chưa trình", lead: s.p.snv, month: "10/2026")
            try await enter(s, app, title: "Báo cáo tháng 11 đến hạn", lead: s.p.stc, month: "11/2026")
            try await enter(s, app, title: "Báo cáo tháng 12 chưa đến hạn", lead: s.p.snv, month: "12/2026")
            let due = try await s.office.get("/programme/due").body.string
            #expect(due.contains("Báo cáo tháng 10 chưa trình") && due.contains("Quá hạn chưa trình"))
            #expect(due.contains("Báo cáo tháng 11 đến hạn") && due.contains("Đến hạn trong tháng"))
            #expect(!due.contains("Báo cáo tháng 12 chưa đến hạn"))
            #expect(due.contains("Sở Nội vụ (01)") && due.contains("Sở Tài chính (01)"))
            let mine = try await s.officer.get("/programme/due").body.string
            #expect(mine.contains("Báo cáo tháng 10 chưa trình") && !mine.contains("Báo cáo tháng 11 đến hạn"))
            // The year page marks the late one.
            let year = try await s.office.get("/programme?year=2026").body.string
            #expect(year.contains("row-overdue"))
            #expect(
                try await s.office.get("/programme?year=2026&status=overdue").body.string.contains("Báo cáo tháng 10 chưa trình"))
            #expect(try await s.office.get("/programme?year=2026&status=nope").status == .unprocessableEntity)
            #expect(try await s.office.get("/programme/due?month=13/2026").status == .unprocessableEntity)
        }
    }

    @Test func theOfficeRecordsTheProgrammesDecision() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            try await s.office.get("/programme?year=2026")
            let bad = try await s.office.post("/programme/years/2026", ["notation": "abc", "issued_on": "31/12/2030"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Không đọc được số, ký hiệu “abc”"))
            let saved = try await s.office.post(
                "/programme/years/2026", ["notation": "Số: 85 /QĐ-UBND", "issued_on": "14/01/2026"])
            #expect(saved.status == .seeOther)
            let page = try await s.office.get("/programme?year=2026").body.string
            #expect(page.contains("Ban hành kèm theo Quyết định số 85/QĐ-UBND ngày 14/01/2026"))
            #expect(try await s.officer.post("/programme/years/2026", ["notation": "1/QĐ-UBND"]).status == .forbidden)
        }
    }

    @Test func importThroughThePage() async throws {
        try await withTestApp { app in
            let s = try await setUp(app)
            try await s.office.get("/programme/import")
            let csv = "ma,ten,don_vi_chu_tri,trinh_cap,thang_ke_hoach,nguon\nCT-1,Báo cáo A,SNV,UBND,2026-12,dau_nam\n"
            let ok = try await s.office.postMultipart(
                "/programme/import", [:],
                files: [TestUpload(fileName: "ct.csv", data: Data(csv.utf8), field: "file")])
            #expect(ok.status == .seeOther)
            #expect(try await ProgrammeItem.query(on: app.db).count() == 1)
            let bad = "ma,ten,don_vi_chu_tri,trinh_cap,thang_ke_hoach,nguon\nCT-2,Báo cáo B,SNV,QH,2026-12,dau_nam\n"
            let refused = try await s.office.postMultipart(
                "/programme/import", [:],
                files: [TestUpload(fileName: "ct.csv", data: Data(bad.utf8), field: "file")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Dòng 2"))
            #expect(refused.body.string.contains("trinh_cap “QH” không hợp lệ"))
            #expect(try await ProgrammeItem.query(on: app.db).count() == 1)
        }
    }
}
