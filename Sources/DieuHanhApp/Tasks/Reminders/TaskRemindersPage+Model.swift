import DieuHanhCore
import Foundation

extension TaskRemindersPage {
    struct Row {
        var reminder: TaskReminder
        var taskContent: String
        var recipient: String
        var unit: String
    }

    struct Model {
        var page: ResultPage<Row>
        /// One person's own reminders, rather than everyone's.
        var mine: Bool
        var failedOnly: Bool
    }
}
