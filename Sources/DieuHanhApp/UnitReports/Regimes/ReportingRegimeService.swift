import DieuHanhCore
import Fluent
import Vapor

struct ReportingRegimeDraft: Sendable {
    var title = ""
    var frequency: ReportingFrequency?
    var rule: ReportingDeadlineRule?
    var firstPeriod: ReportingPeriod?
    var lastPeriod: ReportingPeriod?
    var notation = ""
    var requesterID: UUID?
    var recipients = ReportRecipientSpec()
    var outline = ""
    var ma: String?
}

/// Periodic regimes: created by the office, then they make their requests by themselves (`ReportingScheduler`).
enum ReportingRegimeService {
    /// A regime may start at most this far back (its past periods are asked for too, and would all be missing).
    static let maxDaysBack = 400

    static func create(
        _ draft: ReportingRegimeDraft, formErrors: [FieldError] = [], actor: AuditActor, now: Date,
        checkStart: Bool = true, on db: Database, t: Localizer
    ) async throws -> ReportingRegime {
        var errors = formErrors
        let today = CivilDate.today(now: now)
        let title = draft.title.collapsingSpaces
        if title.isEmpty { errors.append(.init(field: "title", message: t(T.reportTitleRequired))) }
        if title.count > ReportRequestService.maxTitle { errors.append(.init(field: "title", message: t(T.reportTitleTooLong))) }
        if draft.frequency == nil { errors.append(.init(field: "frequency", message: t(T.regimeFrequencyRequired))) }
        if draft.rule == nil, !errors.contains(where: { $0.field == "rule" }) {
            errors.append(.init(field: "rule", message: t(T.regimeRuleInvalid)))
        }
        if let first = draft.firstPeriod, let frequency = draft.frequency {
            if first.frequency != frequency {
                errors.append(.init(field: "first_period", message: t(T.regimePeriodKindMismatch)))
            }
            if checkStart, first.cutOff < today.adding(days: -maxDaysBack) {
                errors.append(.init(field: "first_period", message: t(T.regimeStartTooEarly)))
            }
            if let last = draft.lastPeriod {
                if last.frequency != frequency {
                    errors.append(.init(field: "last_period", message: t(T.regimePeriodKindMismatch)))
                } else if last < first {
                    errors.append(.init(field: "last_period", message: t(T.regimeLastBeforeFirst)))
                }
            }
        } else if !errors.contains(where: { $0.field == "first_period" }) {
            errors.append(.init(field: "first_period", message: t(T.regimeFirstRequired)))
        }
        var notation: String?
        if !draft.notation.trimmingCharacters(in: .whitespaces).isEmpty {
            switch DocumentNumber.parse(draft.notation) {
            case .success(let number): notation = number.notation
            case .failure: errors.append(.init(field: "notation", message: t(T.reportNotationUnreadable, draft.notation)))
            }
        }
        let units = try await UnitDirectory.all(on: db)
        if draft.requesterID == nil || !units.contains(where: { $0.id == draft.requesterID }) {
            errors.append(.init(field: "requester_id", message: t(T.reportRequesterRequired)))
        }
        if draft.recipients.isEmpty { errors.append(.init(field: "recipients", message: t(T.reportRecipientsRequired))) }
        if draft.outline.count > ReportRequestService.maxOutline {
            errors.append(.init(field: "outline", message: t(T.reportOutlineTooLong)))
        }
        if let ma = draft.ma, try await ReportingRegime.query(on: db).filter(\.$ma == ma).first() != nil {
            errors.append(.init(field: "ma", message: t(T.reportMaTaken, ma)))
        }
        try errors.throwIfAny()
        let regime = ReportingRegime()
        regime.ma = draft.ma
        regime.title = title
        regime.frequency = draft.frequency!.rawValue
        regime.deadlineRule = draft.rule!.code
        regime.firstPeriod = draft.firstPeriod!.code
        regime.lastPeriod = draft.lastPeriod?.code
        regime.notation = notation
        regime.requesterID = draft.requesterID!
        regime.recipients = draft.recipients.code
        regime.outline = draft.outline.trimmingCharacters(in: .whitespacesAndNewlines)
        regime.active = true
        regime.version = 1
        regime.createdByID = actor.id
        try await regime.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "reporting_regime", entityID: regime.id,
            summary: regime.title, before: ReportingRegime.Snapshot?.none, after: regime.snapshot)
        return regime
    }

    /// Stops (or resumes) making requests; the requests already made stay.
    static func setActive(
        _ regime: ReportingRegime, _ active: Bool, expectedVersion: Int?, actor: AuditActor, now: Date,
        on db: Database, t: Localizer
    ) async throws {
        guard regime.active != active else {
            if let expectedVersion, expectedVersion != regime.version {
                throw AppError(.conflict, code: "conflict", message: t(T.errConflict))
            }
            return
        }
        try await db.claimVersion(
            of: ReportingRegime.schema, id: regime.id!, loaded: regime.version, expected: expectedVersion,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        let before = regime.snapshot
        regime.active = active
        regime.version += 1
        try await regime.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: active ? "activate" : "deactivate", entity: "reporting_regime",
            entityID: regime.id, summary: regime.title, before: before, after: regime.snapshot)
    }

    /// Creates the missing requests of every active regime whose period window has opened by `date`; keyed by
    /// regime and period, so running it again creates nothing. In the caller's transaction.
    static func createDueRequests(asOf date: CivilDate, regimes only: [UUID]? = nil, now: Date, on db: Database) async throws
        -> [ReportRequest]
    {
        let query = ReportingRegime.query(on: db).filter(\.$active == true)
        if let only { query.filter(\.$id ~~ only) }
        let regimes = try await query.all()
        guard !regimes.isEmpty else { return [] }
        let calendar = try await CalendarService.calendar(on: db)
        let units = try await UnitDirectory.all(on: db)
        var created: [ReportRequest] = []
        for regime in regimes {
            guard let schedule = regime.schedule else { continue }
            let existing = Set(
                try await ReportRequest.query(on: db).filter(\.$regimeID == regime.id!).all().compactMap(\.periodCode))
            let spec = ReportRecipientSpec(code: regime.recipients)
            for occurrence in schedule.openedPeriods(asOf: date, calendar: calendar)
            where !existing.contains(occurrence.period.code) {
                let recipients = spec.resolve(on: occurrence.opensOn, units: units)
                guard !recipients.isEmpty else { continue }
                let request = ReportRequest()
                request.kind = ReportRequest.Kind.periodic.rawValue
                request.title = regime.title + " " + occurrence.period.label
                request.notation = regime.notation
                request.regimeID = regime.id
                request.periodCode = occurrence.period.code
                request.periodLabel = occurrence.period.label
                request.windowFrom = occurrence.period.window.from.iso
                request.cutOff = occurrence.cutOff.iso
                request.issuedOn = occurrence.opensOn.iso
                request.deadline = occurrence.deadline.iso
                request.requesterID = regime.requesterID
                request.recipients = regime.recipients
                request.outline = regime.outline
                request.version = 1
                request.createdByName = AuditActor.reportingScheduler.name
                request.setSearchText()
                try await ReportRequestService.save(
                    request, recipients: recipients.map { $0.id! }, actor: .reportingScheduler,
                    now: now, on: db)
                created.append(request)
            }
        }
        return created
    }
}
