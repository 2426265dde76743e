import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// A province with tasks to remind: SNV has two officers with addresses, STC one.
struct ReminderSetup {
    let p: SmallProvince
    let document: Document

    static func make(_ app: Application) async throws -> ReminderSetup {
        let p = try await SmallProvince.make(app)
        try await makeUser(app, "canbo2.snv", role: .unitOfficer, unit: p.snv)
        try await makeUser(app, "canbo.stc", role: .unitOfficer, unit: p.stc)
        for (user, email) in [
            ("canbo.snv", "canbo.snv@snv.example"), ("canbo2.snv", "canbo2.snv@snv.example"),
            ("canbo.stc", "canbo.stc@stc.example"),
        ] {
            try await setEmail(app, user, email)
        }
        let document = ViewTesting.document("15/CT-UBND", issuedOn: "2026-08-03", summary: "Chỉ thị về cải cách hành chính")
        try await document.create(on: app.db)
        return ReminderSetup(p: p, document: document)
    }

    static func setEmail(_ app: Application, _ username: String, _ email: String) async throws {
        let user = try #require(try await ReportUserEmail.query(on: app.db).filter(\.$username == username).first())
        try await app.write { db in
            try await ReportContactService.setEmail(
                user, to: email, actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
        }
    }

    @discardableResult
    func task(_ app: Application, _ content: String, lead: OrgUnit, deadline: String) async throws -> TaskItem {
        let task = ViewTesting.task(content, document: document, lead: lead, assigner: p.ubnd, deadline: deadline)
        task.assignedOn = "2026-08-03"
        try await task.create(on: app.db)
        try await TaskStatusIndex.refresh([task.id!], on: app.db)
        return task
    }

    func completion(_ app: Application, _ task: TaskItem, on day: String) async throws {
        let event = TaskEventRecord()
        event.taskID = task.id!
        event.kind = TaskEvent.Kind.completionReported.rawValue
        (event.recordedOn, event.effectiveOn, event.note, event.actorName) = (day, day, "Đã hoàn thành", "canbo.snv")
        try await event.create(on: app.db)
        try await TaskStatusIndex.refresh([task.id!], on: app.db)
    }
}

@Suite("Task reminders")
struct TaskReminderTests {
    func d(_ text: String) -> CivilDate { CivilDate.parse(text)! }

    func run(_ app: Application, _ day: String) async throws -> TaskReminderScheduler.Summary {
        try await TaskReminderScheduler(app: app).run(now: testNow, day: d(day))
    }

    @Test func theServerSendsFromSevenInTheMorningVietnamTime() {
        // testNow is 09:00 in Vietnam: 61 minutes earlier is 07:59, 150 minutes earlier 06:30, 9 hours earlier midnight.
        #expect(TaskReminderScheduler.isSendingHour(testNow))
        #expect(TaskReminderScheduler.isSendingHour(Date(timeIntervalSince1970: 1_795_312_800 - 3_660)))
        #expect(!TaskReminderScheduler.isSendingHour(Date(timeIntervalSince1970: 1_795_312_800 - 9_000)))
        #expect(!TaskReminderScheduler.isSendingHour(Date(timeIntervalSince1970: 1_795_312_800 - 32_400)))
    }

    @Test func aDeadlineOnNationalDayIsRemindedAroundTheHolidays() async throws {
        try await withTestApp { app in
            // setup: due Wed 2/9/2026; Wed 2/9 and Thu 3/9 are holidays, so the limit ends on Fri 4/9
            let s = try await ReminderSetup.make(app)
            try await s.task(app, "Rà soát thủ tục hành chính", lead: s.p.stc, deadline: "2026-09-02")
            // act
            var recorded: [String: Int] = [:]
            for day in ["2026-08-28", "2026-08-31", "2026-09-01", "2026-09-02", "2026-09-04", "2026-09-07", "2026-09-08"] {
                recorded[day] = try await run(app, day).recorded
            }
            // check
            #expect(recorded.filter { $0.value > 0 } == ["2026-08-28": 1, "2026-09-07": 1])
            let kinds = try await TaskReminder.query(on: app.db).sort(\.$dueOn).all().map(\.kind)
            #expect(kinds == ["before_deadline", "overdue_first"])
        }
    }

    @Test func runningTwiceOnTheSameDaySendsNothingMore() async throws {
        let mailer = RecordingMailer()
        try await withTestApp(adjust: { $0.smtpFrom = "dieuhanh@ubnd.example" }) { app in
            app.reportMailer = mailer
            let s = try await ReminderSetup.make(app)
            try await s.task(app, "Báo cáo kết quả", lead: s.p.stc, deadline: "2026-11-20")
            // act
            let first = try await run(app, "2026-11-23")
            let second = try await run(app, "2026-11-23")
            // check
            #expect(first == TaskReminderScheduler.Summary(recorded: 1, digestsSent: 1, digestsFailed: 0))
            #expect(second == TaskReminderScheduler.Summary())
            #expect(mailer.sent.count == 1)
            #expect(try await TaskReminder.query(on: app.db).count() == 1)
        }
    }

    @Test func aFailedDigestIsRetriedByTheNextRunAndShown() async throws {
        let mailer = RecordingMailer()
        mailer.failing = true
        try await withTestApp(adjust: { $0.smtpFrom = "dieuhanh@ubnd.example" }) { app in
            app.reportMailer = mailer
            let s = try await ReminderSetup.make(app)
            try await s.task(app, "Báo cáo kết quả", lead: s.p.stc, deadline: "2026-11-20")
            // act: the relay refuses, then accepts
            let failed = try await run(app, "2026-11-23")
            let row = try #require(try await TaskReminder.query(on: app.db).first())
            let office = Browser(app)
            try await makeUser(app, "vanphong", role: .coordinator, unit: s.p.ubnd)
            try await office.signIn("vanphong")
            let page = try await office.get("/tasks/reminders?state=failed")
            mailer.failing = false
            let retried = try await run(app, "2026-11-23")
            // check
            #expect(failed.digestsFailed == 1)
            #expect(row.state == "failed" && row.attempts == 1)
            #expect(row.lastError?.contains("550 no such user") == true)
            #expect(page.body.string.contains("Gửi lỗi (lần 1), sẽ gửi lại"))
            #expect(retried == TaskReminderScheduler.Summary(recorded: 0, digestsSent: 1, digestsFailed: 0))
            let after = try #require(try await TaskReminder.query(on: app.db).first())
            #expect(after.state == "sent" && after.attempts == 2 && after.sentAt != nil && after.lastError == nil)
        }
    }

    @Test func aFailingRelayIsTriedThreeTimesThenLeft() async throws {
        let mailer = RecordingMailer()
        mailer.failing = true
        try await withTestApp(adjust: { $0.smtpFrom = "dieuhanh@ubnd.example" }) { app in
            app.reportMailer = mailer
            let s = try await ReminderSetup.make(app)
            try await s.task(app, "Báo cáo kết quả", lead: s.p.stc, deadline: "2026-11-20")
            var failures: [Int] = []
            for _ in 0..<4 { failures.append(try await run(app, "2026-11-23").digestsFailed) }
            #expect(failures == [1, 1, 1, 0])
        }
    }

    @Test func theDigestSaysWhenALeaderAwaitsAnExplanation() async throws {
        let mailer = RecordingMailer()
        try await withTestApp(adjust: { c in c.smtpFrom = "dieuhanh@ubnd.example" }) { app in
            app.reportMailer = mailer
            let s = try await ReminderSetup.make(app)
            // Both overdue since Fri 20/11: Mon 23/11 is their first reminder.
            let asked = try await s.task(app, "Tổng hợp kết quả cải cách hành chính", lead: s.p.snv, deadline: "2026-11-20")
            let answered = try await s.task(app, "Kiện toàn tổ công tác", lead: s.p.snv, deadline: "2026-11-20")
            func step(_ task: TaskItem, _ kind: TaskEvent.Kind, due: String? = nil) async throws {
                let event = TaskEventRecord()
                event.taskID = task.id!
                event.kind = kind.rawValue
                (event.recordedOn, event.effectiveOn, event.note, event.actorName) = ("2026-11-23", "2026-11-23", "x", "lanhdao")
                event.answerDue = due
                try await event.create(on: app.db)
            }
            try await step(asked, .explanationRequested, due: "2026-11-27")
            try await step(answered, .explanationRequested, due: "2026-11-25")
            try await step(answered, .explanationGiven)
            _ = try await run(app, "2026-11-23")
            let body = try #require(mailer.sent.first { $0.to == ["canbo.snv@snv.example"] }).body
            #expect(body.contains("Lãnh đạo yêu cầu giải trình việc chậm thực hiện, hạn giải trình 27/11/2026"))
            #expect(!body.contains("25/11/2026"))
        }
    }

    @Test func eachPersonGetsOneDigestListingAllTheirTasks() async throws {
        let mailer = RecordingMailer()
        try await withTestApp(adjust: { c in
            c.smtpFrom = "dieuhanh@ubnd.example"
            c.publicURL = "https://dieuhanh.example"
        }) { app in
            app.reportMailer = mailer
            let s = try await ReminderSetup.make(app)
            // setup: on Mon 23/11 one SNV task is overdue (Fri 20/11), another is due on Thu 26/11; one STC task overdue
            let overdue = try await s.task(app, "Tổng hợp kết quả cải cách hành chính", lead: s.p.snv, deadline: "2026-11-20")
            try await s.task(app, "Kiện toàn tổ công tác", lead: s.p.snv, deadline: "2026-11-26")
            try await s.task(app, "Báo cáo tình hình giải ngân", lead: s.p.stc, deadline: "2026-11-20")
            // act
            let summary = try await run(app, "2026-11-23")
            // check: two SNV officers and one STC officer, one mail each
            #expect(summary == TaskReminderScheduler.Summary(recorded: 5, digestsSent: 3, digestsFailed: 0))
            let snv = try #require(mailer.sent.first { $0.to == ["canbo.snv@snv.example"] })
            #expect(snv.subject == "[DieuHanh] Nhắc hạn nhiệm vụ ngày 23/11/2026: 2 nhiệm vụ, 1 quá hạn")
            #expect(snv.body.contains("Kính gửi: Người canbo.snv"))
            #expect(snv.body.contains("1. Tổng hợp kết quả cải cách hành chính"))
            #expect(snv.body.contains("Thời hạn: 20/11/2026 — quá hạn 1 ngày làm việc"))
            #expect(snv.body.contains("2. Kiện toàn tổ công tác"))
            #expect(snv.body.contains("Thời hạn: 26/11/2026 — còn 3 ngày làm việc"))
            #expect(snv.body.contains("Văn bản giao: 15/CT-UBND ngày 03/08/2026"))
            #expect(snv.body.contains("Xem nhiệm vụ: https://dieuhanh.example/tasks/\(overdue.id!)"))
            #expect(mailer.sent.filter { $0.to == ["canbo2.snv@snv.example"] }.count == 1)
            #expect(mailer.sent.first { $0.to == ["canbo.stc@stc.example"] }?.body.contains("giải ngân") == true)
        }
    }

    @Test func aCompletedTaskGetsNone() async throws {
        try await withTestApp { app in
            let s = try await ReminderSetup.make(app)
            let done = try await s.task(app, "Đã xong", lead: s.p.stc, deadline: "2026-11-20")
            try await s.completion(app, done, on: "2026-11-16")
            try await s.task(app, "Chưa xong", lead: s.p.stc, deadline: "2026-11-20")
            for day in ["2026-11-17", "2026-11-23", "2026-11-30"] { _ = try await run(app, day) }
            let reminded = try await TaskReminder.query(on: app.db).all()
            #expect(reminded.count == 3)
            #expect(!reminded.contains { $0.taskID == done.id })
            #expect(reminded.allSatisfy { $0.state == "in_app" })
        }
    }

    @Test func theOfficeSettingsKeepWhatWasTypedAndTurnRemindersOff() async throws {
        try await withTestApp { app in
            let s = try await ReminderSetup.make(app)
            try await makeUser(app, "vanphong", role: .coordinator, unit: s.p.ubnd)
            try await s.task(app, "Báo cáo kết quả", lead: s.p.stc, deadline: "2026-11-20")
            let office = Browser(app)
            try await office.signIn("vanphong")
            // act: a wrong figure, then a good one turning the reminder before the deadline off
            let wrong = try await office.post(
                "/tasks/reminders/settings", ["enabled": "1", "days_before": "ba", "repeat_every": "99"])
            let saved = try await office.post(
                "/tasks/reminders/settings", ["enabled": "1", "days_before": "0", "on_overdue": "1", "repeat_every": "5"])
            let form = try await office.get("/tasks/reminders/settings")
            let officer = Browser(app)
            try await officer.signIn("canbo.stc")
            let forbidden = try await officer.get("/tasks/reminders/settings")
            // check
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("value=\"ba\""))
            #expect(wrong.body.string.contains("Nhắc trước hạn (ngày làm việc): nhập số ngày từ 0 đến 60."))
            #expect(wrong.body.string.contains("value=\"99\""))
            #expect(saved.status == .seeOther)
            #expect(form.body.string.contains("Đã lưu cài đặt nhắc hạn."))
            #expect(forbidden.status == .forbidden)
            #expect(try await TaskReminderService.settings(on: app.db).daysBefore == 0)
            #expect(try await run(app, "2026-11-17").recorded == 0)
            #expect(try await run(app, "2026-11-23").recorded == 1)
        }
    }

    @Test func anOfficerSeesTheirOwnRemindersAndTheCommandLineRunsADay() async throws {
        try await withTestApp { app in
            let s = try await ReminderSetup.make(app)
            let snvTask = try await s.task(app, "Kiện toàn tổ công tác", lead: s.p.snv, deadline: "2026-11-20")
            try await s.task(app, "Báo cáo tình hình giải ngân", lead: s.p.stc, deadline: "2026-11-20")
            // act
            let output = try await runCommand(app, ["remind", "tasks", "--date", "2026-11-17"])
            let again = try await runCommand(app, ["remind", "tasks", "--date", "2026-11-17"])
            let officer = Browser(app)
            try await officer.signIn("canbo.snv")
            let page = try await officer.get("/tasks/reminders").body.string
            let inbox = try await officer.get("/inbox").body.string
            // check
            #expect(output.contains("Nhắc hạn mới: 3."))
            #expect(again.contains("Nhắc hạn mới: 0."))
            #expect(page.contains("Kiện toàn tổ công tác"))
            #expect(page.contains("17/11/2026"))
            #expect(page.contains("Sắp đến hạn"))
            #expect(!page.contains("giải ngân"))
            #expect(inbox.contains("href=\"/tasks/reminders\""))
            let taskPage = try await officer.get("/tasks/\(snvTask.id!)").body.string
            #expect(taskPage.contains("Đã nhắc hạn"))
            #expect(taskPage.contains("17/11/2026"))
        }
    }
}
