import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Seed 002's total trade and its parts (Cao Bằng, 6 months 2021): "Tổng kim ngạch xuất nhập khẩu … đạt 278,8 triệu
/// USD … Trong đó: xuất khẩu 138,131 triệu USD …; nhập khẩu 46 triệu USD …; giá trị hàng giám sát, tạm nhập, tái
/// xuất, kho ngoại quan đạt 94,676 triệu USD" — whose parts add up to 278,807, not 278,8. The parent comes after its
/// parts on purpose: a component may name a parent further down the file.
enum ComponentFixture {
    static let header = "code,name,unit,direction,responsible_unit,year,target,aggregation,parent\n"
    static let indicators =
        header
        + "XK,Kim ngạch xuất khẩu,triệu USD,higher,SNV,2021,\"306,3\",sum,XNK\n"
        + "NK,Kim ngạch nhập khẩu,triệu USD,higher,STC,2021,200,sum,XNK\n"
        + "TN,\"Giá trị hàng giám sát, tạm nhập, tái xuất, kho ngoại quan\",triệu USD,higher,STC,2021,200,sum,XNK\n"
        + "XNK,Tổng kim ngạch xuất nhập khẩu,triệu USD,higher,STC,2021,702,sum,\n"
        + "XK,Kim ngạch xuất khẩu,triệu USD,higher,SNV,2026,400,sum,XNK\n"
        + "XNK,Tổng kim ngạch xuất nhập khẩu,triệu USD,higher,STC,2026,800,sum,\n"
    static let actuals =
        IndicatorFixture.actualsHeader
        + "XNK,2021-H1,\"278,8\",uoc,2021-06-14\n"
        + "XK,2021-H1,\"138,131\",uoc,2021-06-14\n"
        + "XK,2020-H1,\"54,8\",chinh_thuc,2021-01-20\n"
        + "NK,2021-Q1,20,uoc,2021-04-10\n"
        + "NK,2021-Q2,26,uoc,2021-06-14\n"
        + "TN,2021-H1,\"94,676\",uoc,2021-06-14\n"

    /// The small plan (three indicators) and the trade above.
    static func load(_ app: Application) async throws -> SmallProvince {
        let p = try await IndicatorFixture.load(app)
        _ = try await IndicatorImport.run(data: Data(indicators.utf8), actor: .commandLine, app: app)
        _ = try await IndicatorActualImport.run(data: Data(actuals.utf8), actor: .commandLine, app: app)
        return p
    }
}

@Suite("Indicator components in the app")
struct IndicatorComponentsAppTests {
    func signedIn(_ app: Application, _ username: String) async throws -> Browser {
        let browser = Browser(app)
        try await browser.signIn(username)
        return browser
    }

    func importing(_ csv: String, _ app: Application) async throws -> ImportSummary {
        try await IndicatorImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
    }

    @Test func aComponentNamesItsParentInTheFileOrStoredAndAFileWithoutTheColumnKeepsIt() async throws {
        try await withTestApp { app in
            _ = try await ComponentFixture.load(app)
            let parent = try await IndicatorFixture.indicator(app, "XNK")
            #expect(parent.parentID == nil)
            for code in ["XK", "NK", "TN"] { #expect(try await IndicatorFixture.indicator(app, code).parentID == parent.id) }
            // The same file again changes nothing; a file without the column leaves the parents alone.
            #expect(try await importing(ComponentFixture.indicators, app) == .init(created: 0, updated: 0, unchanged: 6))
            #expect(
                try await importing(
                    IndicatorFixture.indicatorsHeader + "XK,Kim ngạch xuất khẩu,triệu USD,higher,SNV,2021,\"306,3\",sum\n", app
                ).unchanged == 1)
            #expect(try await IndicatorFixture.indicator(app, "XK").parentID == parent.id)
            // A stored parent is found; an empty cell makes the indicator top-level again.
            let more =
                ComponentFixture.header + "NK2,Nhập khẩu tiểu ngạch,triệu USD,higher,STC,2021,10,sum,XNK\n"
                + "TN,\"Giá trị hàng giám sát, tạm nhập, tái xuất, kho ngoại quan\",triệu USD,higher,STC,2021,200,sum,\n"
            #expect(try await importing(more, app) == .init(created: 1, updated: 1, unchanged: 0))
            #expect(try await IndicatorFixture.indicator(app, "NK2").parentID == parent.id)
            #expect(try await IndicatorFixture.indicator(app, "TN").parentID == nil)
        }
    }

    @Test func aBadParentIsRefusedWithItsLineAndNothingIsWritten() async throws {
        try await withTestApp { app in
            _ = try await ComponentFixture.load(app)
            let before = try await Indicator.query(on: app.db).count()
            let h = ComponentFixture.header
            let cases: [(String, String)] = [
                (
                    h + "A,Chỉ tiêu A,ha,higher,STC,2021,1,sum,\n" + "B,Chỉ tiêu B,ha,higher,STC,2021,1,sum,KHONGCO\n",
                    "Dòng 3: không có chỉ tiêu mã “KHONGCO” (parent)"
                ),
                (h + "A,Chỉ tiêu A,ha,higher,STC,2021,1,sum,A\n", "Dòng 2: chỉ tiêu “A” không thể là thành phần của chính nó"),
                (
                    h + "A,Chỉ tiêu A,ha,higher,STC,2021,1,sum,B\n" + "B,Chỉ tiêu B,ha,higher,STC,2021,1,sum,A\n",
                    "Dòng 2: chỉ tiêu “A” và “B” không thể là thành phần của nhau"
                ),
                // Two levels: a part of exports under exports, which is already a part.
                (
                    h + "XK1,Xuất khẩu hàng nông sản,triệu USD,higher,STC,2021,1,sum,XK\n",
                    "Dòng 2: chỉ tiêu “XK” đã là thành phần của chỉ tiêu khác"
                ),
                // Total trade made a part of something: it has parts of its own.
                (
                    h + "KT,Kinh tế đối ngoại,triệu USD,higher,STC,2021,1,sum,\n"
                        + "XNK,Tổng kim ngạch xuất nhập khẩu,triệu USD,higher,STC,2021,702,sum,KT\n",
                    "Dòng 3: chỉ tiêu “XNK” đang có chỉ tiêu thành phần"
                ),
                (
                    h + "XK,Kim ngạch xuất khẩu,triệu USD,higher,SNV,2021,1,sum,XNK\n"
                        + "XK,Kim ngạch xuất khẩu,triệu USD,higher,SNV,2022,1,sum,\n",
                    "Dòng 3: chỉ tiêu “XK” có parent khác với dòng 2"
                ),
            ]
            for (csv, message) in cases {
                let error = await #expect(throws: CSVError.self) { _ = try await importing(csv, app) }
                #expect(error?.description.contains(message) == true, "\(error?.description ?? "") ≠ \(message)")
            }
            #expect(try await Indicator.query(on: app.db).count() == before)
            #expect(try await IndicatorFixture.indicator(app, "XNK").parentID == nil)
        }
    }

    @Test func theParentsPageListsItsPartsAndSaysWhenTheyDoNotAddUp() async throws {
        try await withTestApp { app in
            _ = try await ComponentFixture.load(app)
            try await makeUser(app, "lanhdao", role: .leader)
            let leader = try await signedIn(app, "lanhdao")
            let trade = try await IndicatorFixture.indicator(app, "XNK")
            let exports = try await IndicatorFixture.indicator(app, "XK")
            let page = "/indicators/\(trade.id!)?year=2021&as_of=2021-06-14"
            let html = try await leader.get(page).body.string
            #expect(html.contains("Chỉ tiêu thành phần"))
            #expect(html.contains("/indicators/\(exports.id!)?year=2021&amp;as_of=2021-06-14"))
            #expect(html.contains("138,131 triệu USD"))
            #expect(html.contains("45,1%"))
            #expect(html.contains("tăng 152,1% so với cùng kỳ"))
            // Imports reported by quarters are added up for the half-year, as the parent's figure.
            #expect(html.contains("46 triệu USD"))
            #expect(
                html.contains(
                    "Tổng các chỉ tiêu thành phần: 278,807 triệu USD, chênh lệch 0,007 triệu USD so với số của chỉ tiêu."))
            #expect(
                html.contains("Trong đó: kim ngạch xuất khẩu 138,131 triệu USD, đạt 45,1% kế hoạch, tăng 152,1% so với cùng kỳ;"))
            // Before the parts are all in, no verdict.
            let early = try await leader.get("/indicators/\(trade.id!)?year=2021&as_of=2021-06-13").body.string
            #expect(!early.contains("Tổng các chỉ tiêu thành phần"))
            // The bonded goods corrected: the parts now add up.
            let fix = IndicatorFixture.actualsHeader + "TN,2021-H1,\"94,669\",so_bo,2021-06-20\n"
            _ = try await IndicatorActualImport.run(data: Data(fix.utf8), actor: .commandLine, app: app)
            let later = try await leader.get("/indicators/\(trade.id!)?year=2021&as_of=2021-06-20").body.string
            #expect(later.contains("Tổng các chỉ tiêu thành phần: 278,8 triệu USD, khớp với số của chỉ tiêu."))
            // A part links up to its parent and lists no parts of its own.
            let part = try await leader.get("/indicators/\(exports.id!)?year=2021&as_of=2021-06-14").body.string
            #expect(part.contains("Thuộc chỉ tiêu:"))
            #expect(part.contains("/indicators/\(trade.id!)?year=2021&amp;as_of=2021-06-14"))
            #expect(!part.contains("Chỉ tiêu thành phần"))
        }
    }

    @Test func anIndexParentShowsItsSectorsWithoutSumming() async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            let plan =
                ComponentFixture.header + "GRDP,Tốc độ tăng trưởng GRDP,%,higher,STC,2021,\"106,5\",index,\n"
                + "NLTS,\"Khu vực Nông, Lâm nghiệp và Thủy sản\",%,higher,STC,2021,103,index,GRDP\n"
            _ = try await importing(plan, app)
            let figures =
                IndicatorFixture.actualsHeader + "GRDP,2021-H1,\"104,23\",uoc,2021-06-14\n"
                + "NLTS,2021-H1,\"104,23\",uoc,2021-06-14\n"
            _ = try await IndicatorActualImport.run(data: Data(figures.utf8), actor: .commandLine, app: app)
            try await makeUser(app, "xem", role: .viewer)
            let viewer = try await signedIn(app, "xem")
            let grdp = try await IndicatorFixture.indicator(app, "GRDP")
            let html = try await viewer.get("/indicators/\(grdp.id!)?year=2021&as_of=2021-06-14").body.string
            #expect(html.contains("Khu vực Nông, Lâm nghiệp và Thủy sản"))
            #expect(html.contains("Số của chỉ tiêu không phải là tổng các chỉ tiêu thành phần nên không đối chiếu."))
            #expect(!html.contains("Tổng các chỉ tiêu thành phần:"))
        }
    }

    @Test func theYearsTotalsCountOnlyTheResolutionsIndicators() async throws {
        try await withTestApp { app in
            _ = try await ComponentFixture.load(app)
            let today = CivilDate(year: 2026, month: 11, day: 22)!
            let stats = try await IndicatorStatistics.json(
                year: "2021", asOf: "2021-06-14", today: today, on: app.db, t: Localizer(language: .vi))
            // Three of the small plan and total trade; its three parts are not indicators of the resolution.
            #expect(stats.total == 4)
            #expect(stats.prose.hasPrefix("Kết quả thực hiện 04 chỉ tiêu kinh tế - xã hội năm 2021"))
            #expect(stats.items.count == 7)
            #expect(stats.items.first { $0.code == "XK" }?.parent == "XNK")
            #expect(stats.items.first { $0.code == "XNK" }?.parent == nil)
            let json = String(decoding: try stats.data(), as: UTF8.self)
            #expect(json.contains("\"parent\":\"XNK\""))
            // Phụ lục V: the parts under their parent, "-" for a number, not in the tally.
            let report = try await IndicatorReport.build(year: 2021, asOf: CivilDate(year: 2021, month: 6, day: 14)!, on: app.db)
            #expect(report.tally.total == 4)
            let names = report.textRows.map { $0[0] + " " + $0[1] }
            let trade = try #require(names.firstIndex(of: "4 Tổng kim ngạch xuất nhập khẩu"))
            #expect(names[trade + 1] == "- Kim ngạch xuất khẩu")
            #expect(names[trade + 2] == "- Kim ngạch nhập khẩu")
            #expect(report.summaryCell.hasPrefix("4 chỉ tiêu"))
            // The year's table: the parts indented under their parent; the headline counts four.
            try await makeUser(app, "xem", role: .viewer)
            let viewer = try await signedIn(app, "xem")
            let html = try await viewer.get("/indicators?year=2021&as_of=14/06/2021").body.string
            #expect(html.contains("Kết quả thực hiện 04 chỉ tiêu kinh tế - xã hội năm 2021"))
            let parent = try #require(html.range(of: ">Tổng kim ngạch xuất nhập khẩu<"))
            let part = try #require(html.range(of: ">Kim ngạch xuất khẩu<"))
            #expect(parent.lowerBound < part.lowerBound)
            #expect(html.contains("class=\"depth-1 component\""))
            // Numbered among the resolution's indicators only: total trade is the fourth, whatever its parts' places.
            let tradeID = try await IndicatorFixture.indicator(app, "XNK").id!
            #expect(html.contains("<td class=\"num\">4</td><td><a href=\"/indicators/\(tradeID)?year=2021"))
            // A filter that keeps a part but not its parent says whose part it is.
            let snv = try await viewer.get("/indicators?year=2021&as_of=14/06/2021&unit=SNV").body.string
            #expect(snv.contains("Tổng kim ngạch xuất nhập khẩu › "))
            #expect(snv.contains(">Kim ngạch xuất khẩu<"))
            // The API's list names the parent even when its filter leaves the parent out.
            let api = try await APIClient.signIn(app, "xem")
            let byUnit = try await api.send(.GET, "/api/v1/indicators?year=2021&as_of=2021-06-14&unit=SNV")
            let items = try #require(byUnit.json["items"] as? [[String: Any]])
            #expect(items.first { $0["code"] as? String == "XK" }?["parent"] as? String == "XNK")
            #expect(items.first { $0["code"] as? String == "LUA" }?["parent"] == nil)
        }
    }

    @Test func theUnitEntersItsComponentsFigures() async throws {
        try await withTestApp { app in
            _ = try await ComponentFixture.load(app)
            let officer = try await signedIn(app, "canbo.snv")
            let html = try await officer.get("/indicators/entry?year=2026&period=2026-9M").body.string
            let exports = try await IndicatorFixture.indicator(app, "XK")
            #expect(html.contains("Kim ngạch xuất khẩu"))
            #expect(html.contains("value_\(exports.id!)"))
            #expect(!html.contains("Tổng kim ngạch xuất nhập khẩu"))
            let saved = try await officer.post(
                "/indicators/entry",
                [
                    "year": "2026", "period": "2026-9M", "kind": "uoc",
                    "value_\(exports.id!)": "300", "version_\(exports.id!)": String(exports.version),
                ])
            #expect(saved.status == .seeOther)
            #expect(
                try await IndicatorActualRecord.query(on: app.db).filter(\.$indicatorID == exports.id!).filter(
                    \.$period == "2026-9M"
                ).count() == 1)
        }
    }

    @Test func theOfficesFormChoosesAParentAmongTheYearsIndicators() async throws {
        try await withTestApp { app in
            let p = try await ComponentFixture.load(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let office = try await signedIn(app, "vanphong")
            let trade = try await IndicatorFixture.indicator(app, "XNK")
            let exports = try await IndicatorFixture.indicator(app, "XK")
            let form = try await office.get("/indicators/new?year=2026").body.string
            #expect(form.contains("Thuộc chỉ tiêu"))
            #expect(form.contains("value=\"\(trade.id!.uuidString)\""))
            #expect(!form.contains("value=\"\(exports.id!.uuidString)\""))  // a part is no parent
            let created = try await office.post(
                "/indicators",
                [
                    "year": "2026", "code": "NK", "name": "Kim ngạch nhập khẩu", "unit": "triệu USD", "direction": "higher",
                    "aggregation": "sum", "responsible_unit_id": p.stc.id!.uuidString, "target": "250",
                    "parent_id": trade.id!.uuidString,
                ])
            #expect(created.status == .seeOther)
            #expect(try await IndicatorFixture.indicator(app, "NK").parentID == trade.id)
            // Total trade under exports: refused in Vietnamese, with what was typed kept.
            try await office.get("/indicators/\(trade.id!)/edit?year=2026")
            let refused = try await office.post(
                "/indicators/\(trade.id!)",
                [
                    "year": "2026", "code": "XNK", "name": "Tổng kim ngạch XNK (sửa)", "unit": "triệu USD",
                    "direction": "higher", "aggregation": "sum", "responsible_unit_id": p.stc.id!.uuidString,
                    "parent_id": exports.id!.uuidString, "version": String(trade.version),
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("“Kim ngạch xuất khẩu” đã là chỉ tiêu thành phần của chỉ tiêu khác"))
            #expect(refused.body.string.contains("Tổng kim ngạch XNK (sửa)"))
            let itself = try await office.post(
                "/indicators/\(trade.id!)",
                [
                    "year": "2026", "code": "XNK", "name": "Tổng kim ngạch xuất nhập khẩu", "unit": "triệu USD",
                    "direction": "higher", "aggregation": "sum", "responsible_unit_id": p.stc.id!.uuidString,
                    "parent_id": trade.id!.uuidString, "version": String(trade.version),
                ])
            #expect(itself.body.string.contains("Một chỉ tiêu không thể là thành phần của chính nó."))
            #expect(try await IndicatorFixture.indicator(app, "XNK").parentID == nil)
        }
    }
}
