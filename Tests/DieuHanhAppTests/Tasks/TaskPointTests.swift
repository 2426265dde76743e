import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// One directive for many units (DOMAIN §10): a point addressed to several lead units or a whole kind becomes one
/// task per unit under the point, through the CSV, the entry form and the documents API.
@Suite("Tasks: one point for many units")
struct TaskPointTests {
    static let header =
        "ma,so_ky_hieu,ngay_van_ban,trich_yeu,co_quan_giao,noi_dung,don_vi_chu_tri,don_vi_phoi_hop,ngay_giao,han_xu_ly,"
        + "han_gia_han,ngay_duyet_gia_han,ngay_hoan_thanh,ngay_huy\n"

    /// SmallProvince's SNV and STC, plus a department closed before the assigned date (SYT), one whose last day is
    /// the assigned date (SXD), one closed after it (SCT), a commune and a department of another province.
    func province(_ app: Application) async throws -> SmallProvince {
        let small = try await SmallProvince.make(app)
        for (code, name, lastDay) in [
            ("SYT", "Sở Y tế", "2026-03-08"), ("SXD", "Sở Xây dựng", "2026-03-09"), ("SCT", "Sở Công Thương", "2026-05-31"),
        ] {
            let unit = try await makeUnit(app, code, name, parent: small.ubnd)
            unit.validTo = lastDay
            try await unit.update(on: app.db)
        }
        try await makeUnit(app, "XA1", "UBND xã Tân Lập", kind: .commune, parent: small.ubnd)
        let other = try await makeUnit(app, "UBND-KHAC", "Ủy ban nhân dân tỉnh khác", kind: .province)
        try await makeUnit(app, "SNV-KHAC", "Sở Nội vụ tỉnh khác", parent: other)
        return small
    }

    static let notice =
        header
        + "TB-1,12/TB-UBND,09/03/2026,Kết luận hội nghị,UBND,Rà soát thủ tục hành chính,@department,STC,,30/04/2026,,,,\n"
        + "TB-2,12/TB-UBND,09/03/2026,Kết luận hội nghị,UBND,Báo cáo giải ngân,@commune; SNV,,,30/04/2026,,,,\n"

    func mas(_ app: Application) async throws -> [String] {
        try await TaskItem.query(on: app.db).all().compactMap(\.ma).sorted()
    }

    @Test func aKindBecomesATaskForEachUnitOpenOnTheAssignedDateAndTwiceChangesNothing() async throws {
        try await withTestApp { app in
            _ = try await province(app)
            // act
            let first = try await TaskImport.run(data: Data(Self.notice.utf8), actor: .commandLine, app: app)
            let again = try await TaskImport.run(data: Data(Self.notice.utf8), actor: .commandLine, app: app)
            // check: SYT closed the day before, the other province's department is not this province's.
            #expect(try await mas(app) == ["TB-1/SCT", "TB-1/SNV", "TB-1/STC", "TB-1/SXD", "TB-2/SNV", "TB-2/XA1"])
            #expect(first.created == 6)
            #expect(again == ImportSummary(created: 0, updated: 0, unchanged: 6))
            #expect(try await TaskPoint.query(on: app.db).count() == 2)
            #expect(try await TaskPointMember.query(on: app.db).count() == 6)
            // STC leads its own share, so it is not also its own coordinator; the others keep STC to coordinate.
            let stc = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "TB-1/STC").first())
            #expect(try await TaskCoordinator.query(on: app.db).filter(\.$taskID == stc.id!).count() == 0)
            let snv = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "TB-1/SNV").first())
            #expect(try await TaskCoordinator.query(on: app.db).filter(\.$taskID == snv.id!).count() == 1)
            // The statistics count each unit's task.
            let stats = try await runCommand(app, ["stats", "tasks", "--as-of", "2026-03-09", "--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any])
            #expect(json["total"] as? Int == 6)
        }
    }

    @Test func badSelectionsStopTheImportWithTheirLine() async throws {
        try await withTestApp { app in
            _ = try await province(app)
            for (lead, words) in [
                ("@ministry", "không phải một loại đơn vị"), ("@district", "không có đơn vị nào"), ("SNV; SKHAC", "SKHAC"),
            ] {
                let csv = Self.header + "TB-9,13/TB-UBND,09/03/2026,,UBND,Việc,\(lead),,,30/04/2026,,,,\n"
                let error = await #expect(throws: CSVError.self) {
                    try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
                }
                #expect(error?.line == 2 && error?.message.contains(words) == true, "\(lead): \(error?.message ?? "")")
            }
            #expect(try await TaskItem.query(on: app.db).count() == 0)
            #expect(try await TaskPoint.query(on: app.db).count() == 0)
        }
    }

    @Test func thePointsPageRollsUpEveryUnitAndAnOfficerSeesOnlyTheirOwnRow() async throws {
        try await withTestApp { app in
            _ = try await province(app)
            let csv =
                Self.header
                + "TB-1,12/TB-UBND,09/03/2026,,UBND,Rà soát thủ tục hành chính,SNV; STC; SCT,,,30/04/2026,,,,\n"
            _ = try await TaskImport.run(data: Data(csv.utf8), actor: .commandLine, app: app)
            // SNV's share is completed on its own: its row, by its own `ma`.
            let done =
                Self.header + "TB-1/SNV,12/TB-UBND,09/03/2026,,UBND,Rà soát thủ tục hành chính,SNV,,,30/04/2026,,,20/04/2026,\n"
            _ = try await TaskImport.run(data: Data(done.utf8), actor: .commandLine, app: app)
            let point = try #require(try await TaskPoint.query(on: app.db).first())
            let admin = Browser(app)
            try await admin.signIn("admin")
            // act
            let page = try await admin.get("/tasks/points/\(point.id!)")
            // check: as of the test's today (22/11/2026) SNV completed on time; STC and SCT are overdue.
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("1/3 đơn vị đã hoàn thành (01 đúng hạn); 02 đơn vị chưa hoàn thành quá hạn"))
            #expect(html.contains("Sở Nội vụ; Sở Tài chính; Sở Công Thương"))
            for name in ["Sở Nội vụ", "Sở Tài chính", "Sở Công Thương"] { #expect(html.contains(name)) }
            // Each task links back to the point.
            let snv = try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "TB-1/SNV").first())
            let taskPage = try await admin.get("/tasks/\(snv.id!)").body.string
            #expect(taskPage.contains("/tasks/points/\(point.id!)") && taskPage.contains("Xem tình hình của 3 đơn vị"))
            // A unit officer of SNV: the roll-up, and only SNV's row.
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let limited = try await officer.get("/tasks/points/\(point.id!)").body.string
            #expect(limited.contains("1/3 đơn vị đã hoàn thành"))
            #expect(limited.contains("Bảng chỉ liệt kê nhiệm vụ của đơn vị bạn"))
            #expect(
                !limited.contains(
                    "href=\"/tasks/\(try #require(try await TaskItem.query(on: app.db).filter(\.$ma == "TB-1/STC").first()).id!)\""
                ))
            #expect(try await officer.get("/tasks/points/\(UUID())").status == .notFound)
        }
    }

    @Test func theEntryFormTicksAKindAndUnitsAndMakesOneTaskEach() async throws {
        try await withTestApp { app in
            let small = try await province(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            let form = try await browser.get("/tasks/new").body.string
            #expect(form.contains("Giao thêm cho nhiều đơn vị") && form.contains("name=\"leads_0_@department\""))
            // Closed units are not offered; the commune is offered one by one.
            #expect(!form.contains("name=\"leads_0_SYT\"") && form.contains("name=\"leads_0_XA1\""))
            // act: the lead picked in the list, all departments and the commune ticked.
            let response = try await browser.post(
                "/tasks",
                [
                    "rows": "1", "notation": "15/TB-UBND", "issued_on": "09/03/2026", "summary": "Kết luận",
                    "assigner_id": small.ubnd.id!.uuidString, "content_0": "Tổng kết công tác năm",
                    "lead_0": small.snv.id!.uuidString, "leads_0_@department": "1", "leads_0_XA1": "1",
                    "deadline_0": "30/04/2026",
                ])
            // check
            #expect(response.status == .seeOther)
            let tasks = try await TaskItem.query(on: app.db).all()
            let names = try await UnitDirectory.names(of: tasks.map(\.leadUnitID), on: app.db)
            #expect(
                Set(tasks.compactMap { names[$0.leadUnitID] })
                    == ["Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "UBND xã Tân Lập"])
            let point = try #require(try await TaskPoint.query(on: app.db).first())
            #expect(point.addressees == "SNV; @department; XA1")
            #expect(try await TaskPointMember.query(on: app.db).count() == 5)
            // A kind with no open unit is refused on the row, with what was typed kept.
            let refused = try await browser.post(
                "/tasks",
                [
                    "rows": "1", "notation": "16/TB-UBND", "issued_on": "09/03/2026", "assigner_id": small.ubnd.id!.uuidString,
                    "content_0": "Việc của các huyện", "leads_0_@district": "1", "deadline_0": "30/04/2026",
                ])
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            #expect(body.contains("Không có đơn vị nào thuộc lựa chọn này hoạt động vào ngày giao."))
            #expect(body.contains("Việc của các huyện"))
            // Another row's problem keeps what was ticked.
            let kept = try await browser.post(
                "/tasks",
                [
                    "rows": "1", "notation": "16/TB-UBND", "issued_on": "09/03/2026", "assigner_id": small.ubnd.id!.uuidString,
                    "content_0": "Việc của các sở", "leads_0_@department": "1", "deadline_0": "ba tuần",
                ])
            #expect(kept.status == .unprocessableEntity)
            #expect(kept.body.string.contains("name=\"leads_0_@department\" value=\"1\" checked=\"checked\""))
            #expect(try await TaskItem.query(on: app.db).count() == 5)
        }
    }

    @Test func theDocumentsAPITakesSeveralLeadUnitsOrAKind() async throws {
        try await withTestApp { app in
            _ = try await province(app)
            try await makeUser(app, "vanphong", role: .coordinator)
            let api = try await APIClient.signIn(app, "vanphong")
            // act
            let response = try await api.send(
                .POST, "/api/v1/documents",
                json: [
                    "notation": "17/TB-UBND", "issued_on": "2026-03-09", "assigner": "UBND",
                    "tasks": [
                        [
                            "ma": "TB17-1", "content": "Việc của các xã", "lead_unit": "@commune", "lead_units": ["SNV"],
                            "deadline": "2026-04-30",
                        ],
                        ["content": "Việc một sở", "lead_unit": "STC"],
                    ],
                ])
            // check
            #expect(response.status == .created)
            #expect((response.json["task_ids"] as? [Any])?.count == 3)
            #expect(try await mas(app) == ["TB17-1/SNV", "TB17-1/XA1"])
            #expect(try await TaskPoint.query(on: app.db).filter(\.$ma == "TB17-1").count() == 1)
            let bad = try await api.send(
                .POST, "/api/v1/documents",
                json: [
                    "notation": "18/TB-UBND", "issued_on": "2026-03-09", "assigner": "UBND",
                    "tasks": [["content": "Việc", "lead_unit": "@ministry"]],
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("tasks.0.lead_unit"))
        }
    }
}
