import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import DieuHanhApp

/// Seed 000 in the browser: the office asks every department and district for its 2020 review by 23/10/2020
/// (letter 4049/UBND-TH of Monday 19/10/2020), units send, the office returns one, watches the grid, downloads
/// everything as one ZIP.
@Suite("Reports from units in the browser")
struct ReportingPagesTests {
    /// Monday 19/10/2020, 09:00 in Vietnam.
    static let letterDay = Date(timeIntervalSince1970: 1_603_072_800)

    struct Setup {
        let p: SmallProvince
        let district: OrgUnit
        let office: Browser
        let clock: TestClock
    }

    func setUp(_ app: Application, clock: TestClock) async throws -> Setup {
        let p = try await SmallProvince.make(app)
        let district = try await makeUnit(app, "H-DT", "Ủy ban nhân dân huyện Đại Từ", kind: .district, parent: p.ubnd)
        try await makeUnit(app, "VP", "Văn phòng Ủy ban nhân dân tỉnh", kind: .office, parent: p.ubnd)
        try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
        try await makeUser(app, "lanhdao", role: .leader, unit: p.ubnd)
        try await makeUser(app, "canbo.stc", role: .unitOfficer, unit: p.stc)
        try await makeUser(app, "canbo.huyen", role: .unitOfficer, unit: district)
        let office = Browser(app)
        try await office.signIn("vanphong")
        return Setup(p: p, district: district, office: office, clock: clock)
    }

    /// The office sends the letter's request to every department and the district.
    @discardableResult
    func sendLetter(_ s: Setup, deadline: String = "23/10/2020") async throws -> TestingHTTPResponse {
        try await s.office.get("/reports/requests/new")
        return try await s.office.postMultipart(
            "/reports/requests",
            [
                "kind": "ad_hoc", "title": "Báo cáo kiểm điểm công tác chỉ đạo, điều hành năm 2020",
                "notation": "Số: 4049/UBND-TH",
                "document_date": "19/10/2020", "period_label": "năm 2020", "deadline": deadline,
                "requester_id": s.p.ubnd.id!.uuidString, "recipient_kinds[]": "department",
                "recipient_units[]": s.district.id!.uuidString,
                "outline": "1. Tổng kết, kiểm điểm năm 2020\n2. Giai đoạn 2016-2020",
            ], files: [TestUpload(fileName: "Đề cương.docx", data: TestUpload.docx)])
    }

    func withClock(_ body: (Application, TestClock) async throws -> Void) async throws {
        let clock = TestClock(Self.letterDay)
        try await withTestApp(adjust: { config in config.now = { clock.now } }) { app in try await body(app, clock) }
    }

    func request(_ app: Application) async throws -> ReportRequest {
        try #require(try await ReportRequest.query(on: app.db).first())
    }

    @Test func theOfficeSendsARequestToAllDepartmentsAndADistrict() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            let sent = try await sendLetter(s)
            #expect(sent.status == .seeOther)
            let r = try await request(app)
            #expect(r.notation == "4049/UBND-TH")
            #expect(r.deadline == "2020-10-23")
            #expect(r.kind == "ad_hoc")
            let recipients = try await ReportRequestRecipient.query(on: app.db).filter(\.$requestID == r.id!).all().map(\.unitID)
            // SNV and STC are departments; CCVT (other) is not; the district was picked.
            #expect(Set(recipients) == [s.p.snv.id!, s.p.stc.id!, s.district.id!])
            let forms = try await Attachment.query(on: app.db).filter(\.$ownerKind == "report_request").all()
            #expect(forms.map(\.fileName) == ["Đề cương.docx"])
            let page = try await s.office.get("/reports/requests/\(r.id!)").body.string
            #expect(page.contains("Đã gửi yêu cầu báo cáo đến 3 đơn vị."))
            #expect(page.contains("23/10/2020"))
            #expect(page.contains("Đề cương.docx"))
            #expect(page.contains("Chưa gửi, còn hạn"))
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "report_request").count() == 1)
        }
    }

    @Test func badRequestsAreAllReportedAndNothingIsSaved() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await s.office.get("/reports/requests/new")
            let response = try await s.office.postMultipart(
                "/reports/requests",
                [
                    "kind": "ad_hoc", "title": "", "notation": "abc", "deadline": "ngày mai", "cut_off": "32/10/2020",
                ], files: [TestUpload(fileName: "mau.pdf", data: TestUpload.html)])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            for message in [
                "Vui lòng nhập tên báo cáo.", "Không đọc được số, ký hiệu “abc”", "Hạn gửi phải là ngày dd/mm/yyyy",
                "Ngày không hợp lệ", "Vui lòng chọn ít nhất một đơn vị", "Tệp “mau.pdf” không phải PDF",
            ] {
                #expect(html.contains(message), "\(message)")
            }
            #expect(try await ReportRequest.query(on: app.db).count() == 0)
            #expect(try await Attachment.query(on: app.db).count() == 0)
            #expect(AttachmentTests().filesOnDisk(app).isEmpty)
        }
    }

    @Test func unitsSendOnTimeLateOrNotAndTheGridShowsItAtAGlance() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await sendLetter(s)
            let r = try await request(app)
            // Wed 21/10: SNV sends a PDF and a written text.
            clock.advance(days: 2)
            let snv = Browser(app)
            try await snv.signIn("canbo.snv")
            let form = try await snv.get("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)").body.string
            #expect(form.contains(#"enctype="multipart/form-data""#))
            let sent = try await snv.postMultipart(
                "/reports/requests/\(r.id!)/units/\(s.p.snv.id!)/submit",
                ["text": "Sở Nội vụ báo cáo kết quả năm 2020.", "version": "0"],
                files: [TestUpload(fileName: "Báo cáo SNV.pdf", data: TestUpload.pdf)])
            #expect(sent.status == .seeOther)
            // The history names the person who sent it, not the account they signed in with.
            let snvName = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "canbo.snv").first())
                .fullName
            let sentPage = try await s.office.get("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)").body.string
            #expect(sentPage.contains("bởi \(snvName)") && !sentPage.contains("bởi canbo.snv"))
            // Mon 26/10: STC sends late; the district has sent nothing.
            clock.advance(days: 5)
            let stc = Browser(app)
            try await stc.signIn("canbo.stc")
            #expect(
                try await stc.postMultipart(
                    "/reports/requests/\(r.id!)/units/\(s.p.stc.id!)/submit",
                    ["text": "Báo cáo của Sở Tài chính."], files: []
                ).status == .seeOther)
            let grid = try await s.office.get("/reports/requests/\(r.id!)").body.string
            #expect(grid.contains("✓ Đã gửi đúng hạn"))
            #expect(grid.contains("✓ Đã gửi quá hạn (trễ 3 ngày)"))
            #expect(grid.contains("! Chưa gửi, quá hạn (trễ 3 ngày)"))
            #expect(grid.contains("66,7% (2/3)"))
            #expect(grid.contains("33,3% (1/3)"))
            // The missing district comes first.
            let districtAt = try #require(grid.range(of: "Ủy ban nhân dân huyện Đại Từ")?.lowerBound)
            let snvAt = try #require(grid.range(of: ">Sở Nội vụ<")?.lowerBound)
            #expect(districtAt < snvAt)
            #expect(grid.contains("Báo cáo SNV.pdf"))
            let missingOnly = try await s.office.get("/reports/requests/\(r.id!)?status=missing").body.string
            #expect(missingOnly.contains("Ủy ban nhân dân huyện Đại Từ"))
            #expect(!missingOnly.contains(">Sở Tài chính<"))
            let list = try await s.office.get("/reports/requests?q=kiem+diem").body.string
            #expect(list.contains("2/3 đã gửi"))
            #expect(list.contains("4049/UBND-TH"))
            let steps = try await AuditEntry.query(on: app.db).filter(\.$entity == "report_submission").count()
            #expect(steps == 2)
        }
    }

    @Test func aReturnAfterTheDeadlineMakesTheUnitMissingUntilItSendsAgainLate() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await sendLetter(s)
            let r = try await request(app)
            clock.advance(days: 2)
            let snv = Browser(app)
            try await snv.signIn("canbo.snv")
            try await snv.get("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)")
            try await snv.postMultipart("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)/submit", ["text": "Bản đầu"], files: [])
            // Tue 27/10: the office returns it.
            clock.advance(days: 6)
            let page = "/reports/requests/\(r.id!)/units/\(s.p.snv.id!)"
            try await s.office.get(page)
            let noReason = try await s.office.post(page + "/return", ["reason": "", "version": "1"])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.body.string.contains("Vui lòng nêu lý do trả lại."))
            #expect(try await s.office.post(page + "/return", ["reason": "Thiếu phụ biểu", "version": "1"]).status == .seeOther)
            let returned = try await s.office.get(page).body.string
            #expect(returned.contains("! Chưa gửi, quá hạn (trễ 4 ngày) · đã bị trả lại"))
            #expect(returned.contains("Lý do: Thiếu phụ biểu"))
            // Wed 28/10: sent again, late.
            clock.advance(days: 1)
            try await snv.get(page)
            try await snv.postMultipart(page + "/submit", ["text": "Bản bổ sung phụ biểu", "version": "2"], files: [])
            let again = try await snv.get(page).body.string
            #expect(again.contains("✓ Đã gửi quá hạn (trễ 5 ngày)"))
            #expect(again.contains("Bản bổ sung phụ biểu"))
        }
    }

    @Test func aReplacementIsAllowedUntilTheDeadlineOnly() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await sendLetter(s)
            let r = try await request(app)
            let page = "/reports/requests/\(r.id!)/units/\(s.p.snv.id!)"
            let snv = Browser(app)
            try await snv.signIn("canbo.snv")
            clock.advance(days: 1)
            try await snv.get(page)
            try await snv.postMultipart(page + "/submit", ["text": "Bản 1"], files: [])
            // Friday 23/10, the deadline day: replacing keeps it on time, dated 20/10.
            clock.advance(days: 3)
            let form = try await snv.get(page).body.string
            #expect(form.contains("Thay thế báo cáo đã gửi"))
            #expect(
                try await snv.postMultipart(page + "/submit", ["text": "Bản 2", "version": "1"], files: []).status == .seeOther)
            let status = try #require(
                try await ReportProgress.one(
                    r, unitID: s.p.snv.id!, asOf: CivilDate(year: 2020, month: 12, day: 1)!,
                    on: app.db))
            #expect(status.status == .submittedOnTime)
            #expect(status.snapshot?.submittedOn == CivilDate(year: 2020, month: 10, day: 20))
            #expect(status.version?.text == "Bản 2")
            // A stale form gets a conflict.
            #expect(
                try await snv.postMultipart(page + "/submit", ["text": "Bản cũ", "version": "1"], files: []).status == .conflict)
            // After the deadline only a return reopens it.
            clock.advance(days: 1)
            let after = try await snv.get(page).body.string
            #expect(after.contains("đã quá hạn nên không thể thay thế"))
            #expect(try await snv.postMultipart(page + "/submit", ["text": "Bản 3"], files: []).status == .conflict)
        }
    }

    @Test func aFailedUploadLeavesNoFileAndNoStep() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await sendLetter(s)
            let r = try await request(app)
            let page = "/reports/requests/\(r.id!)/units/\(s.p.snv.id!)"
            let snv = Browser(app)
            try await snv.signIn("canbo.snv")
            try await snv.get(page)
            let disguised = try await snv.postMultipart(
                page + "/submit", ["text": "x"],
                files: [
                    TestUpload(fileName: "bao-cao.pdf", data: TestUpload.html),
                    TestUpload(fileName: "ok.pdf", data: TestUpload.pdf),
                ])
            #expect(disguised.status == .unprocessableEntity)
            #expect(disguised.body.string.contains("Tệp “bao-cao.pdf” không phải PDF"))
            // A stale version is refused inside the transaction, after the file was written: it is removed again.
            let stale = try await snv.postMultipart(
                page + "/submit", ["text": "x", "version": "7"],
                files: [TestUpload(fileName: "ok.pdf", data: TestUpload.pdf)])
            #expect(stale.status == .conflict)
            let nothing = try await snv.postMultipart(page + "/submit", ["text": "  "], files: [])
            #expect(nothing.status == .unprocessableEntity)
            #expect(nothing.body.string.contains("Vui lòng nhập nội dung báo cáo hoặc đính kèm ít nhất một tệp."))
            #expect(try await ReportSubmissionRecord.query(on: app.db).count() == 0)
            #expect(try await Attachment.query(on: app.db).filter(\.$ownerKind == "report_submission").count() == 0)
            // Only the request's form is on disk.
            #expect(AttachmentTests().filesOnDisk(app).count == 1)
        }
    }

    @Test func unitsSeeOnlyTheirOwnAndCannotActForOthers() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await sendLetter(s)
            let r = try await request(app)
            let snv = Browser(app)
            try await snv.signIn("canbo.snv")
            try await snv.get("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)")
            try await snv.postMultipart(
                "/reports/requests/\(r.id!)/units/\(s.p.snv.id!)/submit", ["text": "SNV"],
                files: [TestUpload(fileName: "snv.pdf", data: TestUpload.pdf)])
            let file = try #require(try await Attachment.query(on: app.db).filter(\.$ownerKind == "report_submission").first())
            let stc = Browser(app)
            try await stc.signIn("canbo.stc")
            #expect(try await stc.get("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)").status == .notFound)
            #expect(try await stc.get("/attachments/\(file.id!)").status == .notFound)
            #expect(
                try await stc.postMultipart("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)/submit", ["text": "x"], files: [])
                    .status == .notFound)
            #expect(
                try await stc.post("/reports/requests/\(r.id!)/units/\(s.p.stc.id!)/return", ["reason": "x"]).status == .forbidden
            )
            #expect(try await stc.get("/reports/requests/new").status == .forbidden)
            #expect(try await stc.get("/reports/requests/\(r.id!)/submissions.zip").status == .forbidden)
            // STC's grid holds STC only; the request's form is readable.
            let own = try await stc.get("/reports/requests/\(r.id!)").body.string
            #expect(own.contains(">Sở Tài chính<"))
            #expect(!own.contains(">Sở Nội vụ<"))
            let form = try #require(try await Attachment.query(on: app.db).filter(\.$ownerKind == "report_request").first())
            #expect(try await stc.get("/attachments/\(form.id!)").status == .ok)
            // A leader reads everything and sends nothing.
            let leader = Browser(app)
            try await leader.signIn("lanhdao")
            #expect(try await leader.get("/attachments/\(file.id!)").status == .ok)
            try await leader.get("/reports/requests/\(r.id!)/units/\(s.p.stc.id!)")
            #expect(
                try await leader.postMultipart("/reports/requests/\(r.id!)/units/\(s.p.stc.id!)/submit", ["text": "x"], files: [])
                    .status == .forbidden)
            // A request addressed elsewhere does not exist for the unit.
            let other = try await makeUnit(app, "SYT", "Sở Y tế", parent: s.p.ubnd)
            try await makeUser(app, "canbo.syt", role: .unitOfficer, unit: other)
            let health = Browser(app)
            try await health.signIn("canbo.syt")
            #expect(try await health.get("/reports/requests/\(r.id!)").status == .notFound)
            #expect(try await health.get("/reports/requests").body.string.contains("Chưa có yêu cầu báo cáo nào gửi đơn vị"))
        }
    }

    @Test func theConsolidationZIPHasAFolderPerUnitWithTheOriginalNames() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await sendLetter(s)
            let r = try await request(app)
            clock.advance(days: 1)
            let snv = Browser(app)
            try await snv.signIn("canbo.snv")
            try await snv.get("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)")
            try await snv.postMultipart(
                "/reports/requests/\(r.id!)/units/\(s.p.snv.id!)/submit",
                ["text": "Nội dung viết tay của Sở Nội vụ"],
                files: [
                    TestUpload(fileName: "Báo cáo.pdf", data: TestUpload.pdf),
                    TestUpload(fileName: "Báo cáo.pdf", data: TestUpload.pdf),
                    TestUpload(fileName: "Phụ biểu.docx", data: TestUpload.docx),
                ])
            let download = try await s.office.get("/reports/requests/\(r.id!)/submissions.zip")
            #expect(download.status == .ok)
            #expect(download.headers.contentType?.description == "application/zip")
            #expect((download.headers.first(name: .contentDisposition) ?? "").contains("filename*=UTF-8''"))
            let archive = try Archive(data: Data(buffer: download.body), accessMode: .read)
            let names = Set(archive.map(\.path))
            #expect(
                names == [
                    "SNV - Sở Nội vụ/Báo cáo.pdf", "SNV - Sở Nội vụ/Báo cáo (2).pdf", "SNV - Sở Nội vụ/Phụ biểu.docx",
                    "SNV - Sở Nội vụ/Nội dung báo cáo.txt", "Danh sách đơn vị.csv",
                ])
            var text = Data()
            _ = try archive.extract(try #require(archive["SNV - Sở Nội vụ/Nội dung báo cáo.txt"])) { text.append($0) }
            #expect(String(decoding: text, as: UTF8.self).contains("Nội dung viết tay của Sở Nội vụ"))
            var pdf = Data()
            _ = try archive.extract(try #require(archive["SNV - Sở Nội vụ/Báo cáo.pdf"])) { pdf.append($0) }
            #expect(pdf == TestUpload.pdf)
            var index = Data()
            _ = try archive.extract(try #require(archive["Danh sách đơn vị.csv"])) { index.append($0) }
            let csv = String(decoding: index, as: UTF8.self)
            #expect(csv.contains("H-DT,Ủy ban nhân dân huyện Đại Từ,\"Chưa gửi, còn hạn\""))
            #expect(csv.contains("SNV,Sở Nội vụ,Đã gửi đúng hạn,20/10/2020"))
        }
    }

    @Test func theOfficeRemindsAndTheUnitSeesItInItsInbox() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await sendLetter(s)
            let r = try await request(app)
            // Thu 22/10: due within 3 working days.
            clock.advance(days: 3)
            let district = Browser(app)
            try await district.signIn("canbo.huyen")
            let inbox = try await district.get("/inbox").body.string
            #expect(inbox.contains("Báo cáo phải gửi (1)"))
            #expect(inbox.contains("◷ Chưa gửi, còn hạn · Sắp đến hạn"))
            let page = try await s.office.get("/reports/requests/\(r.id!)").body.string
            #expect(page.contains("Nhắc các đơn vị chưa gửi"))
            #expect(try await s.office.post("/reports/requests/\(r.id!)/remind", [:]).status == .seeOther)
            #expect(try await s.office.get("/reports/requests/\(r.id!)").body.string.contains("Đã ghi nhắc nhở cho 3 đơn vị."))
            // Once a day per unit.
            try await s.office.post("/reports/requests/\(r.id!)/remind", [:])
            #expect(try await ReportReminder.query(on: app.db).count() == 3)
            let log = try await district.get("/reports/reminders").body.string
            #expect(log.contains("Văn phòng nhắc trực tiếp"))
            #expect(log.contains("Chỉ ghi nhận (chưa cấu hình máy chủ thư)"))
            #expect(!log.contains(">Sở Nội vụ<"))
            // Overdue: the inbox says so in colour and words.
            clock.advance(days: 4)
            #expect(try await district.get("/inbox").body.string.contains("! Chưa gửi, quá hạn (trễ 3 ngày)"))
        }
    }

    @Test func theYearlyRankingAndTheIndexLinkHere() async throws {
        try await withClock { app, clock in
            let s = try await setUp(app, clock: clock)
            try await sendLetter(s)
            let r = try await request(app)
            clock.advance(days: 1)
            let snv = Browser(app)
            try await snv.signIn("canbo.snv")
            try await snv.get("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)")
            try await snv.postMultipart("/reports/requests/\(r.id!)/units/\(s.p.snv.id!)/submit", ["text": "x"], files: [])
            clock.advance(days: 80)
            let ranking = try await s.office.get("/reports/scorecard?year=2020").body.string
            #expect(ranking.contains("1 yêu cầu, 3 báo cáo phải gửi trong năm 2020, tính đến ngày 31/12/2020."))
            #expect(ranking.contains("33,3% (1/3)"))
            let snvRow = try #require(ranking.range(of: ">Sở Nội vụ<")?.lowerBound)
            let stcRow = try #require(ranking.range(of: ">Sở Tài chính<")?.lowerBound)
            #expect(snvRow < stcRow)
            #expect(try await s.office.get("/reports").body.string.contains(#"href="/reports/requests""#))
            let empty = try await s.office.get("/reports/scorecard?year=2019").body.string
            #expect(empty.contains("Chưa có báo cáo nào đến hạn"))
        }
    }
}
