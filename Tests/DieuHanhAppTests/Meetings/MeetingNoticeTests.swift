import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// A meeting's conclusion notice, entered with the document form from the meeting's page, and its tasks.
@Suite("Meetings: the conclusion notice")
struct MeetingNoticeTests {
    func notice(_ s: MeetingSetup, meeting: Meeting, notation: String = "13/TB-VP") -> [String: String] {
        [
            "rows": "1", "meeting": meeting.id!.uuidString, "notation": notation, "issued_on": "03/11/2026",
            "assigner_id": s.p.ubnd.id!.uuidString, "summary": "Kết luận tại hội nghị",
            "content_0": "Rà soát các chỉ tiêu không đạt kế hoạch", "lead_0": s.p.snv.id!.uuidString,
            "deadline_0": "31/12/2026",
        ]
    }

    @Test func aNoticeEnteredFromTheMeetingIsLinkedAndItsTasksListed() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            let meeting = try await makeMeeting(app, "Hội nghị kiểm điểm năm 2026", kind: .conference, heldOn: "2026-10-31")
            // act
            let form = try await s.office.get("/tasks/new?meeting=\(meeting.id!)").body.string
            let saved = try await s.office.post("/tasks", notice(s, meeting: meeting))
            // check
            #expect(form.contains("Thông báo kết luận của cuộc họp: Hội nghị kiểm điểm năm 2026"))
            #expect(form.contains("name=\"meeting\""))
            #expect(saved.status == .seeOther, "\(saved.body.string.prefix(2000))")
            let linked = try #require(try await Meeting.find(meeting.id, on: app.db))
            let document = try #require(try await Document.query(on: app.db).filter(\.$notation == "13/TB-VP").first())
            #expect(linked.noticeDocumentID == document.id && linked.version == 2)
            let page = try await s.leader.get("/meetings/\(meeting.id!)").body.string
            #expect(page.contains("13/TB-VP") && page.contains("Rà soát các chỉ tiêu không đạt kế hoạch"))
            #expect(page.contains("Nhiệm vụ theo thông báo kết luận (1)"))
        }
    }

    @Test func oneDocumentConcludesOneMeetingOnly() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            let first = try await makeMeeting(app, "Phiên họp thường kỳ tháng 10", heldOn: "2026-10-05")
            let second = try await makeMeeting(app, "Phiên họp thường kỳ tháng 11", heldOn: "2026-11-02")
            try await s.office.get("/tasks/new?meeting=\(first.id!)")
            _ = try await s.office.post("/tasks", notice(s, meeting: first))
            // act: the same notice again, for the other meeting
            try await s.office.get("/tasks/new?meeting=\(second.id!)")
            let refused = try await s.office.post("/tasks", notice(s, meeting: second))
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("đã là thông báo kết luận của cuộc họp “Phiên họp thường kỳ tháng 10”"))
            #expect(try await Meeting.find(second.id, on: app.db)?.noticeDocumentID == nil)
            // Nothing of the refused entry stays: the first notice still has its one task.
            #expect(try await TaskItem.query(on: app.db).count() == 1)
        }
    }

    @Test func aNoticeMustBeOfTypeTB() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            let meeting = try await makeMeeting(app, "Buổi làm việc với Sở Nội vụ", kind: .workingSession, heldOn: "2026-10-05")
            try await s.office.get("/tasks/new?meeting=\(meeting.id!)")
            // act
            let refused = try await s.office.post("/tasks", notice(s, meeting: meeting, notation: "15/KH-UBND"))
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("không phải thông báo (TB)"))
            #expect(try await Document.query(on: app.db).count() == 0)
        }
    }
}
