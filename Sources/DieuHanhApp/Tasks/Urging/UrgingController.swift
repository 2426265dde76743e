import DieuHanhCore
import Fluent
import Vapor

/// `/tasks/urging`: the office's urging letters — the list, choosing units and tasks, the draft, its DOCX, issuing.
struct UrgingController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let urging = routes.grouped("tasks", "urging").grouped(RequireRole.office)
        urging.get(use: list)
        urging.get("new", use: choose)
        urging.post(use: create)
        urging.get(":urgingID", use: show)
        urging.post(":urgingID", use: save)
        urging.get(":urgingID", "letter.docx") { req in try await UrgingFiles.docx(try await req.urging(), on: req.db, t: req.t) }
    }

    func list(req: Request) async throws -> Response {
        let urgings = try await Urging.query(on: req.db).sort(\.$createdAt, .descending)
            .paginate(PageRequest(page: req.listPage, per: 50))
        let counts = try await UrgingFiles.taskCounts(urgings.items.compactMap(\.id), on: req.db)
        return UrgingListPage.response(req.pageContext(), urgings: urgings, counts: counts)
    }

    /// The choice of units and day; once units are chosen, their overdue tasks to tick.
    func choose(req: Request) async throws -> Response {
        let fields = try req.query.decode([String: String].self)
        return try await renderChoice(req, fields: fields, errors: [], showTasks: fields["show"] == "1")
    }

    func create(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let t = req.t
        let user = try req.requireUser()
        do {
            let choice = try UrgingChoice(fields, today: CivilDate.today(now: req.now), t: t)
            let urging = try await req.write { db in
                try await UrgingService.create(
                    unitIDs: choice.unitIDs, asOf: choice.asOf, taskIDs: choice.taskIDs ?? [], actor: AuditActor(user),
                    now: req.now, on: db, t: t)
            }
            req.flash(t(T.urgingCreated))
            return req.redirect(to: "/tasks/urging/\(urging.id!)")
        } catch let failure as ValidationFailure {
            return try await renderChoice(
                req, fields: fields, errors: failure.errors, showTasks: true, status: .unprocessableEntity)
        }
    }

    func show(req: Request) async throws -> Response {
        let urging = try await req.urging()
        return UrgingDraftPage.response(
            req.pageContext(), urging: urging, lines: try await UrgingService.lines(of: urging, on: req.db),
            form: UrgingDraftPage.form(urging), errors: [])
    }

    /// Saves the draft, or saves and issues it when the office pressed "Ban hành"; a refusal keeps what was typed.
    func save(req: Request) async throws -> Response {
        let form = try req.content.decode(UrgingForm.self)
        let issuing = (try? req.content.get(String.self, at: "action")) == "issue"
        let t = req.t
        let user = try req.requireUser()
        let id = try req.urgingID()
        do {
            let notation = try await req.write { db -> String? in
                guard let urging = try await Urging.find(id, on: db) else { throw Abort(.notFound) }
                if issuing {
                    try await UrgingService.issue(urging, form: form, actor: AuditActor(user), now: req.now, on: db, t: t)
                } else {
                    try await UrgingService.save(urging, form: form, now: req.now, on: db, t: t)
                }
                return urging.notation
            }
            req.flash(notation.map { t(T.urgingIssuedFlash, $0) } ?? t(T.urgingSaved))
            return req.redirect(to: "/tasks/urging/\(id)")
        } catch let failure as ValidationFailure {
            return try await renderDraft(req, form: form, errors: failure.errors, status: .unprocessableEntity)
        } catch let conflict as AppError where conflict.status == .conflict {
            return try await renderDraft(
                req, form: form, errors: [.init(field: "version", message: conflict.message)], status: .conflict)
        }
    }

    private func renderDraft(_ req: Request, form: UrgingForm, errors: [FieldError], status: HTTPStatus) async throws
        -> Response
    {
        let urging = try await req.urging()
        var typed = form
        // The page's version is the draft's now: saving again after reading the message is a deliberate choice.
        typed.version = String(urging.version)
        return UrgingDraftPage.response(
            req.pageContext(), urging: urging, lines: try await UrgingService.lines(of: urging, on: req.db),
            form: urging.isIssued ? UrgingDraftPage.form(urging) : typed, errors: errors, status: status)
    }

    private func renderChoice(
        _ req: Request, fields: [String: String], errors: [FieldError], showTasks: Bool, status: HTTPStatus = .ok
    ) async throws -> Response {
        let ctx = req.pageContext()
        var errors = errors
        let typedAsOf = (fields["as_of"] ?? "").trimmingCharacters(in: .whitespaces)
        var asOf = ctx.today
        if !typedAsOf.isEmpty {
            if let date = CivilDate.parse(typedAsOf) {
                asOf = date
            } else if !errors.contains(where: { $0.field == "as_of" }) {
                errors.append(.init(field: "as_of", message: ctx.t.dateError(typedAsOf)))
            }
        }
        let units = try await UrgingService.unitsWithOverdue(asOf: asOf, on: req.db)
        let choice = UrgingChoice(lenient: fields)
        var lines: [UrgingLine]?
        if showTasks && errors.allSatisfy({ $0.field != "as_of" }) && (choice.all || !(choice.unitIDs ?? []).isEmpty) {
            lines = try await UrgingService.overdue(unitIDs: choice.all ? nil : choice.unitIDs, asOf: asOf, on: req.db)
        }
        if showTasks && !choice.all && (choice.unitIDs ?? []).isEmpty && !errors.contains(where: { $0.field == "units" }) {
            errors.append(.init(field: "units", message: ctx.t(T.urgingUnitsRequired)))
        }
        return UrgingChoosePage.response(
            ctx,
            model: .init(
                fields: fields, asOf: asOf, units: units, choice: choice, lines: lines, errors: errors),
            status: status)
    }
}

/// The units, day and tasks the office chose, as the form sends them: `all`, `unit_<id>`, `as_of`, `task_<id>`.
struct UrgingChoice {
    var all: Bool
    /// nil with `all`.
    var unitIDs: [UUID]?
    var asOf: CivilDate
    /// The ticked tasks; nil when the form sent no task list (then every overdue task).
    var taskIDs: [UUID]?

    init(_ fields: [String: String], today: CivilDate, t: Localizer) throws {
        self.init(lenient: fields)
        let typed = (fields["as_of"] ?? "").trimmingCharacters(in: .whitespaces)
        if typed.isEmpty {
            asOf = today
        } else if let date = CivilDate.parse(typed) {
            asOf = date
        } else {
            throw ValidationFailure(errors: [.init(field: "as_of", message: t.dateError(typed))])
        }
    }

    /// What the fields say, without judging them (the page shows them back as they came).
    init(lenient fields: [String: String]) {
        all = fields["all"] == "1"
        let units = Self.ids(fields, prefix: "unit_")
        unitIDs = all ? nil : units
        asOf = CivilDate.parse(fields["as_of"] ?? "") ?? CivilDate(year: 2000, month: 1, day: 1)!
        taskIDs = Self.ids(fields, prefix: "task_")
    }

    private static func ids(_ fields: [String: String], prefix: String) -> [UUID] {
        fields.compactMap { key, value in
            guard key.hasPrefix(prefix), value == "1" else { return nil }
            return UUID(uuidString: String(key.dropFirst(prefix.count)))
        }.sorted { $0.uuidString < $1.uuidString }
    }
}

extension Request {
    func urgingID() throws -> UUID {
        guard let id = parameters.get("urgingID", as: UUID.self) else { throw Abort(.notFound) }
        return id
    }

    /// The letter the path names, or 404.
    func urging() async throws -> Urging {
        guard let urging = try await Urging.find(try urgingID(), on: db) else { throw Abort(.notFound) }
        return urging
    }
}
