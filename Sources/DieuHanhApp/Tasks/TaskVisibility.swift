import DieuHanhCore
import Fluent
import Vapor

/// Who may see a task: everyone but unit officers; they see tasks their subtree leads or coordinates.
enum TaskVisibility {
    static func canSee(_ task: TaskItem, scope: AccessScope, on db: Database) async throws -> Bool {
        guard let ids = scope.unitIDs else { return true }
        if ids.contains(task.leadUnitID) { return true }
        return try await TaskCoordinator.query(on: db).filter(\.$taskID == task.id!).filter(\.$unitID ~~ Array(ids)).count() > 0
    }
}

extension Request {
    /// The task of the route (`:taskID`), when the caller may see it.
    func visibleTask() async throws -> TaskItem {
        let scope = try await accessScope()
        return try await visible(TaskItem.self, "taskID") { try await TaskVisibility.canSee($0, scope: scope, on: self.db) }
    }
}
