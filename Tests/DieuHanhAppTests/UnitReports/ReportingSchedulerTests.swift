import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp

/// Keeps the messages instead of sending them; fails on demand.
final class RecordingMailer: ReportMailSending, @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [ReportMailMessage] = []
    var failing = false

    var sent: [ReportMailMessage] { lock.withLock { messages } }

    func send(_ message: ReportMailMessage, date: Date) async throws {
        if lock.withLock({ failing }) { throw ReportMailError.rejected(step: "RCPT TO", reply: "550 no such user") }
        lock.withLock { messages.append(message) }
    }
}

/// The sweep: periodic requests made by themselves, reminders before and after deadlines, e-mail; idempotent.
@Suite("Reporting sweep")
struct ReportingSchedulerTests {
    struct Setup {
        let p: SmallProvince
        let regime: ReportingRegime
    }

    func setUp(_ app: Application, first: String = "2026-M10") async throws -> Setup {
        let p = try await SmallProvince.make(app)
        try await makeUser(app, "canbo.stc", role: .unitOfficer, unit: p.stc)
        let draft = ReportingRegimeDraft(
            title: "Báo cáo tình hình kinh tế - xã hội", frequency: .month, rule: .workingDaysAfterCutOff(2),
            firstPeriod: ReportingPeriod(code: first), requesterID: p.ubnd.id,
            recipients: ReportRecipientSpec(kinds: [.department]))
        let regime = try await app.write { db in
            try await ReportingRegimeService.create(
                draft, actor: .commandLine, now: app.config.now(), on: db, t: Localizer(language: .vi))
        }
        return Setup(p: p, regime: regime)
    }

    @Test func aMonthlyRegimeMakesEachPeriodsRequestOnceWithItsCutOffAndDeadline() async throws {
        let clock = TestClock()
        try await withTestApp(adjust: { c in c.now = { clock.now } }) { app in
            let s = try await setUp(app)
            let first = try await ReportingScheduler(app: app).run(now: clock.now)
            #expect(first.requestsCreated == 3)
            let again = try await ReportingScheduler(app: app).run(now: clock.now)
            #expect(again == ReportingScheduler.Summary())
            let requests = try await ReportRequest.query(on: app.db).filter(\.$regimeID == s.regime.id!).sort(\.$deadline).all()
            #expect(requests.map(\.periodCode) == ["2026-M10", "2026-M11", "2026-M12"])
            // November: 15/10 – Sat 14/11, due Tue 17/11 (2 working days); December opened on 15/11.
            let november = requests[1]
            #expect(november.title == "Báo cáo tình hình kinh tế - xã hội tháng 11 năm 2026")
            #expect(november.windowFrom == "2026-10-15")
            #expect(november.cutOff == "2026-11-14")
            #expect(november.deadline == "2026-11-17")
            #expect(november.issuedOn == "2026-10-15")
            #expect(requests[2].deadline == "2026-12-16")
            let recipients = try await ReportRequestRecipient.query(on: app.db).filter(\.$requestID == november.id!).count()
            #expect(recipients == 2)
            // A month later the next period appears, once.
            clock.advance(days: 30)
            #expect(try await ReportingScheduler(app: app).run(now: clock.now).requestsCreated == 1)
            #expect(try await ReportingScheduler(app: app).run(now: clock.now).requestsCreated == 0)
            // A stopped regime makes no more.
            try await app.write { db in
                try await ReportingRegimeService.setActive(
                    s.regime, false, expectedVersion: nil, actor: .commandLine, now: clock.now,
                    on: db, t: Localizer(language: .vi))
            }
            clock.advance(days: 40)
            #expect(try await ReportingScheduler(app: app).run(now: clock.now).requestsCreated == 0)
        }
    }

    @Test func remindersAreRecordedBeforeAndAfterTheDeadlineOnceAndMailedWhenConfigured() async throws {
        let clock = TestClock()
        let mailer = RecordingMailer()
        try await withTestApp(adjust: { c in
            c.now = { clock.now }
            c.smtpFrom = "dieuhanh@ubnd.example"
        }) { app in
            app.reportMailer = mailer
            let s = try await setUp(app)
            let officer = try #require(try await ReportUserEmail.query(on: app.db).filter(\.$username == "canbo.snv").first())
            try await app.write { db in
                try await ReportContactService.setEmail(
                    officer, to: "canbo.snv@snv.example", actor: .commandLine, now: clock.now, on: db,
                    t: Localizer(language: .vi))
            }
            // 22/11: October (due 16/10) and November (due 17/11) are missing for both departments.
            let first = try await ReportingScheduler(app: app).run(now: clock.now)
            #expect(first.remindersRecorded == 4)
            #expect(first.mailsSent == 2)
            #expect(try await ReportingScheduler(app: app).run(now: clock.now).remindersRecorded == 0)
            let reminders = try await ReportReminder.query(on: app.db).all()
            #expect(Set(reminders.map(\.kind)) == ["after_deadline"])
            #expect(Set(reminders.map(\.dueOn)) == ["2026-10-19", "2026-11-18"])
            #expect(
                reminders.filter { $0.unitID == s.p.snv.id }.allSatisfy {
                    $0.mailStatus == "sent" && $0.mailTo == "canbo.snv@snv.example"
                })
            #expect(reminders.filter { $0.unitID == s.p.stc.id }.allSatisfy { $0.mailStatus == "no_address" })
            let message = try #require(mailer.sent.first)
            #expect(message.to == ["canbo.snv@snv.example"])
            #expect(message.subject.hasPrefix("[DieuHanh] Quá hạn gửi báo cáo: Báo cáo tình hình kinh tế - xã hội tháng"))
            #expect(message.body.contains("Kính gửi: Sở Nội vụ"))
            // Mon 14/12: two working days before Wed 16/12, December's reminder; SNV has sent, STC has not.
            clock.advance(days: 22)
            let december = try #require(try await ReportRequest.query(on: app.db).filter(\.$periodCode == "2026-M12").first())
            let user = try #require(try await UserAccount.query(on: app.db).filter(\.$username == "canbo.snv").first())
            try await app.write { db in
                _ = try await ReportSubmissionService.submit(
                    december, unitID: s.p.snv.id!, text: "Đã gửi", files: [], expectedVersion: nil,
                    user: user, scope: try await AccessScope.of(user, on: db), now: clock.now,
                    on: db, t: Localizer(language: .vi))
            }
            let before = try await ReportingScheduler(app: app).run(now: clock.now)
            #expect(before.remindersRecorded == 1)
            let stcReminder = try #require(
                try await ReportReminder.query(on: app.db).filter(\.$kind == "before_deadline").first())
            #expect(stcReminder.unitID == s.p.stc.id)
            #expect(stcReminder.dueOn == "2026-12-14")
            #expect(try await AuditEntry.query(on: app.db).filter(\.$action == "remind").count() == 5)
        }
    }

    @Test func aFailedMailIsRetriedAFewTimesThenLeftForTheOffice() async throws {
        let clock = TestClock()
        let mailer = RecordingMailer()
        mailer.failing = true
        try await withTestApp(adjust: { c in
            c.now = { clock.now }
            c.smtpFrom = "dieuhanh@ubnd.example"
        }) { app in
            app.reportMailer = mailer
            _ = try await setUp(app, first: "2026-M11")
            let officer = try #require(try await ReportUserEmail.query(on: app.db).filter(\.$username == "canbo.snv").first())
            try await app.write { db in
                try await ReportContactService.setEmail(
                    officer, to: "canbo.snv@snv.example", actor: .commandLine, now: clock.now, on: db,
                    t: Localizer(language: .vi))
            }
            #expect(try await ReportingScheduler(app: app).run(now: clock.now).mailsFailed == 1)
            #expect(try await ReportingScheduler(app: app).run(now: clock.now).mailsFailed == 1)
            #expect(try await ReportingScheduler(app: app).run(now: clock.now).mailsFailed == 1)
            #expect(try await ReportingScheduler(app: app).run(now: clock.now).mailsFailed == 0)
            let row = try #require(try await ReportReminder.query(on: app.db).filter(\.$unitID == officer.unitID!).first())
            #expect(row.mailStatus == "failed")
            #expect(row.mailAttempts == 3)
            #expect(row.mailError?.contains("550 no such user") == true)
        }
    }

    @Test func theServerSweepsOnlyWhenServing() {
        #expect(ServingJob.isServing(["dieuhanh"]))
        #expect(ServingJob.isServing(["dieuhanh", "serve", "--port", "8080"]))
        #expect(ServingJob.isServing(["dieuhanh", "--port", "8080"]))
        #expect(!ServingJob.isServing(["dieuhanh", "demo"]))
        #expect(!ServingJob.isServing(["dieuhanh", "reports", "sweep"]))
    }

    @Test func theCommandLineSweepsSetsAddressesAndCountsTheYear() async throws {
        let clock = TestClock()
        try await withTestApp(adjust: { c in c.now = { clock.now } }) { app in
            _ = try await setUp(app)
            let swept = try await runCommand(app, ["reports", "sweep"])
            #expect(swept.contains("Yêu cầu báo cáo mới: 3. Nhắc nhở mới: 4."))
            #expect(swept.contains("Chưa cấu hình máy chủ thư"))
            #expect(try await runCommand(app, ["reports", "sweep"]).contains("Yêu cầu báo cáo mới: 0. Nhắc nhở mới: 0."))
            let set = try await runCommand(app, ["reports", "email", "--user", "canbo.snv", "--email", "canbo@snv.example"])
            #expect(set.contains("Đã đặt địa chỉ thư của canbo.snv"))
            #expect(
                try await ReportUserEmail.query(on: app.db).filter(\.$username == "canbo.snv").first()?.email
                    == "canbo@snv.example")
            await #expect(throws: (any Error).self) {
                try await runCommand(app, ["reports", "email", "--user", "canbo.snv", "--email", "khong-hop-le"])
            }
            let json = try await runCommand(app, ["reports", "stats", "--year", "2026", "--format", "json"])
            let stats = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(stats["expected"] as? Int == 4)
            #expect(stats["missing"] as? Int == 4)
            #expect(stats["completeness_rate"] as? Double == 0)
            #expect((stats["units"] as? [[String: Any]])?.count == 2)
        }
    }
}
