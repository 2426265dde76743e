import DieuHanhCore
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// The meeting pages drawn from their models alone.
@Suite("Meeting views")
struct MeetingViewTests {
    func meeting(notice: UUID? = nil) -> Meeting {
        let m = Meeting()
        m.id = UUID()
        (m.kind, m.title, m.searchText, m.heldOn, m.startTime) = ("hoi_nghi", "Hội nghị kiểm điểm", "", "2026-01-06", "08:00")
        (m.place, m.onlinePoints, m.chairName, m.chairTitle) = ("Hội trường", "", "Lâm Minh Thành", "Chủ tịch UBND tỉnh")
        (m.discussed, m.notes, m.noticeDocumentID, m.recordedOn, m.version) = ("", "", notice, "2026-01-06", 1)
        return m
    }

    @Test func aMeetingWithoutNoticeOffersTheOfficeToEnterIt() {
        // setup
        let m = meeting()
        let absent = MeetingAttendee()
        (absent.meetingID, absent.position, absent.attendance) = (m.id!, 0, "absent")
        (absent.name, absent.title, absent.detail) = ("Nguyễn Lưu Trung", "Phó Chủ tịch UBND tỉnh", "đi công tác")
        let model = MeetingPage.Model(
            details: MeetingDetails(meeting: m, attendees: [absent], unitIDs: [], documents: []), unitNames: [],
            notice: nil, tasks: [], canManage: true)
        // act
        let html = ViewTesting.html(MeetingPage.response(ViewTesting.context(), model: model))
        // check
        #expect(html.contains("href=\"/tasks/new?meeting=\(m.id!)\""))
        #expect(html.contains("Vắng (1)") && html.contains("Tham dự (0)") && html.contains("Chưa nhập thông báo kết luận."))
        #expect(html.contains("06/01/2026, 08:00"))
    }

    @Test func aCancelledTaskOfTheNoticeSaysSo() {
        let m = meeting(notice: UUID())
        let task = TaskItem()
        (task.id, task.content, task.deadline) = (UUID(), "Kiểm tra, đôn đốc phòng, chống thiên tai", "2026-05-10")
        let notice = Document()
        (notice.id, notice.notation, notice.number, notice.year, notice.typeCode) = (
            m.noticeDocumentID, "36/TB-VP", 36, 2026, "TB"
        )
        (notice.issuedOn, notice.summary, notice.searchText) = ("2026-03-11", "Kết luận hội nghị", "")
        let model = MeetingPage.Model(
            details: MeetingDetails(meeting: m, attendees: [], unitIDs: [], documents: []), unitNames: [], notice: notice,
            tasks: [(task: task, snapshot: nil, lead: "Sở Tư pháp")], canManage: false)
        let html = ViewTesting.html(MeetingPage.response(ViewTesting.context(), model: model))
        #expect(html.contains(#"<td><span class="tag tag-neutral">Hủy / rút</span></td>"#))
    }

    @Test func anEmptyPeriodSaysWhatToDoNext() {
        // setup
        let (parsed, _) = MeetingQuery.parse(.init(), today: ViewTesting.today, t: Localizer(language: .vi))
        let model = MeetingsListPage.Model(
            filter: .init(), parsed: parsed, errors: [], page: ResultPage(items: [], total: 0, page: 1, per: 50),
            canManage: false)
        // act
        let html = ViewTesting.html(MeetingsListPage.response(ViewTesting.context(.viewer), model: model))
        // check
        #expect(html.contains("Chưa có cuộc họp nào trong thời gian này"))
        #expect(html.contains("01/01/2026") && html.contains("31/12/2026"))
        #expect(!html.contains("href=\"/meetings/new\""))
    }
}
