import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// A five-year plan in the style of seed 000 on top of the small plan: GRDP growth on average (7%/năm, ends at 6,9:
/// not met), the poverty rate in 2025 (below 1,5%: 1,4, met), total investment over five years (250.000 tỷ đồng:
/// 251.000, met).
enum PlanFixture {
    static let header = "code,name,unit,direction,responsible_unit,year,target,aggregation,method\n"
    static let plans =
        header
        + "GRDP,Tốc độ tăng trưởng GRDP,%,higher,STC,2021-2025,7,rate,average_growth\n"
        + "HN,Tỷ lệ hộ nghèo,%,lower,SNV,2021 - 2025,\"1,5\",level,\n"
        + "VDT,Tổng vốn đầu tư toàn xã hội,tỷ đồng,higher,STC,2021-2025,250.000,sum,\n"
        + "GRDP,Tốc độ tăng trưởng GRDP,%,higher,STC,2025,7,rate,\n"

    static var actuals: String {
        let growth = ["6.5", "7", "7.2", "6.8", "6.9"]
        let investment = ["48000", "49000", "50000", "51000", "53000"]
        var rows = IndicatorFixture.actualsHeader
        for (i, year) in (2021...2025).enumerated() {
            rows += "GRDP,\(year),\(growth[i]),chinh_thuc,\(year + 1)-01-15\n"
            rows += "VDT,\(year),\(investment[i]),chinh_thuc,\(year + 1)-01-15\n"
        }
        return rows + "HN,2025,1.4,chinh_thuc,2026-02-01\n"
    }

    static func load(_ app: Application) async throws {
        _ = try await IndicatorFixture.load(app)
        _ = try await IndicatorImport.run(data: Data(plans.utf8), actor: .commandLine, app: app)
        _ = try await IndicatorActualImport.run(data: Data(actuals.utf8), actor: .commandLine, app: app)
    }
}

@Suite("Plans for several years in the app")
struct IndicatorMultiYearTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func item(_ object: [String: Any], _ code: String) throws -> [String: Any] {
        let items = try #require(object["items"] as? [[String: Any]])
        return try #require(items.first { $0["code"] as? String == code })
    }

    @Test func aRangeRowIsAPlanForThePeriodAndImportingItAgainChangesNothing() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let first = try await IndicatorImport.run(data: Data(PlanFixture.plans.utf8), actor: .commandLine, app: app)
            #expect(first == .init(created: 4, updated: 0, unchanged: 0))
            let plans = try await IndicatorMultiYearPlanRecord.query(on: app.db).sort(\.$position).all()
            #expect(plans.map(\.method) == ["average_growth", "last_year", "sum"])
            #expect(plans.map(\.target) == ["7", "1.5", "250000"])
            #expect(plans.allSatisfy { $0.fromYear == 2021 && $0.toYear == 2025 })
            // The poverty rate kept its yearly plans; the investment exists through its period's row alone.
            let hn = try await IndicatorFixture.indicator(app, "HN")
            #expect(try await IndicatorPlan.query(on: app.db).filter(\.$indicatorID == hn.id!).count() == 2)
            #expect(try await IndicatorFixture.indicator(app, "VDT").aggregation == "sum")
            let again = try await IndicatorImport.run(data: Data(PlanFixture.plans.utf8), actor: .commandLine, app: app)
            #expect(again == .init(created: 0, updated: 0, unchanged: 4))
            // A corrected target updates the plan in place.
            let corrected = PlanFixture.plans.replacingOccurrences(of: "2021-2025,7,rate", with: "2021-2025,7.5,rate")
            let third = try await IndicatorImport.run(data: Data(corrected.utf8), actor: .commandLine, app: app)
            #expect(third == .init(created: 0, updated: 1, unchanged: 3))
            #expect(try await IndicatorMultiYearPlanRecord.query(on: app.db).count() == 3)
        }
    }

    @Test func aBadRangeOrMethodStopsTheFileWithItsLine() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let cases: [(row: String, message: String)] = [
                (
                    "GRDP,Tăng trưởng,%,higher,STC,2025-2021,7,rate,average_growth\n",
                    "Dòng 2: year “2025-2021” không phải là giai đoạn: năm đầu phải trước năm cuối"
                ),
                (
                    "GRDP,Tăng trưởng,%,higher,STC,2021-2035,7,rate,average_growth\n",
                    "Dòng 2: year “2021-2035” không phải là giai đoạn"
                ),
                (
                    "GRDP,Tăng trưởng,%,higher,STC,2021-2025,7,rate,geometric\n",
                    "Dòng 2: method “geometric” phải là sum, last_year hoặc average_growth"
                ),
                (
                    "VDT,Vốn đầu tư,tỷ đồng,higher,STC,2021-2025,250000,sum,average_growth\n",
                    "Dòng 2: method average_growth không dùng được cho chỉ tiêu aggregation sum"
                ),
                (
                    "HN,Tỷ lệ hộ nghèo,%,lower,SNV,2021-2025,1.5,level,sum\n",
                    "Dòng 2: method sum không dùng được cho chỉ tiêu aggregation level"
                ),
                (
                    "GRDP,Tăng trưởng,%,higher,STC,2025,7,rate,average_growth\n",
                    "Dòng 2: method “average_growth” chỉ dùng cho dòng kế hoạch giai đoạn"
                ),
                (
                    "GRDP,Tăng trưởng,%,higher,STC,2021-2025,7,rate,\nGRDP,Tăng trưởng,%,higher,STC,2021 - 2025,8,rate,\n",
                    "Dòng 3: chỉ tiêu “GRDP” giai đoạn 2021 - 2025 đã có ở dòng 2"
                ),
            ]
            for (row, message) in cases {
                let error = await #expect(throws: CSVError.self) {
                    _ = try await IndicatorImport.run(data: Data((PlanFixture.header + row).utf8), actor: .commandLine, app: app)
                }
                #expect(error?.description.contains(message) == true, "\(error?.description.prefix(200) ?? "") ≠ \(message)")
            }
            let kinds =
                "code,name,unit,direction,responsible_unit,year,target,aggregation,target_kind\n"
                + "GRDP,Tăng trưởng,%,higher,STC,2021-2025,7,rate,trung_uong\n"
            let kindError = await #expect(throws: CSVError.self) {
                _ = try await IndicatorImport.run(data: Data(kinds.utf8), actor: .commandLine, app: app)
            }
            #expect(kindError?.description.contains("Dòng 2: kế hoạch giai đoạn 2021 - 2025 chỉ có một") == true)
            #expect(try await IndicatorMultiYearPlanRecord.query(on: app.db).count() == 0)
            #expect(try await Indicator.query(on: app.db).count() == 3)
        }
    }

    @Test func thePlansPageShowsEachYearThePeriodsValueAndTheSentence() async throws {
        try await withTestApp { app in
            try await PlanFixture.load(app)
            try await makeUser(app, "xem", role: .viewer)
            let viewer = Browser(app)
            try await viewer.signIn("xem")
            let list = try await viewer.get("/indicators?year=2021").body.string
            #expect(list.contains("href=\"/indicators/plans"))
            let page = try await viewer.get("/indicators/plans?from=2021&to=2025&as_of=2026-11-22")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Chỉ tiêu kế hoạch giai đoạn 2021 - 2025"))
            #expect(
                html.contains(
                    "Giai đoạn 2021 - 2025: đạt và vượt 2/3 chỉ tiêu; 01 chỉ tiêu không đạt (tốc độ tăng trưởng GRDP)."))
            #expect(html.contains("bình quân 6,9%/năm"))
            #expect(html.contains("bình quân 7%/năm"))
            #expect(html.contains("98,6%"))
            #expect(html.contains("năm 2025: 1,4%"))
            #expect(html.contains("tổng 5 năm: 251.000 tỷ đồng"))
            #expect(html.contains("100,4%"))
            #expect(html.contains("53.000"))
            #expect(html.contains("Năm 2023"))
            #expect(html.contains("5/5 năm có số liệu"))
            #expect(html.contains("Không đạt"))
            #expect(html.contains("row-overdue"))
            #expect(html.contains("class=\"table-wrap\""))
            // Only an indicator with a year's plan has a page to link to: the investment has none.
            let hn = try await IndicatorFixture.indicator(app, "HN")
            let vdt = try await IndicatorFixture.indicator(app, "VDT")
            #expect(html.contains("href=\"/indicators/\(hn.id!)"))
            #expect(!html.contains("href=\"/indicators/\(vdt.id!)"))
            // The default period is the one running or the latest ended, as of today.
            #expect(try await viewer.get("/indicators/plans").body.string.contains("bình quân 6,9%/năm"))
            // Mid-period: what was known early in 2024.
            let early = try await viewer.get("/indicators/plans?plan=2021-2025&as_of=15/02/2024").body.string
            #expect(early.contains("Có nguy cơ không đạt"))
            #expect(early.contains("tổng đến năm 2023: 147.000 tỷ đồng"))
            #expect(early.contains("bình quân 6,9%/năm (3 năm có số liệu)"))
            // The indicator's own page lists its five-year target.
            let own = try await viewer.get("/indicators/\(hn.id!)?year=2026&as_of=2026-11-22").body.string
            #expect(own.contains("Kế hoạch giai đoạn"))
            #expect(own.contains("năm 2025: 1,5%"))
            #expect(own.contains("năm 2025: 1,4%"))
            let bad = try await viewer.get("/indicators/plans?from=2025&to=2021").body.string
            #expect(bad.contains("Giai đoạn không hợp lệ"))
        }
    }

    @Test func anEmptyPlansPageSaysWhatToDoNext() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            try await makeUser(app, "xem", role: .viewer)
            try await makeUser(app, "vanphong", role: .coordinator)
            let viewer = Browser(app)
            try await viewer.signIn("xem")
            let html = try await viewer.get("/indicators/plans").body.string
            #expect(html.contains("Chưa có kế hoạch giai đoạn nào"))
            #expect(html.contains("Chọn giai đoạn khác ở trên, hoặc xem kết quả từng năm"))
            #expect(html.contains("href=\"/indicators\""))
            let office = Browser(app)
            try await office.signIn("vanphong")
            let asked = try await office.get("/indicators/plans?from=2026&to=2030").body.string
            #expect(asked.contains("Chưa có mục tiêu kế hoạch giai đoạn 2026 - 2030"))
            #expect(asked.contains("Đề nghị quản trị hệ thống nạp tệp chỉ tiêu"))
        }
    }

    @Test func theOfficeSetsAndCorrectsAFiveYearTargetOnTheIndicatorsPage() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            try await makeUser(app, "xem", role: .viewer)
            let office = Browser(app)
            try await office.signIn("vanphong")
            let hn = try await IndicatorFixture.indicator(app, "HN")
            let page = try await office.get("/indicators/\(hn.id!)?year=2021").body.string
            #expect(page.contains("Mục tiêu kế hoạch giai đoạn"))
            // A level indicator cannot be summed over the years: the form does not offer it.
            #expect(!page.contains("Tổng các năm"))
            let bad = try await office.post(
                "/indicators/\(hn.id!)/plans",
                ["year": "2021", "period": "2025-2021", "method": "sum", "target": "", "version": String(hn.version)])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Giai đoạn không hợp lệ"))
            #expect(bad.body.string.contains("Cách tính này không dùng được cho chỉ tiêu này."))
            #expect(bad.body.string.contains("Nhập mục tiêu của giai đoạn."))
            let saved = try await office.post(
                "/indicators/\(hn.id!)/plans",
                ["year": "2021", "period": "2021 - 2025", "method": "", "target": "1,5", "version": String(hn.version)])
            #expect(saved.status == .seeOther)
            let record = try #require(try await IndicatorMultiYearPlanRecord.query(on: app.db).first())
            #expect((record.method, record.target, record.fromYear, record.toYear) == ("last_year", "1.5", 2021, 2025))
            let fresh = try await IndicatorFixture.indicator(app, "HN")
            #expect(fresh.version == hn.version + 1)
            let stale = try await office.post(
                "/indicators/\(hn.id!)/plans",
                ["year": "2021", "period": "2021-2025", "target": "1,2", "version": String(hn.version)])
            #expect(stale.status == .conflict)
            let corrected = try await office.post(
                "/indicators/\(hn.id!)/plans",
                ["year": "2021", "period": "2021-2025", "target": "1,2", "version": String(fresh.version)])
            #expect(corrected.status == .seeOther)
            #expect(try await IndicatorMultiYearPlanRecord.query(on: app.db).all().map(\.target) == ["1.2"])
            #expect(try await office.get("/indicators/\(hn.id!)?year=2021").body.string.contains("năm 2025: 1,2%"))
            let viewer = Browser(app)
            try await viewer.signIn("xem")
            #expect(!(try await viewer.get("/indicators/\(hn.id!)?year=2021").body.string.contains("ke-hoach-giai-doan")))
            let forbidden = try await viewer.post(
                "/indicators/\(hn.id!)/plans", ["year": "2021", "period": "2021-2025", "target": "1"])
            #expect(forbidden.status == .forbidden)
        }
    }

    @Test func thePlanObjectThroughTheCommandLineAndTheAPIAlike() async throws {
        try await withTestApp { app in
            try await PlanFixture.load(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let args = ["stats", "indicators", "--plan", "2021-2025", "--as-of", "2026-11-22", "--format", "json"]
            let text = try await runCommand(app, args)
            let cli = try json(text)
            for key in ["plan", "as_of", "total", "met", "not_met", "no_data", "items"] { #expect(cli[key] != nil, "\(key)") }
            #expect(cli["plan"] as? String == "2021-2025")
            #expect(cli["as_of"] as? String == "2026-11-22")
            #expect(cli["total"] as? Int == 3)
            #expect(cli["met"] as? Int == 2)
            #expect(cli["not_met"] as? Int == 1)
            #expect(cli["no_data"] as? Int == 0)
            let grdp = try item(cli, "GRDP")
            for key in ["code", "method", "target", "value", "percent_of_target", "years", "met", "status"] {
                #expect(grdp[key] != nil, "\(key)")
            }
            #expect(grdp["method"] as? String == "average_growth")
            #expect("\(grdp["target"]!)" == "7")
            #expect("\(grdp["value"]!)" == "6.9")
            #expect("\(grdp["percent_of_target"]!)" == "98.6")
            #expect(grdp["met"] as? Bool == false)
            #expect(grdp["status"] as? String == "not_met")
            let years = try #require(grdp["years"] as? [[String: Any]])
            #expect(years.map { $0["year"] as? Int } == [2021, 2022, 2023, 2024, 2025])
            #expect(years.map { "\($0["value"]!)" } == ["6.5", "7", "7.2", "6.8", "6.9"])
            let vdt = try item(cli, "VDT")
            #expect("\(vdt["value"]!)" == "251000")
            #expect(vdt["met"] as? Bool == true)
            #expect(try item(cli, "HN")["method"] as? String == "last_year")
            let api = try await APIClient.signIn(app, "vanphong")
            let response = try await api.send(.GET, "/api/v1/stats/indicators?plan=2021-2025&as_of=2026-11-22")
            #expect(response.status == .ok)
            #expect(String(decoding: Data(buffer: response.body), as: UTF8.self) == text.trimmingCharacters(in: .newlines))
            // Without `plan` the year's object is unchanged.
            let year = try await api.send(.GET, "/api/v1/stats/indicators?year=2021&as_of=2021-06-14")
            let yearObject = try json(String(decoding: Data(buffer: year.body), as: UTF8.self))
            #expect(yearObject["year"] as? Int == 2021)
            #expect(yearObject["plan"] == nil)
            // People's text, and bad parameters.
            let people = try await runCommand(app, ["stats", "indicators", "--plan", "2021 - 2025", "--as-of", "22/11/2026"])
            #expect(people.contains("Tốc độ tăng trưởng GRDP [GRDP]: bình quân 6,9%/năm / kế hoạch bình quân 7%/năm"))
            let badPlan = try await api.send(.GET, "/api/v1/stats/indicators?plan=2025-2021")
            #expect(badPlan.status == .unprocessableEntity)
            await #expect(throws: CommandFailure.self) {
                _ = try await runCommand(app, ["stats", "indicators", "--plan", "2025-2021"])
            }
            await #expect(throws: CommandFailure.self) {
                _ = try await runCommand(app, ["stats", "indicators", "--plan", "2021-2025", "--year", "2021"])
            }
        }
    }
}
