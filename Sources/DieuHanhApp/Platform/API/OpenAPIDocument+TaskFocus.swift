import DieuHanhCore
import Foundation

/// The bodies of focal tasks (nhiệm vụ trọng tâm): apart from the main schema list, which is full.
extension OpenAPIDocument {
    static var taskPriority: [String: Any] {
        ["type": ["string", "null"], "enum": TaskPriority.allCases.map { $0.rawValue as Any } + [NSNull() as Any]]
    }

    static var taskFocusSchemas: [String: Any] {
        [
            "TaskFocusInput": object(
                [
                    "focal": ["type": "boolean", "description": "true marks the task focal; false or absent unmarks it"],
                    "priority": taskPriority,
                ])
        ]
    }
}
