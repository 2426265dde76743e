import NIOCore
import Vapor

/// Runs the reporting sweep every few minutes while the server serves (not for other commands, not in tests).
struct ReportingSweepLifecycle: LifecycleHandler {
    static let interval = TimeAmount.minutes(10)

    private struct TaskKey: StorageKey { typealias Value = RepeatedTask }

    func didBoot(_ app: Application) throws {
        guard app.environment != .testing, Self.isServing(app.environment.arguments) else { return }
        let loop = app.eventLoopGroup.next()
        app.storage[TaskKey.self] = loop.scheduleRepeatedAsyncTask(initialDelay: .seconds(15), delay: Self.interval) { _ in
            loop.makeFutureWithTask {
                do {
                    let summary = try await ReportingScheduler(app: app).run(now: app.config.now())
                    if summary != ReportingScheduler.Summary() {
                        app.logger.info("""
                            reporting sweep: \(summary.requestsCreated) requests, \(summary.remindersRecorded) reminders, \
                            \(summary.mailsSent) mails sent, \(summary.mailsFailed) failed
                            """)
                    }
                } catch {
                    // A failed round (the database busy, a constraint raced by another process) is retried next time.
                    app.logger.report(error: error)
                }
            }
        }
    }

    /// Waits for a sweep under way to finish: it writes, and the databases close right after this.
    func shutdownAsync(_ app: Application) async {
        guard let task = app.storage[TaskKey.self] else { return }
        let promise = app.eventLoopGroup.next().makePromise(of: Void.self)
        task.cancel(promise: promise)
        try? await promise.futureResult.get()
    }

    /// `dieuhanh`, `dieuhanh serve …` or `dieuhanh --port …` (serve is the default command).
    static func isServing(_ arguments: [String]) -> Bool {
        guard let command = arguments.dropFirst().first else { return true }
        return command == "serve" || command.hasPrefix("-")
    }
}
