import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The office drafts and issues an urging letter in the browser: choosing units and tasks, editing the draft,
/// refusals that keep what was typed, issuing.
@Suite("Urging letters in the browser")
struct UrgingPagesTests {
    @Test func theOfficeChoosesUnitsAndTasksThenDraftsAndIssuesTheLetter() async throws {
        try await withTestApp { app in
            // setup
            let s = try await UrgingSetup.make(app)
            let office = Browser(app)
            try await office.signIn("vanphong")
            let first = try await UrgingSetup.task("U1", app)
            let second = try await UrgingSetup.task("U2", app)
            // act
            let empty = try await office.get("/tasks/urging").body.string
            let start = try await office.get("/tasks/urging/new").body.string
            let noUnit = try await office.get("/tasks/urging/new?show=1&as_of=20/11/2026").body.string
            let badDay = try await office.get("/tasks/urging/new?show=1&as_of=31/11/2026").body.string
            let chosen = try await office.get("/tasks/urging/new?show=1&as_of=20/11/2026&unit_\(s.p.snv.id!)=1").body.string
            let untickedAll = try await office.post(
                "/tasks/urging", ["as_of": "20/11/2026", "unit_\(s.p.snv.id!)": "1"])
            let created = try await office.post(
                "/tasks/urging", ["as_of": "20/11/2026", "all": "1", "task_\(second.id!)": "1"])
            let urging = try #require(try await Urging.query(on: app.db).first())
            let path = "/tasks/urging/\(urging.id!)"
            let draft = try await office.get(path).body.string
            let blank = try await office.post(
                path, ["action": "save", "version": "1", "summary": "", "opening": "Mở đầu đã sửa", "report_by": "32/11/2026"])
            let saved = try await office.post(
                path,
                [
                    "action": "save", "version": "1", "opening": "Mở đầu đã sửa", "signer": "Nguyễn Văn An",
                    "signer_title": "Phó Chủ tịch", "authority": "KT.",
                ])
            let stale = try await office.post(path, ["action": "save", "version": "1", "opening": "Bản cũ"])
            let badNumber = try await office.post(
                path, ["action": "issue", "version": "2", "notation": "120/QĐ-UBND", "date": "22/11/2026"])
            let issued = try await office.post(
                path, ["action": "issue", "version": "2", "notation": "120/UBND-TH", "date": "22/11/2026"])
            let after = try await office.get(path).body.string
            let list = try await office.get("/tasks/urging").body.string
            let unit = Browser(app)
            try await unit.signIn("canbo.snv")
            let forbidden = try await unit.get("/tasks/urging")
            // check
            #expect(empty.contains("Chưa có công văn đôn đốc nào") && empty.contains("Soạn công văn đôn đốc"))
            #expect(start.contains("Sở Nội vụ (1 nhiệm vụ quá hạn)") && start.contains("Tất cả đơn vị có nhiệm vụ quá hạn"))
            #expect(noUnit.contains("Hãy chọn ít nhất một đơn vị."))
            #expect(badDay.contains("31/11/2026") && badDay.contains("field-error"))
            #expect(chosen.contains(UrgingSetup.first) && !chosen.contains(UrgingSetup.second))
            #expect(chosen.contains("name=\"task_\(first.id!)\"") && chosen.contains("checked"))
            #expect(untickedAll.status == .unprocessableEntity)
            #expect(untickedAll.body.string.contains("Hãy chọn ít nhất một nhiệm vụ để đôn đốc."))
            #expect(created.status == .seeOther)
            #expect(draft.contains("V/v đôn đốc thực hiện nhiệm vụ quá hạn") && draft.contains(UrgingSetup.second))
            #expect(!draft.contains(UrgingSetup.first), "only the ticked task is listed")
            #expect(blank.status == .unprocessableEntity)
            #expect(blank.body.string.contains("Hãy nhập trích yếu.") && blank.body.string.contains("Mở đầu đã sửa"))
            #expect(blank.body.string.contains("32/11/2026"))
            #expect(saved.status == .seeOther)
            #expect(stale.status == .conflict && stale.body.string.contains("Bản cũ"))
            #expect(badNumber.status == .unprocessableEntity)
            #expect(badNumber.body.string.contains("không có tên loại") && badNumber.body.string.contains("120/QĐ-UBND"))
            #expect(issued.status == .seeOther)
            #expect(after.contains("Đã ban hành: Công văn số 120/UBND-TH ngày 22/11/2026") && after.contains("Mở đầu đã sửa"))
            #expect(!after.contains("name=\"notation\""), "an issued letter has no form")
            #expect(list.contains("Công văn số 120/UBND-TH ngày 22/11/2026"))
            #expect(forbidden.status == .forbidden)
        }
    }
}
