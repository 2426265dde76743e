import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The task list's order and its filters as the page shows them: open and overdue work first by default, columns
/// that sort by a click, and every filter in force shown as a chip that takes it off.
@Suite("Task list order and filter chips")
struct TaskListOrderTests {
    @Test func openWorkComesFirstAndAColumnSortsByAClick() async throws {
        try await withTestApp { app in
            let s = try await TaskPagesTests().setUp(app)
            // SNV's task (deadline 30/07/2021) is completed late; STC's (05/08/2021) is still open and overdue.
            _ = try await TaskPagesTests().enterLetter(s, deadlineSNV: "30/07/2021")
            let snvTask = try #require(try await TaskItem.query(on: app.db).filter(\.$leadUnitID == s.p.snv.id!).first())
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            try await officer.get("/tasks/\(snvTask.id!)")
            let done = try await officer.post(
                "/tasks/\(snvTask.id!)/actions/report_completion",
                ["date": "20/11/2026", "note": "Đã ban hành", "version": "1"])
            #expect(done.status == .seeOther)
            func order(_ path: String) async throws -> [String] {
                let page = try await s.coordinator.get(path).body.string
                return ["Báo cáo tình hình thu chi ngân sách", "Rà soát, sắp xếp tổ chức bộ máy"].sorted {
                    page.range(of: $0)!.lowerBound < page.range(of: $1)!.lowerBound
                }
            }
            // By default the overdue task comes first although its deadline is the later one.
            #expect(try await order("/tasks") == ["Báo cáo tình hình thu chi ngân sách", "Rà soát, sắp xếp tổ chức bộ máy"])
            // Nearest deadline first, when asked.
            #expect(
                try await order("/tasks?sort=deadline") == [
                    "Rà soát, sắp xếp tổ chức bộ máy", "Báo cáo tình hình thu chi ngân sách",
                ])
            // The column headings sort, keeping the filters; the column in force says so.
            let page = try await s.coordinator.get("/tasks?q=ngan%20sach").body.string
            #expect(page.contains(#"<a class="sort-link" href="/tasks?q=ngan%20sach&amp;sort=deadline""#))
            let sorted = try await s.coordinator.get("/tasks?sort=deadline").body.string
            #expect(sorted.contains(#"<th aria-sort="ascending"><a class="sort-link" href="/tasks?sort=deadline""#))
        }
    }

    @Test func aFilterSetByALinkIsShownAsAChipThatTakesItOff() async throws {
        try await withTestApp { app in
            let s = try await TaskPagesTests().setUp(app)
            _ = try await TaskPagesTests().enterLetter(s)
            let document = try #require(try await Document.query(on: app.db).first())
            let page = try await s.coordinator.get("/tasks?document=\(document.id!)&status=pending_overdue&lead_unit=STC")
                .body.string
            #expect(page.contains("<span>Văn bản: 3413/UBND-TH</span>"))
            #expect(page.contains("<span>Trạng thái: \(Labels.bucket(.pendingOverdue, Localizer(language: .vi)))</span>"))
            #expect(page.contains("<span>Đơn vị chủ trì: Sở Tài chính</span>"))
            // Taking the document off keeps the other two.
            #expect(
                page.contains(
                    #"href="/tasks?status=pending_overdue&amp;lead_unit=STC" aria-label="Bỏ lọc Văn bản: 3413/UBND-TH""#))
            #expect(page.contains(#"<a class="clear-filters" href="/tasks">Bỏ tất cả bộ lọc</a>"#))
            // Today's date and the default order are not filters: an unfiltered list has no chips.
            let plain = try await s.coordinator.get("/tasks?as_of=22/11/2026&sort=urgent").body.string
            #expect(!plain.contains("filter-chips"))
            // Another date is.
            let dated = try await s.coordinator.get("/tasks?as_of=01/08/2021").body.string
            #expect(dated.contains("<span>Tính đến ngày: 01/08/2021</span>"))
        }
    }

    @Test func aClosedUnitIsOfferedByTheFiltersWithItsMark() async throws {
        try await withTestApp { app in
            let s = try await TaskPagesTests().setUp(app)
            let stc = s.p.stc
            stc.validTo = "2026-10-31"
            try await stc.save(on: app.db)
            let page = try await s.coordinator.get("/tasks").body.string
            // Still offered (its tasks remain), marked as closed; a working unit is not marked.
            #expect(page.contains(">Sở Tài chính — Đã đóng, hoạt động đến 31/10/2026</option>"))
            #expect(page.contains(">Sở Nội vụ</option>"))
            // Closing today is not closed yet: it works until the end of its last day.
            let t = Localizer(language: .vi)
            let today = CivilDate(year: 2026, month: 11, day: 22)!
            #expect(Labels.unitOption(name: "Sở A", validTo: "2026-11-22", today: today, t) == "Sở A")
            #expect(
                Labels.unitOption(name: "Sở A", validTo: "2026-11-21", today: today, t)
                    == "Sở A — Đã đóng, hoạt động đến 21/11/2026")
            #expect(Labels.unitOption(name: "Sở A", validTo: nil, today: today, t) == "Sở A")
        }
    }
}
