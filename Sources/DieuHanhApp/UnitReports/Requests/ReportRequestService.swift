import DieuHanhCore
import Fluent
import Vapor

/// What the office fills in for a thematic or ad hoc request (periodic ones come from a regime).
struct ReportRequestDraft: Sendable {
    var kind: ReportRequest.Kind = .adHoc
    var title = ""
    var notation = ""
    var documentDate: CivilDate?
    var issuedOn: CivilDate?
    var periodLabel = ""
    var cutOff: CivilDate?
    /// A date or "N ngày làm việc" from the issue date (DeadlineText, Core).
    var deadline: DeadlineText?
    var requesterID: UUID?
    var recipients = ReportRecipientSpec()
    var outline = ""
    var ma: String?
}

/// Creates requests: checks, resolves the recipients, saves, audits, in the caller's transaction.
enum ReportRequestService {
    static let maxTitle = 500
    static let maxOutline = 20_000

    /// Checks everything at once (plus `formErrors` from parsing) and creates the request with its recipients and
    /// forms; returns it and how many units it went to.
    static func create(
        _ draft: ReportRequestDraft, formErrors: [FieldError] = [], files: [StoredFile] = [], actor user: UserAccount?,
        now: Date, on db: Database, t: Localizer
    ) async throws -> (ReportRequest, Int) {
        var errors = formErrors
        let today = CivilDate.today(now: now)
        let title = draft.title.collapsingSpaces
        if title.isEmpty { errors.append(.init(field: "title", message: t(T.reportTitleRequired))) }
        var checks = FieldChecks(t)
        checks.text(title, FieldRules.reportTitle, field: "title")
        checks.text(draft.notation, FieldRules.notation, field: "notation")
        checks.text(draft.periodLabel, FieldRules.periodLabel, field: "period_label")
        checks.text(draft.outline, FieldRules.reportOutline, field: "outline")
        checks.text(draft.ma, FieldRules.externalID, field: "ma")
        checks.date(draft.documentDate, field: "document_date")
        checks.date(draft.issuedOn, field: "issued_on")
        checks.date(draft.cutOff, field: "cut_off")
        if case .date(let deadline)? = draft.deadline { checks.date(deadline, field: "deadline") }
        errors += checks.errors
        if draft.kind == .periodic { errors.append(.init(field: "kind", message: t(T.reportKindPeriodicFromRegime))) }
        var number: DocumentNumber?
        if !draft.notation.trimmingCharacters(in: .whitespaces).isEmpty {
            switch DocumentNumber.parse(draft.notation) {
            case .success(let parsed): number = parsed
            case .failure: errors.append(.init(field: "notation", message: t(T.reportNotationUnreadable, draft.notation)))
            }
        }
        let issued = draft.issuedOn ?? draft.documentDate ?? number?.date ?? today
        if issued > today { errors.append(.init(field: "issued_on", message: t(T.reportIssuedInFuture))) }
        let calendar = try await CalendarService.calendar(on: db)
        var deadline: CivilDate?
        switch draft.deadline {
        case .date(let date)?: deadline = date
        case .workingDays(let n)?:
            if (1...365).contains(n) {
                deadline = draft.deadline?.date(from: issued, calendar: calendar)
            } else {
                errors.append(.init(field: "deadline", message: t(T.reportWorkingDaysRange)))
            }
        case nil:
            if !errors.contains(where: { $0.field == "deadline" }) {
                errors.append(.init(field: "deadline", message: t(T.reportDeadlineRequired)))
            }
        }
        if let deadline, deadline < issued {
            errors.append(.init(field: "deadline", message: t(T.reportDeadlineBeforeIssue, VNFormat.date(issued))))
        }
        if let cutOff = draft.cutOff, let deadline, cutOff > deadline {
            errors.append(.init(field: "cut_off", message: t(T.reportCutOffAfterDeadline)))
        }
        let units = try await UnitDirectory.all(on: db)
        if let requester = draft.requesterID {
            if !units.contains(where: { $0.id == requester }) {
                errors.append(.init(field: "requester_id", message: t(T.reportRequesterRequired)))
            }
        } else {
            errors.append(.init(field: "requester_id", message: t(T.reportRequesterRequired)))
        }
        let recipients = draft.recipients.resolve(on: issued, units: units)
        if draft.recipients.isEmpty {
            errors.append(.init(field: "recipients", message: t(T.reportRecipientsRequired)))
        } else if recipients.isEmpty {
            errors.append(.init(field: "recipients", message: t(T.reportRecipientsNoneOpen, VNFormat.date(issued))))
        }
        if let ma = draft.ma, try await ReportRequest.query(on: db).filter(\.$ma == ma).first() != nil {
            errors.append(.init(field: "ma", message: t(T.reportMaTaken, ma)))
        }
        try errors.throwIfAny()

        let request = ReportRequest()
        request.ma = draft.ma
        request.kind = draft.kind.rawValue
        request.title = title
        request.notation = number?.notation
        request.documentDate = (draft.documentDate ?? number?.date ?? (number != nil ? issued : nil))?.iso
        request.periodLabel = draft.periodLabel.collapsingSpaces
        request.cutOff = draft.cutOff?.iso
        request.issuedOn = issued.iso
        request.deadline = deadline!.iso
        request.requesterID = draft.requesterID!
        request.recipients = draft.recipients.code
        request.outline = draft.outline.trimmingCharacters(in: .whitespacesAndNewlines)
        request.version = 1
        request.createdByID = user?.id
        request.createdByName = user?.username ?? AuditActor.commandLine.name
        request.setSearchText()
        try await save(
            request, recipients: recipients.map { $0.id! }, actor: user.map(AuditActor.init) ?? .commandLine,
            now: now, on: db)
        if let user {
            try await AttachmentService.record(files, owner: .reportRequest, ownerID: request.id!, user: user, now: now, on: db)
        }
        return (request, recipients.count)
    }

    /// Writes a request and its recipient rows, audited; shared with the scheduler's periodic requests. Recipients
    /// linked to another deployment get it there too (`sendsToPeers`; not for a request received from above).
    static func save(
        _ request: ReportRequest, recipients: [UUID], actor: AuditActor, now: Date, on db: Database, sendsToPeers: Bool = true
    ) async throws {
        try await request.create(on: db)
        for unitID in recipients {
            try await ReportRequestRecipient(requestID: request.id!, unitID: unitID).create(on: db)
        }
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "report_request", entityID: request.id,
            summary: request.title + " (\(recipients.count) đơn vị)", before: ReportRequest.Snapshot?.none,
            after: request.snapshot)
        if sendsToPeers { try await LevelReportOutbox.requested(request, recipients: recipients, now: now, on: db) }
    }

    /// Units that may issue requests, for the form: the province, its office and the departments, open today.
    static func requesters(on db: Database, today: CivilDate) async throws -> [OrgUnit] {
        try await UnitDirectory.openUnits(on: db, today: today)
            .filter { [.province, .office, .department].contains($0.unitKind) }
    }

    /// The requester the form proposes: the user's own unit if it may issue requests, else the office, else the
    /// province.
    static func defaultRequester(for user: UserAccount, among units: [OrgUnit]) -> UUID? {
        if let own = user.unitID, units.contains(where: { $0.id == own }) { return own }
        return (units.first { $0.unitKind == .office } ?? units.first { $0.unitKind == .province })?.id
    }
}
