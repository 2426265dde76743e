import DieuHanhCore
import Fluent
import Vapor

/// Entry, editing and CSV import of programme items (the office only: coordinators and administrators).
extension ProgrammeController {
    // MARK: Entry and editing

    func new(req: Request) async throws -> Response {
        var form = ProgrammeItemForm()
        if let year = try? req.query.get(Int.self, at: "year"), year != req.pageContext().today.year {
            form.plannedMonth = CivilMonth(year: year, month: 1)?.label ?? ""
        }
        return try await renderForm(req, form: form, item: nil, errors: [])
    }

    func create(req: Request) async throws -> Response {
        let form = ProgrammeItemForm(fields: try req.content.decode([String: String].self))
        let t = req.t
        let user = try req.requireUser()
        let today = CivilDate.today(now: req.now)
        let (draft, formErrors) = form.draft(t: t)
        do {
            let item = try await req.write { db in
                let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).all().map { ($0.id!, $0) })
                let leaders = Set(try await ProgrammeService.leaders(on: db).compactMap(\.id))
                try formErrors.merging(
                    try await ProgrammeService.validate(
                        draft, units: units, leaders: leaders, today: today,
                        on: db, t: t)
                ).throwIfAny()
                return try await ProgrammeService.create(draft, actor: AuditActor(user), now: req.now, on: db)
            }
            req.flash(t(T.programmeCreated))
            return req.redirect(to: "/programme/items/\(item.id!)")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, item: nil, errors: failure.errors, status: .unprocessableEntity)
        }
    }

    func edit(req: Request) async throws -> Response {
        let item = try await req.visibleProgrammeItem()
        return try await renderForm(req, form: ProgrammeItemForm(item), item: item, errors: [])
    }

    func update(req: Request) async throws -> Response {
        let item = try await req.visibleProgrammeItem()
        let form = ProgrammeItemForm(fields: try req.content.decode([String: String].self))
        let t = req.t
        let user = try req.requireUser()
        let today = CivilDate.today(now: req.now)
        let (draft, formErrors) = form.draft(t: t)
        do {
            try await req.write { db in
                let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).all().map { ($0.id!, $0) })
                let leaders = Set(try await ProgrammeService.leaders(on: db).compactMap(\.id))
                let events = try await ProgrammeQuery.events(for: [item.id!], on: db)[item.id!] ?? []
                try formErrors.merging(
                    try await ProgrammeService.validate(
                        draft, existing: (item, events), units: units,
                        leaders: leaders, today: today, on: db, t: t)
                ).throwIfAny()
                try await ProgrammeService.update(
                    item, with: draft, expectedVersion: form.expectedVersion, actor: AuditActor(user),
                    now: req.now, on: db, t: t)
            }
            req.flash(t(T.programmeSaved))
            return req.redirect(to: "/programme/items/\(item.id!)")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, item: item, errors: failure.errors, status: .unprocessableEntity)
        }
    }

    private func renderForm(
        _ req: Request, form: ProgrammeItemForm, item: ProgrammeItem?, errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await ProgrammeFormPage.model(form: form, item: item, errors: errors, today: ctx.today, on: req.db)
        return ProgrammeFormPage.response(ctx, model: model, status: status)
    }

    // MARK: Import

    func importForm(req: Request) async throws -> Response {
        ProgrammeImportPage.response(req.pageContext())
    }

    func importFile(req: Request) async throws -> Response {
        struct Form: Content { var file: File? }
        let t = req.t
        let form = try req.content.decode(Form.self)
        guard let file = form.file, file.data.readableBytes > 0 else {
            return ProgrammeImportPage.response(
                req.pageContext(), error: t(T.programmeImportNoFile), status: .unprocessableEntity)
        }
        let user = try req.requireUser()
        do {
            let summary = try await ProgrammeImport.run(
                data: Data(buffer: file.data), actor: AuditActor(user), app: req.application)
            req.flash(
                t(T.programmeImported, file.filename, String(summary.created), String(summary.updated), String(summary.unchanged))
            )
            return req.redirect(to: "/programme")
        } catch let error as CSVError {
            return ProgrammeImportPage.response(
                req.pageContext(), error: t(T.programmeImportError, error.description),
                status: .unprocessableEntity)
        }
    }
}
