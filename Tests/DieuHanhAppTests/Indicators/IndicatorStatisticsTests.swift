import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// `dieuhanh stats indicators`, `GET /api/v1/stats/indicators` and the indicators API.
@Suite("Indicator statistics and API")
struct IndicatorStatisticsTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func item(_ object: [String: Any], _ code: String) throws -> [String: Any] {
        let items = try #require(object["items"] as? [[String: Any]])
        return try #require(items.first { $0["code"] as? String == code })
    }

    @Test func seed002FiguresThroughTheCommandLineAndTheAPIAlike() async throws {
        try await withTestApp { app in
            // setup
            _ = try await IndicatorFixture.load(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            // act
            let cli = try json(
                try await runCommand(app, ["stats", "indicators", "--year", "2021", "--as-of", "2021-06-14", "--format", "json"]))
            let api = try await APIClient.signIn(app, "vanphong")
            let response = try await api.send(.GET, "/api/v1/stats/indicators?year=2021&as_of=2021-06-14")
            // check: CONTRACT's keys, the seed's figures, the same object both ways
            #expect(response.status == .ok)
            for key in ["year", "as_of", "total", "met", "not_met", "no_data", "items"] { #expect(cli[key] != nil, "\(key)") }
            #expect(cli["year"] as? Int == 2021)
            #expect(cli["as_of"] as? String == "2021-06-14")
            #expect(cli["total"] as? Int == 3)
            #expect(cli["met"] as? Int == 0)
            #expect(cli["not_met"] as? Int == 0)
            #expect(cli["no_data"] as? Int == 0)
            #expect(cli["at_risk"] as? Int == 2)
            let cn = try item(cli, "CN")
            #expect("\(cn["target"]!)" == "5300")
            #expect("\(cn["actual"]!)" == "2620")
            #expect("\(cn["percent_of_target"]!)" == "49.4")
            #expect("\(cn["yoy_percent"]!)" == "128.5")
            #expect(cn["met"] is NSNull)
            #expect(cn["assessment"] as? String == "đạt 49,4% kế hoạch, tăng 28,5% so với cùng kỳ")
            #expect(cn["actual_label"] as? String == "ước 6 tháng đầu năm 2021")
            let lua = try item(cli, "LUA")
            #expect("\(lua["percent_of_target"]!)" == "101.3")
            #expect("\(lua["yoy_percent"]!)" == "100.8")
            #expect("\(lua["actual"]!)" == "3669.25")
            let hn = try item(cli, "HN")
            #expect(hn["yoy_percent"] is NSNull)
            #expect(hn["status"] as? String == "at_risk")
            #expect(
                String(decoding: Data(buffer: response.body), as: UTF8.self)
                    == (try await runCommand(
                        app, ["stats", "indicators", "--year", "2021", "--as-of", "2021-06-14", "--format", "json"]))
                    .trimmingCharacters(in: .newlines))
            // Before the estimate was recorded there was nothing to report.
            let early = try json(
                try await runCommand(app, ["stats", "indicators", "--year", "2021", "--as-of", "2021-06-09", "--format", "json"]))
            #expect(early["no_data"] as? Int == 3)
            // Text for people.
            let text = try await runCommand(app, ["stats", "indicators", "--year", "2021", "--as-of", "14/06/2021"])
            #expect(
                text.contains(
                    "Giá trị sản xuất công nghiệp [CN]: 2.620 tỷ đồng (ước 6 tháng đầu năm 2021) / kế hoạch 5.300 tỷ đồng"))
            #expect(text.contains("02 chỉ tiêu có nguy cơ không đạt kế hoạch năm (giá trị sản xuất công nghiệp, tỷ lệ hộ nghèo)"))
        }
    }

    @Test func badParametersAreA4xxWithAReason() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            try await makeUser(app, "xem", role: .viewer)
            let api = try await APIClient.signIn(app, "xem")
            let badDate = try await api.send(.GET, "/api/v1/stats/indicators?year=2021&as_of=14-14-2021")
            #expect(badDate.status == .unprocessableEntity)
            #expect(badDate.errorCode == "validation_failed")
            let badYear = try await api.send(.GET, "/api/v1/stats/indicators?year=abc")
            #expect(badYear.status == .unprocessableEntity)
            await #expect(throws: CommandFailure.self) {
                _ = try await runCommand(app, ["stats", "indicators", "--year", "20x1", "--as-of", "2021-06-14"])
            }
        }
    }

    @Test func theListSearchesWithoutDiacriticsAndFiltersByUnitAndStatus() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            try await makeUser(app, "xem", role: .viewer)
            let api = try await APIClient.signIn(app, "xem")
            let search = try await api.send(.GET, "/api/v1/indicators?year=2021&as_of=2021-06-14&q=lua%20xuan")
            #expect(search.status == .ok)
            #expect((search.json["items"] as? [[String: Any]])?.map { $0["code"] as? String } == ["LUA"])
            let byUnit = try await api.send(.GET, "/api/v1/indicators?year=2021&as_of=2021-06-14&unit=SNV")
            #expect(byUnit.json["total"] as? Int == 2)
            let atRisk = try await api.send(.GET, "/api/v1/indicators?year=2021&as_of=2021-06-14&status=at_risk&per=1")
            #expect(atRisk.json["total"] as? Int == 2)
            #expect((atRisk.json["items"] as? [Any])?.count == 1)
        }
    }

    @Test func aUnitOfficerEntersActualsForTheirOwnIndicatorsOnly() async throws {
        try await withTestApp { app in
            // setup: canbo.snv is an officer of SNV (rice, poverty); industry is STC's
            _ = try await IndicatorFixture.load(app)
            let api = try await APIClient.signIn(app, "canbo.snv")
            let rice = try await IndicatorFixture.indicator(app, "LUA")
            let industry = try await IndicatorFixture.indicator(app, "CN")
            // act + check: another unit's indicator is refused, naming the responsible unit
            let refused = try await api.send(
                .POST, "/api/v1/indicators/\(industry.id!)/actuals",
                json: ["period": "2026-9M", "kind": "uoc", "value": "5.100"])
            #expect(refused.status == .forbidden)
            #expect(
                (refused.json["error"] as? [String: Any])?["message"] as? String
                    == "Chỉ tiêu “Giá trị sản xuất công nghiệp” do Sở Tài chính chịu trách nhiệm; đơn vị của bạn không được nhập số liệu cho chỉ tiêu này."
            )
            // its own: both notations, and a JSON number
            let first = try await api.send(
                .POST, "/api/v1/indicators/\(rice.id!)/actuals",
                json: ["period": "2026-H1", "kind": "uoc", "value": "1.234,5", "version": rice.version])
            #expect(first.status == .created)
            #expect("\(first.json["value"]!)" == "1234.5")
            #expect(first.json["recorded_on"] as? String == "2026-11-22")
            let second = try await api.send(
                .POST, "/api/v1/indicators/\(rice.id!)/actuals",
                json: ["period": "2026-9M", "kind": "so_bo", "value": "1234.5"])
            #expect(second.status == .created)
            let number = try await api.send(
                .POST, "/api/v1/indicators/\(rice.id!)/actuals", raw: #"{"period":"2026-Q3","kind":"uoc","value":12.345}"#)
            #expect("\(number.json["value"]!)" == "12.345")
            // a stale version is a conflict, bad input a 422 with every problem
            let stale = try await api.send(
                .POST, "/api/v1/indicators/\(rice.id!)/actuals",
                json: ["period": "2026", "kind": "uoc", "value": "3700", "version": rice.version])
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "conflict")
            let bad = try await api.send(
                .POST, "/api/v1/indicators/\(rice.id!)/actuals", json: ["period": "2026-Q5", "kind": "x", "value": "12a"])
            #expect(bad.status == .unprocessableEntity)
            let fields = (bad.json["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []
            #expect(Set(fields.compactMap { $0["field"] as? String }) == ["period", "kind", "value"])
            #expect(fields.contains { ($0["message"] as? String)?.contains("“12a” không phải là số") == true })
            let future = try await api.send(
                .POST, "/api/v1/indicators/\(rice.id!)/actuals", json: ["period": "2026-M12", "kind": "uoc", "value": "1"])
            #expect(future.status == .unprocessableEntity)
            // a viewer reads but enters nothing
            try await makeUser(app, "xem", role: .viewer)
            let viewer = try await APIClient.signIn(app, "xem")
            let detail = try await viewer.send(.GET, "/api/v1/indicators/\(rice.id!)?year=2026")
            #expect(detail.status == .ok)
            #expect(detail.json["may_enter_actuals"] as? Bool == false)
            #expect((detail.json["actuals"] as? [Any])?.count == 3)
            #expect(
                try await viewer.send(
                    .POST, "/api/v1/indicators/\(rice.id!)/actuals",
                    json: ["period": "2026-H1", "kind": "uoc", "value": "1"]
                ).status == .forbidden)
            // every entry is audited
            let audited = try await AuditEntry.query(on: app.db).filter(\.$action == "record_actual").count()
            #expect(audited == 3)
        }
    }
}
