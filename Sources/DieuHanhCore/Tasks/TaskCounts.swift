import Foundation

/// How many tasks are in each bucket, and the rates derived from them (DOMAIN §3).
///
/// JSON: the bucket raw values as keys ("completed_on_time", …) plus "total"; "total" is ignored on decoding
/// (it is always the sum).
public struct TaskCounts: Equatable, Codable, Sendable {
    public var completedOnTime: Int
    public var completedLate: Int
    public var pendingWithinDeadline: Int
    public var pendingOverdue: Int
    public var pendingNoDeadline: Int

    public init(
        completedOnTime: Int = 0, completedLate: Int = 0, pendingWithinDeadline: Int = 0,
        pendingOverdue: Int = 0, pendingNoDeadline: Int = 0
    ) {
        self.completedOnTime = completedOnTime
        self.completedLate = completedLate
        self.pendingWithinDeadline = pendingWithinDeadline
        self.pendingOverdue = pendingOverdue
        self.pendingNoDeadline = pendingNoDeadline
    }

    public static func tally(_ buckets: some Sequence<TaskBucket>) -> TaskCounts {
        var counts = TaskCounts()
        for bucket in buckets { counts[bucket] += 1 }
        return counts
    }

    public subscript(bucket: TaskBucket) -> Int {
        get {
            switch bucket {
            case .completedOnTime: return completedOnTime
            case .completedLate: return completedLate
            case .pendingWithinDeadline: return pendingWithinDeadline
            case .pendingOverdue: return pendingOverdue
            case .pendingNoDeadline: return pendingNoDeadline
            }
        }
        set {
            switch bucket {
            case .completedOnTime: completedOnTime = newValue
            case .completedLate: completedLate = newValue
            case .pendingWithinDeadline: pendingWithinDeadline = newValue
            case .pendingOverdue: pendingOverdue = newValue
            case .pendingNoDeadline: pendingNoDeadline = newValue
            }
        }
    }

    public var total: Int { completed + pending }
    public var completed: Int { completedOnTime + completedLate }
    public var pending: Int { pendingWithinDeadline + pendingOverdue + pendingNoDeadline }

    /// Sums two tallies (e.g. units into their parent).
    public static func + (lhs: TaskCounts, rhs: TaskCounts) -> TaskCounts {
        var sum = lhs
        for bucket in TaskBucket.allCases { sum[bucket] += rhs[bucket] }
        return sum
    }

    // MARK: - Rates (fractions 0…1; nil when the denominator is 0)

    /// Completion rate = completed / total (seed 001: 42/46 = 91,3%).
    public var completionRate: Double? { rate(.completion).fraction }
    /// On-time rate = completed on time / total.
    public var onTimeRate: Double? { rate(.onTime).fraction }
    /// Rate of due tasks (PM working group) = completed / (completed + pending overdue).
    public var dueTasksRate: Double? { rate(.dueTasks).fraction }

    public func rate(_ kind: TaskRate.Kind) -> TaskRate {
        switch kind {
        case .completion: return TaskRate(kind: kind, numerator: completed, denominator: total)
        case .onTime: return TaskRate(kind: kind, numerator: completedOnTime, denominator: total)
        case .dueTasks: return TaskRate(kind: kind, numerator: completed, denominator: completed + pendingOverdue)
        }
    }

    // MARK: - Codable

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        self.init()
        for bucket in TaskBucket.allCases {
            self[bucket] = try container.decodeIfPresent(Int.self, forKey: Key(bucket.rawValue)) ?? 0
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for bucket in TaskBucket.allCases { try container.encode(self[bucket], forKey: Key(bucket.rawValue)) }
        try container.encode(total, forKey: Key("total"))
    }
}

/// A rate with its parts, so it can always be shown with its label and formula, and rounded exactly.
public struct TaskRate: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case completion = "completion_rate"
        case onTime = "on_time_rate"
        case dueTasks = "due_tasks_rate"

        /// The label to print next to the figure: a rate is never shown unlabelled.
        public var label: String {
            switch self {
            case .completion: return "Tỷ lệ hoàn thành (đã hoàn thành / tổng số nhiệm vụ)"
            case .onTime: return "Tỷ lệ hoàn thành đúng hạn (hoàn thành đúng hạn / tổng số nhiệm vụ)"
            case .dueTasks:
                return "Tỷ lệ hoàn thành nhiệm vụ đến hạn (đã hoàn thành / (đã hoàn thành + chưa hoàn thành quá hạn))"
            }
        }
    }

    public let kind: Kind
    public let numerator: Int
    public let denominator: Int

    public var fraction: Double? { denominator > 0 ? Double(numerator) / Double(denominator) : nil }

    /// The percentage rounded half up to `decimals` places, computed in integers (no binary rounding
    /// surprises): 42/46 → 91.3, 9/16 → 56.3. Nil when the denominator is 0.
    public func percent(decimals: Int = 1) -> Decimal? {
        guard denominator > 0, numerator >= 0, (0...6).contains(decimals) else { return nil }
        var scale = 100
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (2 * numerator * scale + denominator) / (2 * denominator)
        return Decimal(sign: .plus, exponent: -decimals, significand: Decimal(scaled))
    }
}
