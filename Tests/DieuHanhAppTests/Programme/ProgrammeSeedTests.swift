import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import DieuHanhApp

/// Seed 001's work programme (Bình Dương, 6 tháng đầu năm 2020: 37/42 nội dung, 88,1%) through every door: the
/// slice, the command line, the API, the pages and the review report's files.
@Suite("Work programme: seed 001")
struct ProgrammeSeedTests {
    static let sentence =
        "Theo Chương trình công tác 6 tháng đầu năm 2020, UBND tỉnh đã thực hiện 37/42 nội dung (đạt 88,1%); "
        + "còn lại 05 nội dung chưa trình: "

    /// What was submitted, by body and kind: seed 001's "04 nội dung thông qua Ban Thường vụ Tỉnh ủy … 25 nội dung
    /// trình … HĐND tỉnh, gồm: 11 báo cáo, 04 dự thảo nghị quyết quy phạm pháp luật, 10 dự thảo nghị quyết cá biệt",
    /// and the committee's own 08.
    static let bodies =
        "Các nội dung đã trình gồm: 04 nội dung trình Tỉnh ủy (02 báo cáo, 02 đề án); 25 nội dung trình HĐND tỉnh "
        + "(11 báo cáo, 04 dự thảo nghị quyết quy phạm pháp luật, 10 dự thảo nghị quyết cá biệt); 08 nội dung trình "
        + "UBND tỉnh ("

    /// Footnote ⁽⁶⁾'s five items as the report lists them: by planned month (April, May, June), then lead unit.
    static let unfinished = [3, 1, 0, 4, 2].map { DemoProgramme.footnote6[$0] }

    func statsJSON(_ app: Application, _ arguments: [String]) async throws -> [String: Any] {
        let printed = try await runCommand(app, ["stats", "programme"] + arguments + ["--format", "json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(printed.utf8)) as? [String: Any])
    }

    func part(_ path: String, _ entry: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let item = try #require(archive[entry])
        var data = Data()
        _ = try archive.extract(item) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theSliceLoadsTheProgrammeOnceWithItsDecision() async throws {
        try await withTestApp { app in
            // act
            let loaded = try await DemoSlices.load(.binhDuong2020, into: app)
            let again = try await DemoSlices.load(.binhDuong2020, into: app)
            // check
            #expect(loaded.programme.created == 53)
            #expect(again.programme == ImportSummary(created: 0, updated: 0, unchanged: 53))
            let programme = try #require(try await Programme.query(on: app.db).filter(\.$year == 2020).first())
            #expect(programme.decisionText == "Quyết định số 59/QĐ-UBND ngày 09/01/2020")
            #expect(try await Programme.query(on: app.db).filter(\.$year == 2019).first() != nil)
            // Every unit of the programme is one of the slice's own (no unit added for it).
            #expect(loaded.units.created == 16)
        }
    }

    @Test func theCommandLineGivesSeed001sColumns() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            // As of the end of the half-year, and already as of 14/06 (the tasks' cut-off): nothing counts in between.
            for asOf in ["2020-06-30", "2020-06-14"] {
                let json = try await statsJSON(app, ["--from", "2020-01-01", "--to", "2020-06-30", "--as-of", asOf])
                #expect(json["as_of"] as? String == asOf)
                #expect(json["from"] as? String == "2020-01-01" && json["to"] as? String == "2020-06-30")
                #expect(json["initial"] as? Int == 41, "\(asOf)")
                #expect(json["added"] as? Int == 4)
                #expect(json["moved_out"] as? Int == 3)
                #expect(json["total"] as? Int == 42)
                #expect(json["submitted"] as? Int == 37)
                #expect(json["issued"] as? Int == 18)
                #expect(json["not_submitted"] as? Int == 5)
                #expect(json["rate"] as? Double == 88.1)
                #expect(json["submitted_late"] as? Int == 2)
                let bodies = try #require(json["submitted_by_body"] as? [String: [String: Int]])
                #expect(
                    bodies["HDND"] == [
                        "bao_cao": 11, "du_thao_nghi_quyet_qppl": 4, "du_thao_nghi_quyet_ca_biet": 10,
                    ])
                #expect(bodies["TU"] == ["bao_cao": 2, "de_an": 2])
                #expect(bodies.values.flatMap(\.values).reduce(0, +) == 37)
            }
            // The raw text carries the rate as a JSON number with one decimal.
            let raw = try await runCommand(
                app, ["stats", "programme", "--period", "2020-H1", "--as-of", "2020-06-30", "--format", "json"])
            #expect(raw.contains("\"rate\":88.1"))
            // The text form prints the report's sentence.
            let text = try await runCommand(app, ["stats", "programme", "--period", "2020-H1", "--as-of", "2020-06-30"])
            #expect(text.contains(Self.sentence))
            #expect(text.contains("(8) Tỷ lệ đã trình = (5) / (4)") && text.contains("88,1%"))
        }
    }

    @Test func quartersAndMonthsAddUpToTheHalfYear() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            let q1 = try await statsJSON(app, ["--period", "2020-Q1", "--as-of", "2020-06-30"])
            let q2 = try await statsJSON(app, ["--period", "2020-Q2", "--as-of", "2020-06-30"])
            // Q1: 11 start-of-year items and the 2019 item postponed into March, all submitted and issued, two late.
            #expect(
                [q1["initial"], q1["added"], q1["moved_out"], q1["total"], q1["submitted"], q1["issued"], q1["not_submitted"]]
                    .map { $0 as? Int } == [11, 1, 0, 12, 12, 12, 0])
            #expect(q1["rate"] as? Double == 100 && q1["submitted_late"] as? Int == 2)
            #expect(
                [q2["initial"], q2["added"], q2["moved_out"], q2["total"], q2["submitted"], q2["issued"], q2["not_submitted"]]
                    .map { $0 as? Int } == [30, 3, 3, 30, 25, 6, 5])
            #expect(q2["rate"] as? Double == 83.3)
            let june = try await statsJSON(app, ["--period", "2020-M06", "--as-of", "2020-06-30"])
            #expect(
                [june["initial"], june["added"], june["moved_out"], june["total"], june["submitted"]].map { $0 as? Int }
                    == [23, 0, 1, 22, 19])
        }
    }

    @Test func afterTheCutOffTheFiguresMoveOnlyFromTheirOwnDates() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            // 06/07/2020: the irrigation regulation's postponement to September is approved; an item is added for July.
            let july6 = try await statsJSON(app, ["--period", "2020-H1", "--as-of", "2020-07-06"])
            #expect([july6["moved_out"], july6["total"], july6["submitted"]].map { $0 as? Int } == [4, 41, 37])
            #expect(july6["rate"] as? Double == 90.2)
            // 15/07/2020: the 15th session passes its 19 resolutions.
            let july15 = try await statsJSON(app, ["--period", "2020-H1", "--as-of", "2020-07-15"])
            #expect(july15["issued"] as? Int == 37)
            // The second half as of the year's end: the July addition and the two items postponed from June.
            let h2 = try await statsJSON(app, ["--period", "2020-H2", "--as-of", "2020-12-31"])
            #expect(h2["added"] as? Int == 4)
        }
    }

    @Test func theAPIGivesTheSameObject() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let api = try await APIClient.signIn(app, "vanphong")
            // act
            let response = try await api.send(.GET, "/api/v1/stats/programme?from=2020-01-01&to=2020-06-30&as_of=2020-06-30")
            // check
            #expect(response.status == .ok)
            let json = response.json
            #expect(
                Set(json.keys) == [
                    "as_of", "from", "to", "initial", "added", "moved_out", "total", "submitted", "issued",
                    "not_submitted", "rate", "submitted_late", "submitted_by_body",
                ])
            #expect(json["total"] as? Int == 42 && json["submitted"] as? Int == 37 && json["not_submitted"] as? Int == 5)
            #expect(json["initial"] as? Int == 41 && json["added"] as? Int == 4 && json["moved_out"] as? Int == 3)
            #expect(json["issued"] as? Int == 18)
            #expect(json["rate"] as? Double == 88.1)
            let cli = try await statsJSON(app, ["--from", "2020-01-01", "--to", "2020-06-30", "--as-of", "2020-06-30"])
            #expect(NSDictionary(dictionary: cli).isEqual(to: json))
            // Per unit: Sở Nông nghiệp has three of the five unfinished items.
            let units = try await api.send(.GET, "/api/v1/stats/programme?period=2020-H1&as_of=2020-06-30&by_unit=1")
            let list = try #require(units.json["units"] as? [[String: Any]])
            let agriculture = try #require(list.first { $0["code"] as? String == "SNNPTNT" }?["counts"] as? [String: Any])
            #expect(agriculture["not_submitted"] as? Int == 3)
            #expect(list.compactMap { ($0["counts"] as? [String: Any])?["total"] as? Int }.reduce(0, +) == 42)
            // The items list: the five unfinished ones are overdue or due as of 30/06/2020.
            let open = try await api.send(.GET, "/api/v1/programme/items?year=2020&as_of=2020-06-30&status=overdue&per=100")
            #expect(open.json["total"] as? Int == 2)
            let due = try await api.send(.GET, "/api/v1/programme/items?year=2020&as_of=2020-06-30&status=due_this_month")
            #expect(due.json["total"] as? Int == 3)
            // A filter on draft resolutions keeps both sorts: the council's 04 normative and 10 individual ones.
            func count(kind: String) async throws -> Int? {
                try await api.send(.GET, "/api/v1/programme/items?year=2020&kind=\(kind)&per=1").json["total"] as? Int
            }
            let normative = try await count(kind: "du_thao_nghi_quyet_qppl")
            let individual = try await count(kind: "du_thao_nghi_quyet_ca_biet")
            #expect(normative == 4 && individual == 10)
            let unsorted = try await ProgrammeItem.query(on: app.db).filter(\.$year == 2020)
                .filter(\.$kind == ProgrammeItemKind.draftResolution.rawValue).count()
            #expect(unsorted > 0)
            #expect(try await count(kind: "du_thao_nghi_quyet") == 14 + unsorted)
            // Bad input is a 4xx with a message, never a 5xx.
            let bad = try await api.send(.GET, "/api/v1/stats/programme?from=2020-06-30&to=2020-01-01")
            #expect(bad.status == .unprocessableEntity)
            #expect(try await api.send(.GET, "/api/v1/stats/programme").status == .unprocessableEntity)
            #expect(try await api.send(.GET, "/api/v1/stats/programme?period=2020-H9").status == .unprocessableEntity)
        }
    }

    @Test func theReviewReportCarriesTheSentenceAndAppendixIV() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            for asOf in ["2020-06-14", "2020-06-30"] {
                let docx = NSTemporaryDirectory() + "dieuhanh-ct-\(UUID().uuidString).docx"
                defer { try? FileManager.default.removeItem(atPath: docx) }
                _ = try await runCommand(app, ["report", "review", "--period", "2020-H1", "--as-of", asOf, "--output", docx])
                let xml = try part(docx, "word/document.xml")
                #expect(xml.contains(Self.sentence + Self.unfinished.joined(separator: "; ") + "."), "\(asOf)")
                #expect(xml.contains(Self.bodies), "\(asOf)")
                // Seed 001's Phụ lục I: the province had nothing in the Government's programme.
                #expect(
                    xml.contains(
                        "Ghi chú: UBND tỉnh không có nội dung trong Chương trình công tác của Chính phủ, Thủ tướng Chính phủ."))
                #expect(xml.contains(">PHỤ LỤC IV<"))
                #expect(xml.contains(ReviewReport.programmeAppendixTitle))
                #expect(xml.contains("Số đề án phải trình trong 6 tháng đầu năm 2020"))
                // Seed 001's header: the group over (1)–(4) and (5)–(8) merged down two rows, then the numbers.
                #expect(xml.contains(#"<w:gridSpan w:val="4"/>"#))
                #expect(xml.contains(#"<w:vMerge w:val="restart"/>"#))
                for n in 1...8 { #expect(xml.contains(">(\(n))<")) }
                #expect(xml.contains(">88,1%<"))
                #expect(xml.contains("Số đề án trình muộn so với tháng kế hoạch: 02."))
                #expect(xml.contains("Quy định phạm vi bảo vệ công trình thủy lợi, đê điều"))
            }

            let html = NSTemporaryDirectory() + "dieuhanh-ct-\(UUID().uuidString).html"
            defer { try? FileManager.default.removeItem(atPath: html) }
            _ = try await runCommand(
                app,
                [
                    "report", "review", "--period", "2020-H1", "--as-of", "2020-06-30", "--format", "html",
                    "--output", html,
                ])
            let page = String(decoding: FileManager.default.contents(atPath: html) ?? Data(), as: UTF8.self)
            #expect(page.contains(Self.sentence))
            #expect(page.contains(#"colspan="4""#) && page.contains(#"rowspan="2""#))
            #expect(page.contains("PHỤ LỤC IV"))

            let xlsx = NSTemporaryDirectory() + "dieuhanh-ct-\(UUID().uuidString).xlsx"
            defer { try? FileManager.default.removeItem(atPath: xlsx) }
            _ = try await runCommand(app, ["report", "review", "--period", "2020-H1", "--as-of", "2020-06-30", "--output", xlsx])
            #expect(try part(xlsx, "xl/workbook.xml").contains("PL IV - CTCT"))
        }
    }

    @Test func theReviewReportModelHasSeed001sFigures() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            let asOf = CivilDate(year: 2020, month: 6, day: 30)!
            let province = try await ReviewReportBuilder.province(code: nil, asOf: asOf, on: app.db)
            let report = try await ReviewReportBuilder.build(
                period: ReportPeriod(code: "2020-H1")!, asOf: asOf, province: province,
                on: app.db)
            let p = report.programme
            #expect(p.counts == ProgrammeCounts(initial: 41, added: 4, movedOut: 3, submitted: 37, issued: 18, submittedLate: 2))
            #expect(Set(p.unfinished.map(\.title)) == Set(DemoProgramme.footnote6))
            #expect(p.late.count == 2)
            #expect(p.units.reduce(0) { $0 + $1.counts.total } == 42)
            #expect(report.sections.contains { $0.heading == ReviewReport.programmeSectionHeading })
            #expect(report.programmeHeadline.hasPrefix(Self.sentence))
            #expect(report.programmeSection.paragraphs.dropFirst().first?.hasPrefix(Self.bodies) == true)
            #expect(report.programmeSection.paragraphs.last == report.governmentProgrammeSentence)
            #expect(
                report.programmeHeadline.hasSuffix("Trong số nội dung đã trình, có 02 nội dung trình muộn so với tháng kế hoạch.")
            )
            // The DOCX table: three header rows (repeated on every page), then the figures.
            let table = ReviewReportDOCX.programmeTable(report)
            #expect(table.rows.count == 4)
            #expect(table.rows.prefix(3).allSatisfy(\.isHeader) && !table.rows[3].isHeader)
            #expect(table.rows[0].cells.map(\.columnSpan) == [4, 1, 1, 1, 1])
            #expect(table.rows[1].cells.suffix(4).allSatisfy { $0.verticalMerge == .continue })
            #expect(
                table.rows[3].cells.map { $0.paragraphs[0].runs[0].text } == ["41", "4", "3", "42", "37", "18", "5", "88,1%"])
            // The workbook's sheet: the figures as numbers, the rate as a percentage with one decimal.
            let sheet = ReviewReportXLSX.programme(report)
            #expect(sheet.rows[3] == [41, 4, 3, 42, 37, 18, 5].map { .number(Double($0)) } + [.number(88.1)])
        }
    }

    @Test func thePagesShowTheHalfYear() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            try await makeUser(app, "lanhdao", role: .leader)
            let browser = Browser(app)
            try await browser.signIn("lanhdao")
            let page = try await browser.get("/programme?year=2020&period=H1&as_of=30/06/2020")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Chương trình công tác năm 2020"))
            #expect(html.contains("Quyết định số 59/QĐ-UBND ngày 09/01/2020"))
            #expect(html.contains("<strong>88,1%</strong>"))
            #expect(html.contains("Quý II"))
            #expect(html.contains("Đề án sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc UBND tỉnh"))
            #expect(html.contains("chuyển từ tháng 11/2019"))
            #expect(html.contains("Quá hạn chưa trình"))
            #expect(html.contains("Đã xin chuyển sang tháng 12/2020"))
            #expect(html.contains("Đã rút"))
            let stats = try await browser.get("/programme/stats?period=2020-H1&as_of=30/06/2020").body.string
            #expect(stats.contains(Self.sentence))
            #expect(stats.contains("Sở Nông nghiệp và Phát triển nông thôn"))
            #expect(stats.contains("<svg"))
            let due = try await browser.get("/programme/due?month=06/2020&as_of=30/06/2020").body.string
            #expect(due.contains("5 nội dung chưa trình"))
            #expect(due.contains("Phân bổ số lượng cán bộ, công chức cấp xã"))
            let review = try await browser.get("/reports/review?period=2020-H1&as_of=30/06/2020").body.string
            #expect(review.contains(Self.sentence))
        }
    }
}

@Suite("Work programme: the demonstration province")
struct ProgrammeDemoTests {
    @Test func twoYearsOfProgrammeWithEveryKindOfStep() async throws {
        try await withTestApp { app in
            // setup: the demo's units, then its programmes as of the test clock (22/11/2026)
            let today = CivilDate.today(now: testNow)
            _ = try await app.write { db in try await UnitImport.write(DemoUnits.rows, actor: .commandLine, now: testNow, on: db)
            }
            // act
            let first = try await app.write { db in
                try await ProgrammeImport.write(DemoProgramme.generated(today: today), actor: .commandLine, now: testNow, on: db)
            }
            let again = try await app.write { db in
                try await ProgrammeImport.write(DemoProgramme.generated(today: today), actor: .commandLine, now: testNow, on: db)
            }
            // check
            #expect(first.created == 72 && again == ImportSummary(created: 0, updated: 0, unchanged: 72))
            let rows = try await ProgrammeQuery.rows(years: 2025...2026, asOf: today, scope: .everything, on: app.db)
            let statuses = Set(rows.map(\.snapshot.status))
            #expect(
                statuses.isSuperset(of: [.notYetDue, .dueThisMonth, .overdue, .submitted, .submittedLate, .issued, .withdrawn]),
                "\(statuses)")
            #expect(rows.contains { $0.snapshot.months.count > 1 })
            #expect(rows.contains { $0.item.itemOrigin == .added })
            // Every item is led by a unit open in its month (the 2025 mergers respected).
            let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: app.db).all().map { ($0.id!, $0) })
            for row in rows {
                let unit = try #require(units[row.item.leadUnitID])
                #expect(!unit.isClosed(on: row.item.plannedMonthValue.firstDay), "\(unit.code) \(row.item.plannedMonth)")
            }
            // Nothing is dated after today.
            let events = try await ProgrammeEventRecord.query(on: app.db).all()
            #expect(events.allSatisfy { $0.recordedOn <= today.iso && $0.effectiveOn <= today.iso })
        }
    }
}
