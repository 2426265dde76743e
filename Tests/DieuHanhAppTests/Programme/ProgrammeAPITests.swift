import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The work programme over JSON: entry, items as of a date, steps, and the errors of bad input.
@Suite("Work programme API")
struct ProgrammeAPITests {
    @Test func enterAnItemTakeStepsAndReadItBack() async throws {
        try await withTestApp { app in
            // setup
            _ = try await SmallProvince.make(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            try await makeUser(app, "lanhdao", role: .leader)
            let office = try await APIClient.signIn(app, "vanphong")
            let leader = try await APIClient.signIn(app, "lanhdao")
            let officer = try await APIClient.signIn(app, "canbo.snv")
            // act: the office enters an item, the unit asks to postpone it, a leader approves
            let created = try await office.send(
                .POST, "/api/v1/programme/items",
                json: [
                    "ma": "CT-API-1", "title": "Đề án chuyển đổi số ngành nội vụ", "lead_unit": "SNV", "body": "hdnd",
                    "planned_month": "2026-11",
                ])
            #expect(created.status == .created)
            let item = try #require(created.json["item"] as? [String: Any])
            let id = try #require(item["id"] as? String)
            #expect(
                item["kind"] as? String == "de_an" && item["body"] as? String == "HDND"
                    && item["status"] as? String == "due_this_month")
            #expect(
                created.json["actions"] as? [String]
                    == ["submit", "issue", "request_postponement", "request_withdrawal"]
                    .filter { $0 != "issue" })
            let asked = try await officer.send(
                .POST, "/api/v1/programme/items/\(id)/events",
                json: [
                    "action": "request_postponement", "month": "2027-01", "note": "Chờ hướng dẫn", "version": 1,
                ])
            #expect(asked.status == .created)
            #expect(asked.json["new_month"] as? String == "2027-01")
            let stale = try await leader.send(
                .POST, "/api/v1/programme/items/\(id)/events", json: ["action": "approve_postponement", "version": 1])
            #expect(stale.status == .conflict && stale.errorCode == "conflict")
            let notYours = try await officer.send(
                .POST, "/api/v1/programme/items/\(id)/events", json: ["action": "approve_postponement"])
            #expect(notYours.status == .forbidden)
            let approved = try await leader.send(
                .POST, "/api/v1/programme/items/\(id)/events", json: ["action": "approve_postponement", "version": 2])
            #expect(approved.status == .created)
            // check
            let detail = try await office.send(.GET, "/api/v1/programme/items/\(id)")
            let read = try #require(detail.json["item"] as? [String: Any])
            #expect(read["planned_month"] as? String == "2026-11" && read["current_month"] as? String == "2027-01")
            #expect(read["status"] as? String == "not_yet_due" && read["version"] as? Int == 3)
            #expect(
                (detail.json["events"] as? [[String: Any]])?.map { $0["kind"] as? String } == [
                    "postponement_requested", "postponement_approved",
                ])
            // As of before the approval the list still shows it due in November 2026.
            let list = try await office.send(.GET, "/api/v1/programme/items?year=2026&as_of=2026-11-21")
            #expect((list.json["items"] as? [[String: Any]])?.first?["current_month"] as? String == "2026-11")
            let search = try await office.send(.GET, "/api/v1/programme/items?year=2026&q=chuyen+doi+so")
            #expect(search.json["total"] as? Int == 1)
        }
    }

    @Test func badInputIsA4xxWithItsFields() async throws {
        try await withTestApp { app in
            _ = try await SmallProvince.make(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let office = try await APIClient.signIn(app, "vanphong")
            let officer = try await APIClient.signIn(app, "canbo.snv")
            let refused = try await office.send(
                .POST, "/api/v1/programme/items",
                json: [
                    "title": "", "lead_unit": "KHONGCO", "body": "QH", "planned_month": "2026/13", "origin": "bo_sung",
                ])
            #expect(refused.status == .unprocessableEntity)
            let fields = Set(
                ((refused.json["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap {
                    $0["field"] as? String
                })
            #expect(fields == ["title", "lead_unit_id", "body", "planned_month", "added_on"])
            #expect(try await officer.send(.POST, "/api/v1/programme/items", json: ["title": "x"]).status == .forbidden)
            let created = try await office.send(
                .POST, "/api/v1/programme/items",
                json: [
                    "title": "Báo cáo A", "lead_unit": "SNV", "body": "UBND", "planned_month": "2026-11",
                ])
            let id = try #require((created.json["item"] as? [String: Any])?["id"] as? String)
            let unknown = try await office.send(.POST, "/api/v1/programme/items/\(id)/events", json: ["action": "publish"])
            #expect(unknown.status == .unprocessableEntity)
            let early = try await office.send(
                .POST, "/api/v1/programme/items/\(id)/events", json: ["action": "submit", "date": "2025-12-31"])
            #expect(early.status == .unprocessableEntity)
            #expect(
                (early.json["error"] as? [String: Any])?["message"] as? String
                    == "Dữ liệu chưa hợp lệ: Ngày trình (31/12/2025) trước ngày nội dung có trong chương trình (01/01/2026).")
            #expect(try await office.send(.GET, "/api/v1/programme/items/\(UUID())").status == .notFound)
            #expect(try await office.send(.GET, "/api/v1/programme/items?status=done").status == .unprocessableEntity)
        }
    }
}
