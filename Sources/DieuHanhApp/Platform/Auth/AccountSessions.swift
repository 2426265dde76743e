import Fluent
import Vapor

/// The session driver: signed-in sessions only, stored as `AccountSession` rows with a server-side expiry.
///
/// Vapor asks the driver to create a session for any request that touched `req.session`; one without a user (a
/// visitor, or a browser whose session has ended) is not stored, and its made-up id finds nothing next time. The
/// CSRF token of a visitor's forms lives in a cookie of its own (`CSRFMiddleware`), not in a stored session.
struct AccountSessions: AsyncSessionDriver {
    /// A session ends this long after sign-in, however active it was (the cookie asks the browser for the same).
    static let lifetime: TimeInterval = 12 * 3600
    /// Where Vapor's `session.authenticate` keeps the user's id.
    static let userKey = "_UserAccountSession"

    func createSession(_ data: SessionData, for request: Request) async throws -> SessionID {
        let token = TokenDigest.newToken()
        guard let userID = data[Self.userKey].flatMap(UUID.init(uuidString:)) else { return SessionID(string: token) }
        let now = request.now
        let row = AccountSession(
            tokenHash: TokenDigest.hash(token), userID: userID, data: try Self.encode(data),
            createdAt: now, expiresAt: now.addingTimeInterval(Self.lifetime))
        try await request.write { db in
            // Ended sessions go as new ones come: the table holds no more than the sessions of the last hours.
            try await AccountSession.query(on: db).filter(\.$expiresAt < now).delete()
            try await row.create(on: db)
        }
        return SessionID(string: token)
    }

    func readSession(_ sessionID: SessionID, for request: Request) async throws -> SessionData? {
        // From this instance's copy while no session has been written anywhere since (`SharedCache`).
        guard let session = try await request.cachedSession(tokenHash: TokenDigest.hash(sessionID.string)),
            session.expiresAt > request.now
        else { return nil }
        return session.data
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) async throws -> SessionID {
        // A session signed out of, revoked or expired meanwhile is not brought back; nor is one without its user.
        guard data[Self.userKey] != nil else {
            try await deleteSession(sessionID, for: request)
            return sessionID
        }
        let hash = TokenDigest.hash(sessionID.string)
        let json = try Self.encode(data)
        try await request.write { db in
            try await AccountSession.query(on: db).filter(\.$tokenHash == hash).set(\.$data, to: json).update()
        }
        return sessionID
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) async throws {
        let hash = TokenDigest.hash(sessionID.string)
        guard try await AccountSession.query(on: request.db).filter(\.$tokenHash == hash).first() != nil else { return }
        try await request.write { db in try await AccountSession.query(on: db).filter(\.$tokenHash == hash).delete() }
    }

    private static func encode(_ data: SessionData) throws -> String {
        String(decoding: try JSONEncoder().encode(data), as: UTF8.self)
    }
}

extension AccountSessions {
    /// Ends every session and API token of the user (deactivation, a password reset), or every one but the
    /// session the user is using (their own password change). Runs inside the caller's write.
    static func revoke(userID: UUID, keeping current: SessionID? = nil, on db: Database) async throws {
        let sessions = AccountSession.query(on: db).filter(\.$userID == userID)
        if let current { sessions.filter(\.$tokenHash != TokenDigest.hash(current.string)) }
        try await sessions.delete()
        try await APIToken.query(on: db).filter(\.$userID == userID).delete()
    }
}

extension Request {
    /// Signs the user in on a new session: whatever session id the browser came with (one planted by someone else
    /// included) is ended, and the new one gets a new id and a new CSRF token.
    func startSession(for user: UserAccount) async throws {
        if hasSession, let old = session.id { try await AccountSessions().deleteSession(old, for: self) }
        session.id = nil
        session.data = SessionData()
        auth.login(user)
        session.authenticate(user)
        session.data["csrf"] = TokenDigest.newToken()
    }
}
