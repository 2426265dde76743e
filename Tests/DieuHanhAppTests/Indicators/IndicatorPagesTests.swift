import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The indicators in the browser: the year's table, an indicator's page, entry by the responsible unit, the office's
/// forms.
@Suite("Indicators in the browser")
struct IndicatorPagesTests {
    func signedIn(_ app: Application, _ username: String) async throws -> Browser {
        let browser = Browser(app)
        try await browser.signIn(username)
        return browser
    }

    @Test func theYearsTableMarksEachIndicatorInVietnamese() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            try await makeUser(app, "xem", role: .viewer)
            let viewer = try await signedIn(app, "xem")
            let page = try await viewer.get("/indicators?year=2021&as_of=14/06/2021")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Chỉ tiêu kinh tế - xã hội năm 2021"))
            #expect(html.contains("5.300"))
            #expect(html.contains("3.621,7"))
            #expect(html.contains("3.669,25"))
            #expect(html.contains("49,4%"))
            #expect(html.contains("101,3%"))
            #expect(html.contains("tăng 28,5%"))
            #expect(html.contains("ước 6 tháng đầu năm 2021"))
            #expect(html.contains("Có nguy cơ không đạt"))
            #expect(html.contains("row-due-soon"))
            #expect(html.contains("02 chỉ tiêu có nguy cơ không đạt kế hoạch năm"))
            // A viewer is offered neither entry nor a new indicator.
            #expect(!html.contains("/indicators/entry"))
            #expect(!html.contains("/indicators/new"))
            #expect(try await viewer.get("/indicators/entry").status == .forbidden)
            #expect(try await viewer.get("/indicators/new").status == .forbidden)
            // Search ignores diacritics; a filter that keeps nothing says what to do.
            let search = try await viewer.get("/indicators?year=2021&as_of=14/06/2021&q=ty%20le%20ho%20ngheo").body.string
            #expect(search.contains("Tỷ lệ hộ nghèo"))
            #expect(!search.contains("Diện tích lúa xuân</a>"))
            let none = try await viewer.get("/indicators?year=2021&q=khongco").body.string
            #expect(none.contains("Không có chỉ tiêu nào khớp bộ lọc"))
            let bad = try await viewer.get("/indicators?year=2021&as_of=hôm%20qua").body.string
            #expect(bad.contains("Ngày không hợp lệ; dùng dạng dd/mm/yyyy."))
        }
    }

    @Test func anEmptyYearSaysWhatToDoNext() async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let office = try await signedIn(app, "vanphong")
            let html = try await office.get("/indicators").body.string
            #expect(html.contains("Chưa có chỉ tiêu năm 2026"))
            #expect(html.contains("Thêm các chỉ tiêu theo nghị quyết của HĐND tỉnh"))
            #expect(!html.contains("dieuhanh "))
            #expect(html.contains("/indicators/new?year=2026"))
            let officer = try await signedIn(app, "canbo.snv")
            #expect(try await officer.get("/indicators/entry").body.string.contains("Không có chỉ tiêu nào để nhập cho năm 2026"))
        }
    }

    @Test func theIndicatorPageShowsHistoryChartAndTargets() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            try await makeUser(app, "lanhdao", role: .leader)
            let leader = try await signedIn(app, "lanhdao")
            let industry = try await IndicatorFixture.indicator(app, "CN")
            let html = try await leader.get("/indicators/\(industry.id!)?year=2021&as_of=2021-06-14").body.string
            #expect(
                html.contains(
                    "Giá trị sản xuất công nghiệp ước thực hiện 6 tháng đầu năm 2021 đạt 2.620/5.300 tỷ đồng, "
                        + "đạt 49,4% kế hoạch, tăng 28,5% so với cùng kỳ."))
            #expect(html.contains("<svg"))
            #expect(html.contains("Kế hoạch (tiến độ đều trong năm)"))
            #expect(html.contains("2.039"))
            #expect(html.contains("Đang dùng"))
            #expect(!html.contains("nhap-so-lieu"))  // a leader reads only
        }
    }

    @Test func aUnitOfficerEntersTheirOwnFiguresForAPeriodAndNothingElse() async throws {
        try await withTestApp { app in
            let p = try await IndicatorFixture.load(app)
            let officer = try await signedIn(app, "canbo.snv")
            // The entry page lists SNV's two indicators, not STC's.
            let page = try await officer.get("/indicators/entry?year=2026&period=2026-9M")
            let html = page.body.string
            #expect(html.contains("Đơn vị: Sở Nội vụ"))
            #expect(html.contains("Diện tích lúa xuân"))
            #expect(html.contains("Tỷ lệ hộ nghèo"))
            #expect(!html.contains("Giá trị sản xuất công nghiệp"))
            let rice = try await IndicatorFixture.indicator(app, "LUA")
            let poverty = try await IndicatorFixture.indicator(app, "HN")
            let industry = try await IndicatorFixture.indicator(app, "CN")
            // "12a" is refused with a clear message; nothing is written.
            let bad = try await officer.post(
                "/indicators/entry",
                [
                    "year": "2026", "period": "2026-9M", "kind": "uoc",
                    "value_\(rice.id!)": "12a", "version_\(rice.id!)": String(rice.version),
                    "value_\(poverty.id!)": "1,4", "version_\(poverty.id!)": String(poverty.version),
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("“12a” không phải là số"))
            #expect(bad.body.string.contains("value=\"12a\""))
            #expect(try await IndicatorActualRecord.query(on: app.db).filter(\.$recordedOn == "2026-11-22").count() == 0)
            // Both notations are accepted; one transaction, each audited.
            let ok = try await officer.post(
                "/indicators/entry",
                [
                    "year": "2026", "period": "2026-9M", "kind": "uoc", "note": "Báo cáo 9 tháng",
                    "value_\(rice.id!)": "3.680,5", "version_\(rice.id!)": String(rice.version),
                    "value_\(poverty.id!)": "1.4", "version_\(poverty.id!)": String(poverty.version),
                ])
            #expect(ok.status == .seeOther)
            let saved = try await IndicatorActualRecord.query(on: app.db).filter(\.$recordedOn == "2026-11-22").all()
            #expect(Set(saved.map(\.value)) == ["3680.5", "1.4"])
            #expect(saved.allSatisfy { $0.period == "2026-9M" && $0.kind == "uoc" && $0.actorName == "canbo.snv" })
            let after = try await officer.get("/indicators/entry?year=2026&period=2026-9M").body.string
            #expect(after.contains("Đã ghi 2 số liệu 9 tháng đầu năm 2026."))
            #expect(after.contains("đang có 3.680,5 (ước, ghi ngày 22/11/2026)"))
            // Another unit's indicator, smuggled into the form or posted on its page: refused.
            let smuggled = try await officer.post(
                "/indicators/entry",
                [
                    "year": "2026", "period": "2026-9M", "kind": "uoc", "value_\(industry.id!)": "5000",
                ])
            #expect(smuggled.status == .forbidden)
            #expect(smuggled.body.string.contains("do Sở Tài chính chịu trách nhiệm"))
            let direct = try await officer.post(
                "/indicators/\(industry.id!)/actuals", ["year": "2026", "period": "2026-9M", "kind": "uoc", "value": "1"])
            #expect(direct.status == .forbidden)
            #expect(
                try await IndicatorActualRecord.query(on: app.db).filter(\.$indicatorID == industry.id!).filter(
                    \.$recordedOn == "2026-11-22"
                ).count() == 0)
            _ = p
        }
    }

    @Test func aStaleFormIsAConflictWithAClearMessage() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let officer = try await signedIn(app, "canbo.snv")
            let rice = try await IndicatorFixture.indicator(app, "LUA")
            try await officer.get("/indicators/\(rice.id!)?year=2026")
            let first = try await officer.post(
                "/indicators/\(rice.id!)/actuals",
                [
                    "year": "2026", "period": "2026-H1", "kind": "chinh_thuc", "value": "1.800", "version": String(rice.version),
                ])
            #expect(first.status == .seeOther)
            // "Người nhập" names the person who entered the figure, not their account.
            let name = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "canbo.snv").first()).fullName
            let page = try await officer.get("/indicators/\(rice.id!)?year=2026").body.string
            #expect(page.contains("<td>\(name)</td>") && !page.contains("<td>canbo.snv</td>"))
            let second = try await officer.post(
                "/indicators/\(rice.id!)/actuals",
                [
                    "year": "2026", "period": "2026-H1", "kind": "uoc", "value": "1.700", "version": String(rice.version),
                ])
            #expect(second.status == .conflict)
            #expect(second.body.string.contains("vừa được người khác cập nhật"))
            #expect(second.body.string.contains("value=\"1.700\""))
            let unknown = try await officer.post(
                "/indicators/\(rice.id!)/actuals",
                [
                    "year": "2026", "period": "2026-Q7", "kind": "uoc", "value": "1",
                ])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("Kỳ “2026-Q7” không hợp lệ"))
        }
    }

    @Test func theOfficeAddsAnIndicatorAndRevisesItsTargetKeepingTheOriginal() async throws {
        try await withTestApp { app in
            let p = try await IndicatorFixture.load(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let office = try await signedIn(app, "vanphong")
            try await office.get("/indicators/new?year=2026")
            let missing = try await office.post(
                "/indicators",
                [
                    "year": "2026", "code": "", "name": "", "unit": "", "target": "12a",
                    "direction": "higher", "aggregation": "sum",
                ])
            #expect(missing.status == .unprocessableEntity)
            for message in [
                "Vui lòng nhập mã chỉ tiêu.", "Vui lòng nhập tên chỉ tiêu.", "Vui lòng nhập đơn vị tính",
                "“12a” không phải là số", "Vui lòng chọn đơn vị chịu trách nhiệm.",
            ] {
                #expect(missing.body.string.contains(message), "\(message)")
            }
            let created = try await office.post(
                "/indicators",
                [
                    "year": "2026", "code": "THUNS", "name": "Thu ngân sách nhà nước trên địa bàn", "unit": "tỷ đồng",
                    "direction": "higher", "aggregation": "sum", "responsible_unit_id": p.stc.id!.uuidString, "target": "11.000",
                    "target_document": "Nghị quyết số 88/NQ-HĐND ngày 09/12/2025",
                ])
            #expect(created.status == .seeOther)
            let revenue = try await IndicatorFixture.indicator(app, "THUNS")
            let plan = try #require(try await IndicatorPlan.query(on: app.db).filter(\.$indicatorID == revenue.id!).first())
            #expect(plan.target == "11000")
            #expect(plan.position == 4)
            let duplicate = try await office.post(
                "/indicators",
                [
                    "year": "2026", "code": "THUNS", "name": "Thu ngân sách", "unit": "tỷ đồng", "direction": "higher",
                    "aggregation": "sum",
                    "responsible_unit_id": p.stc.id!.uuidString, "target": "1",
                ])
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.string.contains("đã có kế hoạch năm 2026"))
            // A revision: decided in the year, not in the future, with its document.
            try await office.get("/indicators/\(revenue.id!)?year=2026")
            let future = try await office.post(
                "/indicators/\(revenue.id!)/revisions",
                [
                    "year": "2026", "value": "10.500", "decided_on": "01/12/2026", "document": "",
                    "version": String(revenue.version),
                ])
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("Ngày quyết định không được sau hôm nay."))
            #expect(future.body.string.contains("Vui lòng nhập văn bản điều chỉnh"))
            let revised = try await office.post(
                "/indicators/\(revenue.id!)/revisions",
                [
                    "year": "2026", "value": "10.500", "decided_on": "10/07/2026", "document": "Nghị quyết số 12/NQ-HĐND",
                    "version": String(revenue.version),
                ])
            #expect(revised.status == .seeOther)
            let html = try await office.get("/indicators/\(revenue.id!)?year=2026").body.string
            #expect(html.contains("11.000 tỷ đồng — Nghị quyết số 88/NQ-HĐND ngày 09/12/2025"))
            #expect(html.contains("10.500 tỷ đồng"))
            #expect(html.contains("đã điều chỉnh"))
            #expect(html.contains("(điều chỉnh ngày 10/07/2026)"))
            // As of a day before the revision was recorded, the original was in force.
            let before = try await office.get("/indicators?year=2026&as_of=21/11/2026").body.string
            #expect(before.contains("11.000"))
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "indicator").filter(
                \.$action == "revise_target"
            ).count()
            #expect(audit == 1)
            // Editing the definition keeps the target; a unit officer may not edit.
            let fresh = try await IndicatorFixture.indicator(app, "THUNS")
            let edited = try await office.post(
                "/indicators/\(revenue.id!)",
                [
                    "year": "2026", "code": "THUNS", "name": "Thu ngân sách nhà nước", "unit": "tỷ đồng", "direction": "higher",
                    "aggregation": "sum", "responsible_unit_id": p.stc.id!.uuidString, "version": String(fresh.version),
                ])
            #expect(edited.status == .seeOther)
            #expect(try await IndicatorFixture.indicator(app, "THUNS").name == "Thu ngân sách nhà nước")
            let officer = try await signedIn(app, "canbo.snv")
            #expect(try await officer.get("/indicators/\(revenue.id!)/edit").status == .forbidden)
        }
    }

    @Test func theHomePageHasACardAndThePlaceholderIsGone() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let officer = try await signedIn(app, "canbo.snv")
            let home = try await officer.get("/").body.string
            #expect(home.contains("href=\"/indicators\""))
            #expect(home.contains("href=\"/indicators/entry\""))
            let list = try await officer.get("/indicators").body.string
            #expect(!list.contains("Chưa có") || list.contains("Chỉ tiêu kinh tế - xã hội năm 2026"))
            #expect(list.contains("Chỉ tiêu kinh tế - xã hội năm 2026"))
        }
    }
}
