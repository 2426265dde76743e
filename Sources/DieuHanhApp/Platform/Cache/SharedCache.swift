import DieuHanhCore
import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// What nearly every request reads and hardly any changes — the unit tree, the working calendar, the leaders, the
/// signed-in sessions and their users — kept in this instance's memory.
///
/// Each copy carries the generation of its counter (`cache_generations`, moved by triggers in the same transaction
/// as every write to its tables, migration v030). A request reads all counters in one query (`CacheGenerations`) and
/// a copy whose counter has moved is read again, so a change made through another instance on the same database is
/// seen by the next request here, as one made here is. A copy is never served to the transaction that is changing
/// it: `Request.write` forgets the request's counters, and code inside a transaction reads the database.
final class SharedCache: Sendable {
    struct Entry<Value: Sendable>: Sendable {
        let generation: Int
        let value: Value
    }

    /// A copy and its generation. The last one put wins: a copy is read after its counter, so it is never older than
    /// its label says, and one put by a slower request under an older label is only read again at the next request.
    /// (Counters may also go back, when a backup is restored.)
    final class Slot<Value: Sendable>: Sendable {
        private let box = NIOLockedValueBox<Entry<Value>?>(nil)

        func get(_ generation: Int) -> Value? {
            box.withLockedValue { $0?.generation == generation ? $0?.value : nil }
        }

        func put(_ value: Value, _ generation: Int) {
            box.withLockedValue { $0 = Entry(generation: generation, value: value) }
        }
    }

    /// Copies of many keyed values sharing one counter (sessions by token hash, users by id): all dropped together
    /// when the counter moves.
    final class KeyedSlot<Key: Hashable & Sendable, Value: Sendable>: Sendable {
        private let box = NIOLockedValueBox<(generation: Int, values: [Key: Value])>((0, [:]))
        /// A bound on memory whatever the traffic: beyond it, the copies start again from empty.
        let limit: Int

        init(limit: Int) { self.limit = limit }

        func get(_ key: Key, _ generation: Int) -> Value? {
            box.withLockedValue { $0.generation == generation ? $0.values[key] : nil }
        }

        func put(_ value: Value, for key: Key, _ generation: Int) {
            box.withLockedValue { state in
                if state.generation != generation || state.values.count >= limit { state = (generation, [:]) }
                state.values[key] = value
            }
        }
    }

    let units = Slot<UnitCatalogue>()
    let calendar = Slot<WorkingCalendar>()
    let leaders = Slot<[LeaderOption]>()
    let sessions = KeyedSlot<String, CachedSession>(limit: 50_000)
    let users = KeyedSlot<UUID, CachedUser>(limit: 50_000)
    /// API tokens by hash: the user and the expiry. Under the sessions' counter (the same trigger).
    let tokens = KeyedSlot<String, CachedToken>(limit: 50_000)
}

/// A leader (the "leader in charge" filter), as the list offers it.
struct LeaderOption: Sendable {
    let id: UUID
    let fullName: String
}

/// A stored session as the driver reads it.
struct CachedSession: Sendable {
    let userID: UUID
    let data: SessionData
    let expiresAt: Date
}

/// A stored API token as the bearer authenticator reads it.
struct CachedToken: Sendable {
    let userID: UUID
    let expiresAt: Date
}

extension Application {
    private struct SharedCacheKey: StorageKey { typealias Value = SharedCache }

    /// Set up with the application (`configure`); one per instance.
    var sharedCache: SharedCache { storage[SharedCacheKey.self]! }

    func setUpSharedCache() { storage[SharedCacheKey.self] = SharedCache() }
}
