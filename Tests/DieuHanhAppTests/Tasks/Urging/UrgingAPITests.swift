import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// Urging letters over the API: drafting from units and a day, issuing once with a number unique in its year, and
/// what issuing records on the tasks, the tasks list and the review report.
@Suite("Urging letters API")
struct UrgingAPITests {
    @Test func aDraftListsTheUnitsOverdueTasksWithTheirDaysOverdue() async throws {
        try await withTestApp { app in
            // setup
            _ = try await UrgingSetup.make(app)
            let office = try await APIClient.signIn(app, "vanphong")
            // act
            let created = try await office.send(.POST, "/api/v1/urgings", json: UrgingSetup.draft)
            let one = try await office.send(.POST, "/api/v1/urgings", json: ["units": ["STC"], "as_of": "2026-11-19"])
            let all = try await office.send(.POST, "/api/v1/urgings", json: ["all": true, "as_of": "2026-11-20"])
            let id = try #require(created.json["id"] as? String)
            let docx = try await office.send(.GET, "/api/v1/urgings/\(id)/letter.docx")
            let unit = try await APIClient.signIn(app, "canbo.snv")
            let refused = try await unit.send(.POST, "/api/v1/urgings", json: UrgingSetup.draft)
            let openapi = try await office.send(.GET, "/api/v1/openapi.json")
            // check
            #expect(created.status == .created, "\(created.body.string)")
            let tasks = try #require(created.json["tasks"] as? [[String: Any]])
            #expect(tasks.map { $0["content"] as? String } == [UrgingSetup.first, UrgingSetup.second])
            #expect(tasks.map { $0["days_overdue"] as? Int } == [20, 1])
            #expect(tasks.map { $0["deadline"] as? String } == ["2026-10-31", "2026-11-19"])
            #expect((tasks.first?["document"] as? String)?.hasPrefix("Nghị quyết số 15/NQ-CP ngày 01/09/2026") == true)
            #expect(created.json["summary"] as? String == "V/v đôn đốc thực hiện nhiệm vụ quá hạn")
            #expect(created.json["addressees"] as? [String] == ["- Sở Nội vụ;", "- Sở Tài chính."])
            #expect((created.json["opening"] as? String)?.contains("đến hết ngày 20/11/2026 còn 02 nhiệm vụ") == true)
            // On its deadline day a task is not yet overdue.
            #expect(one.status == .unprocessableEntity)
            #expect(((one.json["error"] as? [String: Any])?["message"] as? String)?.contains("không có nhiệm vụ quá hạn") == true)
            #expect((all.json["tasks"] as? [[String: Any]])?.count == 2)
            #expect(docx.status == .ok)
            let xml = try zipPart(Data(buffer: docx.body), "word/document.xml")
            #expect(xml.contains("V/v đôn đốc thực hiện nhiệm vụ quá hạn") && xml.contains("Số ngày quá hạn"))
            #expect(xml.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && xml.contains("/UBND-TH"))
            #expect(refused.status == .forbidden)
            #expect(openapi.body.string.contains("/api/v1/urgings/{urgingID}/issue"))
            #expect(openapi.body.string.contains("\"urged\""))
        }
    }

    @Test func issuingRegistersTheLetterAndRecordsItOnEveryListedTaskOnce() async throws {
        try await withTestApp { app in
            // setup
            _ = try await UrgingSetup.make(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let created = try await office.send(.POST, "/api/v1/urgings", json: UrgingSetup.draft)
            let id = try #require(created.json["id"] as? String)
            let documentsBefore = try await Document.query(on: app.db).count()
            // act
            var bad = UrgingSetup.issue
            (bad["notation"], bad["date"], bad["authority"]) = ("120/BC-UBND", "2026-11-19", "TL.")
            let refused = try await office.send(.POST, "/api/v1/urgings/\(id)/issue", json: bad)
            let issued = try await office.send(.POST, "/api/v1/urgings/\(id)/issue", json: UrgingSetup.issue)
            let again = try await office.send(.POST, "/api/v1/urgings/\(id)/issue", json: UrgingSetup.issue)
            // check
            #expect(refused.status == .unprocessableEntity)
            let message = (refused.json["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.contains("không có tên loại") && message.contains("20/11/2026") && message.contains("thẩm quyền"))
            #expect(issued.status == .ok, "\(issued.body.string)")
            #expect(issued.json["state"] as? String == "issued" && issued.json["notation"] as? String == "120/UBND-TH")
            #expect(again.status == .conflict)
            #expect(((again.json["error"] as? [String: Any])?["message"] as? String)?.contains("đã ban hành") == true)
            #expect(try await Document.query(on: app.db).count() == documentsBefore + 1)
            let document = try #require(try await Document.query(on: app.db).filter(\.$notation == "120/UBND-TH").first())
            #expect(document.typeCode == nil && document.summary == "V/v đôn đốc thực hiện nhiệm vụ quá hạn")
            let records = try await TaskUrging.query(on: app.db).all()
            let first = try await UrgingSetup.task("U1", app)
            let second = try await UrgingSetup.task("U2", app)
            #expect(Set(records.map(\.taskID)) == [first.id!, second.id!] && records.count == 2)
            #expect(
                records.allSatisfy { $0.notation == "120/UBND-TH" && $0.issuedOn == "2026-11-22" && $0.documentID == document.id }
            )
            // Being urged changes no status: the tasks' events are as they were.
            #expect(try await TaskEventRecord.query(on: app.db).filter(\.$taskID == first.id!).count() == 1)
        }
    }

    @Test func aNumberTakenThatYearIsRefusedAndNothingIsWritten() async throws {
        try await withTestApp { app in
            // setup
            _ = try await UrgingSetup.make(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let earlier = try await office.send(.POST, "/api/v1/urgings", json: ["units": ["STC"], "as_of": "2026-11-20"])
            _ = try await office.send(
                .POST, "/api/v1/urgings/\(earlier.json["id"] as? String ?? "")/issue", json: UrgingSetup.issue)
            let created = try await office.send(.POST, "/api/v1/urgings", json: UrgingSetup.draft)
            let id = try #require(created.json["id"] as? String)
            let documents = try await Document.query(on: app.db).count()
            // act
            var same = UrgingSetup.issue
            same["notation"] = "Số: 120 /ubnd-th"
            same["summary"] = "Trích yếu sửa khi ban hành"
            let refused = try await office.send(.POST, "/api/v1/urgings/\(id)/issue", json: same)
            let read = try await office.send(.GET, "/api/v1/urgings/\(id)")
            // check
            #expect(refused.status == .unprocessableEntity)
            let message = (refused.json["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(message.contains("Số 120/UBND-TH đã được dùng cho một văn bản khác trong năm"), "\(message)")
            #expect(try await Document.query(on: app.db).count() == documents)
            #expect(try await TaskUrging.query(on: app.db).count() == 1, "only the earlier letter's task")
            #expect(read.json["state"] as? String == "draft" && read.json["version"] as? Int == 1)
            #expect(read.json["summary"] as? String == "V/v đôn đốc thực hiện nhiệm vụ quá hạn", "the save is undone too")
        }
    }

    @Test func theListTheTaskAndTheReviewReportReadUrgingsAsOfTheirDate() async throws {
        try await withTestApp { app in
            // setup
            _ = try await UrgingSetup.make(app)
            let office = try await APIClient.signIn(app, "vanphong")
            let created = try await office.send(.POST, "/api/v1/urgings", json: UrgingSetup.draft)
            let id = try #require(created.json["id"] as? String)
            _ = try await office.send(.POST, "/api/v1/urgings/\(id)/issue", json: UrgingSetup.issue)
            let first = try await UrgingSetup.task("U1", app)
            let browser = Browser(app)
            try await browser.signIn("vanphong")
            // act
            let urged = try await office.send(.GET, "/api/v1/tasks?urged=1")
            let before = try await office.send(.GET, "/api/v1/tasks?urged=1&as_of=2026-11-21")
            let page = try await browser.get("/tasks/\(first.id!)").body.string
            let list = try await browser.get("/tasks?urged=1").body.string
            let period = ReportPeriod(
                from: CivilDate(year: 2026, month: 1, day: 1)!, to: CivilDate(year: 2026, month: 12, day: 31)!)
            let t = Localizer(language: .vi)
            let onTheDay = try await ReviewReportRequest(period: period, asOf: CivilDate(year: 2026, month: 11, day: 22)!)
                .report(t: t, on: app.db)
            let dayBefore = try await ReviewReportRequest(period: period, asOf: CivilDate(year: 2026, month: 11, day: 21)!)
                .report(t: t, on: app.db)
            // check
            #expect(urged.json["total"] as? Int == 2)
            #expect(before.json["total"] as? Int == 0, "a letter dated 22/11 is not yet known on 21/11")
            #expect(page.contains("Đã đôn đốc 1 lần") && page.contains("Công văn số 120/UBND-TH") && page.contains("22/11/2026"))
            // The timeline has the urging as a step of its own, newest first, above the assignment.
            let timeline = String(page[try #require(page.range(of: "class=\"timeline\"")).lowerBound...])
            let urgedStep = try #require(timeline.range(of: "<strong>Đã đôn đốc</strong> — 22/11/2026"))
            #expect(urgedStep.lowerBound < (timeline.range(of: "Giao nhiệm vụ")?.lowerBound ?? timeline.endIndex))
            #expect(list.contains(UrgingSetup.first) && !list.contains("Việc còn trong hạn"))
            #expect(list.contains("Chỉ nhiệm vụ đã đôn đốc"))
            let note = "Đã đôn đốc 1 lần (Công văn số 120/UBND-TH ngày 22/11/2026)"
            #expect(onTheDay.governmentOverdue.map(\.urged) == [note, note])
            #expect(dayBefore.governmentOverdue.count == 2 && dayBefore.governmentOverdue.allSatisfy { $0.urged.isEmpty })
            let xml = try zipPart(try ReviewReportDOCX.data(onTheDay), "word/document.xml")
            #expect(xml.contains(note))
            #expect(!(try zipPart(try ReviewReportDOCX.data(dayBefore), "word/document.xml")).contains("Đã đôn đốc"))
        }
    }
}
