import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Meetings over JSON: the period's list and the counts by kind as of a cut-off.
@Suite("Meetings API")
struct MeetingsAPITests {
    @Test func listsThePeriodsMeetingsAPageAtATime() async throws {
        try await withTestApp { app in
            // setup
            _ = try await SmallProvince.make(app)
            let officer = try await APIClient.signIn(app, "canbo.snv")
            try await makeMeeting(app, "Phiên họp thường kỳ tháng 9", heldOn: "2026-09-28")
            try await makeMeeting(app, "Hội nghị xúc tiến đầu tư", kind: .conference, heldOn: "2026-06-10")
            try await makeMeeting(app, "Phiên họp năm trước", heldOn: "2025-12-29")
            // act
            let page = try await officer.send(.GET, "/api/v1/meetings?from=2026-01-01&to=2026-12-31&per=1&page=2")
            let bad = try await officer.send(.GET, "/api/v1/meetings?from=hom-qua")
            // check
            #expect(page.status == .ok)
            #expect(page.json["total"] as? Int == 2 && page.json["page"] as? Int == 2 && page.json["per"] as? Int == 1)
            let items = try #require(page.json["items"] as? [[String: Any]])
            #expect(items.map { $0["title"] as? String } == ["Hội nghị xúc tiến đầu tư"])
            #expect(items.first?["kind"] as? String == "hoi_nghi" && items.first?["held_on"] as? String == "2026-06-10")
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func countsByKindAsOfACutOff() async throws {
        try await withTestApp { app in
            // setup
            _ = try await SmallProvince.make(app)
            try await makeUser(app, "xem", role: .viewer)
            let client = try await APIClient.signIn(app, "xem")
            let early = Date(timeIntervalSince1970: 1_780_000_000)  // 28/05/2026
            try await makeMeeting(app, "Phiên họp thường kỳ tháng 3", heldOn: "2026-03-30", now: early)
            try await makeMeeting(app, "Phiên họp chuyên đề", kind: .thematic, heldOn: "2026-04-15", now: early)
            try await makeMeeting(app, "Giao ban tháng 5", kind: .briefing, heldOn: "2026-05-04")  // entered 22/11
            // act
            let asOfJune = try await client.send(.GET, "/api/v1/stats/meetings?from=2026-01-01&to=2026-06-30&as_of=2026-06-30")
            let today = try await client.send(.GET, "/api/v1/stats/meetings?from=2026-01-01&to=2026-06-30")
            // check
            #expect(asOfJune.status == .ok)
            #expect(asOfJune.json["from"] as? String == "2026-01-01" && asOfJune.json["as_of"] as? String == "2026-06-30")
            #expect(asOfJune.json["total"] as? Int == 2)
            let byKind = try #require(asOfJune.json["by_kind"] as? [String: Int])
            #expect(byKind["thuong_ky"] == 1 && byKind["chuyen_de"] == 1 && byKind["giao_ban"] == 0)
            #expect(byKind.count == MeetingKind.allCases.count)
            #expect(today.json["total"] as? Int == 3 && today.json["as_of"] as? String == "2026-11-22")
        }
    }
}
