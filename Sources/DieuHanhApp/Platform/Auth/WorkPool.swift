import NIOConcurrencyHelpers
import NIOPosix
import Vapor

/// Threads for CPU-heavy work: bcrypt, and reading large uploads. Not the event loops, not Swift's cooperative
/// threads (two on a two-core machine: every async handler runs there), and not the application's thread pool, on
/// which every SQLite query waits. Thirty wrong passwords at once used to hold SQLite's pool for seconds and push
/// a signed-in user's page from 0,03 s to 7–13 s.
///
/// At most `maxQueued` jobs wait; more are refused at once with 503, so a flood of sign-ins cannot queue minutes
/// of hashing.
final class WorkPool: Sendable {
    let maxQueued: Int
    private let pool: NIOThreadPool
    private let queued = NIOLockedValueBox(0)

    init(threads: Int, maxQueued: Int) {
        self.maxQueued = maxQueued
        pool = NIOThreadPool(numberOfThreads: threads)
        pool.start()
    }

    func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        let admitted = queued.withLockedValue { count -> Bool in
            guard count < maxQueued else { return false }
            count += 1
            return true
        }
        guard admitted else { throw AppError(.serviceUnavailable, code: "busy", message: Localizer(language: .vi)(T.errBusy)) }
        defer { queued.withLockedValue { $0 -= 1 } }
        return try await pool.runIfActive(work)
    }

    func shutdown() async {
        try? await pool.shutdownGracefully()
    }
}

extension Application {
    private struct WorkPoolKey: StorageKey { typealias Value = WorkPool }

    var workPool: WorkPool {
        get { storage[WorkPoolKey.self]! }
        set { storage[WorkPoolKey.self] = newValue }
    }

    /// Starts the work pool and stops it with the application.
    func setUpWorkPool() {
        workPool = WorkPool(threads: max(1, System.coreCount), maxQueued: 64)
        lifecycle.use(WorkPoolLifecycle())
    }
}

private struct WorkPoolLifecycle: LifecycleHandler {
    func shutdownAsync(_ application: Application) async {
        await application.workPool.shutdown()
    }
}

extension Request {
    var digester: PasswordDigester { application.digester }
}

extension Application {
    package var digester: PasswordDigester { PasswordDigester(cost: config.bcryptCost, pool: workPool) }
}
