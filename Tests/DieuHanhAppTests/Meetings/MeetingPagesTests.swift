import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Meetings in the browser: entry and editing by the office, the attendance as seed 004 tells it, who may write.
@Suite("Meetings in the browser")
struct MeetingPagesTests {
    @Test func theOfficeEntersAMeetingAndSeesItsAttendanceGrouped() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            try await s.office.get("/meetings/new")
            // act
            let response = try await s.office.post("/meetings", s.conferenceForm())
            // check
            #expect(response.status == .seeOther, "\(response.body.string.prefix(2000))")
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            #expect(meeting.kind == "hoi_nghi" && meeting.heldOn == "2026-10-31" && meeting.startTime == "08:00")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "meeting").count() == 1)
            let page = try await s.leader.get("/meetings/\(meeting.id!)").body.string
            #expect(page.contains("Chủ trì") && page.contains("Lâm Minh Thành"))
            #expect(page.contains("Tham dự (2)") && page.contains("Vắng (1)"))
            #expect(page.contains("Nguyễn Lưu Trung — Phó Chủ tịch UBND tỉnh (lý do: đi công tác)"))
            #expect(page.contains("cử Hồ Minh Hải dự thay"))
            #expect(page.contains("Sở Nội vụ"))
            // A leader reads but is not offered the office's actions.
            #expect(!page.contains("Nhập thông báo kết luận"))
            #expect(try await s.office.get("/meetings/\(meeting.id!)").body.string.contains("Nhập thông báo kết luận"))
        }
    }

    @Test func aBadFieldKeepsWhatWasTyped() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            try await s.office.get("/meetings/new")
            var form = s.conferenceForm()
            form["held_on"] = "31/02/2026"
            form["chair_name"] = ""
            form["documents"] = "999/BC-UBND"
            // act
            let response = try await s.office.post("/meetings", form)
            // check
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Nhập người chủ trì."))
            #expect(html.contains("Không tìm thấy văn bản “999/BC-UBND”"))
            #expect(html.contains("31/02/2026"))
            #expect(html.contains("Nguyễn Lưu Trung — Phó Chủ tịch UBND tỉnh — đi công tác"))
            #expect(try await Meeting.query(on: app.db).count() == 0)
        }
    }

    @Test func editingAStaleFormIsAConflictThatKeepsWhatWasTyped() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            try await s.office.get("/meetings/new")
            _ = try await s.office.post("/meetings", s.conferenceForm())
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            try await s.office.get("/meetings/\(meeting.id!)/edit")
            var form = s.conferenceForm(title: "Hội nghị sơ kết 6 tháng")
            form["version"] = "1"
            let first = try await s.office.post("/meetings/\(meeting.id!)", form)
            #expect(first.status == .seeOther)
            // act: a second edit made on the same version
            form["title"] = "Hội nghị của người thứ hai"
            let second = try await s.office.post("/meetings/\(meeting.id!)", form)
            // check
            #expect(second.status == .conflict)
            #expect(second.body.string.contains("Hội nghị của người thứ hai"))
            let saved = try #require(try await Meeting.find(meeting.id, on: app.db))
            #expect(saved.title == "Hội nghị sơ kết 6 tháng" && saved.version == 2)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "meeting").count() == 2)
        }
    }

    @Test func aUnitOfficerReadsButCannotEnterMeetings() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            try await makeMeeting(app, "Phiên họp thường kỳ tháng 10", heldOn: "2026-10-05")
            // act
            let list = try await s.officer.get("/meetings")
            let form = try await s.officer.get("/meetings/new")
            let post = try await s.officer.post("/meetings", s.conferenceForm())
            // check
            #expect(list.status == .ok && list.body.string.contains("Phiên họp thường kỳ tháng 10"))
            #expect(list.body.string.contains("href=\"/meetings\""))  // the navigation
            #expect(!list.body.string.contains("Thêm cuộc họp"))
            #expect(form.status == .forbidden)
            #expect(post.status == .forbidden)
            #expect(try await Meeting.query(on: app.db).count() == 1)
        }
    }

    @Test func theListFiltersByPeriodKindAndTextAndPages() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            try await makeMeeting(app, "Phiên họp thường kỳ tháng 9", heldOn: "2026-09-28")
            try await makeMeeting(app, "Hội nghị xúc tiến đầu tư", kind: .conference, heldOn: "2026-06-10")
            try await makeMeeting(app, "Phiên họp thường kỳ tháng 12 năm 2025", heldOn: "2025-12-29")
            // act
            let year = try await s.leader.get("/meetings").body.string
            let byKind = try await s.leader.get("/meetings?kind=hoi_nghi").body.string
            let search = try await s.leader.get("/meetings?q=xuc+tien+dau+tu").body.string
            let lastYear = try await s.leader.get("/meetings?from=01/12/2025&to=31/12/2025").body.string
            let empty = try await s.office.get("/meetings?q=khong+co+gi")
            let bad = try await s.leader.get("/meetings?from=32/01/2026")
            // check
            #expect(year.contains("2 cuộc họp") && !year.contains("tháng 12 năm 2025"))
            #expect(byKind.contains("Hội nghị xúc tiến đầu tư") && !byKind.contains("tháng 9"))
            #expect(search.contains("Hội nghị xúc tiến đầu tư") && search.contains("1 cuộc họp"))
            #expect(lastYear.contains("tháng 12 năm 2025") && lastYear.contains("1 cuộc họp"))
            #expect(empty.body.string.contains("Chưa có cuộc họp nào") && empty.body.string.contains("Thêm cuộc họp"))
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func theListPagesFiftyAtATime() async throws {
        try await withTestApp { app in
            // setup
            let s = try await MeetingSetup.make(app)
            for i in 1...51 {
                try await makeMeeting(app, "Giao ban số \(i)", kind: .briefing, heldOn: "2026-03-01")
            }
            // act
            let second = try await s.leader.get("/meetings?page=2").body.string
            // check
            #expect(second.contains("51 cuộc họp"))
            #expect(second.components(separatedBy: "href=\"/meetings/").count - 1 == 1)
            #expect(second.contains("rel=\"prev\""))
        }
    }
}
