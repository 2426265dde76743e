import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import DieuHanhApp

@Suite("Tasks API")
struct TasksAPITests {
    func load(_ app: Application) async throws -> SmallProvince {
        let p = try await SmallProvince.make(app)
        try await makeUnit(app, "CP", "Chính phủ", kind: .government)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        let csv =
            ImportTasksTests.header
            + "T1,01/NQ-CP,04/01/2021,,CP,Rà soát thủ tục hành chính,SNV,STC,,30/06/2021,,,10/06/2021,\n"
            + "T2,01/NQ-CP,04/01/2021,,CP,Đẩy mạnh giải ngân vốn,STC,,,31/03/2021,,,,\n"
            + "T3,4049/UBND-TH,19/10/2020,,UBND,Báo cáo kiểm điểm,CCVT,,,31/12/2026,,,,\n"
        _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
        return p
    }

    @Test func listFollowsTheContract() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let api = try await APIClient.signIn(app, "vanphong")
            let overdue = try await api.send(.GET, "/api/v1/tasks?status=pending_overdue&as_of=2021-06-14")
            #expect(overdue.status == .ok)
            let items = overdue.json["items"] as? [[String: Any]] ?? []
            #expect(items.map { $0["ma"] as? String } == ["T2"])
            #expect(items.first?["status"] as? String == "pending_overdue")
            #expect(items.first?["days_late"] as? Int == 75)
            #expect(overdue.json["total"] as? Int == 1)
            #expect(overdue.json["per"] as? Int == 50)
            let byUnit = try await api.send(.GET, "/api/v1/tasks?lead_unit=STC&as_of=2021-06-14")
            #expect(byUnit.json["total"] as? Int == 1)
            let search = try await api.send(.GET, "/api/v1/tasks?q=giai+ngan")
            #expect((search.json["items"] as? [[String: Any]])?.first?["ma"] as? String == "T2")
            let bad = try await api.send(.GET, "/api/v1/tasks?status=late&as_of=14-06")
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func unitOfficerSeesOwnAndCoordinatedTasksOnly() async throws {
        try await withTestApp { app in
            let p = try await load(app)
            try await makeUser(app, "canbo.stc", role: .unitOfficer, unit: p.stc)
            let api = try await APIClient.signIn(app, "canbo.stc")
            let list = try await api.send(.GET, "/api/v1/tasks?as_of=2026-11-22")
            let codes = Set((list.json["items"] as? [[String: Any]] ?? []).compactMap { $0["ma"] as? String })
            #expect(codes == ["T1", "T2"])  // leads T2, coordinates T1; T3 belongs to CCVT
            let t3 = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            #expect(try await api.send(.GET, "/api/v1/tasks/\(t3.id!)").status == .notFound)
            let t1 = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T1").first())
            // Coordinating is seeing, not acting for the lead unit.
            let act = try await api.send(.POST, "/api/v1/tasks/\(t1.id!)/events", json: ["action": "progress", "note": "x"])
            #expect(act.status == .forbidden)
        }
    }

    @Test func stepsThroughTheAPIWithConflictsAndErrors() async throws {
        try await withTestApp { app in
            let p = try await load(app)
            let t3 = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "T3").first())
            let api = try await APIClient.signIn(app, "canbo.snv")  // CCVT is below SNV
            let detail = try await api.send(.GET, "/api/v1/tasks/\(t3.id!)")
            #expect((detail.json["actions"] as? [String])?.contains("report_completion") == true)
            let bad = try await api.send(.POST, "/api/v1/tasks/\(t3.id!)/events", json: ["action": "finish"])
            #expect(bad.status == .unprocessableEntity)
            let missing = try await api.send(.POST, "/api/v1/tasks/\(t3.id!)/events", json: ["action": "report_completion"])
            let fields = ((missing.json["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap {
                $0["field"] as? String
            }
            #expect(Set(fields) == ["note", "date"])
            let done = try await api.send(
                .POST, "/api/v1/tasks/\(t3.id!)/events",
                json: ["action": "report_completion", "date": "2026-11-20", "note": "Xong", "version": 1])
            #expect(done.status == .created)
            let stale = try await api.send(
                .POST, "/api/v1/tasks/\(t3.id!)/events",
                json: ["action": "progress", "note": "cũ", "version": 1])
            #expect(stale.status == .conflict)
            let again = try await api.send(
                .POST, "/api/v1/tasks/\(t3.id!)/events",
                json: ["action": "report_completion", "date": "2026-11-21", "note": "Lần hai"])
            #expect(again.status == .conflict)
            #expect(again.errorCode == "not_possible")
            _ = p
        }
    }

    @Test func exportsOpenAsCSVWithBOMAndAsXLSX() async throws {
        try await withTestApp { app in
            _ = try await load(app)
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let csv = try await browser.get("/tasks/export.csv?as_of=14/06/2021&status=pending_overdue")
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.subType == "csv")
            let text = csv.body.string
            #expect(text.hasPrefix("\u{FEFF}"))
            #expect(text.contains("Đẩy mạnh giải ngân vốn"))
            #expect(!text.contains("Rà soát thủ tục hành chính"))
            let xlsx = try await browser.get("/tasks/export.xlsx?as_of=14/06/2021")
            #expect(xlsx.status == .ok)
            let bytes = Data(buffer: xlsx.body)
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // a ZIP container
            #expect(xlsx.headers.first(name: .contentDisposition)?.contains("nhiem-vu-2021-06-14.xlsx") == true)
            // It prints on landscape A4 fitted to the width, the header on every page, the pages numbered.
            let archive = try Archive(data: bytes, accessMode: .read)
            func part(_ path: String) throws -> String {
                var data = Data()
                _ = try archive.extract(try #require(archive[path])) { data.append($0) }
                return String(decoding: data, as: UTF8.self)
            }
            let sheet = try part("xl/worksheets/sheet1.xml")
            #expect(sheet.contains(#"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#))
            #expect(sheet.contains("Trang &amp;P/&amp;N"))
            #expect(try part("xl/workbook.xml").contains(#"<definedName name="_xlnm.Print_Titles" localSheetId="0">"#))
        }
    }
}

@Suite("Documents API")
struct DocumentsAPITests {
    @Test func coordinatorEntersSeed003ThroughTheAPI() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
            let api = try await APIClient.signIn(app, "vanphong")
            let bad = try await api.send(
                .POST, "/api/v1/documents",
                json: [
                    "notation": "3413/UBND-TH", "issued_on": "22/07/2021", "assigner": "UBND",
                    "tasks": [
                        ["content": "Việc một", "lead_unit": "SYT"], ["content": "", "lead_unit": "SNV", "deadline": "sớm"],
                    ],
                ])
            #expect(bad.status == .unprocessableEntity)
            let fields = Set(
                ((bad.json["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            )
            #expect(fields == ["tasks.0.lead_unit", "tasks.1.content", "tasks.1.deadline"])
            #expect(try await TaskItem.query(on: app.db).count() == 0)
            let ok = try await api.send(
                .POST, "/api/v1/documents",
                json: [
                    "notation": "Số: 3413 /UBND-TH", "issued_on": "2021-07-22", "issuer": "UBND", "assigner": "UBND",
                    "summary": "Nhiệm vụ trọng tâm 6 tháng cuối năm 2021",
                    "tasks": [
                        [
                            "ma": "3413-1", "content": "Rà soát bộ máy", "lead_unit": "SNV", "coordinating_units": ["STC"],
                            "deadline": "30/09/2021",
                        ],
                        ["ma": "3413-2", "content": "Báo cáo thu chi", "lead_unit": "STC", "deadline": "10 ngày làm việc"],
                    ],
                ])
            #expect(ok.status == .created)
            #expect((ok.json["task_ids"] as? [String])?.count == 2)
            let list = try await api.send(.GET, "/api/v1/documents?q=nhiem+vu+trong+tam")
            #expect((list.json["items"] as? [[String: Any]])?.first?["notation"] as? String == "3413/UBND-TH")
            let officer = try await APIClient.signIn(app, "canbo.snv")
            #expect(try await officer.send(.POST, "/api/v1/documents", json: ["notation": "1/KH-UBND"]).status == .forbidden)
        }
    }
}
