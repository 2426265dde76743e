import DieuHanhCore
import Fluent
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

@Suite("Working-day calendar page")
struct CalendarPageTests {
    @Test func adminEntersTheTet2026BreakAndDeadlinesFollowIt() async throws {
        try await withTestApp { app in
            let p = try await SmallProvince.make(app)
            let admin = Browser(app)
            try await admin.signIn("admin")
            let page = try await admin.get("/calendar?year=2026").body.string
            #expect(page.contains("17/02/2026"))  // Tết Nguyên đán computed from the lunar calendar
            #expect(page.contains("26/04/2026"))  // Giỗ Tổ Hùng Vương, 10/3 lunar
            let added = try await admin.post(
                "/calendar/days",
                [
                    "from": "14/02/2026", "to": "22/02/2026", "kind": "day_off",
                    "note": "Nghỉ Tết Nguyên đán 2026 đối với cán bộ, công chức",
                ])
            #expect(added.status == .seeOther)
            #expect(try await CalendarDay.query(on: app.db).count() == 9)
            try await admin.post("/calendar/days", ["from": "07/02/2026", "kind": "make_up", "note": "Làm bù"])
            let calendar = try await CalendarService.calendar(on: app.db)
            #expect(!calendar.isWorkingDay(CivilDate(year: 2026, month: 2, day: 20)!))
            #expect(calendar.isWorkingDay(CivilDate(year: 2026, month: 2, day: 23)!))
            #expect(calendar.isWorkingDay(CivilDate(year: 2026, month: 2, day: 7)!))  // the make-up Saturday
            // "5 ngày làm việc" from Thu 05/02/2026: 06 (1), Sat 07 make-up (2), 09, 10, 11 (5).
            try await makeUser(app, "vanphong", role: .coordinator, unit: p.ubnd)
            let office = Browser(app)
            try await office.signIn("vanphong")
            try await office.get("/tasks/new")
            let created = try await office.post(
                "/tasks",
                [
                    "rows": "2", "notation": "15/KH-UBND", "issued_on": "05/02/2026", "assigner_id": p.ubnd.id!.uuidString,
                    "content_0": "Trực Tết", "lead_0": p.snv.id!.uuidString, "deadline_0": "5 ngày làm việc",
                    "content_1": "Báo cáo sau Tết", "lead_1": p.stc.id!.uuidString, "deadline_1": "3 ngay lam viec",
                ])
            #expect(created.status == .seeOther)
            let tasks = try await TaskItem.query(on: app.db).sort(\.$content).all()
            #expect(tasks.first { $0.leadUnitID == p.snv.id }?.deadline == "2026-02-11")
            // 3 working days from 05/02: 06, 07 (make-up), 09.
            #expect(tasks.first { $0.leadUnitID == p.stc.id }?.deadline == "2026-02-09")
        }
    }

    @Test func badRangesAreRefusedAndOnlyAdminsEdit() async throws {
        try await withTestApp { app in
            try await SmallProvince.make(app)
            let admin = Browser(app)
            try await admin.signIn("admin")
            try await admin.get("/calendar")
            let bad = try await admin.post("/calendar/days", ["from": "22/02/2026", "to": "14/02/2026", "note": ""])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Ngày kết thúc trước ngày bắt đầu."))
            #expect(bad.body.string.contains("Vui lòng ghi căn cứ."))
            #expect(try await CalendarDay.query(on: app.db).count() == 0)
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            #expect(try await officer.get("/calendar").status == .ok)
            try await officer.get("/calendar")
            #expect(try await officer.post("/calendar/days", ["from": "01/03/2026", "note": "x"]).status == .forbidden)
        }
    }
}
