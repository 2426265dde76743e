import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import DieuHanhApp

/// Cancelled and withdrawn tasks stay findable (DOMAIN §3, CONTRACT `status=cancelled`): in the API, the web list and
/// its exports, as of the chosen date, with the date and reason of the cancellation.
@Suite("Cancelled tasks in the lists")
struct CancelledTasksTests {
    /// T4 is cancelled on 10/05/2021 by the file; T1–T3 are not.
    func load(_ app: Application) async throws -> SmallProvince {
        let p = try await SmallProvince.make(app)
        try await makeUnit(app, "CP", "Chính phủ", kind: .government)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        let csv =
            ImportTasksTests.header
            + "T1,01/NQ-CP,04/01/2021,,CP,Rà soát thủ tục hành chính,SNV,STC,,30/06/2021,,,10/06/2021,\n"
            + "T2,01/NQ-CP,04/01/2021,,CP,Đẩy mạnh giải ngân vốn,STC,,,31/03/2021,,,,\n"
            + "T3,4049/UBND-TH,19/10/2020,,UBND,Báo cáo kiểm điểm,CCVT,,,31/12/2026,,,,\n"
            + "T4,01/NQ-CP,04/01/2021,,CP,Xây dựng đề án sáp nhập,STC,,,30/09/2021,,,,10/05/2021\n"
        _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
        return p
    }

    func codes(_ response: TestingHTTPResponse) -> [String] {
        (response.json["items"] as? [[String: Any]] ?? []).compactMap { $0["ma"] as? String }
    }

    @Test func theAPIListsCancelledTasksFromTheirCancellationDayOn() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let api = try await APIClient.signIn(app, "vanphong")
            let onTheDay = try await api.send(.GET, "/api/v1/tasks?status=cancelled&as_of=2021-05-10")
            #expect(onTheDay.status == .ok)
            #expect(codes(onTheDay) == ["T4"])
            #expect(onTheDay.json["total"] as? Int == 1)
            let item = try #require((onTheDay.json["items"] as? [[String: Any]])?.first)
            #expect(item["status"] as? String == "cancelled")
            #expect(item["cancelled_on"] as? String == "2021-05-10")
            #expect(item["cancel_reason"] as? String == "Nhập từ tệp CSV")
            // The day before, it is not cancelled yet: it counts, pending within its deadline.
            let dayBefore = try await api.send(.GET, "/api/v1/tasks?status=cancelled&as_of=2021-05-09")
            #expect(codes(dayBefore).isEmpty)
            #expect(codes(try await api.send(.GET, "/api/v1/tasks?as_of=2021-05-09")).contains("T4"))
            // Without `status`, the list holds the counted tasks alone.
            #expect(!codes(try await api.send(.GET, "/api/v1/tasks?as_of=2021-05-10")).contains("T4"))
            // The other filters apply to the cancelled list too.
            #expect(codes(try await api.send(.GET, "/api/v1/tasks?status=cancelled&lead_unit=SNV")).isEmpty)
            #expect(codes(try await api.send(.GET, "/api/v1/tasks?status=cancelled&q=sap+nhap")) == ["T4"])
        }
    }

    @Test func aTaskCancelledThroughTheAPIShowsItsReason() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let api = try await APIClient.signIn(app, "vanphong")
            let t2 = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T2").first())
            let cancel = try await api.send(
                .POST, "/api/v1/tasks/\(t2.id!)/events", json: ["action": "cancel", "note": "Trùng với Nghị quyết 02/NQ-CP"])
            #expect(cancel.status == .created)
            let list = try await api.send(.GET, "/api/v1/tasks?status=cancelled")
            #expect(codes(list) == ["T2", "T4"])  // the latest cancellation first
            let first = try #require((list.json["items"] as? [[String: Any]])?.first)
            #expect(first["cancel_reason"] as? String == "Trùng với Nghị quyết 02/NQ-CP")
            #expect(first["cancelled_on"] as? String == "2026-11-22")
            let detail = try await api.send(.GET, "/api/v1/tasks/\(t2.id!)")
            #expect((detail.json["task"] as? [String: Any])?["status"] as? String == "cancelled")
            #expect((detail.json["task"] as? [String: Any])?["cancel_reason"] as? String == "Trùng với Nghị quyết 02/NQ-CP")
            // The task's page says so too.
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let page = try await browser.get("/tasks/\(t2.id!)").body.string
            #expect(page.contains("✕ Đã hủy ngày 22/11/2026"))
        }
    }

    @Test func theWebListFiltersAndExportsCancelledTasks() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let all = try await browser.get("/tasks?as_of=10/05/2021")
            #expect(all.body.string.contains(#"<option value="cancelled">Đã hủy</option>"#))
            #expect(!all.body.string.contains("Xây dựng đề án sáp nhập"))
            let page = try await browser.get("/tasks?status=cancelled&as_of=10/05/2021")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Xây dựng đề án sáp nhập"))
            #expect(html.contains("Đã hủy ngày 10/05/2021"))
            #expect(html.contains("Nhập từ tệp CSV"))
            #expect(!html.contains("Rà soát thủ tục hành chính"))
            #expect(html.contains("Trạng thái: Đã hủy"))  // the filter's chip
            let before = try await browser.get("/tasks?status=cancelled&as_of=09/05/2021")
            #expect(!before.body.string.contains("Xây dựng đề án sáp nhập"))

            let csv = try await browser.get("/tasks/export.csv?status=cancelled&as_of=10/05/2021").body.string
            let lines = csv.split(separator: "\r\n").map(String.init)
            #expect(lines.count == 2)
            #expect(lines[0].hasSuffix("Trọng tâm,Mức ưu tiên,Ngày hủy,Lý do hủy"))
            #expect(lines[1].contains("Xây dựng đề án sáp nhập"))
            #expect(lines[1].contains(",Đã hủy,"))
            #expect(lines[1].hasSuffix(",10/05/2021,Nhập từ tệp CSV"))
            let xlsx = try await browser.get("/tasks/export.xlsx?status=cancelled&as_of=10/05/2021")
            #expect(xlsx.status == .ok)
            let archive = try Archive(data: Data(buffer: xlsx.body), accessMode: .read)
            var sheet = Data()
            _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { sheet.append($0) }
            let xml = String(decoding: sheet, as: UTF8.self)
            #expect(xml.contains(">Xây dựng đề án sáp nhập<"))
            #expect(xml.contains(">Đã hủy<"))
            #expect(xml.contains(">10/05/2021<"))
            #expect(!xml.contains(">Rà soát thủ tục hành chính<"))
        }
    }
}
