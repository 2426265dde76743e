import Foundation

/// How many failed sign-ins are tolerated, and over how long.
public struct SignInLimits: Equatable, Sendable {
    /// Failures on one user name from one client before that client may not try that name again for a while.
    public var perNameAndClient: Int
    /// Failures from one client over all names: guessing one password across many names is slowed too (not for a
    /// browser the user signed in from before).
    public var perClient: Int
    /// Failures on one user name from all clients the user has never signed in from. The user's own browser (known
    /// by the device cookie it got at its last sign-in) is not held by this limit, so a stranger cannot lock out
    /// the real user, while many clients together still cannot guess freely.
    public var perNameFromUnknownClients: Int
    /// A failure counts for this long.
    public var window: TimeInterval

    public init(
        perNameAndClient: Int = 5, perClient: Int = 30, perNameFromUnknownClients: Int = 50,
        window: TimeInterval = 15 * 60
    ) {
        self.perNameAndClient = perNameAndClient
        self.perClient = perClient
        self.perNameFromUnknownClients = perNameFromUnknownClients
        self.window = window
    }
}

/// The failed sign-ins of the last `window`, and the attempts being checked right now.
///
/// An attempt is admitted before its password is checked and counts as a failure until it is settled, so that
/// forty guesses sent at once are not all checked before the first failure is recorded: only as many as the limit
/// allows are admitted, the rest are refused at once.
public struct SignInLedger: Sendable {
    public enum Decision: Equatable, Sendable {
        case admitted(Attempt)
        /// Refused without checking the password; the client may try again after this many seconds.
        case refused(retryAfter: TimeInterval)
    }

    /// An admitted attempt, to settle once its password was checked.
    public struct Attempt: Hashable, Sendable {
        fileprivate let keys: [Key]
    }

    fileprivate enum Key: Hashable, Sendable {
        case nameAndClient(String, String)
        case client(String)
        case name(String)
    }

    private struct Tally: Sendable {
        /// The times of the most recent failures, oldest first, at most as many as the key's limit.
        var failures: [Date] = []
        var pending = 0
    }

    public let limits: SignInLimits
    /// Keys beyond this are forgotten, oldest first: a flood of made-up names cannot grow memory without bound.
    public let capacity: Int
    private var tallies: [Key: Tally] = [:]

    public init(limits: SignInLimits = SignInLimits(), capacity: Int = 100_000) {
        self.limits = limits
        self.capacity = capacity
    }

    /// Whether an attempt on `name` from `client` may be checked now. `knownClient`: the client proved, with the
    /// device cookie of an earlier sign-in, that the user has signed in from it before.
    public mutating func admit(name: String, client: String, knownClient: Bool, now: Date) -> Decision {
        // A known client is held only by its own failures on this name: the per-client and per-name limits, which
        // strangers fill (from the same office address, or from many), do not lock the real user out.
        var keys: [Key] = [.nameAndClient(name, client)]
        if !knownClient { keys += [.client(client), .name(name)] }
        var wait: TimeInterval = 0
        for key in keys {
            let limit = self.limit(key)
            var tally = tallies[key] ?? Tally()
            tally.failures.removeAll { now.timeIntervalSince($0) >= limits.window }
            tallies[key] = tally.failures.isEmpty && tally.pending == 0 ? nil : tally
            if tally.failures.count + tally.pending >= limit {
                // Free again when the oldest failure that still counts has aged out (or, when only pending attempts
                // fill the limit, in a moment).
                let until = tally.failures.first.map { $0.addingTimeInterval(limits.window).timeIntervalSince(now) } ?? 1
                wait = max(wait, max(1, until))
            }
        }
        if wait > 0 { return .refused(retryAfter: wait) }
        for key in keys { tallies[key, default: Tally()].pending += 1 }
        if tallies.count > capacity { forgetOldest(now: now) }
        return .admitted(Attempt(keys: keys))
    }

    public enum Outcome: Sendable {
        case succeeded
        case failed
        /// The password could not be checked (the server was busy): neither a failure nor a success.
        case unchecked
    }

    /// Records the outcome of an admitted attempt. A success clears the name's failures from that client (the
    /// user got in; earlier typos are forgotten) but not the client's failures on other names.
    public mutating func settle(_ attempt: Attempt, _ outcome: Outcome, now: Date) {
        for key in attempt.keys {
            guard var tally = tallies[key] else { continue }
            tally.pending = max(0, tally.pending - 1)
            switch outcome {
            case .unchecked:
                break
            case .succeeded:
                if case .nameAndClient = key { tally.failures.removeAll() }
            case .failed:
                tally.failures.append(now)
                let limit = self.limit(key)
                if tally.failures.count > limit { tally.failures.removeFirst(tally.failures.count - limit) }
            }
            tallies[key] = tally.failures.isEmpty && tally.pending == 0 ? nil : tally
        }
    }

    /// How many keys are tracked (for tests and the memory bound).
    public var trackedKeys: Int { tallies.count }

    private func limit(_ key: Key) -> Int {
        switch key {
        case .nameAndClient: return limits.perNameAndClient
        case .client: return limits.perClient
        case .name: return limits.perNameFromUnknownClients
        }
    }

    private mutating func forgetOldest(now: Date) {
        tallies = tallies.filter {
            $0.value.pending > 0 || $0.value.failures.contains { now.timeIntervalSince($0) < limits.window }
        }
        guard tallies.count > capacity else { return }
        let idle = tallies.filter { $0.value.pending == 0 }
            .sorted { ($0.value.failures.last ?? .distantPast) < ($1.value.failures.last ?? .distantPast) }
        for (key, _) in idle.prefix(tallies.count - capacity) { tallies[key] = nil }
    }
}
