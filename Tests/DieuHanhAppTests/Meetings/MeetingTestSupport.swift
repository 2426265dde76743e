import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// A province with the office, a leader and a unit officer signed in, for the meetings' tests. The test clock
/// stands on 22/11/2026.
struct MeetingSetup {
    let p: SmallProvince
    let office: Browser
    let leader: Browser
    let officer: Browser

    static func make(_ app: Application) async throws -> MeetingSetup {
        let p = try await SmallProvince.make(app)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        try await makeUser(app, "lanhdao", role: .leader, unit: p.ubnd)
        let office = Browser(app)
        let leader = Browser(app)
        let officer = Browser(app)
        try await office.signIn("vanphong")
        try await leader.signIn("lanhdao")
        try await officer.signIn("canbo.snv")
        return MeetingSetup(p: p, office: office, leader: leader, officer: officer)
    }

    /// The form of seed 004's review conference, as the office types it.
    func conferenceForm(title: String = "Hội nghị kiểm điểm công tác chỉ đạo điều hành năm 2026") -> [String: String] {
        [
            "kind": "hoi_nghi", "title": title, "held_on": "31/10/2026", "start_time": "8h00",
            "place": "Hội trường UBND tỉnh", "online_points": "UBND các huyện, thành phố",
            "chair_name": "Lâm Minh Thành", "chair_title": "Chủ tịch UBND tỉnh",
            "present": "Nguyễn Đức Chính — Phó Chủ tịch UBND tỉnh\nLãnh đạo Hội đồng nhân dân tỉnh",
            "absent": "Nguyễn Lưu Trung — Phó Chủ tịch UBND tỉnh — đi công tác",
            "deputy": "Giám đốc Sở Nội vụ — thành viên UBND tỉnh — Hồ Minh Hải",
            "unit_\(p.snv.id!)": "on", "discussed": "Dự thảo Báo cáo kiểm điểm công tác chỉ đạo điều hành",
        ]
    }
}

/// Saves a meeting straight through the service, for tests about lists and counts.
@discardableResult
func makeMeeting(
    _ app: Application, _ title: String, kind: MeetingKind = .regular, heldOn: String, now: Date = testNow
) async throws -> Meeting {
    var draft = MeetingDraft()
    draft.kind = kind
    draft.title = title
    draft.heldOn = CivilDate.parse(heldOn)
    draft.chairName = "Lâm Minh Thành"
    let finished = draft
    return try await app.write { db in
        try await MeetingService.create(finished, documents: [], actor: .commandLine, now: now, on: db)
    }
}
