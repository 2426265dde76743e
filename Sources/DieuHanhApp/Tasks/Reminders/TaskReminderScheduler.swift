import DieuHanhCore
import Fluent
import NIOCore
import Vapor

/// The daily task reminders: records those due on the day and mails the digests. Idempotent, so the server runs
/// it every half hour (the first run of a working day does the work), `dieuhanh remind tasks` once, and tests at
/// any date.
struct TaskReminderScheduler: Sendable {
    let app: Application

    struct Summary: Sendable, Equatable {
        var recorded = 0
        var digestsSent = 0
        var digestsFailed = 0
    }

    /// The server sends from 07:00 Vietnam time, so the day's digest waits in the morning inbox rather than arriving
    /// just after midnight.
    static func isSendingHour(_ now: Date) -> Bool {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + CivilDate.utcOffsetSeconds
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        return secondOfDay >= 7 * 3600
    }

    /// `day`: the day whose reminders are due, today unless given (to make up a day the server was down).
    func run(now: Date, day: CivilDate? = nil) async throws -> Summary {
        let day = day ?? CivilDate.today(now: now)
        let mailing = app.reportMailer != nil
        let recorded = try await app.write { db in
            try await TaskReminderService.recordDue(on: day, mailing: mailing, now: now, on: db)
        }
        let (sent, failed) = try await TaskReminderService.deliver(app, today: day, now: now)
        return Summary(recorded: recorded, digestsSent: sent, digestsFailed: failed)
    }
}

extension ServingJob {
    static let taskReminders = ServingJob(name: "task reminders", initialDelay: .seconds(30), delay: .minutes(30)) { app in
        let now = app.config.now()
        guard TaskReminderScheduler.isSendingHour(now) else { return }
        let summary = try await TaskReminderScheduler(app: app).run(now: now)
        if summary != TaskReminderScheduler.Summary() {
            app.logger.info(
                """
                task reminders: \(summary.recorded) recorded, \(summary.digestsSent) digests sent, \
                \(summary.digestsFailed) failed
                """)
        }
    }
}
