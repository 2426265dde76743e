import NIOCore
import Vapor

/// Work that runs again and again while the server serves (not for other commands, not in tests): the reporting
/// sweep, the file store's sweep. A failed round is logged and retried at the next one; a stop waits for a round
/// under way, since it may be writing and the databases close right after.
struct ServingJob: LifecycleHandler {
    let name: String
    let initialDelay: TimeAmount
    let delay: TimeAmount
    let round: @Sendable (Application) async throws -> Void

    private struct TasksKey: StorageKey { typealias Value = [String: RepeatedTask] }

    func didBoot(_ app: Application) throws {
        guard app.environment != .testing, Self.isServing(app.environment.arguments) else { return }
        let loop = app.eventLoopGroup.next()
        let round = round
        var tasks = app.storage[TasksKey.self] ?? [:]
        tasks[name] = loop.scheduleRepeatedAsyncTask(initialDelay: initialDelay, delay: delay) { _ in
            loop.makeFutureWithTask {
                do { try await round(app) } catch { app.logger.report(error: error) }
            }
        }
        app.storage[TasksKey.self] = tasks
    }

    func shutdownAsync(_ app: Application) async {
        guard let task = app.storage[TasksKey.self]?[name] else { return }
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
