import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import DieuHanhApp

/// Seed 001 through every door: the command line, the API, the pages and the generated files.
@Suite("Statistics and the review report on seed 001")
struct ReviewReportTests {
    func tempFile(_ name: String) -> String {
        NSTemporaryDirectory() + "dieuhanh-\(UUID().uuidString)-\(name)"
    }

    /// The text of one part of an Office file.
    func part(_ path: String, _ entry: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let item = try #require(archive[entry])
        var data = Data()
        _ = try archive.extract(item) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func seedBinhDuongFromTheCommandLine() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.binhDuong2020, into: app)
            let stats = try await runCommand(
                app, ["stats", "tasks", "--as-of", "2020-06-14", "--lead-unit", "UBND", "--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any])
            #expect(json["total"] as? Int == 46)
            #expect(json["completed_on_time"] as? Int == 42)
            #expect(json["completed_late"] as? Int == 0)
            #expect(json["pending_within_deadline"] as? Int == 4)
            #expect(json["pending_overdue"] as? Int == 0)
            #expect(json["documents"] as? Int == 20)
            try await makeUser(app, "vanphong", role: .coordinator)
            let api = try await APIClient.signIn(app, "vanphong")
            let fromAPI = try await api.send(.GET, "/api/v1/stats/tasks?as_of=2020-06-14&lead_unit=UBND&assigner=CP")
            let byTTg = try await api.send(.GET, "/api/v1/stats/tasks?as_of=2020-06-14&lead_unit=UBND&assigner=TTG")
            #expect((fromAPI.json["total"] as? Int ?? 0) + (byTTg.json["total"] as? Int ?? 0) == 46)
            #expect((fromAPI.json["completed_on_time"] as? Int ?? 0) + (byTTg.json["completed_on_time"] as? Int ?? 0) == 42)

            let docx = tempFile("bc.docx")
            defer { try? FileManager.default.removeItem(atPath: docx) }
            let printed = try await runCommand(
                app,
                [
                    "report", "review", "--from", "2020-01-01", "--to", "2020-06-30",
                    "--as-of", "2020-06-14", "--format", "docx", "--output", docx,
                ])
            #expect(printed.contains("6 tháng đầu năm 2020"))
            let document = try part(docx, "word/document.xml")
            #expect(
                document.contains(
                    "đã triển khai 46/46 nhiệm vụ, đã hoàn thành 42 nhiệm vụ (đạt 91,3%), còn lại 04 nhiệm vụ "
                        + "đang thực hiện (không có nhiệm vụ quá hạn)"))
            #expect(document.contains("PHỤ LỤC I"))
            #expect(document.contains("04/2019/NĐ-CP"))
            #expect(document.contains("Bộ Y tế"))
            // The same request gives the same bytes: the report is reproducible.
            let again = tempFile("bc2.docx")
            defer { try? FileManager.default.removeItem(atPath: again) }
            _ = try await runCommand(
                app, ["report", "review", "--period", "2020-H1", "--as-of", "2020-06-14", "--output", again])
            #expect(FileManager.default.contents(atPath: again) == FileManager.default.contents(atPath: docx))

            let xlsx = tempFile("bc.xlsx")
            defer { try? FileManager.default.removeItem(atPath: xlsx) }
            _ = try await runCommand(app, ["report", "review", "--period", "2020-H1", "--as-of", "2020-06-14", "--output", xlsx])
            #expect(try part(xlsx, "xl/workbook.xml").contains("Tổng hợp"))

            let html = tempFile("bc.html")
            defer { try? FileManager.default.removeItem(atPath: html) }
            _ = try await runCommand(
                app,
                [
                    "report", "review", "--period", "2020-H1", "--as-of", "2020-06-14", "--format", "html",
                    "--output", html,
                ])
            let page = String(decoding: FileManager.default.contents(atPath: html) ?? Data(), as: UTF8.self)
            #expect(page.contains("(đạt 91,3%)"))
            #expect(page.contains("Bình Dương, ngày"))
        }
    }

    @Test func commandLineMistakesAreOneClearLine() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.caoBang2021, into: app)
            let cases: [([String], String)] = [
                (["report", "review", "--period", "2021-H1"], "--output"),
                (["report", "review", "--period", "2021-H3", "--output", "/tmp/x.docx"], "Kỳ báo cáo không hợp lệ"),
                (["report", "review", "--period", "2021-H1", "--output", "/tmp/x.pdf"], "--format"),
                (["report", "review", "--from", "2021-06-30", "--to", "2021-01-01", "--output", "/tmp/x.docx"], "Ngày kết thúc"),
                (["report", "review", "--period", "2021-H1", "--as-of", "2020-12-31", "--output", "/tmp/x.docx"], "Ngày chốt"),
            ]
            for (arguments, expected) in cases {
                do {
                    _ = try await runCommand(app, arguments)
                    Issue.record("\(arguments) should fail")
                } catch let failure as CommandFailure {
                    #expect(failure.description.contains(expected), "\(arguments): \(failure.description)")
                }
            }
        }
    }

    @Test func seedCaoBangThroughTheAPIAndThePages() async throws {
        try await withTestApp { app in
            _ = try await DemoSlices.load(.caoBang2021, into: app)
            try await makeUser(app, "lanhdao", role: .leader)
            let api = try await APIClient.signIn(app, "lanhdao")
            let stats = try await api.send(.GET, "/api/v1/stats/tasks?as_of=2021-06-14&lead_unit=UBND")
            #expect(stats.json["total"] as? Int == 11)
            #expect(stats.json["completed_on_time"] as? Int == 5)
            #expect(stats.json["pending_within_deadline"] as? Int == 6)
            #expect(stats.json["documents"] as? Int == 9)

            let browser = Browser(app)
            try await browser.signIn("lanhdao")
            let page = try await browser.get("/stats?as_of=14/06/2021")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("11 nhiệm vụ trong 9 văn bản, tính đến ngày 14/06/2021"))
            #expect(html.contains("<svg"))
            #expect(html.contains("Bảng xếp hạng đơn vị chủ trì"))
            #expect(html.contains("45,5%"))
            #expect(html.contains("/tasks?status=pending_within_deadline&amp;as_of=2021-06-14"))

            let review = try await browser.get("/reports/review?period=2021-H1&as_of=14/06/2021")
            #expect(review.status == .ok)
            #expect(review.body.string.contains("đã hoàn thành 05 nhiệm vụ (đạt 45,5%), còn lại 06 nhiệm vụ đang thực hiện"))
            #expect(review.body.string.contains("/reports/review.docx?from=2021-01-01&amp;to=2021-06-30&amp;as_of=2021-06-14"))
            let file = try await browser.get("/reports/review.docx?from=2021-01-01&to=2021-06-30&as_of=2021-06-14")
            #expect(file.status == .ok)
            #expect(file.headers.contentType?.subType == "vnd.openxmlformats-officedocument.wordprocessingml.document")
            #expect(
                file.headers.first(name: .contentDisposition)?.contains(
                    "bao-cao-kiem-diem-2021-01-01-2021-06-30-chot-2021-06-14.docx") == true)
            #expect(Array(Data(buffer: file.body).prefix(2)) == [0x50, 0x4B])
            let saved = tempFile("cb.docx")
            defer { try? FileManager.default.removeItem(atPath: saved) }
            try Data(buffer: file.body).write(to: URL(fileURLWithPath: saved))
            #expect(
                try part(saved, "word/document.xml").contains(
                    "09 văn bản; đối với 11 nhiệm vụ, đã triển khai 11/11 nhiệm vụ, "
                        + "đã hoàn thành 05 nhiệm vụ (đạt 45,5%), còn lại 06 nhiệm vụ"))
            let bad = try await browser.get("/reports/review?period=2021-Q9")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Kỳ báo cáo không hợp lệ"))
            #expect(try await browser.get("/reports/review.xlsx?period=nope").status == .unprocessableEntity)
        }
    }

    @Test func aUnitOfficerSeesOnlyTheirOwnFiguresAndNoProvinceReport() async throws {
        try await withTestApp { app in
            let s = try await TaskPagesTests().setUp(app)
            _ = try await TaskPagesTests().enterLetter(s)
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let page = try await officer.get("/stats?as_of=01/08/2021").body.string
            #expect(page.contains("1 nhiệm vụ trong 1 văn bản"))
            #expect(try await officer.get("/reports/review?period=2021-H2").status == .forbidden)
            // The reports index is theirs too (they answer report requests from it), without the review report.
            let index = try await officer.get("/reports")
            #expect(index.status == .ok)
            #expect(index.body.string.contains("/reports/requests"))
            #expect(!index.body.string.contains("href=\"/reports/review\""))
            #expect(try await s.coordinator.get("/reports").body.string.contains("href=\"/reports/review\""))
            let api = try await APIClient.signIn(app, "canbo.snv")
            #expect(try await api.send(.GET, "/api/v1/stats/tasks?as_of=2021-08-01").json["total"] as? Int == 1)
            // The office sees both tasks.
            let office = try await s.coordinator.get("/stats?as_of=01/08/2021").body.string
            #expect(office.contains("2 nhiệm vụ trong 1 văn bản"))
        }
    }
}
