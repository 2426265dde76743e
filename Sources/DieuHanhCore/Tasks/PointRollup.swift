import Foundation

/// A point's roll-up over its units' tasks as of a date (DOMAIN §10: "N of M units done, which are late"). Each
/// unit's task is counted by the one status rule (`TaskStatus.evaluate`); a cancelled one (nil) is not due.
public struct PointRollup: Equatable, Sendable {
    /// Units whose task counts as of the date.
    public var total = 0
    public var completedOnTime = 0
    public var completedLate = 0
    /// Units whose task is pending and past its deadline, by name, in the order given.
    public var overdue: [String] = []
    /// Units whose task was cancelled (or not yet assigned) as of the date.
    public var notCounted = 0

    public init() {}

    /// `units`: each unit's name with its task's status as of the date (nil when it does not count).
    public init(_ units: [(name: String, snapshot: TaskSnapshot?)]) {
        for unit in units {
            guard let snapshot = unit.snapshot else {
                notCounted += 1
                continue
            }
            total += 1
            switch snapshot.bucket {
            case .completedOnTime: completedOnTime += 1
            case .completedLate: completedLate += 1
            case .pendingOverdue: overdue.append(unit.name)
            case .pendingWithinDeadline, .pendingNoDeadline: break
            }
        }
    }

    public var completed: Int { completedOnTime + completedLate }

    /// "3/5 đơn vị đã hoàn thành (02 đúng hạn, 01 quá hạn); 01 đơn vị chưa hoàn thành quá hạn: Sở Y tế."
    public var sentence: String {
        guard total > 0 else { return "Không có đơn vị nào phải thực hiện." }
        var text = "\(VNFormat.integer(completed))/\(VNFormat.integer(total)) đơn vị đã hoàn thành"
        if completed > 0 {
            text += " (\(VNFormat.count(completedOnTime)) đúng hạn"
            text += completedLate > 0 ? ", \(VNFormat.count(completedLate)) quá hạn)" : ")"
        }
        if !overdue.isEmpty {
            text += "; \(VNFormat.count(overdue.count)) đơn vị chưa hoàn thành quá hạn: " + overdue.joined(separator: ", ")
        }
        return text + "."
    }
}
