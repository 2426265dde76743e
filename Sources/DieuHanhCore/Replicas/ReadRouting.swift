import Foundation

/// A place in a PostgreSQL server's write-ahead log, as `pg_current_wal_lsn()` and `pg_last_wal_replay_lsn()` print
/// it: two hexadecimal halves, "16/B374D848". A replica that has replayed up to a position holds every change
/// committed before it.
public struct WALPosition: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(_ value: UInt64) { self.value = value }

    /// nil for anything that is not two hexadecimal halves of at most 32 bits each.
    public init?(_ text: String) {
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2, halves.allSatisfy({ (1...8).contains($0.count) }),
            let high = UInt64(halves[0], radix: 16), let low = UInt64(halves[1], radix: 16)
        else { return nil }
        value = high << 32 | low
    }

    public var description: String {
        String(value >> 32, radix: 16, uppercase: true) + "/" + String(value & 0xFFFF_FFFF, radix: 16, uppercase: true)
    }

    public static func < (a: WALPosition, b: WALPosition) -> Bool { a.value < b.value }
}

/// A user's last write: where the primary's log stood once it had committed, and when. Kept in a cookie (and in
/// the process's memory for clients that keep no cookies), so the user's next reads wait for a replica that has it.
public struct WriteMark: Equatable, Sendable {
    public var position: WALPosition
    public var at: Date

    public init(position: WALPosition, at: Date) {
        self.position = position
        self.at = at
    }

    /// The cookie's text: "16/B374D848@1795312800" (the position, then the time in whole seconds).
    public var cookieValue: String { "\(position)@\(Int(at.timeIntervalSince1970))" }

    public init?(cookieValue: String) {
        let parts = cookieValue.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let position = WALPosition(String(parts[0])), let seconds = Int(parts[1]) else {
            return nil
        }
        self.init(position: position, at: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The later of two marks (the one further along the log).
    public static func latest(_ a: WriteMark?, _ b: WriteMark?) -> WriteMark? {
        guard let a else { return b }
        guard let b else { return a }
        return b.position > a.position ? b : a
    }
}

/// Where a read goes when the deployment has PostgreSQL replicas (README: reads on replicas).
public enum ReadRoute: Equatable, Sendable {
    case primary
    case replica
    /// A replica, provided it has replayed the log up to the user's last write; the primary otherwise.
    case replicaIfReplayed(WALPosition)
}

public enum ReadRouting {
    /// How long after a write the user's reads check that the replica has it. Streaming replicas on a healthy
    /// network lag by milliseconds; past five minutes a replica still behind is broken, not late.
    public static let window: TimeInterval = 300

    /// Writes, and reads that are not lists, figures or reports, go to the primary; so do reads right after the
    /// user's own write unless the replica has replayed it. A mark from the future (another server's clock) counts
    /// as recent.
    public static func route(isRead: Bool, hasReplica: Bool, mark: WriteMark?, now: Date) -> ReadRoute {
        guard isRead, hasReplica else { return .primary }
        guard let mark, now.timeIntervalSince(mark.at) < window else { return .replica }
        return .replicaIfReplayed(mark.position)
    }

    /// A replica serves a read after a write once it has replayed at least as far; one that cannot say (nil: not
    /// in recovery, or it failed to answer) does not.
    public static func replicaServes(replayed: WALPosition?, mark: WALPosition) -> Bool {
        guard let replayed else { return false }
        return replayed >= mark
    }
}
