import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Writing the review report in the browser: starting a draft, saving a section, a conflict that keeps what was
/// typed, comments, the outline, issuing.
@Suite("Review report drafts in the browser")
struct ReviewDraftPagesTests {
    struct Signed {
        let office: Browser
        let leader: Browser
        let viewer: Browser
        let draftPath: String
    }

    func start(_ app: Application) async throws -> Signed {
        _ = try await DraftSetup.make(app)
        let office = Browser(app)
        let leader = Browser(app)
        let viewer = Browser(app)
        try await office.signIn("vanphong")
        try await leader.signIn("lanhdao")
        try await viewer.signIn("xem")
        try await office.get("/reports/review/drafts")
        let created = try await office.post(
            "/reports/review/drafts", ["from": "01/01/2020", "to": "30/06/2020", "as_of": "14/06/2020"])
        #expect(created.status == .seeOther, "\(created.body.string.prefix(1500))")
        let draft = try #require(try await ReviewDraft.query(on: app.db).first())
        return Signed(office: office, leader: leader, viewer: viewer, draftPath: "/reports/review/drafts/\(draft.id!)")
    }

    @Test func theOfficeStartsADraftAndBadDatesKeepWhatWasTyped() async throws {
        try await withTestApp { app in
            // setup
            let s = try await start(app)
            // act
            let refused = try await s.office.post(
                "/reports/review/drafts", ["from": "31/02/2020", "to": "30/06/2020", "as_of": ""])
            let again = try await s.office.post(
                "/reports/review/drafts", ["from": "01/01/2020", "to": "30/06/2020", "as_of": "14/06/2020"])
            let page = try await s.office.get(s.draftPath).body.string
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("31/02/2020") && refused.body.string.contains("tháng 2 năm 2020 chỉ có 29 ngày"))
            // The same period and cut-off opens the draft already being written.
            #expect(again.headers.first(name: .location) == s.draftPath)
            #expect(try await ReviewDraft.query(on: app.db).count() == 1)
            #expect(page.contains("I. KIỂM ĐIỂM CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH") && page.contains("IV. PHƯƠNG HƯỚNG"))
            #expect(page.contains("Chưa viết") && page.contains("Ban hành báo cáo"))
            // The figures as of the cut-off stand in their section of the sheet.
            #expect(page.contains("figure-text") && page.contains("Chính phủ, Thủ tướng Chính phủ"))
            let read = try await s.viewer.get(s.draftPath).body.string
            #expect(!read.contains("Ban hành báo cáo") && !read.contains("Sửa dàn ý"))
        }
    }

    @Test func aSectionIsSavedAndAStaleSaveComesBackWithBothTexts() async throws {
        try await withTestApp { app in
            // setup
            let s = try await start(app)
            let section = s.draftPath + "/sections/phuong-cham"
            let editor = try await s.office.get(section).body.string
            #expect(editor.contains("name=\"version\" value=\"1\""))
            // act
            let first = try await s.office.post(section, ["text": "Chủ động, quyết liệt, **sát thực tiễn**.", "version": "1"])
            let stale = try await s.office.post(section, ["text": "Bản của người thứ hai", "version": "1"])
            // check
            #expect(first.status == .seeOther)
            #expect(stale.status == .conflict)
            let html = stale.body.string
            #expect(html.contains("Bản của người thứ hai"), "what was typed is kept")
            #expect(html.contains("Chủ động, quyết liệt"), "the text saved meanwhile is shown")
            #expect(html.contains("name=\"version\" value=\"2\""), "saving again after reading is deliberate")
            let history = try await s.office.get(section + "/history").body.string
            #expect(history.contains("Người vanphong"))
            #expect(try await ReviewSectionVersion.query(on: app.db).count() == 1)
            #expect(try await AuditEntry.query(on: app.db).filter(\.$entity == "review_draft").count() == 2)
        }
    }

    @Test func leadersCommentAndTheOfficeResolves() async throws {
        try await withTestApp { app in
            // setup
            let s = try await start(app)
            let section = s.draftPath + "/sections/ton-tai"
            try await s.leader.get(section)
            try await s.viewer.get(section)
            // act
            let empty = try await s.leader.post(section + "/comments", ["comment": "  "])
            let sent = try await s.leader.post(section + "/comments", ["comment": "Nêu rõ nguyên nhân chủ quan."])
            let byViewer = try await s.viewer.post(section + "/comments", ["comment": "Tôi cũng muốn góp ý"])
            let byLeaderSave = try await s.leader.post(section, ["text": "Lãnh đạo tự sửa", "version": "1"])
            let overview = try await s.office.get(s.draftPath).body.string
            let comment = try #require(try await ReviewComment.query(on: app.db).first())
            try await s.office.get(section)
            let resolved = try await s.office.post(s.draftPath + "/comments/\(comment.id!)/resolve", [:])
            // check
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Hãy nhập nội dung góp ý."))
            #expect(sent.status == .seeOther)
            #expect(byViewer.status == .forbidden && byLeaderSave.status == .forbidden)
            #expect(overview.contains("1 góp ý chưa xử lý"))
            #expect(resolved.status == .seeOther)
            let after = try await s.office.get(section).body.string
            #expect(after.contains("Đã xử lý: Người vanphong"))
            #expect(try await ReviewComment.query(on: app.db).count() == 1)
        }
    }

    @Test func theOfficeReshapesTheOutlineAndKeepsItForTheNextReport() async throws {
        try await withTestApp { app in
            // setup
            let s = try await start(app)
            let outline = s.draftPath + "/outline"
            let form = try await s.office.get(outline).body.string
            #expect(form.contains("name=\"title_8\""))
            var fields: [String: String] = [
                "version": "1", "recipients": "- Văn phòng Chính phủ;\n- Lưu: VT, TH.", "as_default": "1",
            ]
            for (i, section) in ReviewOutline.governmentOffice.sections.enumerated() {
                fields["key_\(i)"] = section.key
                fields["title_\(i)"] = section.title
                fields["level_\(i)"] = String(section.level)
                fields["position_\(i)"] = String(i + 1)
            }
            fields["title_1"] = "Phương châm hành động năm 2020"
            fields["remove_7"] = "1"  // III. Đánh giá … của Chính phủ
            fields["position_8"] = "0"  // IV. first
            (fields["new_title"], fields["new_level"], fields["new_position"]) = ("Kiến nghị", "1", "10")
            // act
            var bad = fields
            bad["title_2"] = ""
            let refused = try await s.office.post(outline, bad)
            let saved = try await s.office.post(outline, fields)
            let page = try await s.office.get(s.draftPath).body.string
            let next = try await s.office.post(
                "/reports/review/drafts", ["from": "01/07/2020", "to": "31/12/2020", "as_of": "14/12/2020"])
            // check
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Mục thứ 3 chưa có tên."))
            #expect(refused.body.string.contains("Phương châm hành động năm 2020"))
            #expect(saved.status == .seeOther)
            let draft = try #require(try await ReviewDraft.query(on: app.db).sort(\.$createdAt).first())
            #expect(draft.outline.sections.first?.key == "phuong-huong")
            #expect(draft.outline.headings.first == "I. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP KỲ TỚI")
            #expect(draft.outline.sections.last?.title == "Kiến nghị" && draft.outline.sections.last?.key == "muc-1")
            #expect(!draft.outline.sections.contains { $0.key == "danh-gia-chinh-phu" })
            #expect(draft.recipients == ["- Văn phòng Chính phủ;", "- Lưu: VT, TH."])
            #expect(page.contains("Phương châm hành động năm 2020") && page.contains("V. KIẾN NGHỊ"))
            #expect(next.status == .seeOther)
            let newest = try #require(try await ReviewDraft.query(on: app.db).filter(\.$periodFrom == "2020-07-01").first())
            #expect(newest.outline == draft.outline && newest.recipients == draft.recipients)
        }
    }

    @Test func issuingInTheBrowserFreezesThePage() async throws {
        try await withTestApp { app in
            // setup
            let s = try await start(app)
            let form = try await s.office.get(s.draftPath + "/issue").body.string
            #expect(form.contains("TM. (thay mặt tập thể)"))
            let good = [
                "notation": "489/BC-UBND", "date": "15/06/2020", "signer": "Trần Thanh Liêm", "signer_title": "Chủ tịch",
                "authority": "TM.", "recipients": "- Văn phòng Chính phủ;\n- Lưu: VT, TH.", "version": "1",
            ]
            var bad = good
            (bad["signer"], bad["date"]) = ("", "hôm nay")
            // act
            let refused = try await s.office.post(s.draftPath + "/issue", bad)
            let issued = try await s.office.post(s.draftPath + "/issue", good)
            let page = try await s.viewer.get(s.draftPath).body.string
            let section = try await s.office.get(s.draftPath + "/sections/ket-qua").body.string
            // check
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Hãy nhập họ tên người ký.") && refused.body.string.contains("hôm nay"))
            #expect(issued.status == .seeOther)
            #expect(page.contains("Báo cáo số 489/BC-UBND ngày 15/06/2020"))
            #expect(page.contains("Số: 489/BC-UBND") && page.contains("Trần Thanh Liêm") && page.contains("TM. ỦY BAN NHÂN DÂN"))
            #expect(!section.contains("<textarea"), "an issued report has no editor")
            #expect(try await s.office.get(s.draftPath + "/outline").status == .seeOther)
        }
    }
}

/// The units' parts: a request made from the draft asks under its headings; the office sees each unit's text under
/// its section and takes it into its own.
@Suite("Review report drafts: the units' parts")
struct ReviewDraftPartsTests {
    @Test func aUnitAnswersUnderTheHeadingsAndTheOfficeTakesItsText() async throws {
        try await withTestApp { app in
            // setup
            let s = try await ReviewDraftPagesTests().start(app)
            let draft = try #require(try await ReviewDraft.query(on: app.db).first())
            let units = try await OrgUnit.query(on: app.db).all()
            let snv = try #require(units.first { $0.code == "SNV" })
            let ubnd = try #require(units.first { $0.code == "UBND" })
            let form = try await s.office.get("/reports/requests/new?review_draft=\(draft.id!)").body.string
            #expect(form.contains("name=\"review_draft\"") && form.contains("1. Phương châm chỉ đạo, điều hành"))
            let made = try await s.office.postMultipart(
                "/reports/requests",
                [
                    "kind": "thematic", "title": "Báo cáo phục vụ báo cáo kiểm điểm 6 tháng đầu năm 2020",
                    "deadline": "30/11/2026", "requester_id": ubnd.id!.uuidString, "recipient_units[]": snv.id!.uuidString,
                    "outline": draft.outline.headings.joined(separator: "\n"), "review_draft": draft.id!.uuidString,
                ], files: [])
            #expect(made.status == .seeOther, "\(made.body.string.prefix(1500))")
            let request = try #require(try await ReportRequest.query(on: app.db).first())
            #expect(try await ReviewDraft.find(draft.id, on: app.db)?.requestID == request.id)
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let answerPage = try await officer.get("/reports/requests/\(request.id!)/units/\(snv.id!)").body.string
            #expect(answerPage.contains("I. KIỂM ĐIỂM CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n"), "the answer starts from the headings")
            let answer =
                "I. KIỂM ĐIỂM CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n\n1. Phương châm chỉ đạo, điều hành\n"
                + "Sở Nội vụ bám sát chỉ đạo của UBND tỉnh.\n\n2. Kết quả thực hiện\nHoàn thành 12/12 nhiệm vụ."
            let sent = try await officer.postMultipart(
                "/reports/requests/\(request.id!)/units/\(snv.id!)/submit", ["text": answer], files: [])
            #expect(sent.status == .seeOther)
            let section = s.draftPath + "/sections/phuong-cham"
            // act
            let page = try await s.office.get(section).body.string
            let taken = try await s.office.post(section + "/take", ["unit": snv.id!.uuidString])
            // check
            #expect(page.contains("Sở Nội vụ") && page.contains("Sở Nội vụ bám sát chỉ đạo của UBND tỉnh."))
            #expect(!page.contains("Hoàn thành 12/12 nhiệm vụ."), "another section's text stays with that section")
            #expect(taken.status == .seeOther)
            let content = try await ReviewDraftContent.load(
                try #require(try await ReviewDraft.find(draft.id, on: app.db)), on: app.db)
            #expect(content.text("phuong-cham") == "Sở Nội vụ bám sát chỉ đạo của UBND tỉnh.")
            #expect(try await s.office.post(section + "/take", ["unit": UUID().uuidString]).status == .notFound)
        }
    }
}
