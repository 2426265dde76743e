import Fluent
import SQLKit
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
    package func write<T: Sendable>(_ work: @escaping @Sendable (Database) async throws -> T) async throws -> T {
        let gated = isSQLite
        if gated { await writeGate.acquire() }
        do {
            let result = try await db.transaction { db in
                if gated { try await Self.takeTheWriteLock(db) }
                return try await work(db)
            }
            if gated { await writeGate.release() }
            return result
        } catch {
            if gated { await writeGate.release() }
            throw error
        }
    }
}

extension Application {
    /// The gate queues this process's writers only; a command run while the server serves (`dieuhanh levels
    /// deliver`, an import) writes the same file from another process. Fluent begins a deferred transaction: had it
    /// read first, a commit by the other process before its first write would make SQLite refuse that write at once
    /// ("database is locked", SQLITE_BUSY_SNAPSHOT) and the request fail. Writing first (a statement that changes
    /// no row) takes the write lock before any read, so SQLite waits for the other writer instead.
    static func takeTheWriteLock(_ db: Database) async throws {
        try await (db as! any SQLDatabase).raw("UPDATE _fluent_migrations SET name = name WHERE 0").run()
    }
}

extension Application {
    /// `write` for the benchmark generator's years: on SQLite, on one connection whose page cache is raised to
    /// `cacheKibibytes` for the transaction, with temporary files in memory, then set back, so that the indexes it
    /// fills at random places (random ids) are written out once. Imports do not use it: for 100.000 rows into
    /// 1.000.000 tasks it saved 6% for twice the memory (BENCHMARKS.md). `temp_store` cannot change inside a
    /// transaction, hence the connection is taken first.
    package func bulkWrite<T: Sendable>(
        cacheKibibytes: Int,
        _ work: @escaping @Sendable (Database) async throws -> T
    ) async throws -> T {
        guard isSQLite else { return try await write(work) }
        await writeGate.acquire()
        do {
            let result = try await db.withConnection { connection in
                let sql = connection as! SQLDatabase
                let cacheSize =
                    try await sql.raw("PRAGMA cache_size").first()?.decode(column: "cache_size", as: Int.self) ?? -2000
                func set(cacheSize: Int, tempStore: String) async throws {
                    try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(cacheSize))").run()
                    try await sql.raw("PRAGMA temp_store = \(unsafeRaw: tempStore)").run()
                }
                try await set(cacheSize: -cacheKibibytes, tempStore: "MEMORY")
                do {
                    let result = try await connection.transaction { try await work($0) }
                    try await set(cacheSize: cacheSize, tempStore: "DEFAULT")
                    return result
                } catch {
                    try? await set(cacheSize: cacheSize, tempStore: "DEFAULT")
                    throw error
                }
            }
            await writeGate.release()
            return result
        } catch {
            await writeGate.release()
            throw error
        }
    }
}

extension Request {
    func write<T: Sendable>(_ work: @escaping @Sendable (Database) async throws -> T) async throws -> T {
        // What the request reads after its own write is read again, not taken from a copy (`SharedCache`).
        defer { forgetCacheGenerations() }
        return try await application.write(work)
    }
}
