import DieuHanhCore
import DieuHanhOffice
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The demonstration province reproduces seed 004 (Kiên Giang, 07/01/2021): "đạt và vượt kế hoạch 16/22 chỉ tiêu,
/// … 06 chỉ tiêu không đạt kế hoạch (…)", through the command line, the API, the pages and the report's model.
@Suite("Indicator demo: seed 004")
struct IndicatorDemoTests {
    static let seedProse =
        "Kết quả thực hiện 22 chỉ tiêu kinh tế - xã hội năm 2020: đạt và vượt 16/22 chỉ tiêu; 06 chỉ tiêu không đạt "
        + "(tốc độ tăng trưởng kinh tế, tốc độ tăng giá trị sản xuất ngành thủy sản, tốc độ tăng giá trị sản xuất ngành công nghiệp, "
        + "tổng kim ngạch xuất khẩu, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ, tổng vốn đầu tư toàn xã hội)."

    @Test func demoGives16Of22MetAsOfTheSeedsDateEverywhere() async throws {
        try await withTestApp { app in
            // setup: the whole demo, as `dieuhanh demo` loads it
            let printed = try await runCommand(app, ["demo"])
            #expect(printed.contains(Self.seedProse))
            // CLI
            let out = try await runCommand(
                app, ["stats", "indicators", "--year", "2020", "--as-of", "2021-01-07", "--format", "json"])
            let cli = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
            #expect(cli["total"] as? Int == 22)
            #expect(cli["met"] as? Int == 16)
            #expect(cli["not_met"] as? Int == 6)
            #expect(cli["no_data"] as? Int == 0)
            let items = try #require(cli["items"] as? [[String: Any]])
            let notMet = items.filter { $0["met"] as? Bool == false }.compactMap { $0["name"] as? String }
            #expect(notMet == IndicatorDemo.notMetNames)
            #expect(cli["prose"] as? String == Self.seedProse)
            // API, as the office reads it
            let api = try await APIClient.signIn(app, "vanphong", try password(printed, "vanphong"))
            let response = try await api.send(.GET, "/api/v1/stats/indicators?year=2020&as_of=2021-01-07")
            #expect(response.json["met"] as? Int == 16)
            #expect(response.json["not_met"] as? Int == 6)
            #expect(response.json["total"] as? Int == 22)
            // Pages
            let browser = Browser(app)
            try await browser.signIn("vanphong", try password(printed, "vanphong"))
            let page = try await browser.get("/indicators?year=2020&as_of=07/01/2021").body.string
            #expect(page.contains(Self.seedProse))
            #expect(page.contains("Tổng kim ngạch xuất khẩu"))
            #expect(page.components(separatedBy: "row-overdue").count - 1 == 6)
            // The budget revenue was met against its revised target (10.300), not the original (11.000).
            let revenue = try #require(items.first { $0["code"] as? String == "THUNS" })
            #expect(revenue["met"] as? Bool == true)
            #expect("\(revenue["target"]!)" == "10300")
            #expect("\(revenue["target_original"]!)" == "11000")
            #expect(revenue["actual_kind"] as? String == "so_bo")
            // A lower-is-better indicator is met under its ceiling.
            let poverty = try #require(items.first { $0["code"] as? String == "HONGHEO" })
            #expect(poverty["met"] as? Bool == true)
            // Official figures recorded later in 2021 keep every status.
            let later = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(
                        try await runCommand(
                            app, ["stats", "indicators", "--year", "2020", "--as-of", "2021-12-31", "--format", "json"]
                        ).utf8)) as? [String: Any])
            #expect(later["met"] as? Int == 16)
            #expect(
                ((later["items"] as? [[String: Any]])?.first { $0["code"] as? String == "GRDP" })?["actual_kind"] as? String
                    == "chinh_thuc")
            // Current years have figures too.
            let current = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(
                        try await runCommand(
                            app, ["stats", "indicators", "--year", "2026", "--as-of", "2026-11-22", "--format", "json"]
                        ).utf8)) as? [String: Any])
            // The 22 and, beside them, the PCI and the communes' criteria; the exports' two parts are listed but not
            // counted. The 2026 PCI is published next spring: no figure yet.
            #expect(current["total"] as? Int == 24)
            #expect(current["no_data"] as? Int == 1)
            let currentItems = try #require(current["items"] as? [[String: Any]])
            let byCode = Dictionary(uniqueKeysWithValues: currentItems.map { ($0["code"] as! String, $0) })
            #expect(byCode["PCI"]?["status"] as? String == "no_data")
            #expect(byCode["XK-NLTS"]?["parent"] as? String == "XUATKHAU")
            #expect((byCode["NTM-TC"]?["classes"] as? [[String: Any]])?.map { $0["change"] as? Int } == [11, -3, -6, -2])
            #expect((byCode["THUNS"]?["targets"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["tinh", "trung_uong"])
            #expect((byCode["THUNS"]?["assessment"] as? String)?.contains("dự toán") == true)
            let pci2025 = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(
                        try await runCommand(
                            app, ["stats", "indicators", "--year", "2025", "--as-of", "2026-11-22", "--format", "json"]
                        ).utf8)) as? [String: Any])
            let pci = (pci2025["items"] as? [[String: Any]])?.first { $0["code"] as? String == "PCI" }
            #expect("\(pci?["score"] ?? "")" == "69.25" && pci?["status"] as? String == "met")
            // Among 34 provinces after 63: no places gained or lost to tell.
            #expect(pci?["yoy_places"] == nil)
            let plan = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(
                        try await runCommand(
                            app, ["stats", "indicators", "--plan", "2026-2030", "--as-of", "2026-11-22", "--format", "json"]
                        ).utf8)) as? [String: Any])
            #expect(plan["total"] as? Int == 2)
            // The report's model says the same.
            let report = try await IndicatorReport.build(year: 2020, asOf: IndicatorDemo.seedCutOff, on: app.db)
            #expect(report.prose == Self.seedProse)
            #expect(report.rows.count == 22)
            // Running the demo again changes nothing.
            let again = try await runCommand(app, ["demo"])
            #expect(again.contains("Chỉ tiêu KT-XH: 0 kế hoạch mới, 0 cập nhật, 78 không đổi; 0 số liệu mới"))
        }
    }

    private func password(_ printed: String, _ username: String) throws -> String {
        let line = try #require(
            printed.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(username + " ") })
        return String(try #require(line.split(separator: " ").last))
    }
}

/// The appendix model and the prose the review report prints.
@Suite("Indicator report appendix")
struct IndicatorReportTests {
    @Test func rowsTextAndWorkbookCellsCarryTheSameFigures() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let period = try #require(ReportPeriod(code: "2021-H1"))
            let report = try await IndicatorReport.build(for: period, asOf: CivilDate(year: 2021, month: 6, day: 14)!, on: app.db)
            #expect(report.year == 2021)
            #expect(report.title == "Kết quả thực hiện các chỉ tiêu kinh tế - xã hội chủ yếu năm 2021")
            #expect(
                report.prose.contains(
                    "02 chỉ tiêu có nguy cơ không đạt kế hoạch năm (giá trị sản xuất công nghiệp, tỷ lệ hộ nghèo)"))
            let text = report.textRows
            #expect(text.count == 4)
            #expect(
                text[0] == [
                    "1", "Giá trị sản xuất công nghiệp", "tỷ đồng", "5.300", "2.039", "2.620", "49,4", "128,5",
                    "Có nguy cơ không đạt", "Ước 6 tháng đầu năm 2021",
                ])
            #expect(text[1][3] == "3.621,7")
            #expect(text[2][7] == "—")
            // Mid-year: none is judged on the year, so the tally counts those on track and at risk, in plain numbers.
            #expect(text[3][8] == "3 chỉ tiêu: 1 đạt tiến độ, 2 có nguy cơ không đạt")
            let sheet = report.xlsxSheet()
            #expect(sheet.rows[0].count == IndicatorReport.columns.count)
            #expect(sheet.rows[1][3] == .number(5300))
            #expect(sheet.rows[1][6] == .number(49.4))
            #expect(sheet.rows[2][5] == .number(3669.25))
            let empty = try await IndicatorReport.build(year: 2019, asOf: CivilDate(year: 2019, month: 12, day: 31)!, on: app.db)
            #expect(empty.rows.isEmpty)
            #expect(empty.textRows.isEmpty)
            #expect(empty.prose == "Chưa có chỉ tiêu kinh tế - xã hội nào được giao cho năm 2019.")
        }
    }

    /// Section 6 and Phụ lục V of the review report carry the same rows and sentence, in the DOCX, the workbook and
    /// the HTML view; a year without indicators says so instead of an empty table.
    @Test func theReviewReportCarriesSection6AndAppendixV() async throws {
        try await withTestApp { app in
            _ = try await IndicatorFixture.load(app)
            let asOf = CivilDate(year: 2021, month: 6, day: 14)!
            let province = try await ReviewReportBuilder.province(code: nil, asOf: asOf, on: app.db)
            let report = try await ReviewReportBuilder.build(
                period: ReportPeriod(code: "2021-H1")!, asOf: asOf, province: province,
                on: app.db)
            let expected = try await IndicatorReport.build(year: 2021, asOf: asOf, on: app.db)
            let section = try #require(report.sections.last)
            #expect(section.heading == ReviewReport.indicatorsSectionHeading)
            #expect(section.paragraphs == [ReviewReport.pointing(expected.prose, to: "Phụ lục V")])

            let docx = NSTemporaryDirectory() + "dieuhanh-ind-\(UUID().uuidString).docx"
            defer { try? FileManager.default.removeItem(atPath: docx) }
            try ReviewReportDOCX.data(report).write(to: URL(fileURLWithPath: docx))
            let xml = try ReviewReportTests().part(docx, "word/document.xml")
            #expect(xml.contains(">PHỤ LỤC V<"))
            #expect(xml.contains(expected.title))
            #expect(xml.contains("Giá trị sản xuất công nghiệp"))
            #expect(xml.contains(">5.300<") && xml.contains(">49,4<") && xml.contains(">128,5<"))
            #expect(xml.contains(">3 chỉ tiêu: 1 đạt tiến độ, 2 có nguy cơ không đạt<"))

            let workbook = ReviewReportXLSX.workbook(report)
            let sheet = try #require(workbook.sheets.first { $0.name == ReviewReportXLSX.indicatorsSheet })
            #expect(sheet.rows[1][3] == .number(5300))
            #expect(sheet.rows[1][6] == .number(49.4))
            #expect(sheet.title == ["PHỤ LỤC V", expected.title])
            #expect(sheet.rows.last == [.empty, .text("Tổng hợp"), .text("3 chỉ tiêu: 1 đạt tiến độ, 2 có nguy cơ không đạt")])
            #expect(sheet.style(ofRow: sheet.rows.count - 1) == .total)
            let summary = try #require(workbook.sheets.first)
            func figure(_ label: String) -> XLSXWorkbook.Cell? {
                summary.rows.first { $0.first == .text(label) }?.dropFirst().first
            }
            #expect(figure("Tổng số chỉ tiêu") == .number(3))
            #expect(figure("- Đạt tiến độ") == .number(1))
            #expect(figure("- Có nguy cơ không đạt") == .number(2))
            #expect(figure("- Đạt và vượt kế hoạch") == nil)

            let html = ReviewReportHTML.document(report)
            #expect(html.contains("PHỤ LỤC V"))
            #expect(html.contains("<td>49,4</td>"))
            #expect(html.contains("<td>3 chỉ tiêu: 1 đạt tiến độ, 2 có nguy cơ không đạt</td>"))

            // 2019 has no indicators: the sentence says so, the appendix has no table.
            let empty = try await ReviewReportBuilder.build(
                period: ReportPeriod(code: "2019")!, asOf: CivilDate(year: 2019, month: 12, day: 31)!,
                province: province, on: app.db)
            #expect(empty.sections.last?.paragraphs == ["Chưa có chỉ tiêu kinh tế - xã hội nào được giao cho năm 2019."])
            #expect(!ReviewReportHTML.document(empty).contains("indicators-appendix"))
        }
    }
}
