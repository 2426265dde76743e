import Foundation
import Vapor

/// Slows down password guessing: after `maxFailures` failed sign-ins for one user name, further attempts are
/// refused until `lockout` has passed since the last failure. Kept in memory: one DieuHanh process serves a
/// province; a restart forgets the counters, which is acceptable for throttling.
actor SignInThrottle {
    private var failures: [String: (count: Int, last: Date)] = [:]
    private let maxFailures: Int
    private let lockout: TimeInterval

    init(maxFailures: Int, lockout: TimeInterval) {
        self.maxFailures = maxFailures
        self.lockout = lockout
    }

    /// Seconds until the name may try again, or nil when it may try now.
    func lockedFor(_ username: String, now: Date) -> TimeInterval? {
        guard let entry = failures[username.lowercased()], entry.count >= maxFailures else { return nil }
        let remaining = entry.last.addingTimeInterval(lockout).timeIntervalSince(now)
        if remaining <= 0 {
            failures[username.lowercased()] = nil
            return nil
        }
        return remaining
    }

    func recordFailure(_ username: String, now: Date) {
        let key = username.lowercased()
        let count = (failures[key]?.count ?? 0) + 1
        failures[key] = (count, now)
    }

    func recordSuccess(_ username: String) {
        failures[username.lowercased()] = nil
    }
}

extension Application {
    private struct ThrottleKey: StorageKey { typealias Value = SignInThrottle }

    var signInThrottle: SignInThrottle {
        get { storage[ThrottleKey.self]! }
        set { storage[ThrottleKey.self] = newValue }
    }
}
