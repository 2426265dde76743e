import DieuHanhCore
import Fluent
import Vapor

/// Report requests over JSON: list with rates, one with every unit's status, send and return reports,
/// remind, the consolidation ZIP.
struct ReportRequestsAPIController: RouteCollection {
    struct RequestJSON: Content {
        let id: UUID
        let ma: String?
        let kind: String
        let title: String
        let notation: String?
        let document_date: String?
        let regime_id: UUID?
        let period_code: String?
        let period_label: String
        let cut_off: String?
        let issued_on: String
        let deadline: String
        let requester: String
        let expected: Int
        let submitted: Int
        let submitted_on_time: Int
        let submitted_late: Int
        let missing: Int
        let not_yet_due: Int
        let completeness_rate: Double?
        let timeliness_rate: Double?

        init(_ r: ReportRequest, counts: ReportingCounts, codes: [UUID: String]) {
            id = r.id!
            ma = r.ma
            kind = r.kind
            title = r.title
            notation = r.notation
            document_date = r.documentDate
            regime_id = r.regimeID
            period_code = r.periodCode
            period_label = r.periodLabel
            cut_off = r.cutOff
            issued_on = r.issuedOn
            deadline = r.deadline
            requester = codes[r.requesterID] ?? ""
            expected = counts.expected
            submitted = counts.submitted
            submitted_on_time = counts.submittedOnTime
            submitted_late = counts.submittedLate
            missing = counts.missing
            not_yet_due = counts.notYetDue
            completeness_rate = counts.completeness.percent
            timeliness_rate = counts.timeliness.percent
        }
    }

    struct StepJSON: Content {
        let id: UUID
        let unit: String
        let kind: String
        let recorded_on: String
        let text: String
        let actor: String
        let attachments: [AttachmentJSON]

        init(_ s: ReportSubmissionRecord, unit: String, attachments: [Attachment]) {
            id = s.id!
            self.unit = unit
            kind = s.kind
            recorded_on = s.recordedOn
            text = s.text
            actor = s.actorName
            self.attachments = attachments.map(AttachmentJSON.init)
        }
    }

    struct UnitStatusJSON: Content {
        let unit_id: UUID
        let unit: String
        let name: String
        let status: String
        let due_soon: Bool
        let submitted_on: String?
        let days_late: Int?
        let returned: Bool
        /// The version to send back with the next step (a stale one gives 409).
        let version: Int
        let submission: StepJSON?
        let reminders: Int
    }

    struct DetailJSON: Content {
        let request: RequestJSON
        let outline: String
        let forms: [AttachmentJSON]
        let units: [UnitStatusJSON]
    }

    struct CreateBody: Content {
        var ma: String?
        var kind: String?
        var title: String?
        var notation: String?
        var document_date: String?
        var issued_on: String?
        var period_label: String?
        var cut_off: String?
        var deadline: String?
        var requester: String?
        var recipients: [String]?
        var recipient_kinds: [String]?
        var outline: String?
        var files: [File]?
    }

    struct SubmitBody: Content {
        var unit: String?
        var text: String?
        var reason: String?
        var version: Int?
        var files: [File]?
    }

    func boot(routes: RoutesBuilder) throws {
        let requests = routes.grouped("report-requests")
        requests.get(use: list)
        requests.get(":requestID", use: show)
        requests.on(.POST, ":requestID", "submissions", body: .collect(maxSize: ReportRequestsController.maxUpload), use: submit)
            .acceptsUploads()
        requests.grouped(RequireRole(\.seesEveryUnit)).get(":requestID", "submissions.zip", use: zip)
        let office = requests.grouped(RequireRole.office)
        office.on(.POST, body: .collect(maxSize: ReportRequestsController.maxUpload), use: create)
            .acceptsUploads(from: UploadAllowance.office)
        office.post(":requestID", "returns", use: returnSubmission)
        office.post(":requestID", "reminders", use: remind)
    }

    func list(req: Request) async throws -> PageJSON<RequestJSON> {
        let paging = try Paging(req, t: req.t)
        var filter = try req.query.decode(ReportRequestQuery.Filter.self)
        filter.page = paging.page
        let result = try await ReportRequestQuery.run(
            filter, scope: try await req.accessScope(), today: CivilDate.today(now: req.now),
            per: paging.per, on: req.db, t: req.t)
        let codes = try await UnitDirectory.codes(of: result.page.items.map(\.request.requesterID), on: req.db)
        return PageJSON(
            items: result.page.items.map { RequestJSON($0.request, counts: $0.counts, codes: codes) },
            total: result.page.total, page: result.page.page, per: result.page.per)
    }

    func show(req: Request) async throws -> DetailJSON {
        let request = try await req.visibleReportRequest()
        return try await detail(req, request)
    }

    func create(req: Request) async throws -> Response {
        let body = try req.content.decode(CreateBody.self)
        let t = req.t
        let user = try req.requireUser()
        // The fields the office's form has are read by the form's own reading; the API adds its own code, the
        // date of issue, and units named by code.
        var form = ReportRequestForm()
        (form.kind, form.title, form.notation, form.document_date) = (body.kind, body.title, body.notation, body.document_date)
        (form.period_label, form.cut_off, form.deadline, form.outline) = (
            body.period_label, body.cut_off, body.deadline, body.outline
        )
        var (draft, errors) = form.draft(t)
        draft.ma = body.ma.trimmed.isEmpty ? nil : body.ma.trimmed
        if !body.issued_on.trimmed.isEmpty {
            draft.issuedOn = CivilDate.parse(body.issued_on.trimmed)
            if draft.issuedOn == nil { errors.append(.init(field: "issued_on", message: t.dateError(body.issued_on.trimmed))) }
        }
        let units = try await UnitDirectory.all(on: req.db)
        let byCode = Dictionary(units.map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { a, _ in a })
        func unit(_ text: String) -> OrgUnit? {
            UUID(uuidString: text).flatMap { id in units.first { $0.id == id } } ?? byCode[text.uppercased()]
        }
        if let requester = body.requester, !requester.isEmpty {
            if let found = unit(requester) {
                draft.requesterID = found.id
            } else {
                errors.append(.init(field: "requester", message: t(T.taskUnitUnknown, requester)))
            }
        } else {
            draft.requesterID = ReportRequestService.defaultRequester(
                for: user, among: try await ReportRequestService.requesters(on: req.db, today: CivilDate.today(now: req.now)))
        }
        var spec = ReportRecipientSpec()
        for code in (body.recipients ?? []).flatMap({ $0.split(whereSeparator: { $0 == ";" || $0 == "," }) }).map({
            $0.trimmingCharacters(in: .whitespaces)
        })
        where !code.isEmpty {
            if let found = unit(code) {
                spec.unitIDs.append(found.id!)
            } else {
                errors.append(.init(field: "recipients", message: t(T.taskUnitUnknown, code)))
            }
        }
        for kind in (body.recipient_kinds ?? []).flatMap({ $0.split(whereSeparator: { $0 == ";" || $0 == "," }) }).map(
            String.init)
        {
            if let parsed = UnitKind(rawValue: kind.trimmingCharacters(in: .whitespaces)) {
                spec.kinds.append(parsed)
            } else {
                errors.append(.init(field: "recipient_kinds", message: t(T.reportKindOfUnitUnknown, kind)))
            }
        }
        draft.recipients = spec
        let (files, fileErrors) = ReportRequestsController.acceptFiles(body.files ?? [], t: t)
        errors += fileErrors
        let parsed = draft
        let formErrors = errors
        let (request, _) = try await AttachmentService.storing(files, in: req.fileStore) { stored in
            try await req.write { db in
                try await ReportRequestService.create(
                    parsed, formErrors: formErrors, files: stored, actor: user, now: req.now, on: db, t: t)
            }
        }
        let response = Response(status: .created)
        try response.content.encode(try await detail(req, request))
        return response
    }

    func submit(req: Request) async throws -> Response {
        let request = try await req.visibleReportRequest()
        let body = try req.content.decode(SubmitBody.self)
        let t = req.t
        let unit = try await recipient(req, request, body.unit)
        let (files, fileErrors) = ReportRequestsController.acceptFiles(body.files ?? [], t: t)
        try fileErrors.throwIfAny()
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        let (step, rows) = try await AttachmentService.storing(files, in: req.fileStore) { stored in
            try await req.write { db in
                let step = try await ReportSubmissionService.submit(
                    request, unitID: unit.id!, text: body.text ?? "", files: stored,
                    expectedVersion: body.version, user: user, scope: scope,
                    now: req.now, on: db, t: t)
                return (step, try await AttachmentService.list(.reportSubmission, ids: [step.id!], on: db)[step.id!] ?? [])
            }
        }
        let response = Response(status: .created)
        try response.content.encode(StepJSON(step, unit: unit.code, attachments: rows))
        return response
    }

    func returnSubmission(req: Request) async throws -> Response {
        let request = try await req.visibleReportRequest()
        let body = try req.content.decode(SubmitBody.self)
        let t = req.t
        let unit = try await recipient(req, request, body.unit)
        let user = try req.requireUser()
        let step = try await req.write { db in
            try await ReportSubmissionService.returnSubmission(
                request, unitID: unit.id!, reason: body.reason ?? "",
                expectedVersion: body.version, user: user, now: req.now, on: db, t: t)
        }
        let response = Response(status: .created)
        try response.content.encode(StepJSON(step, unit: unit.code, attachments: []))
        return response
    }

    func remind(req: Request) async throws -> [String: Int] {
        let request = try await req.visibleReportRequest()
        let user = try req.requireUser()
        let t = req.t
        let mailing = req.application.reportMailer != nil
        let now = req.now
        let created = try await req.write { db in
            try await ReportReminderService.remindNow(request, user: user, mailing: mailing, now: now, on: db, t: t).count
        }
        let delivered = try await ReportReminderService.deliver(req.application, now: now)
        return ["recorded": created, "mails_sent": delivered.sent, "mails_failed": delivered.failed]
    }

    func zip(req: Request) async throws -> Response {
        try await ReportRequestsController().zip(req: req)
    }

    // MARK: - Helpers

    private func detail(_ req: Request, _ request: ReportRequest) async throws -> DetailJSON {
        let scope = try await req.accessScope()
        let calendar = try await CalendarService.calendar(on: req.db)
        let progress =
            try await ReportProgress.load(
                [request], scope: scope, asOf: CivilDate.today(now: req.now), calendar: calendar,
                on: req.db)[request.id!] ?? []
        // Only the units this request names, as plain rows (a national tree has thousands).
        let units = try await UnitOption.of(progress.map(\.unitID) + [request.requesterID], on: req.db)
        let statuses = ReportRequestQuery.glanceOrder(progress, names: units.mapValues(\.name))
        let versionIDs = statuses.compactMap { $0.status?.isSubmitted == true ? $0.version?.id : nil }
        let files = try await AttachmentService.list(.reportSubmission, ids: versionIDs, on: req.db)
        let reminders = Dictionary(
            grouping: try await ReportReminder.query(on: req.db).filter(\.$requestID == request.id!).all(), by: \.unitID)
        let forms = try await AttachmentService.list(.reportRequest, ids: [request.id!], on: req.db)[request.id!] ?? []
        return DetailJSON(
            request: RequestJSON(request, counts: ReportProgress.counts(statuses), codes: units.mapValues(\.code)),
            outline: request.outline, forms: forms.map(AttachmentJSON.init),
            units: statuses.map { s in
                let code = units[s.unitID]?.code ?? ""
                let version = s.status?.isSubmitted == true ? s.version : nil
                return UnitStatusJSON(
                    unit_id: s.unitID, unit: code, name: units[s.unitID]?.name ?? "",
                    status: s.status?.rawValue ?? "not_issued", due_soon: s.dueSoon,
                    submitted_on: s.snapshot?.submittedOn?.iso, days_late: s.snapshot?.daysLate,
                    returned: s.snapshot?.returned ?? false, version: s.recipient.version,
                    submission: version.map { StepJSON($0, unit: code, attachments: files[$0.id!] ?? []) },
                    reminders: reminders[s.unitID]?.count ?? 0)
            })
    }

    /// The unit named in the body (code or id), which must be a recipient the caller may see (404 otherwise);
    /// a unit officer with a single unit among the recipients may leave it out.
    private func recipient(_ req: Request, _ request: ReportRequest, _ text: String?) async throws -> OrgUnit {
        let scope = try await req.accessScope()
        let rows = try await ReportRequestRecipient.query(on: req.db).filter(\.$requestID == request.id!).all()
            .filter { scope.allows($0.unitID) }
        var unitID: UUID?
        if let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            unitID = try await ReportUnitLookup.find(text, on: req.db)?.id
            if unitID == nil {
                throw ValidationFailure(errors: [.init(field: "unit", message: req.t(T.taskUnitUnknown, text))])
            }
        } else if rows.count == 1 {
            unitID = rows[0].unitID
        } else {
            throw ValidationFailure(errors: [.init(field: "unit", message: req.t(T.reportUnitRequired))])
        }
        guard let unitID, rows.contains(where: { $0.unitID == unitID }), let unit = try await OrgUnit.find(unitID, on: req.db)
        else {
            throw AppError(.notFound, code: "not_found", message: req.t(T.errNotFound))
        }
        return unit
    }
}
