import DieuHanhCore
import Fluent
import Vapor

/// The reporting sweep: makes the regimes' requests, records the reminders due, e-mails them. Idempotent, so
/// the server runs it every few minutes, `dieuhanh reports sweep` once, and tests at any date (`now`).
struct ReportingScheduler: Sendable {
    let app: Application

    struct Summary: Sendable, Equatable {
        var requestsCreated = 0
        var remindersRecorded = 0
        var mailsSent = 0
        var mailsFailed = 0
    }

    func run(now: Date) async throws -> Summary {
        let today = CivilDate.today(now: now)
        let requests = try await app.write { db in
            try await ReportingRegimeService.createDueRequests(asOf: today, now: now, on: db).count
        }
        let policy = app.config.reportReminderPolicy
        let mailing = app.reportMailer != nil
        let reminders = try await app.write { db in
            try await ReportReminderService.recordDue(asOf: today, policy: policy, mailing: mailing, now: now, on: db).count
        }
        let (sent, failed) = try await ReportReminderService.deliver(app, now: now)
        return Summary(requestsCreated: requests, remindersRecorded: reminders, mailsSent: sent, mailsFailed: failed)
    }
}
