import DieuHanhCore
import Fluent
import Vapor

extension AuditActor {
    /// The daily task reminders are its doing.
    static let taskReminders = AuditActor(id: nil, name: "hệ thống")
}

/// Task reminders to the lead unit's officers (DOMAIN §11): which are due on a day, recorded once per task, kind,
/// day and person; `TaskReminderService+Delivery` mails them as one digest per person.
enum TaskReminderService {
    /// A failed digest is tried again by the next runs until it has been tried this often, then left for the office.
    static let maxAttempts = 3

    static func settings(on db: Database) async throws -> TaskReminderSettings {
        try await TaskReminderSettingsRow.query(on: db).first()?.settings ?? .standard
    }

    static func save(_ settings: TaskReminderSettings, actor: AuditActor, now: Date, on db: Database) async throws {
        let row = try await TaskReminderSettingsRow.query(on: db).first() ?? TaskReminderSettingsRow()
        let before = row.id == nil ? nil : Snapshot(row.settings)
        row.enabled = settings.enabled
        row.daysBefore = settings.daysBefore
        row.onOverdue = settings.onOverdue
        row.repeatEvery = settings.repeatEvery
        row.updatedAt = now
        row.updatedBy = actor.name
        try await row.save(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "task_reminder_settings", entityID: row.id,
            summary: "Nhắc hạn nhiệm vụ", before: before, after: Snapshot(settings))
    }

    struct Snapshot: Codable, Equatable {
        var enabled: Bool
        var daysBefore: Int
        var onOverdue: Bool
        var repeatEvery: Int

        init(_ s: TaskReminderSettings) {
            (enabled, daysBefore, onOverdue, repeatEvery) = (s.enabled, s.daysBefore, s.onOverdue, s.repeatEvery)
        }
    }

    /// Records the reminders due on `day` for every officer of each task's lead unit, at most once each; in the
    /// caller's transaction. Returns how many are new. `mailing`: whether a relay is configured; without one, or
    /// for a person without an address, the reminder is shown in the app only.
    @discardableResult
    static func recordDue(on day: CivilDate, mailing: Bool, now: Date, on db: Database) async throws -> Int {
        let settings = try await settings(on: db)
        guard settings.enabled else { return 0 }
        let calendar = try await CalendarService.calendar(on: db)
        guard calendar.isWorkingDay(day) else { return 0 }
        // A reminder before the deadline is due only for a deadline within the next working days (a margin of a
        // fortnight covers a deadline on a day off and Tết); overdue tasks may all be due a repeat. The Core rule then
        // decides exactly. Without this bound every run read every pending task and its events.
        let horizon = calendar.addingWorkingDays(settings.daysBefore + 1, to: day).dayNumber + 14
        let ids = try await pendingTaskIDs(on: day, deadlineBefore: horizon, on: db)
        var tasks: [TaskItem] = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            tasks += try await TaskItem.query(on: db).filter(\.$id ~~ Array(ids[start..<min(start + 500, ids.count)])).all()
        }
        var due: [(task: TaskItem, kind: TaskReminderKind)] = []
        let events = try await TaskFactsLoader.coreEvents(for: ids, on: db)
        for task in tasks {
            let facts = TaskFactsLoader.facts(task, coreEvents: events[task.id!] ?? [])
            for kind in TaskReminderSchedule.due(facts, on: day, calendar: calendar, settings: settings) {
                due.append((task, kind))
            }
        }
        guard !due.isEmpty else { return 0 }
        let officers = try await officers(of: Set(due.map(\.task.leadUnitID)), on: db)
        var existing: Set<String> = []
        let dueIDs = Array(Set(due.map { $0.task.id! }))
        for start in stride(from: 0, to: dueIDs.count, by: 500) {
            let chunk = Array(dueIDs[start..<min(start + 500, dueIDs.count)])
            for row in try await TaskReminder.query(on: db).filter(\.$dueOn == day.iso).filter(\.$taskID ~~ chunk).all() {
                existing.insert(key(row.taskID, row.kind, row.userID))
            }
        }
        var created = 0
        for (task, kind) in due {
            for officer in officers[task.leadUnitID] ?? [] {
                guard let userID = officer.id, existing.insert(key(task.id!, kind.rawValue, userID)).inserted else { continue }
                let reminder = TaskReminder()
                reminder.taskID = task.id!
                reminder.kind = kind.rawValue
                reminder.dueOn = day.iso
                reminder.userID = userID
                let address = officer.email.flatMap { $0.isEmpty ? nil : $0 }
                reminder.email = address
                reminder.state = (mailing && address != nil ? TaskReminder.State.queued : .inApp).rawValue
                reminder.attempts = 0
                reminder.recordedAt = now
                try await reminder.create(on: db)
                created += 1
            }
        }
        return created
    }

    /// The tasks pending with a deadline on `day`, from the status index (one indexed query rather than every
    /// task's events); Core's rule then decides exactly, from the events.
    /// The tasks overdue on `day`, and those within their deadline whose deadline falls before `deadlineBefore`.
    private static func pendingTaskIDs(on day: CivilDate, deadlineBefore: Int, on db: Database) async throws -> [UUID] {
        let spans = { TaskStatusSpanRecord.query(on: db).filter(\.$fromDay <= day.dayNumber).filter(\.$untilDay > day.dayNumber) }
        let overdue = try await spans().filter(\.$bucket == TaskBucket.pendingOverdue.rawValue).all(\.$taskID)
        let soon = try await spans().filter(\.$bucket == TaskBucket.pendingWithinDeadline.rawValue)
            .filter(\.$deadlineDay < deadlineBefore).all(\.$taskID)
        return Array(Set(overdue + soon))
    }

    private static func key(_ task: UUID, _ kind: String, _ user: UUID) -> String { "\(task)|\(kind)|\(user)" }

    /// The days a task was reminded of, oldest first: what its page shows as "Đã nhắc hạn".
    static func remindedDays(of taskID: UUID, on db: Database) async throws -> [CivilDate] {
        let days = try await TaskReminder.query(on: db).filter(\.$taskID == taskID).all(\.$dueOn)
        return Set(days).compactMap(CivilDate.parse).sorted()
    }

    /// The active officers of each unit, by unit.
    static func officers(of units: Set<UUID>, on db: Database) async throws -> [UUID: [ReportUserEmail]] {
        var result: [UUID: [ReportUserEmail]] = [:]
        let list = Array(units)
        for start in stride(from: 0, to: list.count, by: 500) {
            let chunk = Array(list[start..<min(start + 500, list.count)])
            let users = try await ReportUserEmail.query(on: db).filter(\.$unitID ~~ chunk).filter(\.$active == true)
                .filter(\.$role == Role.unitOfficer.rawValue).sort(\.$username).all()
            for user in users { if let unit = user.unitID { result[unit, default: []].append(user) } }
        }
        return result
    }
}
