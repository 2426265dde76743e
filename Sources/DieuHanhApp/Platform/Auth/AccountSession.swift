import Fluent
import Foundation

/// A signed-in browser session. Only sessions with a user are stored (a visitor of the sign-in page writes
/// nothing); the cookie's value is kept as its SHA-256, as API tokens are, and the row ends at `expiresAt` whatever
/// the browser does with its cookie. Signing out, a password change or reset and deactivation delete the rows.
final class AccountSession: Model, @unchecked Sendable {
    static let schema = "account_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "user_id") var userID: UUID
    /// The session's data (`SessionData`) as JSON: the CSRF token, a flash message, the language.
    @Field(key: "data") var data: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, userID: UUID, data: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.data = data
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
