import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import DieuHanhApp

@Suite("Reports from units: API")
struct ReportingAPITests {
    func setUp(_ app: Application) async throws -> SmallProvince {
        let p = try await SmallProvince.make(app)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        try await makeUser(app, "canbo.stc", role: .unitOfficer, unit: p.stc)
        return p
    }

    func create(_ api: APIClient) async throws -> TestingHTTPResponse {
        try await api.send(
            .POST, "/api/v1/report-requests",
            json: [
                "kind": "thematic", "title": "Báo cáo chuyên đề chuyển đổi số", "notation": "512/UBND-KGVX",
                "document_date": "2026-11-20",
                "deadline": "5 ngày làm việc", "recipients": ["SNV", "STC"], "requester": "UBND", "period_label": "năm 2026",
            ])
    }

    @Test func theOfficeCreatesAndUnitsSendThroughTheAPI() async throws {
        try await withTestApp { app in
            let p = try await setUp(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let created = try await create(office)
            #expect(created.status == .created)
            let request = try #require(created.json["request"] as? [String: Any])
            // Fri 20/11/2026 + 5 working days = Fri 27/11.
            #expect(request["deadline"] as? String == "2026-11-27")
            #expect(request["expected"] as? Int == 2)
            #expect(request["notation"] as? String == "512/UBND-KGVX")
            let id = try #require(request["id"] as? String)
            // The SNV officer sends with a file, without naming the unit (SNV is their only one here).
            let snv = try await APIClient.signIn(app, "canbo.snv")
            let sent = try await snv.postMultipart(
                "/api/v1/report-requests/\(id)/submissions", ["text": "Báo cáo của Sở Nội vụ"],
                files: [TestUpload(fileName: "bao-cao.pdf", data: TestUpload.pdf)])
            #expect(sent.status == .created)
            #expect(sent.json["kind"] as? String == "submitted")
            #expect((sent.json["attachments"] as? [[String: Any]])?.first?["file_name"] as? String == "bao-cao.pdf")
            let list = try await snv.send(.GET, "/api/v1/report-requests")
            #expect(list.json["total"] as? Int == 1)
            let detail = try await office.send(.GET, "/api/v1/report-requests/\(id)")
            let units = try #require(detail.json["units"] as? [[String: Any]])
            #expect(units.map { $0["unit"] as? String } == ["STC", "SNV"])
            #expect(units.map { $0["status"] as? String } == ["not_yet_due", "submitted_on_time"])
            #expect((detail.json["request"] as? [String: Any])?["completeness_rate"] as? Double == 50)
            // Only the office returns; a stale version gets 409.
            #expect(
                try await snv.send(.POST, "/api/v1/report-requests/\(id)/returns", json: ["unit": "SNV", "reason": "x"]).status
                    == .forbidden)
            let stale = try await office.send(
                .POST, "/api/v1/report-requests/\(id)/returns", json: ["unit": "SNV", "reason": "Thiếu số liệu", "version": 0])
            #expect(stale.status == .conflict)
            let returned = try await office.send(
                .POST, "/api/v1/report-requests/\(id)/returns",
                json: ["unit": "SNV", "reason": "Thiếu số liệu", "version": 1])
            #expect(returned.status == .created)
            let after = try await office.send(.GET, "/api/v1/report-requests/\(id)")
            let snvRow = try #require((after.json["units"] as? [[String: Any]])?.first { $0["unit"] as? String == "SNV" })
            #expect(snvRow["status"] as? String == "not_yet_due")
            #expect(snvRow["returned"] as? Bool == true)
            // Reminders, the year's figures, the ZIP.
            let reminded = try await office.send(.POST, "/api/v1/report-requests/\(id)/reminders")
            #expect(reminded.json["recorded"] as? Int == 2)
            #expect(try await office.send(.GET, "/api/v1/report-reminders?request=\(id)").json["total"] as? Int == 2)
            #expect(try await snv.send(.GET, "/api/v1/report-reminders").json["total"] as? Int == 1)
            let stats = try await office.send(.GET, "/api/v1/stats/reports?year=2026")
            #expect(stats.status == .ok)
            #expect(stats.json["year"] as? Int == 2026)
            let zip = try await office.send(.GET, "/api/v1/report-requests/\(id)/submissions.zip")
            #expect(zip.status == .ok)
            #expect(try Archive(data: Data(buffer: zip.body), accessMode: .read).map(\.path) == ["Danh sách đơn vị.csv"])
            _ = p
        }
    }

    @Test func unitsOutsideTheRequestGet404AndBadInputGetsFieldErrors() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let bad = try await office.send(
                .POST, "/api/v1/report-requests", json: ["title": "", "deadline": "sớm", "recipients": ["KHONGCO"]])
            #expect(bad.status == .unprocessableEntity)
            let fields = Set(
                ((bad.json["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            )
            #expect(fields.isSuperset(of: ["title", "deadline", "recipients"]))
            let created = try await office.send(
                .POST, "/api/v1/report-requests",
                json: [
                    "title": "Chỉ gửi Sở Nội vụ", "deadline": "2026-12-01", "recipients": ["SNV"],
                ])
            let id = try #require((created.json["request"] as? [String: Any])?["id"] as? String)
            let stc = try await APIClient.signIn(app, "canbo.stc")
            #expect(try await stc.send(.GET, "/api/v1/report-requests/\(id)").status == .notFound)
            #expect(
                try await stc.send(.POST, "/api/v1/report-requests/\(id)/submissions", json: ["unit": "SNV", "text": "x"]).status
                    == .notFound)
            #expect(try await stc.send(.POST, "/api/v1/report-requests", json: ["title": "x"]).status == .forbidden)
            let snv = try await APIClient.signIn(app, "canbo.snv")
            let empty = try await snv.send(.POST, "/api/v1/report-requests/\(id)/submissions", json: ["text": " "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.errorCode == "validation_failed")
        }
    }

    @Test func regimesAndEmailAddressesThroughTheAPI() async throws {
        try await withTestApp { app in
            _ = try await setUp(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let regime = try await office.send(
                .POST, "/api/v1/reporting-regimes",
                json: [
                    "title": "Báo cáo quý", "frequency": "quarter", "deadline_rule": "day:20+0",
                    "recipient_kinds": ["department"],
                ])
            #expect(regime.status == .created)
            #expect(regime.json["first_period"] as? String == "2026-Q4")
            let upcoming = try #require(regime.json["upcoming"] as? [[String: Any]])
            // Q4: 15/9 – 14/12/2026; the 20th of December is a Sunday → Monday 21/12.
            #expect(upcoming.first?["window_from"] as? String == "2026-09-15")
            #expect(upcoming.first?["deadline"] as? String == "2026-12-21")
            let requests = try await office.send(.GET, "/api/v1/report-requests?kind=periodic")
            #expect(requests.json["total"] as? Int == 1)
            #expect(try await office.send(.GET, "/api/v1/reporting-regimes").json["total"] as? Int == 1)
            let badRule = try await office.send(
                .POST, "/api/v1/reporting-regimes",
                json: [
                    "title": "x", "frequency": "month", "deadline_rule": "day:10+0", "recipient_kinds": ["department"],
                ])
            #expect(badRule.status == .unprocessableEntity)
            let officer = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "canbo.stc").first())
            #expect(
                try await office.send(.PUT, "/api/v1/users/\(officer.id!)/email", json: ["email": "a@b.example"]).status
                    == .forbidden)
            let admin = try await APIClient.signIn(app, "admin")
            let set = try await admin.send(.PUT, "/api/v1/users/\(officer.id!)/email", json: ["email": "canbo.stc@stc.example"])
            #expect(set.json["email"] as? String == "canbo.stc@stc.example")
            #expect(
                try await admin.send(.PUT, "/api/v1/users/\(officer.id!)/email", json: ["email": "sai dia chi"]).status
                    == .unprocessableEntity)
        }
    }
}
