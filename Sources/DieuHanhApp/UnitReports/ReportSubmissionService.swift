import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// A unit sends, replaces or gets back its report (DOMAIN §6). Each step is dated by the system, written once,
/// audited, and bumps the recipient's version in the same transaction, so a stale form gets a conflict.
enum ReportSubmissionService {
    /// Sends the report (or replaces the one in force before the deadline) with its text and stored files.
    static func submit(
        _ request: ReportRequest, unitID: UUID, text: String, files: [StoredFile], expectedVersion: Int?,
        user: UserAccount, scope: AccessScope, now: Date, on db: Database,
        t: Localizer
    ) async throws -> ReportSubmissionRecord {
        guard ReportAccess.maySubmit(user, for: unitID, scope: scope) else {
            throw AppError(.forbidden, code: "forbidden", message: t(T.errForbidden))
        }
        try await LevelReportOutbox.refuseIfNotOurs(.submit, on: request, unitID: unitID, on: db, t: t)
        let today = CivilDate.today(now: now)
        let current = try await currentStatus(request, unitID: unitID, asOf: today, on: db, t: t)
        var errors: [FieldError] = []
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty && files.isEmpty { errors.append(.init(field: "text", message: t(T.reportSubmissionEmpty))) }
        if let problem = FieldRules.reportSubmission.check(body) { errors.append(.init(field: "text", message: t(problem))) }
        errors += try await LevelReportOutbox.problems(request, files: files, on: db, t: t)
        try errors.throwIfAny()
        let action = current.snapshot.map { ReportSubmissionRule.unitAction($0, today: today) } ?? .submit
        guard action != .none else {
            throw AppError(.conflict, code: "not_possible", message: t(T.reportReplaceAfterDeadline))
        }
        try await bumpVersion(current.recipient, expected: expectedVersion, on: db, t: t)
        let step = ReportSubmissionRecord()
        step.requestID = request.id!
        step.unitID = unitID
        step.kind = (action == .replace ? ReportSubmissionEvent.Kind.replaced : .submitted).rawValue
        step.recordedOn = today.iso
        step.recordedAt = now
        step.text = body
        step.actorID = user.id
        step.actorName = user.username
        try await step.create(on: db)
        try await AttachmentService.record(files, owner: .reportSubmission, ownerID: step.id!, user: user, now: now, on: db)
        try await AuditLog.record(
            on: db, actor: AuditActor(user), at: now, action: action == .replace ? "replace" : "submit",
            entity: "report_submission", entityID: step.id, summary: request.title,
            before: ReportSubmissionRecord.Snapshot?.none, after: step.snapshot)
        try await LevelReportOutbox.submitted(request, step: step, files: files, now: now, on: db)
        return step
    }

    /// The requester sends the report in force back with a reason: the unit owes it again.
    static func returnSubmission(
        _ request: ReportRequest, unitID: UUID, reason: String, expectedVersion: Int?,
        user: UserAccount, now: Date, on db: Database, t: Localizer
    ) async throws -> ReportSubmissionRecord {
        guard ReportAccess.mayManage(user) else { throw AppError(.forbidden, code: "forbidden", message: t(T.errForbidden)) }
        try await LevelReportOutbox.refuseIfNotOurs(.returnSubmission, on: request, unitID: unitID, on: db, t: t)
        let today = CivilDate.today(now: now)
        let current = try await currentStatus(request, unitID: unitID, asOf: today, on: db, t: t)
        let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [FieldError] = []
        if text.isEmpty { errors.append(.init(field: "reason", message: t(T.reportReturnReasonRequired))) }
        if let problem = FieldRules.note.check(text) { errors.append(.init(field: "reason", message: t(problem))) }
        try errors.throwIfAny()
        guard current.snapshot?.status.isSubmitted == true else {
            throw AppError(.conflict, code: "not_possible", message: t(T.reportNothingToReturn))
        }
        try await bumpVersion(current.recipient, expected: expectedVersion, on: db, t: t)
        let step = ReportSubmissionRecord()
        step.requestID = request.id!
        step.unitID = unitID
        step.kind = ReportSubmissionEvent.Kind.returned.rawValue
        step.recordedOn = today.iso
        step.recordedAt = now
        step.text = text
        step.actorID = user.id
        step.actorName = user.username
        try await step.create(on: db)
        try await AuditLog.record(
            on: db, actor: AuditActor(user), at: now, action: "return", entity: "report_submission",
            entityID: step.id, summary: request.title, before: ReportSubmissionRecord.Snapshot?.none,
            after: step.snapshot)
        try await LevelReportOutbox.returned(request, step: step, now: now, on: db)
        return step
    }

    /// The recipient row and its status as of `date`; 404 when the request is not addressed to the unit.
    static func currentStatus(
        _ request: ReportRequest, unitID: UUID, asOf date: CivilDate, on db: Database,
        t: Localizer
    ) async throws -> (recipient: ReportRequestRecipient, snapshot: ReportSubmissionSnapshot?) {
        guard let status = try await ReportProgress.one(request, unitID: unitID, asOf: date, on: db) else {
            throw AppError(.notFound, code: "not_found", message: t(T.errNotFound))
        }
        return (status.recipient, status.snapshot)
    }

    /// Moves the recipient's version on by one, only from the version the form was built on (when given): the
    /// row stays locked to this transaction, so two steps for one unit never interleave.
    private static func bumpVersion(_ recipient: ReportRequestRecipient, expected: Int?, on db: Database, t: Localizer)
        async throws
    {
        try await db.claimVersion(
            of: ReportRequestRecipient.schema, id: recipient.id!, loaded: expected ?? recipient.version,
            expected: nil, conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
    }
}
