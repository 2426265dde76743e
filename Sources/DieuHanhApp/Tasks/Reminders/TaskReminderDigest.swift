import DieuHanhCore
import Fluent
import Foundation

/// One person's e-mail of the day: every task of theirs reminded about, most overdue first. Always Vietnamese
/// (the officials' language), plain text.
struct TaskReminderDigest: Equatable {
    struct Line: Equatable {
        var taskID: UUID
        var content: String
        var document: String
        var deadline: CivilDate
        /// Working days left (0: the deadline is today), or negative: working days overdue.
        var daysLeft: Int
        /// Focal tasks (nhiệm vụ trọng tâm) head the e-mail and say so.
        var focus: TaskFocus = .none
        /// A leader's question about the delay still unanswered: the day the answer is due (DOMAIN §11).
        var explanationDue: CivilDate? = nil
    }

    var recipient: String
    var day: CivilDate
    var publicURL: String?
    var lines: [Line]

    var subject: String {
        let overdue = lines.filter { $0.daysLeft < 0 }.count
        let count = "\(lines.count) nhiệm vụ" + (overdue > 0 ? ", \(overdue) quá hạn" : "")
        return "[DieuHanh] Nhắc hạn nhiệm vụ ngày \(VNFormat.date(day)): \(count)"
    }

    var body: String {
        var text = [
            "Kính gửi: \(recipient)", "",
            "Các nhiệm vụ dưới đây do đơn vị của ông/bà chủ trì sắp đến hạn hoặc đã quá hạn, đề nghị khẩn trương thực hiện"
                + " và báo cáo kết quả.",
        ]
        for (n, line) in sorted.enumerated() {
            text += [
                "", "\(n + 1). " + (line.focus.focal ? "[Trọng tâm] " : "") + line.content, "   Văn bản giao: \(line.document)",
                "   Thời hạn: \(VNFormat.date(line.deadline)) — \(Self.left(line.daysLeft))",
            ]
            if let due = line.explanationDue {
                text.append("   Lãnh đạo yêu cầu giải trình việc chậm thực hiện, hạn giải trình \(VNFormat.date(due))")
            }
            if let publicURL { text.append("   Xem nhiệm vụ: \(publicURL)/tasks/\(line.taskID)") }
        }
        text += [
            "", publicURL == nil ? "Xem và báo cáo trong DieuHanh: mục Nhiệm vụ hoặc Việc cần làm." : "",
            "Thư này do hệ thống DieuHanh gửi tự động; vui lòng không trả lời thư.",
        ].filter { !$0.isEmpty }
        return text.joined(separator: "\n")
    }

    /// Focal tasks first (then by priority), each group most overdue first.
    var sorted: [Line] {
        lines.sorted {
            if $0.focus != $1.focus { return TaskFocus.comesBefore($0.focus, $1.focus) }
            return ($0.daysLeft, $0.deadline, $0.content) < ($1.daysLeft, $1.deadline, $1.content)
        }
    }

    static func left(_ days: Int) -> String {
        if days > 0 { return "còn \(days) ngày làm việc" }
        if days == 0 { return "đến hạn hôm nay" }
        return "quá hạn \(-days) ngày làm việc"
    }

    /// The line of each reminded task still pending on `today`, with its deadline in force then; a task completed
    /// or cancelled since it was reminded has none.
    static func lines(for reminders: [TaskReminder], today: CivilDate, on db: Database) async throws -> [UUID: Line] {
        let ids = Array(Set(reminders.map(\.taskID)))
        var tasks: [TaskItem] = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            tasks += try await TaskItem.query(on: db).filter(\.$id ~~ chunk).all()
        }
        let documentIDs = Array(Set(tasks.map(\.documentID)))
        var documents: [UUID: Document] = [:]
        for start in stride(from: 0, to: documentIDs.count, by: 500) {
            let chunk = Array(documentIDs[start..<min(start + 500, documentIDs.count)])
            for document in try await Document.query(on: db).filter(\.$id ~~ chunk).all() { documents[document.id!] = document }
        }
        let events = try await TaskFactsLoader.coreEvents(for: ids, on: db)
        let calendar = try await CalendarService.calendar(on: db)
        let focus = try await TaskFocusService.focus(of: ids, on: db)
        let explanations = try await TaskExplanation.latestAnswerDue(of: ids, on: db)
        var result: [UUID: Line] = [:]
        for task in tasks {
            let facts = TaskFactsLoader.facts(task, coreEvents: events[task.id!] ?? [])
            guard let snapshot = TaskStatus.evaluate(facts, asOf: today), !snapshot.bucket.isCompleted,
                let deadline = snapshot.deadline
            else { continue }
            let document = documents[task.documentID].map { "\($0.notation) ngày \(VNFormat.date($0.issuedDate))" } ?? ""
            result[task.id!] = Line(
                taskID: task.id!, content: task.content, document: document, deadline: deadline,
                daysLeft: TaskReminderSchedule.workingDaysLeft(deadline: deadline, on: today, calendar: calendar),
                focus: focus[task.id!] ?? .none,
                explanationDue: TaskLifecycleState(events: facts.events).explanationPending ? explanations[task.id!] : nil)
        }
        return result
    }
}
