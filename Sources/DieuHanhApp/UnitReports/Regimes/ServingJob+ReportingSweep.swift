import NIOCore
import Vapor

extension ServingJob {
    /// The reporting sweep every ten minutes: periodic requests created, reminders recorded and e-mailed.
    static let reportingSweep = ServingJob(name: "reporting sweep", initialDelay: .seconds(15), delay: .minutes(10)) { app in
        let summary = try await ReportingScheduler(app: app).run(now: app.config.now())
        if summary != ReportingScheduler.Summary() {
            app.logger.info(
                """
                reporting sweep: \(summary.requestsCreated) requests, \(summary.remindersRecorded) reminders, \
                \(summary.mailsSent) mails sent, \(summary.mailsFailed) failed
                """)
        }
    }
}
