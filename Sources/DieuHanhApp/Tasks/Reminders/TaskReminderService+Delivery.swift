import DieuHanhCore
import Fluent
import Vapor

extension TaskReminderService {
    /// Mails what waits: one digest per person with all their reminders queued (and those failed fewer than
    /// `maxAttempts` times). Each outcome is written in its own small transaction after the send, so no
    /// transaction waits on the network. `today`: the day the digest speaks of (days left, overdue). Returns the
    /// digests sent and failed.
    static func deliver(_ app: Application, today: CivilDate, now: Date) async throws -> (sent: Int, failed: Int) {
        guard let mailer = app.reportMailer, let from = app.config.smtpFrom else { return (0, 0) }
        let waiting = try await TaskReminder.query(on: app.db).group(.or) { or in
            or.filter(\.$state == TaskReminder.State.queued.rawValue)
            or.group(.and) { and in
                and.filter(\.$state == TaskReminder.State.failed.rawValue).filter(\.$attempts < maxAttempts)
            }
        }.sort(\.$recordedAt).limit(5000).all()
        guard !waiting.isEmpty else { return (0, 0) }
        let lines = try await TaskReminderDigest.lines(for: waiting, today: today, on: app.db)
        let people = try await UserAccount.query(on: app.db).filter(\.$id ~~ Array(Set(waiting.map(\.userID)))).all()
        let names = Dictionary(people.map { ($0.id!, $0.fullName) }, uniquingKeysWith: { a, _ in a })
        var sent = 0
        var failed = 0
        for (userID, rows) in Dictionary(grouping: waiting, by: \.userID) {
            let current = rows.filter { lines[$0.taskID] != nil }
            // A task completed or cancelled since it was reminded leaves nothing to remind of: shown, not mailed.
            let gone = rows.filter { lines[$0.taskID] == nil }.compactMap(\.id)
            guard let address = rows.compactMap(\.email).last, !current.isEmpty else {
                let all = rows.compactMap(\.id)
                try await app.write { db in try await settle(all, state: .inApp, on: db) }
                continue
            }
            let digest = TaskReminderDigest(
                recipient: names[userID] ?? "", day: today, publicURL: app.config.publicURL,
                lines: Array(Set(current.map(\.taskID))).compactMap { lines[$0] })
            let message = ReportMailMessage(from: from, to: [address], subject: digest.subject, body: digest.body)
            var failure: String?
            do { try await mailer.send(message, date: now) } catch { failure = String(describing: error) }
            if failure == nil { sent += 1 } else { failed += 1 }
            let mailed = current.compactMap(\.id)
            let outcome = failure
            try await app.write { db in
                try await settle(mailed, failure: outcome, now: now, on: db)
                try await settle(gone, state: .inApp, on: db)
            }
        }
        return (sent, failed)
    }

    private static func settle(_ ids: [UUID], failure: String?, now: Date, on db: Database) async throws {
        for row in try await rows(ids, on: db) {
            row.attempts += 1
            row.state = (failure == nil ? TaskReminder.State.sent : .failed).rawValue
            row.lastError = failure.map { String($0.prefix(500)) }
            if failure == nil { row.sentAt = now }
            try await row.update(on: db)
        }
    }

    private static func settle(_ ids: [UUID], state: TaskReminder.State, on db: Database) async throws {
        for row in try await rows(ids, on: db) {
            row.state = state.rawValue
            try await row.update(on: db)
        }
    }

    private static func rows(_ ids: [UUID], on db: Database) async throws -> [TaskReminder] {
        guard !ids.isEmpty else { return [] }
        return try await TaskReminder.query(on: db).filter(\.$id ~~ ids).all()
    }
}
