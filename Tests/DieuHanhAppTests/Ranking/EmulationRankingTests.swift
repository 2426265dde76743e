import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import ZIPFoundation

@testable import DieuHanhApp

/// The yearly emulation ranking (DOMAIN §11) through its page, its links, its weights form and its XLSX.
@Suite("Emulation ranking")
struct EmulationRankingTests {
    /// SNV leads one task on time, one 10 days late, one 30 days overdue at 30/06, and coordinates STC's on-time
    /// task; STC leads that one and one not yet due; a task of 2025 counts in neither.
    static let tasks =
        "ma,so_ky_hieu,ngay_van_ban,trich_yeu,co_quan_giao,noi_dung,don_vi_chu_tri,don_vi_phoi_hop,ngay_giao,han_xu_ly,"
        + "han_gia_han,ngay_duyet_gia_han,ngay_hoan_thanh,ngay_huy\n"
        + "T1,5/TB-UBND,05/01/2026,,UBND,Việc đúng hạn,SNV,,,30/04/2026,,,20/04/2026,\n"
        + "T2,5/TB-UBND,05/01/2026,,UBND,Việc trễ mười ngày,SNV,,,31/03/2026,,,10/04/2026,\n"
        + "T3,5/TB-UBND,05/01/2026,,UBND,Việc quá hạn chưa xong,SNV,,,31/05/2026,,,,\n"
        + "T4,5/TB-UBND,05/01/2026,,UBND,Việc của Sở Tài chính,STC,SNV,,30/04/2026,,,15/04/2026,\n"
        + "T5,5/TB-UBND,05/01/2026,,UBND,Việc chưa đến hạn,STC,,,31/12/2026,,,,\n"
        + "T0,9/TB-UBND,05/01/2025,,UBND,Việc năm trước,SNV,,,31/03/2025,,,,\n"

    func setUp(_ app: Application) async throws -> SmallProvince {
        let small = try await SmallProvince.make(app)
        _ = try await TaskImport.run(data: Data(Self.tasks.utf8), actor: .commandLine, app: app)
        try await makeUser(app, "vanphong", role: .coordinator)
        return small
    }

    @Test func theYearIsScoredByTheFormulaAndEachCountOpensItsTasks() async throws {
        try await withTestApp { app in
            let small = try await setUp(app)
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            // act
            let page = try await browser.get("/ranking?year=2026&as_of=30/06/2026")
            // check: STC 100; SNV (1 + 0,5 + 0,3) / 3,3 = 54,5 − 0,05 × 40 days = 52,5.
            #expect(page.status == .ok)
            let html = page.body.string
            let stc = try #require(html.range(of: "Sở Tài chính"))
            let snv = try #require(html.range(of: "<td>Sở Nội vụ</td>"))
            #expect(stc.lowerBound < snv.lowerBound)
            #expect(html.contains("<strong>100,0</strong>") && html.contains("<strong>52,5</strong>"))
            #expect(html.contains("Cách tính điểm") && html.contains("0,3 × (như trên)"))
            let overdueLink =
                "/tasks?lead_unit=\(small.snv.id!)&amp;as_of=30/06/2026&amp;assigned_from=01/01/2026&amp;assigned_to=30/06/2026"
                + "&amp;status=pending_overdue"
            #expect(html.contains(overdueLink))
            // The link's list holds exactly the task behind the count.
            let list = try await browser.get(overdueLink.replacingOccurrences(of: "&amp;", with: "&")).body.string
            #expect(
                list.contains("Việc quá hạn chưa xong") && !list.contains("Việc năm trước")
                    && !list.contains("Việc trễ mười ngày"))
        }
    }

    @Test func theOfficeSetsTheWeightsAndABadOneIsRefusedWithWhatWasTyped() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            let office = Browser(app)
            try await office.signIn("vanphong")
            var form = [
                "year": "2026", "lead": "1", "coordination": "0,3", "late_credit": "1,5", "day_penalty": "0,05",
                "report_share": "20", "completed_threshold": "90", "on_time_threshold": "80",
            ]
            let refused = try await office.post("/ranking/settings", form)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Điểm cho việc hoàn thành quá hạn từ 0 đến 1."))
            #expect(refused.body.string.contains("value=\"1,5\""))
            form["late_credit"] = "1"
            let saved = try await office.post("/ranking/settings", form)
            #expect(saved.status == .seeOther)
            // A late completion now counts in full: (2 + 0,3) / 3,3 = 69,7 − 2 = 67,7.
            let page = try await office.get("/ranking?year=2026&as_of=30/06/2026").body.string
            #expect(page.contains("<strong>67,7</strong>") && page.contains("Cập nhật bởi"))
            // A unit officer sees the ranking but may not change the weights.
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            #expect(try await officer.get("/ranking").status == .ok)
            #expect(try await officer.post("/ranking/settings", form).status == .forbidden)
        }
    }

    @Test func aWeightTheFormDidNotSendKeepsTheValueInForce() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            let office = Browser(app)
            try await office.signIn("vanphong")
            var form = [
                "year": "2026", "lead": "1", "coordination": "0,3", "late_credit": "0,5", "day_penalty": "0,05",
                "explanation_penalty": "2", "report_share": "20", "completed_threshold": "90", "on_time_threshold": "80",
            ]
            #expect(try await office.post("/ranking/settings", form).status == .seeOther)
            // A page opened before the weight existed sends the others only: the office's 2 stays, not the default 1.
            form["explanation_penalty"] = nil
            form["coordination"] = "0,4"
            #expect(try await office.post("/ranking/settings", form).status == .seeOther)
            let weights = try await EmulationSettings.current(on: app.db).weights
            #expect(weights.explanationPenalty == 2)
            #expect(weights.coordination == 0.4)
        }
    }

    @Test func theXLSXHoldsTheFiguresAsNumbersAndTheFormula() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let response = try await browser.get("/ranking/export.xlsx?year=2026&as_of=30/06/2026")
            #expect(response.status == .ok)
            let archive = try Archive(data: Data(buffer: response.body), accessMode: .read)
            func part(_ path: String) throws -> String {
                var data = Data()
                _ = try archive.extract(try #require(archive[path])) { data.append($0) }
                return String(decoding: data, as: UTF8.self)
            }
            let sheet = try part("xl/worksheets/sheet1.xml")
            #expect(sheet.contains("<v>52.5</v>") && sheet.contains("<v>100.0</v>"))
            #expect(sheet.contains("Sở Nội vụ") && sheet.contains("Cách tính điểm"))
        }
    }
}
