import DieuHanhCore
import Fluent
import Vapor

/// Reports from units in the browser: the requests and their grid, a unit's page to send or return a report,
/// the consolidation ZIP, reminders, the yearly ranking.
struct ReportRequestsController: RouteCollection {
    static let perPage = 30
    static let gridPerPage = 100
    static let maxUpload = ByteCount(value: AttachmentService.maxRequestBytes)

    func boot(routes: RoutesBuilder) throws {
        let reports = routes.grouped("reports")
        let requests = reports.grouped("requests")
        requests.get(use: list)
        requests.get(":requestID", use: show)
        requests.get(":requestID", "units", ":unitID", use: unitPage)
        requests.on(.POST, ":requestID", "units", ":unitID", "submit", body: .collect(maxSize: Self.maxUpload), use: submit)
            .acceptsUploads()
        requests.grouped(RequireRole(\.seesEveryUnit)).get(":requestID", "submissions.zip", use: zip)
        let office = requests.grouped(RequireRole.office)
        office.get("new", use: new)
        office.on(.POST, body: .collect(maxSize: Self.maxUpload), use: create)
            .acceptsUploads(from: UploadAllowance.office)
        office.post(":requestID", "remind", use: remind)
        office.post(":requestID", "units", ":unitID", "return", use: returnSubmission)
        reports.get("scorecard", use: scorecard)
        reports.get("reminders", use: reminders)
    }

    func list(req: Request) async throws -> Response {
        var filter = try req.query.decode(ReportRequestQuery.Filter.self)
        filter.page = max(1, filter.page ?? 1)
        let ctx = req.pageContext()
        let model = try await ReportRequestsListPage.model(
            filter, user: try req.requireUser(), scope: try await req.accessScope(), today: ctx.today, per: Self.perPage,
            t: ctx.t, on: req.db)
        return ReportRequestsListPage.response(ctx, model: model)
    }

    func new(req: Request) async throws -> Response {
        var form = ReportRequestForm()
        let ctx = req.pageContext()
        let requesters = try await ReportRequestService.requesters(on: req.db, today: ctx.today)
        form.requester_id = ReportRequestService.defaultRequester(for: try req.requireUser(), among: requesters)?.uuidString
        if let id = try? req.query.get(UUID.self, at: "review_draft") {
            try await ReviewContributionsService.prefill(&form, draftID: id, on: req.db)
        }
        return try await renderForm(req, form: form, errors: [])
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(ReportRequestForm.self)
        let t = req.t
        let user = try req.requireUser()
        let (draft, parseErrors) = form.draft(t)
        var errors = parseErrors
        let (files, fileErrors) = Self.acceptFiles(form.files ?? [], t: t)
        errors += fileErrors
        let parsed = draft
        let formErrors = errors
        do {
            let (request, count) = try await AttachmentService.storing(files, in: req.fileStore) { stored in
                try await req.write { db in
                    let made = try await ReportRequestService.create(
                        parsed, formErrors: formErrors, files: stored, actor: user, now: req.now,
                        on: db, t: t)
                    try await ReviewContributionsService.tie(made.0, toDraft: form.review_draft, on: db)
                    return made
                }
            }
            req.flash(t(T.reportCreated, VNFormat.integer(count)))
            return req.redirect(to: "/reports/requests/\(request.id!)")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, errors: failure.errors, status: .unprocessableEntity)
        }
    }

    func show(req: Request) async throws -> Response {
        let request = try await req.visibleReportRequest()
        let ctx = req.pageContext()
        let model = try await ReportRequestPage.model(
            request, status: (try? req.query.get(String.self, at: "status")).flatMap { $0.isEmpty ? nil : $0 },
            q: (try? req.query.get(String.self, at: "q")).flatMap { $0.isEmpty ? nil : $0 }, page: req.listPage,
            per: Self.gridPerPage, user: try req.requireUser(), scope: try await req.accessScope(),
            mailing: req.application.reportMailer != nil, today: ctx.today, t: ctx.t, on: req.db)
        return ReportRequestPage.response(ctx, model: model)
    }

    func unitPage(req: Request) async throws -> Response {
        let (request, unit) = try await findUnit(req)
        return try await renderUnit(req, request: request, unit: unit, failed: nil)
    }

    func submit(req: Request) async throws -> Response {
        struct Form: Content {
            var text: String?
            var version: String?
            var files: [File]?
        }
        let (request, unit) = try await findUnit(req)
        let form = try req.content.decode(Form.self)
        let t = req.t
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        let (files, fileErrors) = Self.acceptFiles(form.files ?? [], t: t)
        let text = form.text ?? ""
        do {
            try fileErrors.throwIfAny()
            _ = try await AttachmentService.storing(files, in: req.fileStore) { stored in
                try await req.write { db in
                    try await ReportSubmissionService.submit(
                        request, unitID: unit.id!, text: text, files: stored,
                        expectedVersion: Int(form.version.trimmed), user: user, scope: scope,
                        now: req.now, on: db, t: t)
                }
            }
            req.flash(t(T.reportSubmitted, unit.name))
            return req.redirect(to: "/reports/requests/\(request.id!)/units/\(unit.id!)")
        } catch let failure as ValidationFailure {
            return try await renderUnit(
                req, request: request, unit: unit, failed: ("submit", failure.errors), typed: text,
                status: .unprocessableEntity)
        }
    }

    func returnSubmission(req: Request) async throws -> Response {
        struct Form: Content {
            var reason: String?
            var version: String?
        }
        let (request, unit) = try await findUnit(req)
        let form = try req.content.decode(Form.self)
        let t = req.t
        let user = try req.requireUser()
        do {
            _ = try await req.write { db in
                try await ReportSubmissionService.returnSubmission(
                    request, unitID: unit.id!, reason: form.reason ?? "",
                    expectedVersion: Int(form.version.trimmed), user: user,
                    now: req.now, on: db, t: t)
            }
            req.flash(t(T.reportReturned, unit.name))
            return req.redirect(to: "/reports/requests/\(request.id!)/units/\(unit.id!)")
        } catch let failure as ValidationFailure {
            return try await renderUnit(
                req, request: request, unit: unit, failed: ("return", failure.errors), typed: form.reason ?? "",
                status: .unprocessableEntity)
        }
    }

    func remind(req: Request) async throws -> Response {
        let request = try await req.visibleReportRequest()
        let user = try req.requireUser()
        let t = req.t
        let mailing = req.application.reportMailer != nil
        let now = req.now
        let created = try await req.write { db in
            try await ReportReminderService.remindNow(request, user: user, mailing: mailing, now: now, on: db, t: t).count
        }
        let delivered = try await ReportReminderService.deliver(req.application, now: now)
        req.flash(
            created == 0
                ? t(T.reportRemindNone)
                : t(T.reportReminded, VNFormat.integer(created))
                    + (mailing ? " " + t(T.reportRemindMailed, VNFormat.integer(delivered.sent)) : ""))
        return req.redirect(to: "/reports/requests/\(request.id!)")
    }

    func zip(req: Request) async throws -> Response {
        let request = try await req.visibleReportRequest()
        let calendar = try await CalendarService.calendar(on: req.db)
        let statuses =
            try await ReportProgress.load(
                [request], asOf: CivilDate.today(now: req.now), calendar: calendar,
                on: req.db)[request.id!] ?? []
        let url = try await ReportArchive.write(
            request, statuses: statuses, units: try await unitsByID(req.db), store: req.fileStore,
            on: req.db)
        let response = try await req.fileio.asyncStreamFile(
            at: url.path,
            onCompleted: { _ in
                try? FileManager.default.removeItem(at: url)
            })
        response.headers.replaceOrAdd(name: .contentType, value: "application/zip")
        response.headers.replaceOrAdd(name: .contentDisposition, value: ReportArchive.contentDisposition(request))
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    func scorecard(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let year = (try? req.query.get(String.self, at: "year")) ?? ""
        let asOf = (try? req.query.get(String.self, at: "as_of")) ?? ""
        let model = try await ReportScorecardPage.model(
            year: year, asOf: asOf, scope: try await req.accessScope(), today: ctx.today, t: ctx.t, on: req.db)
        return ReportScorecardPage.response(ctx, model: model)
    }

    func reminders(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await ReportRemindersPage.model(
            request: (try? req.query.get(String.self, at: "request")).flatMap(UUID.init(uuidString:)), page: req.listPage,
            scope: try await req.accessScope(), mailing: req.application.reportMailer != nil, on: req.db)
        return ReportRemindersPage.response(ctx, model: model)
    }

    // MARK: - Helpers

    /// The upload checks of every attachment, plus the list of types (no presentations for reports).
    static func acceptFiles(_ uploads: [File], t: Localizer) -> ([AcceptedFile], [FieldError]) {
        let (files, errors) = AttachmentService.accept(uploads, t: t)
        let refused = files.filter { $0.kind == .pptx }
        return (
            files.filter { $0.kind != .pptx },
            errors + refused.map { FieldError(field: "files", message: t(T.attachmentKindRefused, $0.fileName)) }
        )
    }

    private func findUnit(_ req: Request) async throws -> (ReportRequest, OrgUnit) {
        let request = try await req.visibleReportRequest()
        guard let unitID = req.parameters.get("unitID", as: UUID.self), try await req.accessScope().allows(unitID),
            try await ReportRequestRecipient.query(on: req.db).filter(\.$requestID == request.id!).filter(\.$unitID == unitID)
                .first() != nil,
            let unit = try await OrgUnit.find(unitID, on: req.db)
        else { throw Abort(.notFound) }
        return (request, unit)
    }

    private func renderUnit(
        _ req: Request, request: ReportRequest, unit: OrgUnit, failed: (String, [FieldError])?, typed: String = "",
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await ReportSubmissionPage.model(
            request, unit: unit, user: try req.requireUser(), scope: try await req.accessScope(), failed: failed,
            typed: typed, today: ctx.today, on: req.db)
        return ReportSubmissionPage.response(ctx, model: model, status: status)
    }

    private func renderForm(_ req: Request, form: ReportRequestForm, errors: [FieldError], status: HTTPStatus = .ok) async throws
        -> Response
    {
        let ctx = req.pageContext()
        let model = try await ReportRequestFormPage.model(form: form, errors: errors, today: ctx.today, on: req.db)
        return ReportRequestFormPage.response(ctx, model: model, status: status)
    }

    private func unitsByID(_ db: Database) async throws -> [UUID: OrgUnit] {
        Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).all().map { ($0.id!, $0) })
    }
}
