import Crypto
import DieuHanhCore
import Foundation
import Vapor

/// Slows down password guessing (the limits are Core's `SignInLedger`): per user name and client, per client,
/// and per name from clients the user never signed in from. Kept in memory: one DieuHanh process serves a
/// province; a restart forgets the counters, which is acceptable for throttling.
///
/// A browser that signed in gets a device cookie naming the user, signed with a key of this process: with it the
/// real user is not held by the per-name limit that strangers can fill.
actor SignInThrottle {
    static let deviceCookie = "dieuhanh-device"
    private var ledger: SignInLedger
    private let deviceKey = SymmetricKey(size: .bits256)

    init(limits: SignInLimits) {
        ledger = SignInLedger(limits: limits)
    }

    func admit(name: String, client: String, knownClient: Bool, now: Date) -> SignInLedger.Decision {
        ledger.admit(name: name, client: client, knownClient: knownClient, now: now)
    }

    func settle(_ attempt: SignInLedger.Attempt, _ outcome: SignInLedger.Outcome, now: Date) {
        ledger.settle(attempt, outcome, now: now)
    }

    /// The device cookie's value for `name`: a random id, the name, and their HMAC.
    nonisolated func deviceToken(for name: String) -> String {
        let payload = TokenDigest.newToken() + "." + Data(name.utf8).base64EncodedString()
        return payload + "." + mac(payload)
    }

    /// Whether `token` is a device cookie this process issued for `name`.
    nonisolated func isDevice(_ token: String?, of name: String) -> Bool {
        guard let token else { return false }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, Data(base64Encoded: String(parts[1])) == Data(name.utf8) else { return false }
        return TokenDigest.constantTimeEquals(mac(parts[0] + "." + parts[1]), String(parts[2]))
    }

    private nonisolated func mac(_ payload: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: deviceKey)).base64EncodedString()
    }
}

extension Application {
    private struct ThrottleKey: StorageKey { typealias Value = SignInThrottle }

    var signInThrottle: SignInThrottle {
        get { storage[ThrottleKey.self]! }
        set { storage[ThrottleKey.self] = newValue }
    }
}

extension Request {
    /// The client's address: the peer's, or behind the configured reverse proxy the last address it added to
    /// `X-Forwarded-For` (earlier entries are whatever the client claimed).
    var clientAddress: String {
        let peer = remoteAddress?.ipAddress ?? "unknown"
        guard let proxy = config.trustedProxy, peer == proxy,
            let forwarded = headers[.xForwardedFor].last?.split(separator: ",").last
        else { return peer }
        let address = forwarded.trimmingCharacters(in: .whitespaces)
        return address.isEmpty ? peer : address
    }
}
