import Fluent
import SQLKit
import Vapor

/// The counters of `cache_generations` (migration v030) as one request read them: one query of four rows.
struct CacheGenerations: Sendable {
    var values: [String: Int]

    subscript(_ name: String) -> Int { values[name] ?? 0 }

    static func read(on db: Database) async throws -> CacheGenerations {
        var values: [String: Int] = [:]
        for row in try await PlainRow.all("SELECT name, generation FROM cache_generations", on: db) {
            values[try row.string(0)] = try row.int(1)
        }
        return CacheGenerations(values: values)
    }
}

extension Request {
    private struct CacheGenerationsKey: StorageKey { typealias Value = CacheGenerations }

    /// The counters, read at the first cached read of the request and kept for the rest of it; forgotten by
    /// `write`, so that a page rendered after the request's own write reads what it wrote.
    func cacheGenerations() async throws -> CacheGenerations {
        if let generations = storage[CacheGenerationsKey.self] { return generations }
        let generations = try await CacheGenerations.read(on: db)
        storage[CacheGenerationsKey.self] = generations
        return generations
    }

    func forgetCacheGenerations() { storage[CacheGenerationsKey.self] = nil }
}
