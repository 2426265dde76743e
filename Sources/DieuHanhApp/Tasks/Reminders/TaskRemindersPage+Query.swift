import DieuHanhCore
import Fluent
import Vapor

extension TaskRemindersPage {
    static let perPage = 50

    /// A page of reminders, newest first: one person's (`recipient`) or everyone's; the failed ones alone on demand.
    static func model(recipient: UUID?, failedOnly: Bool, page: Int, on db: Database) async throws -> Model {
        let query = TaskReminder.query(on: db)
        if let recipient { query.filter(\.$userID == recipient) }
        if failedOnly { query.filter(\.$state == TaskReminder.State.failed.rawValue) }
        let total = try await query.copy().count()
        let reminders = try await query.sort(\.$dueOn, .descending).sort(\.$recordedAt, .descending)
            .range(PageWindow(page: page, per: perPage).range).all()
        let taskIDs = Array(Set(reminders.map(\.taskID)))
        let tasks = taskIDs.isEmpty ? [] : try await TaskItem.query(on: db).filter(\.$id ~~ taskIDs).all()
        let byTask = Dictionary(tasks.map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let userIDs = Array(Set(reminders.map(\.userID)))
        let users = userIDs.isEmpty ? [] : try await UserAccount.query(on: db).filter(\.$id ~~ userIDs).all()
        let names = Dictionary(users.map { ($0.id!, $0.fullName) }, uniquingKeysWith: { a, _ in a })
        let units = try await UnitDirectory.names(of: tasks.map(\.leadUnitID), on: db)
        let rows = reminders.map { reminder in
            let task = byTask[reminder.taskID]
            return Row(
                reminder: reminder, taskContent: task?.content ?? "—", recipient: names[reminder.userID] ?? "—",
                unit: task.flatMap { units[$0.leadUnitID] } ?? "")
        }
        return Model(
            page: ResultPage(items: rows, total: total, page: page, per: perPage), mine: recipient != nil,
            failedOnly: failedOnly)
    }
}
