import NIOConcurrencyHelpers
import Vapor

/// The requests being answered, so that a stop can wait for them before it closes the databases.
///
/// Vapor's shutdown closes the databases while handlers may still be running; a handler that then asks for its
/// database found none and the process crashed in the middle of a write (12 of 12 SIGTERMs under load). A stop now
/// refuses new requests, lets the server finish the ones in flight, and only then shuts the application down.
final class InFlightRequests: Sendable {
    private struct State {
        var count = 0
        var draining = false
    }
    private let state = NIOLockedValueBox(State())

    /// Counts a request in, unless the server is stopping.
    func enter() -> Bool {
        state.withLockedValue { s in
            guard !s.draining else { return false }
            s.count += 1
            return true
        }
    }

    func leave() { state.withLockedValue { $0.count -= 1 } }

    var count: Int { state.withLockedValue { $0.count } }

    func startDraining() { state.withLockedValue { $0.draining = true } }

    /// Waits until no request is in flight, or `timeout` has passed; true when none is left.
    func waitUntilIdle(timeout: Duration) async -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while count > 0 {
            guard clock.now < deadline else { return false }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return true
    }
}

/// The outermost middleware: counts every request, and answers 503 once the server is stopping.
struct InFlightMiddleware: AsyncMiddleware {
    let requests: InFlightRequests

    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard requests.enter() else {
            let response = Response(status: .serviceUnavailable)
            response.headers.replaceOrAdd(name: .connection, value: "close")
            response.headers.replaceOrAdd(name: .retryAfter, value: "5")
            return response
        }
        defer { requests.leave() }
        return try await next.respond(to: request)
    }
}

extension Application {
    private struct InFlightKey: StorageKey { typealias Value = InFlightRequests }

    var inFlightRequests: InFlightRequests {
        if let existing = storage[InFlightKey.self] { return existing }
        let created = InFlightRequests()
        storage[InFlightKey.self] = created
        return created
    }

    /// How long a stop waits for the requests in flight (an import of a large file may take a while).
    public static let stopGrace: Duration = .seconds(30)

    /// Stops serving in order: refuse new requests, close the listening socket and let the open connections finish
    /// their requests, wait for any handler still running, then the caller shuts the application (and its
    /// databases) down. Returns false when requests were still running after `grace`.
    public func stopServing(grace: Duration = Application.stopGrace) async -> Bool {
        inFlightRequests.startDraining()
        await server.shutdown()
        let idle = await inFlightRequests.waitUntilIdle(timeout: grace)
        if !idle { logger.warning("stopping with \(inFlightRequests.count) requests still running") }
        return idle
    }
}
