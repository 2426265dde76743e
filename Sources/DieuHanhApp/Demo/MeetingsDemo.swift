import DieuHanhCore
import Fluent
import Vapor

/// A few meetings of 2026 for the demo, among them a review conference with seed 004's attendance (Kiên Giang,
/// notice 13/TB-VP: who chaired, who was away, who sent a deputy). Idempotent: a meeting already there (same title
/// and day) is left as it is.
enum MeetingsDemo {
    struct Item {
        var kind: MeetingKind
        var title: String
        var heldOn: String
        var place: String
        var present: String = ""
        var absent: String = ""
        var deputy: String = ""
        var discussed: String = ""
        var online: String = ""
    }

    static let review = Item(
        kind: .conference, title: "Hội nghị kiểm điểm công tác chỉ đạo điều hành của Ủy ban nhân dân tỉnh năm 2025",
        heldOn: "2026-01-06", place: "Hội trường Ủy ban nhân dân tỉnh",
        present: """
            Nguyễn Đức Chính — Phó Chủ tịch UBND tỉnh
            Lãnh đạo Hội đồng nhân dân tỉnh
            Lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
            Giám đốc, Thủ trưởng các sở, ban, ngành
            """,
        absent: "Nguyễn Lưu Trung — Phó Chủ tịch UBND tỉnh — đi công tác",
        deputy: """
            Giám đốc Sở Nội vụ — thành viên UBND tỉnh — Hồ Minh Hải
            Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh — thành viên UBND tỉnh — Võ Thanh Bình
            """,
        discussed: "Dự thảo Báo cáo kiểm điểm công tác chỉ đạo điều hành của Ủy ban nhân dân tỉnh năm 2025",
        online: "Văn phòng Hội đồng nhân dân tỉnh\nỦy ban nhân dân các xã, phường")

    static let others = [
        Item(kind: .regular, title: "Phiên họp thường kỳ tháng 3 năm 2026", heldOn: "2026-03-31", place: "Phòng họp số 1"),
        Item(
            kind: .thematic, title: "Phiên họp chuyên đề về giải ngân vốn đầu tư công", heldOn: "2026-05-12",
            place: "Phòng họp số 1"),
        Item(kind: .briefing, title: "Giao ban lãnh đạo UBND tỉnh tháng 8", heldOn: "2026-08-03", place: "Phòng họp số 2"),
        Item(
            kind: .workingSession, title: "Buổi làm việc với Sở Nội vụ về sắp xếp đơn vị hành chính", heldOn: "2026-09-15",
            place: "Sở Nội vụ"),
    ]

    /// The meetings held by `today`; returns how many were added.
    static func load(_ app: Application, today: CivilDate) async throws -> Int {
        try await app.write { db in
            var added = 0
            for item in [review] + others {
                guard let held = CivilDate.parse(item.heldOn), held <= today else { continue }
                let existing = try await Meeting.query(on: db).filter(\.$title == item.title)
                    .filter(\.$heldOn == item.heldOn).first()
                let meeting: Meeting
                if let existing {
                    meeting = existing
                } else {
                    meeting = try await MeetingService.create(
                        draft(item, held), documents: [], actor: .commandLine, now: app.config.now(), on: db)
                    added += 1
                }
                if item.title == review.title { try await linkNotice(meeting, now: app.config.now(), on: db) }
            }
            return added
        }
    }

    private static func draft(_ item: Item, _ held: CivilDate) -> MeetingDraft {
        var draft = MeetingDraft()
        draft.kind = item.kind
        draft.title = item.title
        draft.heldOn = held
        draft.startTime = "08:00"
        draft.place = item.place
        draft.onlinePoints = item.online
        draft.chairName = "Lâm Minh Thành"
        draft.chairTitle = "Chủ tịch UBND tỉnh"
        draft.attendees =
            AttendeeLine.parse(item.present).map { (.present, $0) } + AttendeeLine.parse(item.absent).map { (.absent, $0) }
            + AttendeeLine.parse(item.deputy).map { (.deputy, $0) }
        draft.discussed = item.discussed
        return draft
    }

    /// The first demo notice of the office (TB-VP) issued after the conference and concluding no other meeting.
    private static func linkNotice(_ meeting: Meeting, now: Date, on db: Database) async throws {
        guard meeting.noticeDocumentID == nil else { return }
        let taken = Set(try await Meeting.query(on: db).all().compactMap(\.noticeDocumentID))
        let notices = try await Document.query(on: db).filter(\.$typeCode == "TB").filter(\.$issuedOn >= meeting.heldOn)
            .sort(\.$issuedOn).all()
        guard let notice = notices.first(where: { $0.notation.hasSuffix("/TB-VP") && !taken.contains($0.id!) }) else { return }
        try await MeetingService.link(
            notice: notice, to: meeting, actor: .commandLine, now: now, on: db, t: Localizer(language: .vi))
    }
}
