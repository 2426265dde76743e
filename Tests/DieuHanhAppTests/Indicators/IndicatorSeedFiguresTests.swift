import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// Figures of seeds 001 and 002 that the indicators could not hold before issue 18, entered as a province would enter
/// them and read back in the seed's own words: on the indicator's page, in `stats indicators` and in Phụ lục V.
@Suite("Seed figures: two targets, ranks with scores, counts by class")
struct IndicatorSeedFiguresTests {
    static let plans =
        String(IndicatorFixture.indicatorsHeader.dropLast()) + ",target_kind,target_term\n"
        // Seed 002: "thu ngân sách trên địa bàn đạt 641.062 triệu đồng; so với dự toán TW giao đạt 44%; so với dự toán
        // HĐND giao đạt 32%; tăng 15% so với cùng kỳ năm 2020" — the council's budget is the plan's own target.
        + "TNS,Thu ngân sách trên địa bàn,triệu đồng,higher,STC,2021,2.003.000,sum,hdnd,du_toan\n"
        + "TNS,Thu ngân sách trên địa bàn,triệu đồng,higher,STC,2021,1.457.000,sum,trung_uong,\n"
        // Seed 001, footnote 20: "PCI năm 2019 xếp thứ 13/63".
        + "PCI,Chỉ số năng lực cạnh tranh cấp tỉnh (PCI),thứ hạng,lower,SNV,2019,15,rank,,\n"
        // Seed 002, footnote 8: communes by the new-countryside criteria they meet.
        + "NTM,Số tiêu chí nông thôn mới bình quân,tiêu chí/xã,higher,SNV,2021,11,level,,\n"
        // Seed 002: "Chỉ số sản xuất công nghiệp 5 tháng đầu năm 2021 tăng 2,5% so với cùng kỳ năm trước".
        + "IIP,Chỉ số sản xuất công nghiệp,%,higher,STC,2021,108,index,,\n"

    static let figures =
        String(IndicatorFixture.actualsHeader.dropLast()) + ",score,classes\n"
        + "TNS,2020-5M,557.445,chinh_thuc,2020-06-20,,\n"
        + "TNS,2021-5M,641.062,uoc,2021-06-01,,\n"
        + "PCI,2018,18,chinh_thuc,2019-05-10,\"64,27\",\n"
        + "PCI,2019,13,chinh_thuc,2020-05-06,\"65,52\",\n"
        + "NTM,2020-M06,\"10,99\",chinh_thuc,2020-07-01,,\"Số xã đạt 19 tiêu chí: 16; số xã đạt từ 15-18 tiêu chí: 7; "
        + "số xã đạt 10-14 tiêu chí: 45; số xã đạt 5-9 tiêu chí: 76\"\n"
        + "NTM,2021-M06,\"10,99\",uoc,2021-06-07,,\"Số xã đạt 19 tiêu chí: 17; số xã đạt từ 15-18 tiêu chí: 5; "
        + "số xã đạt 10-14 tiêu chí: 53; số xã đạt 5-9 tiêu chí: 64\"\n"
        + "IIP,2021-5M,\"102,5\",uoc,2021-06-01,,\n"

    static let communes =
        "Số xã đạt 19 tiêu chí: 17 xã (tăng 01 xã); số xã đạt từ 15-18 tiêu chí: 05 xã (giảm 02 xã); "
        + "số xã đạt 10-14 tiêu chí: 53 xã (tăng 08 xã); số xã đạt 5-9 tiêu chí: 64 xã (giảm 12 xã)"

    func load(_ app: Application) async throws {
        _ = try await SmallProvince.make(app)
        _ = try await IndicatorImport.run(data: Data(Self.plans.utf8), actor: .commandLine, app: app)
        _ = try await IndicatorActualImport.run(data: Data(Self.figures.utf8), actor: .commandLine, app: app)
    }

    func items(_ app: Application, year: Int, asOf: String) async throws -> [String: [String: Any]] {
        let out = try await runCommand(app, ["stats", "indicators", "--year", String(year), "--as-of", asOf, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: items.map { ($0["code"] as! String, $0) })
    }

    func page(_ app: Application, _ code: String, year: Int, asOf: String) async throws -> String {
        try await makeUser(app, "vanphong", role: .coordinator)
        let browser = Browser(app)
        try await browser.signIn("vanphong")
        let indicator = try await IndicatorFixture.indicator(app, code)
        return try await browser.get("/indicators/\(indicator.id!)?year=\(year)&as_of=\(asOf)").body.string
    }

    @Test func theBudgetAgainstTheCentresAndTheCouncilsEstimates() async throws {
        try await withTestApp { app in
            try await load(app)
            let sentence =
                "Thu ngân sách trên địa bàn ước thực hiện 5 tháng đầu năm 2021 đạt 641.062/2.003.000 triệu đồng, đạt 32% dự "
                + "toán HĐND tỉnh giao, tăng 15% so với cùng kỳ; so với dự toán Trung ương giao đạt 44%."
            #expect(try await page(app, "TNS", year: 2021, asOf: "2021-06-01").contains(sentence))
            let item = try #require(try await items(app, year: 2021, asOf: "2021-06-01")["TNS"])
            #expect(item["assessment"] as? String == "đạt 32% dự toán HĐND tỉnh giao, tăng 15% so với cùng kỳ")
            let targets = try #require(item["targets"] as? [[String: Any]])
            #expect(targets.map { $0["kind"] as? String } == ["hdnd", "trung_uong"])
            #expect(targets.map { "\($0["percent_of_target"]!)" } == ["32", "44"])
            let appendix = try await IndicatorReport.build(year: 2021, asOf: CivilDate(year: 2021, month: 6, day: 1)!, on: app.db)
            let row = try #require(appendix.rows.first { $0.code == "TNS" })
            #expect(row.note == "Ước 5 tháng đầu năm 2021; so với dự toán Trung ương giao đạt 44%")
        }
    }

    @Test func anIndexAgainstTheSamePeriodTellsItsGrowth() async throws {
        try await withTestApp { app in
            try await load(app)
            let html = try await page(app, "IIP", year: 2021, asOf: "2021-06-01")
            #expect(
                html.contains(
                    "Chỉ số sản xuất công nghiệp ước thực hiện 5 tháng đầu năm 2021 tăng 2,5% so với cùng kỳ năm trước (kế "
                        + "hoạch tăng 8%)."))
            let item = try #require(try await items(app, year: 2021, asOf: "2021-06-01")["IIP"])
            #expect(item["percent_of_target"] is NSNull && item["status"] as? String == "at_risk")
        }
    }

    @Test func theOfficeRevisesTheCentresEstimateNotTheCouncils() async throws {
        try await withTestApp { app in
            try await load(app)
            let html = try await page(app, "TNS", year: 2021, asOf: "2021-06-01")
            #expect(html.contains(#"name="target_kind""#) && html.contains("Dự toán Trung ương giao"))
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let revenue = try await IndicatorFixture.indicator(app, "TNS")
            let form = [
                "year": "2021", "value": "1.282.000", "decided_on": "15/07/2021", "document": "Quyết định số 1/QĐ-BTC",
                "version": String(revenue.version),
            ]
            // A kind the year does not have is refused, keeping what was typed.
            var wrong = form
            wrong["target_kind"] = "tinh_khac"
            let refused = try await browser.post("/indicators/\(revenue.id!)/revisions", wrong)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Quyết định số 1/QĐ-BTC"))
            var centre = form
            centre["target_kind"] = "trung_uong"
            #expect(try await browser.post("/indicators/\(revenue.id!)/revisions", centre).status == .seeOther)
            // Entered today: it counts from today, as every revision does from the day it is entered.
            let rows = try await IndicatorQuery.rows(year: 2021, asOf: CivilDate(year: 2026, month: 11, day: 22)!, on: app.db)
            let row = try #require(rows.first { $0.indicator.code == "TNS" })
            // 641.062 / 1.282.000 = 50%; the council's own estimate is untouched.
            #expect(row.otherTargets[0].value == 1_282_000 && row.otherTargets[0].percentOfTarget == 50)
            #expect(row.snapshot.target == 2_003_000 && row.snapshot.revision == nil)
            let after = try await browser.get("/indicators/\(revenue.id!)?year=2021&as_of=2026-11-22").body.string
            #expect(after.contains("so với dự toán Trung ương giao đạt 50%"))
            #expect(after.contains("ban đầu 1.457.000 triệu đồng"))
        }
    }

    @Test func aRankWithItsScore() async throws {
        try await withTestApp { app in
            try await load(app)
            let sentence =
                "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2019 xếp thứ 13/63 (kế hoạch thứ 15), đạt 65,52 điểm (tăng 1,25 "
                + "điểm), tăng 5 bậc so với cùng kỳ."
            let html = try await page(app, "PCI", year: 2019, asOf: "2020-06-30")
            #expect(html.contains(sentence))
            let item = try #require(try await items(app, year: 2019, asOf: "2020-06-30")["PCI"])
            #expect("\(item["score"]!)" == "65.52" && "\(item["yoy_places"]!)" == "5")
            let appendix = try await IndicatorReport.build(
                year: 2019, asOf: CivilDate(year: 2020, month: 6, day: 30)!, on: app.db)
            #expect(
                appendix.rows.first?.note
                    == "Chính thức năm 2019; tăng 5 bậc so với cùng kỳ; đạt 65,52 điểm (tăng 1,25 điểm)")
            // Before the 2019 ranking was published, the 2018 figures are last year's only.
            #expect(try await items(app, year: 2019, asOf: "2020-01-01")["PCI"]?["score"] == nil)
        }
    }

    @Test func communesCountedByTheCriteriaTheyMeet() async throws {
        try await withTestApp { app in
            try await load(app)
            let html = try await page(app, "NTM", year: 2021, asOf: "2021-06-07")
            #expect(html.contains(Self.communes + "."))
            // The table: each class, last year's count and the change; the totals (139 communes both years).
            #expect(html.contains("<h2>Phân loại theo nhóm</h2>"))
            #expect(html.contains(#"<td class="num">53</td><td class="num">45</td><td class="num">+8</td>"#))
            #expect(html.contains(#"<td class="num">139</td><td class="num">144</td><td class="num">−5</td>"#))
            let item = try #require(try await items(app, year: 2021, asOf: "2021-06-07")["NTM"])
            #expect("\(item["actual"]!)" == "10.99")
            let classes = try #require(item["classes"] as? [[String: Any]])
            #expect(classes.map { $0["count"] as? Int } == [17, 5, 53, 64])
            #expect(classes.map { $0["change"] as? Int } == [1, -2, 8, -12])
            let appendix = try await IndicatorReport.build(year: 2021, asOf: CivilDate(year: 2021, month: 6, day: 7)!, on: app.db)
            #expect(appendix.rows.first { $0.code == "NTM" }?.note == "Ước tháng 6 năm 2021; " + Self.communes)
            // Importing the same file again changes nothing; a changed class count is a new figure.
            let again = try await IndicatorActualImport.run(data: Data(Self.figures.utf8), actor: .commandLine, app: app)
            #expect(again.created == 0 && again.unchanged == 7)
        }
    }

    @Test func badScoresAndClassesAreRefusedWithTheLine() async throws {
        try await withTestApp { app in
            try await load(app)
            let header = String(IndicatorFixture.actualsHeader.dropLast()) + ",score,classes\n"
            let cases: [(String, String)] = [
                ("TNS,2021-M06,5,uoc,2021-07-01,3,\n", "Dòng 2: score chỉ dùng cho chỉ tiêu thứ hạng"),
                ("NTM,2021-M07,11,uoc,2021-08-01,,\"Xã loại A 4\"\n", "Dòng 2: classes: nhóm “Xã loại A 4” thiếu số lượng"),
                ("NTM,2021-M07,,uoc,2021-08-01,,\"Từ 15-18 tiêu chí: 4\"\n", "Dòng 2: thiếu value (số bình quân của các nhóm)"),
            ]
            for (line, message) in cases {
                do {
                    _ = try await IndicatorActualImport.run(data: Data((header + line).utf8), actor: .commandLine, app: app)
                    Issue.record("accepted: \(line)")
                } catch {
                    #expect("\(error)".contains(message), "\(error)")
                }
            }
            #expect(try await IndicatorActualRecord.query(on: app.db).count() == 7)
            // One-number classes give their average when the value is left empty: (19 × 2 + 18) / 3 = 18,67.
            let averaged = header + "NTM,2021-M07,,uoc,2021-08-01,,\"Đạt 19 tiêu chí: 2; Đạt 18 tiêu chí: 1\"\n"
            _ = try await IndicatorActualImport.run(data: Data(averaged.utf8), actor: .commandLine, app: app)
            let stored = try #require(try await IndicatorActualRecord.query(on: app.db).filter(\.$period == "2021-M07").first())
            #expect(stored.value == "18.67" && stored.classes == "Đạt 19 tiêu chí: 2; Đạt 18 tiêu chí: 1")
        }
    }

    @Test func scoresAndClassesAreEnteredInTheFormsAndTheAPI() async throws {
        try await withTestApp { app in
            try await load(app)
            // A year of 2026 to enter figures in today (22/11/2026).
            let plans =
                IndicatorFixture.indicatorsHeader
                + "PCI,Chỉ số năng lực cạnh tranh cấp tỉnh (PCI),thứ hạng,lower,SNV,2026,10,rank\n"
                + "NTM,Số tiêu chí nông thôn mới bình quân,tiêu chí/xã,higher,SNV,2026,15,level\n"
            _ = try await IndicatorImport.run(data: Data(plans.utf8), actor: .commandLine, app: app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let pci = try await IndicatorFixture.indicator(app, "PCI")
            let ntm = try await IndicatorFixture.indicator(app, "NTM")
            // The indicator's own form: a score for a rank; a bad class keeps what was typed.
            let form = try await browser.get("/indicators/\(pci.id!)?year=2026").body.string
            #expect(form.contains(#"name="score""#) && form.contains(#"name="classes""#))
            let ntmForm = try await browser.get("/indicators/\(ntm.id!)?year=2026").body.string
            #expect(!ntmForm.contains(#"name="score""#))
            let refused = try await browser.post(
                "/indicators/\(ntm.id!)/actuals",
                ["year": "2026", "period": "2026-M10", "kind": "uoc", "value": "", "classes": "Đạt 19 tiêu chí: x"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("số lượng của nhóm “Đạt 19 tiêu chí” phải là số nguyên không âm"))
            #expect(refused.body.string.contains("Đạt 19 tiêu chí: x</textarea>"))
            let saved = try await browser.post(
                "/indicators/\(ntm.id!)/actuals",
                [
                    "year": "2026", "period": "2026-M10", "kind": "uoc", "value": "",
                    "classes": "Đạt 19 tiêu chí: 3\nĐạt 17 tiêu chí: 1",
                ])
            #expect(saved.status == .seeOther)
            let record = try #require(try await IndicatorActualRecord.query(on: app.db).filter(\.$period == "2026-M10").first())
            #expect(record.value == "18.5" && record.detail.classes.count == 2)
            // The entry form for a period: the rank asks for its score, the indicator counted by class for its classes.
            let entry = try await browser.get("/indicators/entry?year=2026&period=2026-M11").body.string
            #expect(entry.contains(#"name="score_\#(pci.id!)""#) && entry.contains(#"name="classes_\#(ntm.id!)""#))
            let wrongScore = try await browser.post(
                "/indicators/entry", ["year": "2026", "period": "2026-M11", "kind": "uoc", "score_\(pci.id!)": "7a"])
            #expect(wrongScore.status == .unprocessableEntity)
            let entered = try await browser.post(
                "/indicators/entry",
                ["year": "2026", "period": "2026", "kind": "uoc", "value_\(pci.id!)": "9", "score_\(pci.id!)": "70,1"])
            #expect(entered.status == .seeOther)
            let rank = try #require(
                try await IndicatorActualRecord.query(on: app.db).filter(\.$indicatorID == pci.id!).filter(\.$period == "2026")
                    .first())
            #expect(rank.score == "70.1")
            // The API: classes as a list, the score as a number; a score on another kind is refused.
            let api = try await APIClient.signIn(app, "vanphong")
            let created = try await api.send(
                .POST, "/api/v1/indicators/\(ntm.id!)/actuals",
                raw: #"{"period":"2026-M09","kind":"uoc","value":"14,2","classes":[{"label":"Đạt 19 tiêu chí","count":2}]}"#)
            #expect(created.status == .created)
            #expect((created.json["classes"] as? [[String: Any]])?.first?["count"] as? Int == 2)
            let scoreRefused = try await api.send(
                .POST, "/api/v1/indicators/\(ntm.id!)/actuals", raw: #"{"period":"2026-M08","kind":"uoc","value":"14","score":3}"#
            )
            #expect(scoreRefused.status == .unprocessableEntity)
        }
    }
}
