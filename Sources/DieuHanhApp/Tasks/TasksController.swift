import DieuHanhCore
import Fluent
import Vapor

/// Tasks in the browser: the list as of a date, entry of a document with its tasks, a task's page with its
/// timeline and the steps the user's role allows.
struct TasksController: RouteCollection {
    static let perPage = 50

    func boot(routes: RoutesBuilder) throws {
        let tasks = routes.grouped("tasks")
        tasks.get(use: list)
        tasks.get("export.csv", use: exportCSV)
        tasks.get("export.xlsx", use: exportXLSX)
        tasks.get(":taskID", use: show)
        tasks.on(.POST, ":taskID", "actions", ":action", body: .collect(maxSize: ReportRequestsController.maxUpload), use: act)
            .acceptsUploads()
        let office = tasks.grouped(RequireRole.office)
        office.get("new", use: new)
        office.post(use: create)
    }

    func list(req: Request) async throws -> Response {
        let filter = try req.query.decode(TaskQuery.Filter.self)
        let ctx = req.pageContext()
        let scope = try await req.accessScope()
        let model = try await req.reading { db in
            try await TasksListPage.model(
                filter, scope: scope, role: ctx.role, today: ctx.today, per: Self.perPage, on: req, db: db, t: ctx.t)
        }
        return TasksListPage.response(ctx, model: model)
    }

    func exportCSV(req: Request) async throws -> Response {
        try await export(req, format: "csv", type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
        {
            try await TaskExport.csv($0, scope: $1, today: $2, to: $3, on: $4, t: req.t)
        }
    }

    func exportXLSX(req: Request) async throws -> Response {
        try await export(
            req, format: "xlsx",
            type: HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        ) {
            try await TaskExport.xlsx($0, scope: $1, today: $2, to: $3, on: $4, t: req.t)
        }
    }

    /// An export written to a temporary file a thousand tasks at a time, then streamed from it and deleted: the list is
    /// never held whole (a national export runs to hundreds of thousands of rows).
    private func export(
        _ req: Request, format: String, type: HTTPMediaType,
        write: (TaskQuery.Filter, AccessScope, CivilDate, URL, Database) async throws -> CivilDate
    ) async throws -> Response {
        let filter = try req.query.decode(TaskQuery.Filter.self)
        let ctx = req.pageContext()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nhiem-vu-\(UUID().uuidString).\(format)")
        let asOf: CivilDate
        do {
            let scope = try await req.accessScope()
            // A replica that fails half-way is read again from the primary: the file is written afresh.
            asOf = try await req.reading { try await write(filter, scope, ctx.today, url, $0) }
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        let path = url.path
        let response = try await req.fileio.asyncStreamFile(at: path) { _ in try? FileManager.default.removeItem(atPath: path) }
        response.headers.contentType = type
        response.headers.contentDisposition = .init(.attachment, filename: "nhiem-vu-\(asOf.iso).\(format)")
        return response
    }

    func new(req: Request) async throws -> Response {
        let rows = min(TaskEntryForm.maxRows, max(1, (try? req.query.get(Int.self, at: "rows")) ?? TaskEntryForm.defaultRows))
        var form = TaskEntryForm(rows: rows)
        if let id = try? req.query.get(UUID.self, at: "meeting") {
            try await MeetingNoticeEntry.prefill(&form, meetingID: id, on: req.db, t: req.t)
        }
        return try await renderEntry(req, form: form, errors: [])
    }

    func create(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let form = TaskEntryForm(fields: fields)
        let t = req.t
        let user = try req.requireUser()
        let units = try await UnitDirectory.all(on: req.db)
        let (documentDraft, drafts, formErrors) = form.drafts(
            unitsByCode: Dictionary(units.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a }), t: t)
        do {
            let created = try await req.write { db in
                let created = try await TaskEntry.save(
                    document: documentDraft, tasks: drafts, formErrors: formErrors, units: units,
                    actor: user, now: req.now, on: db, t: t)
                try await MeetingNoticeEntry.link(
                    created.document, meetingID: form.meetingID, actor: user, now: req.now, on: db, t: t)
                return created
            }
            req.flash(t(T.taskCreated, String(created.tasks.count), created.document.notation))
            return req.redirect(to: "/tasks?document=\(created.document.id!)")
        } catch let failure as ValidationFailure {
            return try await renderEntry(req, form: form, errors: failure.errors, status: .unprocessableEntity)
        }
    }

    func show(req: Request) async throws -> Response {
        try await page(req, try await req.visibleTask(), failed: nil)
    }

    func act(req: Request) async throws -> Response {
        struct Form: Content {
            var note: String?
            var percent: String?
            var date: String?
            var new_deadline: String?
            var unit_id: String?
            var version: String?
            var answer_due: String?
            var files: [File]?
        }
        let task = try await req.visibleTask()
        guard let action = TaskAction(rawValue: req.parameters.get("action") ?? "") else { throw Abort(.notFound) }
        let form = try req.content.decode(Form.self)
        let t = req.t
        let (input, readErrors) = TaskActionInput.read(
            note: form.note, percent: form.percent, date: form.date, newDeadline: form.new_deadline,
            unitID: form.unit_id, version: form.version, answerDue: form.answer_due, t: t)
        let (files, fileErrors) = AttachmentService.accept(form.files ?? [], t: t)
        let errors = readErrors + fileErrors
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        do {
            try errors.throwIfAny()
            _ = try await AttachmentService.storing(files, in: req.fileStore) { stored in
                try await req.write { db in
                    try await TaskActionService.perform(
                        action, on: task, input: input, user: user, scope: scope,
                        files: stored, now: req.now, on: db, t: t)
                }
            }
            req.flash(t(T.taskActionDone))
            return req.redirect(to: "/tasks/\(task.id!)")
        } catch let failure as ValidationFailure {
            return try await refused(failure.errors, .unprocessableEntity)
        } catch let conflict as AppError where conflict.status == .conflict {
            return try await refused(conflict.asStepProblem, .conflict)
        }

        /// Refused for its input, or because someone changed the task meanwhile: the page as it is now, with the
        /// problem and what was typed, so nothing is lost.
        func refused(_ errors: [FieldError], _ status: HTTPStatus) async throws -> Response {
            let fresh = try await TaskItem.find(task.id, on: req.db) ?? task
            let typed = [
                "note": form.note, "percent": form.percent, "date": form.date, "new_deadline": form.new_deadline,
                "unit_id": form.unit_id, "answer_due": form.answer_due,
            ].compactMapValues { $0 }
            return try await page(req, fresh, failed: .init(action: action, errors: errors, typed: typed), status: status)
        }
    }

    /// A task's page as the signed-in user sees it.
    private func page(
        _ req: Request, _ task: TaskItem, failed: RefusedStep<TaskAction>?, status: HTTPStatus = .ok
    ) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await TaskPage.model(
            task, failed: failed, user: try req.requireUser(), scope: try await req.accessScope(), today: ctx.today,
            on: req.db)
        return TaskPage.response(ctx, model: model, status: status)
    }

    private func renderEntry(_ req: Request, form: TaskEntryForm, errors: [FieldError], status: HTTPStatus = .ok) async throws
        -> Response
    {
        let ctx = req.pageContext()
        let model = try await TaskEntryPage.model(form: form, errors: errors, today: ctx.today, on: req.db)
        return TaskEntryPage.response(ctx, model: model, status: status)
    }
}
