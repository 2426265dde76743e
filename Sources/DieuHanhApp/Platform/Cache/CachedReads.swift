import DieuHanhCore
import Fluent
import Vapor

/// The reads `SharedCache` answers from memory, each checked against the request's counters first.
extension Request {
    /// Every unit, with the tree's indexes.
    func cachedUnits() async throws -> UnitCatalogue {
        try await cached(application.sharedCache.units, "units") { try await UnitCatalogue.load(on: $0) }
    }

    /// The working calendar (statutory rule plus the administrator's days).
    func cachedCalendar() async throws -> WorkingCalendar {
        try await cached(application.sharedCache.calendar, "calendar") { try await CalendarService.calendar(on: $0) }
    }

    /// Users with the leader role, by name.
    func cachedLeaders() async throws -> [LeaderOption] {
        try await cached(application.sharedCache.leaders, "users") { db in
            try await UserAccount.query(on: db).filter(\.$role == Role.leader.rawValue).sort(\.$fullName).all()
                .map { LeaderOption(id: $0.id!, fullName: $0.fullName) }
        }
    }

    /// The stored session of this token hash, if any (expired or not: the caller compares `expiresAt`).
    func cachedSession(tokenHash: String) async throws -> CachedSession? {
        let slot = application.sharedCache.sessions
        let generation = try await cacheGenerations()["sessions"]
        if let session = slot.get(tokenHash, generation) { return session }
        guard let row = try await AccountSession.query(on: db).filter(\.$tokenHash == tokenHash).first() else {
            return nil
        }
        let session = CachedSession(
            userID: row.userID, data: try JSONDecoder().decode(SessionData.self, from: Data(row.data.utf8)),
            expiresAt: row.expiresAt)
        slot.put(session, for: tokenHash, generation)
        return session
    }

    /// The API token of this hash, if any (expired or not).
    func cachedToken(tokenHash: String) async throws -> CachedToken? {
        let slot = application.sharedCache.tokens
        let generation = try await cacheGenerations()["sessions"]
        if let token = slot.get(tokenHash, generation) { return token }
        guard let row = try await APIToken.query(on: db).filter(\.$tokenHash == tokenHash).first() else { return nil }
        let token = CachedToken(userID: row.userID, expiresAt: row.expiresAt)
        slot.put(token, for: tokenHash, generation)
        return token
    }

    /// The user of this id as a model of its own (the caller may change and save it), read from the copy.
    func cachedUser(_ id: UUID) async throws -> UserAccount? {
        let slot = application.sharedCache.users
        let generation = try await cacheGenerations()["users"]
        if let user = slot.get(id, generation) { return try user.model() }
        guard let user = try await UserAccount.find(id, on: db) else { return nil }
        slot.put(CachedUser(user), for: id, generation)
        return user
    }

    private func cached<Value: Sendable>(
        _ slot: SharedCache.Slot<Value>, _ name: String, load: (Database) async throws -> Value
    ) async throws -> Value {
        // The counter is read before the data: a write committed in between leaves a copy newer than its
        // generation says, which the next request reads again; never an older one taken for current.
        let generation = try await cacheGenerations()[name]
        if let value = slot.get(generation) { return value }
        let value = try await load(db)
        slot.put(value, generation)
        return value
    }
}
