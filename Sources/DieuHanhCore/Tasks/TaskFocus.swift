import Foundation

/// How urgent the office rates a task (mức ưu tiên). Most tasks have none.
public enum TaskPriority: String, CaseIterable, Sendable, Codable {
    case high = "cao"
    case medium = "trung_binh"
    case low = "thap"

    public var label: String {
        switch self {
        case .high: "Cao"
        case .medium: "Trung bình"
        case .low: "Thấp"
        }
    }

    /// Sort key: high first; a task without a priority (`rank(nil)`) after every rated one.
    public static func rank(_ priority: TaskPriority?) -> Int {
        priority.flatMap { allCases.firstIndex(of: $0) } ?? allCases.count
    }

    /// Reads a priority as people write it: the code (`trung_binh`) or the words, with or without diacritics
    /// (“Trung bình”, “trung binh”). Empty text is no priority; nil for text that names none.
    public static func parse(_ text: String) -> TaskPriority?? {
        let folded = VietnameseText.fold(text).replacingOccurrences(of: " ", with: "_")
        if folded.isEmpty { return .some(nil) }
        return allCases.first { $0.rawValue == folded }.map { .some($0) }
    }
}

/// Whether a task is a focal task (nhiệm vụ trọng tâm) and its priority: the office's marking, apart from the
/// task's dated history. It changes no status or statistic; it orders lists and reminders.
public struct TaskFocus: Hashable, Sendable, Codable {
    public var focal: Bool
    public var priority: TaskPriority?

    public init(focal: Bool = false, priority: TaskPriority? = nil) {
        self.focal = focal
        self.priority = priority
    }

    /// An unmarked task.
    public static let none = TaskFocus()

    /// The office (coordinators) and admins mark tasks: the same people who manage the tracking data.
    public static func mayChange(_ role: Role) -> Bool { role.canManageTrackingData }

    /// Focal tasks first, then by priority: what the home page and the reminder digest sort by.
    public static func comesBefore(_ a: TaskFocus, _ b: TaskFocus) -> Bool {
        (a.focal ? 0 : 1, TaskPriority.rank(a.priority)) < (b.focal ? 0 : 1, TaskPriority.rank(b.priority))
    }

    /// Reads the CSV column `trong_tam`: `x` or `1` mark the task focal, `0` or empty leave it unmarked; nil for
    /// anything else (a typo must not pass silently).
    public static func parseFocal(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "x", "1": true
        case "", "0": false
        default: nil
        }
    }
}
