import Fluent
import Vapor

/// Runs write transactions one at a time in this process when the database is SQLite.
///
/// SQLite allows one writer; two connections that both read and then write inside deferred transactions can
/// deadlock, and SQLite answers one of them "database is locked". Queuing writers here avoids that. PostgreSQL
/// needs no gate: its row locks serialise what must be serialised (the audit head).
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}

extension Application {
    private struct WriteGateKey: StorageKey { typealias Value = WriteGate }

    var writeGate: WriteGate { storage[WriteGateKey.self]! }

    func setUpWriteGate() { storage[WriteGateKey.self] = WriteGate() }

    /// The one way to change data: a transaction, queued behind other writers on SQLite.
    func write<T: Sendable>(_ work: @escaping @Sendable (Database) async throws -> T) async throws -> T {
        let gated = isSQLite
        if gated { await writeGate.acquire() }
        do {
            let result = try await db.transaction { try await work($0) }
            if gated { await writeGate.release() }
            return result
        } catch {
            if gated { await writeGate.release() }
            throw error
        }
    }
}

extension Request {
    func write<T: Sendable>(_ work: @escaping @Sendable (Database) async throws -> T) async throws -> T {
        try await application.write(work)
    }
}
