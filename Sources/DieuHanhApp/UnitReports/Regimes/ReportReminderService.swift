import DieuHanhCore
import Fluent
import Vapor

extension AuditActor {
    /// The reporting sweep: requests of regimes and automatic reminders are its doing.
    static let reportingScheduler = AuditActor(id: nil, name: "hệ thống")
}

extension AppConfig {
    var reportReminderPolicy: ReportReminderPolicy {
        ReportReminderPolicy(daysBefore: reportRemindBefore, daysAfter: reportRemindAfter)
    }
}

/// Reminders to units that have not sent a report: recorded (always) and e-mailed (when a relay is configured).
enum ReportReminderService {
    /// Requests whose deadline is older than this are left alone by the automatic reminders.
    static let lookBackDays = 60
    static let maxMailAttempts = 3

    /// Records the automatic reminders due as of `date` (DOMAIN §6), at most once each; in the caller's
    /// transaction. Returns the new ones.
    @discardableResult
    static func recordDue(
        asOf date: CivilDate, policy: ReportReminderPolicy, mailing: Bool, actor: AuditActor = .reportingScheduler,
        now: Date, on db: Database
    ) async throws -> [ReportReminder] {
        let requests = try await ReportRequest.query(on: db)
            .filter(\.$deadline >= date.adding(days: -lookBackDays).iso).filter(\.$issuedOn <= date.iso).all()
        guard !requests.isEmpty else { return [] }
        let calendar = try await CalendarService.calendar(on: db)
        let progress = try await ReportProgress.load(requests, asOf: date, calendar: calendar, on: db)
        var owed: [(ReportProgress.UnitStatus, ReportReminderKind, CivilDate)] = []
        for statuses in progress.values {
            for status in statuses {
                guard let snapshot = status.snapshot else { continue }
                for (kind, day) in policy.due(for: snapshot, issuedOn: status.request.issuedDate, asOf: date, calendar: calendar)
                {
                    owed.append((status, kind, day))
                }
            }
        }
        return try await record(
            owed.map { ($0.0.request, $0.0.unitID, $0.1, $0.2) }, mailing: mailing, actor: actor, now: now, on: db)
    }

    /// The office reminds every unit that has not sent the report yet (or the given ones), today; once a day each.
    @discardableResult
    static func remindNow(
        _ request: ReportRequest, user: UserAccount, mailing: Bool, now: Date, on db: Database,
        t: Localizer
    ) async throws -> [ReportReminder] {
        guard ReportAccess.mayManage(user) else { throw AppError(.forbidden, code: "forbidden", message: t(T.errForbidden)) }
        let today = CivilDate.today(now: now)
        let calendar = try await CalendarService.calendar(on: db)
        let statuses = try await ReportProgress.load([request], asOf: today, calendar: calendar, on: db)[request.id!] ?? []
        let owing = statuses.filter { $0.status == .missing || $0.status == .notYetDue }
        return try await record(
            owing.map { (request, $0.unitID, .manual, today) }, mailing: mailing, actor: AuditActor(user),
            now: now, on: db)
    }

    private static func record(
        _ owed: [(ReportRequest, UUID, ReportReminderKind, CivilDate)], mailing: Bool, actor: AuditActor,
        now: Date, on db: Database
    ) async throws -> [ReportReminder] {
        guard !owed.isEmpty else { return [] }
        let requestIDs = Array(Set(owed.map { $0.0.id! }))
        var existing: Set<String> = []
        for chunk in requestIDs.reportChunks(500) {
            for row in try await ReportReminder.query(on: db).filter(\.$requestID ~~ chunk).all() {
                existing.insert(key(row.requestID, row.unitID, row.kind, row.dueOn))
            }
        }
        let addresses = mailing ? try await emails(for: Set(owed.map(\.1)), on: db) : [:]
        var created: [ReportReminder] = []
        for (request, unitID, kind, day) in owed where !existing.contains(key(request.id!, unitID, kind.rawValue, day.iso)) {
            let reminder = ReportReminder()
            reminder.requestID = request.id!
            reminder.unitID = unitID
            reminder.kind = kind.rawValue
            reminder.dueOn = day.iso
            reminder.recordedAt = now
            reminder.actorName = actor.name
            let to = addresses[unitID] ?? []
            reminder.mailTo = to.joined(separator: ", ")
            reminder.mailStatus =
                (!mailing ? ReportReminder.MailStatus.notConfigured : to.isEmpty ? .noAddress : .pending).rawValue
            reminder.mailAttempts = 0
            try await reminder.create(on: db)
            existing.insert(key(request.id!, unitID, kind.rawValue, day.iso))
            try await AuditLog.record(
                on: db, actor: actor, at: now, action: "remind", entity: "report_reminder",
                entityID: reminder.id, summary: request.title, before: ReportReminder.Snapshot?.none,
                after: reminder.snapshot)
            created.append(reminder)
        }
        return created
    }

    private static func key(_ request: UUID, _ unit: UUID, _ kind: String, _ day: String) -> String {
        "\(request)|\(unit)|\(kind)|\(day)"
    }

    /// The e-mail addresses of each unit's active officers.
    static func emails(for units: Set<UUID>, on db: Database) async throws -> [UUID: [String]] {
        guard !units.isEmpty else { return [:] }
        var result: [UUID: [String]] = [:]
        for chunk in Array(units).reportChunks(500) {
            let users = try await ReportUserEmail.query(on: db).filter(\.$unitID ~~ chunk).filter(\.$active == true)
                .filter(\.$role == Role.unitOfficer.rawValue).sort(\.$username).all()
            for user in users {
                guard let unitID = user.unitID, let email = user.email, !email.isEmpty else { continue }
                result[unitID, default: []].append(email)
            }
        }
        return result
    }

    /// Sends the reminders waiting for e-mail (and retries failed ones a few times); each outcome is written and
    /// audited in its own small transaction, after the send, so no transaction waits on the network.
    static func deliver(_ app: Application, now: Date) async throws -> (sent: Int, failed: Int) {
        guard let mailer = app.reportMailer, let from = app.config.smtpFrom else { return (0, 0) }
        let waiting = try await ReportReminder.query(on: app.db).group(.or) { or in
            or.filter(\.$mailStatus == ReportReminder.MailStatus.pending.rawValue)
            or.group(.and) { and in
                and.filter(\.$mailStatus == ReportReminder.MailStatus.failed.rawValue).filter(\.$mailAttempts < maxMailAttempts)
            }
        }.sort(\.$recordedAt).limit(500).all()
        var sent = 0
        var failed = 0
        for reminder in waiting {
            guard let request = try await ReportRequest.find(reminder.requestID, on: app.db),
                let unit = try await OrgUnit.find(reminder.unitID, on: app.db)
            else { continue }
            let message = ReportMailMessage(
                from: from, to: reminder.mailTo.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
                subject: subject(request, kind: reminder.reminderKind),
                body: body(request, unit: unit, kind: reminder.reminderKind))
            var failure: String?
            do { try await mailer.send(message, date: now) } catch { failure = String(describing: error) }
            let id = reminder.id!
            let outcome = failure
            try await app.write { db in
                guard let row = try await ReportReminder.find(id, on: db) else { return }
                let before = row.snapshot
                row.mailAttempts += 1
                row.mailStatus = (outcome == nil ? ReportReminder.MailStatus.sent : .failed).rawValue
                row.mailError = outcome.map { String($0.prefix(500)) }
                try await row.update(on: db)
                try await AuditLog.record(
                    on: db, actor: .reportingScheduler, at: now, action: "email", entity: "report_reminder",
                    entityID: row.id, summary: row.mailTo, before: before, after: row.snapshot)
            }
            if failure == nil { sent += 1 } else { failed += 1 }
        }
        return (sent, failed)
    }

    /// "Nhắc gửi báo cáo: … — hạn 23/10/2020"; always Vietnamese (the officials' language).
    static func subject(_ request: ReportRequest, kind: ReportReminderKind) -> String {
        let prefix = kind == .afterDeadline ? "Quá hạn gửi báo cáo" : "Nhắc gửi báo cáo"
        return "[DieuHanh] \(prefix): \(request.title) — hạn \(VNFormat.date(request.deadlineDate))"
    }

    static func body(_ request: ReportRequest, unit: OrgUnit, kind: ReportReminderKind) -> String {
        let due = VNFormat.date(request.deadlineDate)
        var lines = ["Kính gửi: \(unit.name)", ""]
        switch kind {
        case .afterDeadline:
            lines.append(
                "Đến nay đã quá hạn (\(due)) nhưng đơn vị chưa gửi báo cáo dưới đây. Đề nghị đơn vị khẩn trương gửi báo cáo.")
        case .beforeDeadline, .manual:
            lines.append("Đề nghị đơn vị gửi báo cáo dưới đây trước hạn \(due).")
        }
        lines += ["", "Báo cáo: \(request.title)"]
        if let notation = request.notation {
            lines.append(
                "Văn bản yêu cầu: \(notation)"
                    + (request.documentDate.flatMap(CivilDate.parse).map { " ngày \(VNFormat.date($0))" } ?? ""))
        }
        if !request.periodLabel.isEmpty { lines.append("Kỳ báo cáo: \(request.periodLabel)") }
        lines += [
            "Hạn gửi: \(due)", "",
            "Gửi báo cáo trong DieuHanh: mục Báo cáo → Yêu cầu báo cáo, hoặc trang Việc cần làm.",
            "", "Thư này do hệ thống DieuHanh gửi tự động; vui lòng không trả lời thư.",
        ]
        return lines.joined(separator: "\n")
    }
}
