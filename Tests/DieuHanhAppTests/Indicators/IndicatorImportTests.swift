import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// A small plan in the style of seed 002 (Cao Bằng, 6 months 2021), shared by the indicator tests.
enum IndicatorFixture {
    static let indicatorsHeader = "code,name,unit,direction,responsible_unit,year,target,aggregation\n"
    static let actualsHeader = "code,period,value,kind,recorded_on\n"

    /// Industrial output (STC), spring rice (SNV, a decimal target with a comma), poverty rate (SNV, lower is better);
    /// and for 2026 the same three, so that pages can record figures today (22/11/2026).
    static let indicators =
        indicatorsHeader
        + "CN,Giá trị sản xuất công nghiệp,tỷ đồng,higher,STC,2021,5.300,sum\n"
        + "LUA,Diện tích lúa xuân,ha,higher,SNV,2021,\"3.621,7\",sum\n"
        + "HN,Tỷ lệ hộ nghèo,%,lower,SNV,2021,\"2,5\",level\n"
        + "CN,Giá trị sản xuất công nghiệp,tỷ đồng,higher,STC,2026,7.000,sum\n"
        + "LUA,Diện tích lúa xuân,ha,higher,SNV,2026,3700,sum\n"
        + "HN,Tỷ lệ hộ nghèo,%,lower,SNV,2026,1.5,level\n"

    /// "2.620/5.300 tỷ đồng, tăng 28,5% so với cùng kỳ, bằng 49,4% so với kế hoạch"; "3.669,25 ha/3.621,7 ha, đạt
    /// 101,3% KH; bằng 100,8% so với cùng kỳ". Both number conventions on purpose.
    static let actuals =
        actualsHeader
        + "CN,2020-H1,2039,chinh_thuc,20/12/2020\n"
        + "CN,2021-H1,2.620,uoc,14/06/2021\n"
        + "LUA,2020-H1,3640,chinh_thuc,2020-07-01\n"
        + "LUA,2021-H1,\"3.669,25\",uoc,2021-06-10\n"
        + "HN,2021-H1,2.8,uoc,2021-06-10\n"

    static func load(_ app: Application) async throws -> SmallProvince {
        let p = try await SmallProvince.make(app)
        _ = try await IndicatorImport.run(data: Data(indicators.utf8), actor: .commandLine, app: app)
        _ = try await IndicatorActualImport.run(data: Data(actuals.utf8), actor: .commandLine, app: app)
        return p
    }

    static func indicator(_ app: Application, _ code: String) async throws -> Indicator {
        try #require(try await Indicator.query(on: app.db).filter(\.$code == code).first())
    }
}

@Suite("dieuhanh import indicators / actuals")
struct IndicatorImportTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func importsThePlanAndTheFiguresWithExactDecimals() async throws {
        try await withTestApp { app in
            // setup
            let p = try await SmallProvince.make(app)
            // act
            let plans = try await IndicatorImport.run(data: Data(IndicatorFixture.indicators.utf8), actor: .commandLine, app: app)
            let figures = try await IndicatorActualImport.run(
                data: Data(IndicatorFixture.actuals.utf8), actor: .commandLine, app: app)
            // check
            #expect(plans == .init(created: 6, updated: 0, unchanged: 0))
            #expect(figures == .init(created: 5, updated: 0, unchanged: 0))
            #expect(try await Indicator.query(on: app.db).count() == 3)
            let lua = try await IndicatorFixture.indicator(app, "LUA")
            let plan = try #require(
                try await IndicatorPlan.query(on: app.db).filter(\.$indicatorID == lua.id!).filter(\.$year == 2021).first())
            #expect(plan.target == "3621.7")
            #expect(plan.responsibleUnitID == p.snv.id)
            #expect(plan.position == 2)
            let rice = try #require(
                try await IndicatorActualRecord.query(on: app.db).filter(\.$indicatorID == lua.id!)
                    .filter(\.$period == "2021-H1").first())
            #expect(rice.value == "3669.25")
            #expect(rice.recordedOn == "2021-06-10")
            let industry = try await IndicatorActualRecord.query(on: app.db).filter(\.$period == "2021-H1").filter(
                \.$kind == "uoc"
            ).all()
            #expect(Set(industry.map(\.value)) == ["2620", "3669.25", "2.8"])
        }
    }

    @Test func aCumulativePeriodOfAnyLengthIsImportedAndNamedAsTheSeedsNameIt() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            // "10 tháng" (seed 000), and "6M" written for the first half: stored as the one period it is.
            let more =
                IndicatorFixture.actualsHeader + "CN,2021-10M,\"4.500\",uoc,2021-11-05\n"
                + "CN,2020-10M,3600,chinh_thuc,2020-12-20\n"
                + "LUA,2021-6m,3670,so_bo,2021-07-15\n"
            let result = try await IndicatorActualImport.run(data: Data(more.utf8), actor: .commandLine, app: app)
            #expect(result == .init(created: 3, updated: 0, unchanged: 0))
            let periods = Set(try await IndicatorActualRecord.query(on: app.db).all().map(\.period))
            #expect(periods.contains("2021-10M") && periods.contains("2021-H1") && !periods.contains("2021-6M"))
            let rows = try await IndicatorQuery.rows(year: 2021, asOf: CivilDate(year: 2021, month: 11, day: 30)!, on: app.db)
            let industry = try #require(rows.first { $0.indicator.code == "CN" })
            #expect(industry.snapshot.actual?.label == "ước 10 tháng đầu năm 2021")
            // Against the same ten months of 2020: 4.500 / 3.600 = 125%.
            #expect(industry.snapshot.yoyPercent == 125)
        }
    }

    @Test func aRankAndARateComeOutInPlacesAndPoints() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let plans =
                IndicatorFixture.indicatorsHeader + "PCI,Chỉ số PCI,thứ hạng,lower,STC,2021,15,rank\n"
                + "GRDP,Tốc độ tăng trưởng GRDP,%,higher,STC,2021,\"8,5\",rate\n"
            _ = try await IndicatorImport.run(data: Data(plans.utf8), actor: .commandLine, app: app)
            let figures =
                IndicatorFixture.actualsHeader + "PCI,2020,18,chinh_thuc,2021-03-01\n" + "PCI,2021,13,chinh_thuc,2021-12-01\n"
                + "GRDP,2020,\"8,1\",chinh_thuc,2021-03-01\n" + "GRDP,2021,\"8,7\",uoc,2021-12-01\n"
            _ = try await IndicatorActualImport.run(data: Data(figures.utf8), actor: .commandLine, app: app)
            let stats = try await IndicatorStatistics.json(
                year: "2021", asOf: "2021-12-20", today: CivilDate(year: 2026, month: 11, day: 22)!, on: app.db,
                t: Localizer(language: .vi))
            let data = try JSONEncoder().encode(stats)
            let items = try #require(
                (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["items"] as? [[String: Any]])
            let pci = try #require(items.first { $0["code"] as? String == "PCI" })
            #expect(pci["aggregation"] as? String == "rank" && pci["yoy_places"] as? Double == 5)
            #expect(pci["assessment"] as? String == "tăng 5 bậc so với cùng kỳ")
            let grdp = try #require(items.first { $0["code"] as? String == "GRDP" })
            #expect(grdp["yoy_points"] as? Double == 0.6 && grdp["yoy_percent"] is NSNull)
            #expect((grdp["assessment"] as? String)?.hasSuffix("tăng 0,6 điểm phần trăm so với cùng kỳ") == true)
            // Phụ lục V: the % column stays empty for them, and the note tells the comparison in words.
            let appendix = try await IndicatorReport.build(
                year: 2021, asOf: CivilDate(year: 2021, month: 12, day: 20)!, on: app.db)
            let pciRow = try #require(appendix.rows.first { $0.code == "PCI" })
            #expect(pciRow.yoyPercent == nil && pciRow.note.hasSuffix("tăng 5 bậc so với cùng kỳ"))
            #expect(appendix.rows.first { $0.code == "GRDP" }?.note.hasSuffix("tăng 0,6 điểm phần trăm so với cùng kỳ") == true)
        }
    }

    @Test func aYearCarriesATargetOfEachKindAndTheFigureIsMeasuredAgainstEach() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let header = "code,name,unit,direction,responsible_unit,year,target,aggregation,target_kind,target_document\n"
            // The centre's row first: the province's own row still makes the plan's target.
            let plans =
                header + "THU,Thu ngân sách,tỷ đồng,higher,STC,2021,1000,sum,trung_uong,Quyết định của Bộ Tài chính\n"
                + "THU,Thu ngân sách,tỷ đồng,higher,STC,2021,1375,sum,,Nghị quyết HĐND tỉnh\n"
            #expect(
                try await IndicatorImport.run(data: Data(plans.utf8), actor: .commandLine, app: app)
                    == .init(created: 2, updated: 0, unchanged: 0))
            #expect(
                try await IndicatorImport.run(data: Data(plans.utf8), actor: .commandLine, app: app)
                    == .init(created: 0, updated: 0, unchanged: 2))
            let figures = IndicatorFixture.actualsHeader + "THU,2021-H1,440,uoc,2021-06-14\n"
            _ = try await IndicatorActualImport.run(data: Data(figures.utf8), actor: .commandLine, app: app)
            let rows = try await IndicatorQuery.rows(year: 2021, asOf: CivilDate(year: 2021, month: 6, day: 30)!, on: app.db)
            let revenue = try #require(rows.first { $0.indicator.code == "THU" })
            #expect(revenue.plan.target == "1375" && revenue.snapshot.percentOfTarget == 32)
            #expect(revenue.otherTargets.map(\.kind) == [.trungUong] && revenue.otherTargets[0].percentOfTarget == 44)
            let stats = try await IndicatorStatistics.json(
                year: "2021", asOf: "2021-06-30", today: CivilDate(year: 2026, month: 11, day: 22)!, on: app.db,
                t: Localizer(language: .vi))
            let data = try JSONEncoder().encode(stats)
            let items = try #require(
                (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["items"] as? [[String: Any]])
            let item = try #require(items.first { $0["code"] as? String == "THU" })
            let targets = try #require(item["targets"] as? [[String: Any]])
            #expect(targets.map { $0["kind"] as? String } == ["tinh", "trung_uong"])
            #expect(targets.map { $0["percent_of_target"] as? Double } == [32, 44])
            // Indicators with one target keep the object they had.
            #expect(items.first { $0["code"] as? String == "CN" }?["targets"] == nil)
            // Each target has its own revisions: the centre's revised on 01/07 leaves the plan's own alone, and
            // counts only from its decision on.
            let revising =
                "code,name,unit,direction,responsible_unit,year,target,aggregation,target_kind,target_document,"
                + "revised_target,revised_on\n"
                + "THU,Thu ngân sách,tỷ đồng,higher,STC,2021,1375,sum,,Nghị quyết HĐND tỉnh,,\n"
                + "THU,Thu ngân sách,tỷ đồng,higher,STC,2021,1000,sum,trung_uong,Quyết định của Bộ Tài chính,1100,2021-07-01\n"
            #expect(
                try await IndicatorImport.run(data: Data(revising.utf8), actor: .commandLine, app: app)
                    == .init(created: 0, updated: 1, unchanged: 1))
            #expect(
                try await IndicatorImport.run(data: Data(revising.utf8), actor: .commandLine, app: app)
                    == .init(created: 0, updated: 0, unchanged: 2))
            let july = try await IndicatorQuery.rows(year: 2021, asOf: CivilDate(year: 2021, month: 7, day: 2)!, on: app.db)
                .first { $0.indicator.code == "THU" }
            #expect(july?.snapshot.target == 1375 && july?.snapshot.revision == nil)
            #expect(july?.otherTargets[0].value == 1100 && july?.otherTargets[0].percentOfTarget == 40)
            #expect(july?.otherTargets[0].original == 1000 && july?.otherTargets[0].revision?.decidedOn.iso == "2021-07-01")
            let june = try await IndicatorQuery.rows(year: 2021, asOf: CivilDate(year: 2021, month: 6, day: 30)!, on: app.db)
                .first { $0.indicator.code == "THU" }
            #expect(june?.otherTargets[0].value == 1000 && june?.otherTargets[0].revision == nil)
            let unknown = header + "THU,Thu ngân sách,tỷ đồng,higher,STC,2021,1000,sum,tw,\n"
            let kindError = await #expect(throws: CSVError.self) {
                _ = try await IndicatorImport.run(data: Data(unknown.utf8), actor: .commandLine, app: app)
            }
            #expect(kindError?.description.contains("target_kind “tw” phải là tinh, trung_uong hoặc hdnd") == true)
        }
    }

    @Test func importingTheSameFilesAgainChangesNothing() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let audit = try await AuditEntry.query(on: app.db).count()
            let version = try await IndicatorFixture.indicator(app, "CN").version
            let plans = try await IndicatorImport.run(data: Data(IndicatorFixture.indicators.utf8), actor: .commandLine, app: app)
            let figures = try await IndicatorActualImport.run(
                data: Data(IndicatorFixture.actuals.utf8), actor: .commandLine, app: app)
            #expect(plans == .init(created: 0, updated: 0, unchanged: 6))
            #expect(figures == .init(created: 0, updated: 0, unchanged: 5))
            #expect(try await AuditEntry.query(on: app.db).count() == audit)
            #expect(try await IndicatorFixture.indicator(app, "CN").version == version)
        }
    }

    @Test func aBadRowStopsTheFileWithItsLineAndNothingIsWritten() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let before = try await IndicatorActualRecord.query(on: app.db).count()
            let cases: [(String, String)] = [
                ("CN,2021-9M,4100,uoc,20/09/2021\nCN,2021,12a,uoc,10/12/2021\n", "Dòng 3: value “12a” không phải là số"),
                ("CN,2021-Q5,1,uoc,20/09/2021\n", "Dòng 2: kỳ “2021-Q5” không hợp lệ"),
                ("CN,2021-9M,1,official,20/09/2021\n", "Dòng 2: kind “official” phải là uoc, so_bo hoặc chinh_thuc"),
                ("XX,2021-9M,1,uoc,20/09/2021\n", "Dòng 2: không có chỉ tiêu mã “XX”"),
                ("CN,2021-9M,1,uoc,31/02/2021\n", "Dòng 2: recorded_on “31/02/2021” không phải ngày"),
                ("CN,2027,1,uoc,01/01/2027\n", "là ngày trong tương lai"),
                (
                    "CN,2021-9M,1,uoc,20/09/2021\nCN,2021-9M,2,uoc,20/09/2021\n",
                    "Dòng 3: trùng chỉ tiêu, kỳ, loại số liệu và ngày ghi nhận với dòng 2"
                ),
            ]
            for (rows, message) in cases {
                let error = await #expect(throws: CSVError.self) {
                    _ = try await IndicatorActualImport.run(
                        data: Data((IndicatorFixture.actualsHeader + rows).utf8), actor: .commandLine, app: app)
                }
                #expect(error?.description.contains(message) == true, "\(error?.description ?? "") ≠ \(message)")
            }
            #expect(try await IndicatorActualRecord.query(on: app.db).count() == before)
            let badPlan = IndicatorFixture.indicatorsHeader + "X1,Chỉ tiêu,%,up,STC,2021,5,sum\n"
            let error = await #expect(throws: CSVError.self) {
                _ = try await IndicatorImport.run(data: Data(badPlan.utf8), actor: .commandLine, app: app)
            }
            #expect(error?.description.contains("direction “up” phải là higher hoặc lower") == true)
            let unknownColumn = "code,name,unit,direction,responsible_unit,year,target,aggregation,chi_tieu\n"
            let columnError = await #expect(throws: CSVError.self) {
                _ = try await IndicatorImport.run(data: Data(unknownColumn.utf8), actor: .commandLine, app: app)
            }
            #expect(columnError?.description.contains("cột không xác định: chi_tieu") == true)
            let unknownUnit = IndicatorFixture.indicatorsHeader + "X1,Chỉ tiêu,%,higher,KHONGCO,2021,5,sum\n"
            let unitError = await #expect(throws: CSVError.self) {
                _ = try await IndicatorImport.run(data: Data(unknownUnit.utf8), actor: .commandLine, app: app)
            }
            #expect(unitError?.description.contains("Dòng 2: không có đơn vị mã “KHONGCO”") == true)
            let risingRank = IndicatorFixture.indicatorsHeader + "PCI,Chỉ số PCI,thứ hạng,higher,STC,2021,15,rank\n"
            let rankError = await #expect(throws: CSVError.self) {
                _ = try await IndicatorImport.run(data: Data(risingRank.utf8), actor: .commandLine, app: app)
            }
            #expect(rankError?.description.contains("Dòng 2: chỉ tiêu thứ hạng (rank) phải có direction lower") == true)
            #expect(try await Indicator.query(on: app.db).count() == 3)
        }
    }

    @Test func theCommandLineImportsAndReportsABadFileOnOneLine() async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            let directory = NSTemporaryDirectory() + "ind-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let plan = directory + "/chi-tieu.csv"
            let figures = directory + "/so-lieu.csv"
            let bad = directory + "/sai.csv"
            try ("\u{FEFF}" + IndicatorFixture.indicators).write(toFile: plan, atomically: true, encoding: .utf8)
            try IndicatorFixture.actuals.write(toFile: figures, atomically: true, encoding: .utf8)
            try (IndicatorFixture.actualsHeader + "CN,2021-H1,12a,uoc,14/06/2021\n").write(
                toFile: bad, atomically: true, encoding: .utf8)
            let out = try await runCommand(app, ["import", "indicators", plan])
            #expect(out.contains("6 kế hoạch chỉ tiêu mới"))
            #expect(try await runCommand(app, ["import", "actuals", figures]).contains("5 số liệu mới"))
            await #expect(throws: CommandFailure.self) { _ = try await runCommand(app, ["import", "actuals", bad]) }
        }
    }

    @Test func aRevisionInTheFileIsKeptBesideTheOriginalAndCountsFromItsDate() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let csv =
                "code,name,unit,direction,responsible_unit,year,target,aggregation,revised_target,revised_on,revision_document\n"
                + "CN,Giá trị sản xuất công nghiệp,tỷ đồng,higher,STC,2021,5.300,sum,5.000,15/07/2021,Nghị quyết số 40/NQ-HĐND\n"
            let summary = try await IndicatorImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            #expect(summary.updated == 1)
            let again = try await IndicatorImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            #expect(again.unchanged == 1)
            #expect(try await IndicatorTargetRevisionRecord.query(on: app.db).count() == 1)
            let july = try await IndicatorStatistics.json(
                year: "2021", asOf: "2021-07-14", today: CivilDate(year: 2026, month: 11, day: 22)!,
                on: app.db, t: Localizer(language: .vi))
            #expect(july.items.first { $0.code == "CN" }?.target == Decimal(5300))
            let later = try await IndicatorStatistics.json(
                year: "2021", asOf: "2021-07-15", today: CivilDate(year: 2026, month: 11, day: 22)!,
                on: app.db, t: Localizer(language: .vi))
            let cn = try #require(later.items.first { $0.code == "CN" })
            #expect(cn.target == Decimal(5000))
            #expect(cn.target_original == Decimal(5300))
            #expect(cn.target_revised_on == "2021-07-15")
            #expect(cn.percent_of_target == DecimalText.parse("52.4"))
        }
    }
}

/// Issue 13, item 11: a 400-digit target was stored as NaN and shown as 0; the import now refuses it, and every
/// other value the indicator forms refuse, with line and column.
extension IndicatorImportTests {
    @Test func valuesTheFormsRefuseStopTheImportWithLineColumnAndReason() async throws {
        try await withTestApp { app in
            // setup
            _ = try await IndicatorFixture.load(app)
            let plans = try await IndicatorPlan.query(on: app.db).count()
            let figures = try await IndicatorActualRecord.query(on: app.db).count()
            let huge = String(repeating: "9", count: 400)
            let planCases: [(row: String, message: String)] = [
                ("X1,Chỉ tiêu,%,higher,STC,2021,\(huge),sum\n", "Dòng 3: cột target: Giá trị không phải là một số hữu hạn"),
                ("X1,Chỉ tiêu,%,higher,STC,2021,1000000000000000,sum\n", "Dòng 3: cột target: Giá trị quá lớn"),
                ("X1,Chỉ tiêu,%,higher,STC,2021,\"1234567890,123456\",sum\n", "Dòng 3: cột target: Số có quá 15 chữ số có nghĩa"),
                ("X1,Chỉ\u{0}tiêu,%,higher,STC,2021,5,sum\n", "Dòng 3: cột name: Có ký tự điều khiển"),
                ("X1,Chỉ tiêu,%,higher,STC,9999,5,sum\n", "Dòng 3: cột year: Năm phải từ 1990 đến 2100"),
            ]
            let good = "X0,Chỉ tiêu tốt,%,higher,STC,2021,5,sum\n"
            for (row, message) in planCases {
                // act
                let error = await #expect(throws: CSVError.self) {
                    _ = try await IndicatorImport.run(
                        data: Data((IndicatorFixture.indicatorsHeader + good + row).utf8), actor: .commandLine, app: app)
                }
                // check
                #expect(error?.description.contains(message) == true, "\(error?.description.prefix(200) ?? "") ≠ \(message)")
            }
            let actual = await #expect(throws: CSVError.self) {
                _ = try await IndicatorActualImport.run(
                    data: Data(
                        (IndicatorFixture.actualsHeader + "CN,2021-9M,4100,uoc,20/09/2021\n"
                            + "CN,2021,\(huge),uoc,10/12/2021\n").utf8), actor: .commandLine, app: app)
            }
            #expect(actual?.description.contains("Dòng 3: cột value: Giá trị không phải là một số hữu hạn") == true)
            let plansAfter = try await IndicatorPlan.query(on: app.db).count()
            let figuresAfter = try await IndicatorActualRecord.query(on: app.db).count()
            let indicators = try await Indicator.query(on: app.db).count()
            #expect(plansAfter == plans)
            #expect(figuresAfter == figures)
            #expect(indicators == 3)
        }
    }
}
