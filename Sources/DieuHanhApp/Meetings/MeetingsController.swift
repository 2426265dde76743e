import DieuHanhCore
import Fluent
import Vapor

/// Meetings in the browser: the period's list for every signed-in reader; entry and editing for the office.
struct MeetingsController: RouteCollection {
    static let perPage = 50

    func boot(routes: RoutesBuilder) throws {
        let meetings = routes.grouped("meetings")
        meetings.get(use: list)
        let office = meetings.grouped(RequireRole.office)
        office.get("new", use: new)
        office.post(use: create)
        meetings.get(":meetingID", use: show)
        office.get(":meetingID", "edit", use: edit)
        office.post(":meetingID", use: update)
    }

    func list(req: Request) async throws -> Response {
        let filter = try req.query.decode(MeetingQuery.Filter.self)
        let ctx = req.pageContext()
        let model = try await MeetingsListPage.model(
            filter, page: req.listPage, per: Self.perPage, canManage: ctx.role?.canManageTrackingData == true,
            today: ctx.today, t: ctx.t, on: req.db)
        return MeetingsListPage.response(ctx, model: model)
    }

    func show(req: Request) async throws -> Response {
        let meeting = try await req.meeting()
        let ctx = req.pageContext()
        let model = try await MeetingPage.model(
            meeting, canManage: ctx.role?.canManageTrackingData == true, today: ctx.today, on: req.db)
        return MeetingPage.response(ctx, model: model)
    }

    func new(req: Request) async throws -> Response {
        try await renderForm(req, form: MeetingForm(), meeting: nil, errors: [])
    }

    func create(req: Request) async throws -> Response {
        let form = MeetingForm(fields: try req.content.decode([String: String].self))
        let t = req.t
        let user = try req.requireUser()
        let (draft, formErrors) = form.draft(t: t)
        do {
            let meeting = try await req.write { db in
                let (errors, documents) = try await MeetingService.validate(
                    draft, existing: nil, today: CivilDate.today(now: req.now), on: db, t: t)
                try formErrors.merging(errors).throwIfAny()
                return try await MeetingService.create(draft, documents: documents, actor: AuditActor(user), now: req.now, on: db)
            }
            req.flash(t(T.meetingCreated))
            return req.redirect(to: "/meetings/\(meeting.id!)")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, meeting: nil, errors: failure.errors, status: .unprocessableEntity)
        }
    }

    func edit(req: Request) async throws -> Response {
        let meeting = try await req.meeting()
        let details = try await MeetingDetails.load(meeting, on: req.db)
        return try await renderForm(req, form: MeetingForm(details), meeting: meeting, errors: [])
    }

    func update(req: Request) async throws -> Response {
        let meeting = try await req.meeting()
        let form = MeetingForm(fields: try req.content.decode([String: String].self))
        let t = req.t
        let user = try req.requireUser()
        let (draft, formErrors) = form.draft(t: t)
        do {
            try await req.write { db in
                let details = try await MeetingDetails.load(meeting, on: db)
                let (errors, documents) = try await MeetingService.validate(
                    draft, existing: details, today: CivilDate.today(now: req.now), on: db, t: t)
                try formErrors.merging(errors).throwIfAny()
                try await MeetingService.update(
                    details, with: draft, documents: documents, expectedVersion: form.expectedVersion,
                    actor: AuditActor(user), now: req.now, on: db, t: t)
            }
            req.flash(t(T.meetingSaved))
            return req.redirect(to: "/meetings/\(meeting.id!)")
        } catch let failure as ValidationFailure {
            return try await renderForm(req, form: form, meeting: meeting, errors: failure.errors, status: .unprocessableEntity)
        } catch let conflict as AppError where conflict.status == .conflict {
            // The form comes back as typed, with the message, so nothing typed is lost; it now carries the
            // current version, so saving again after reading the other change is a deliberate overwrite.
            var fresh = form
            fresh.version = String(try await Meeting.find(meeting.id, on: req.db)?.version ?? meeting.version)
            return try await renderForm(
                req, form: fresh, meeting: meeting, errors: [.init(field: "version", message: conflict.message)],
                status: .conflict)
        }
    }

    private func renderForm(
        _ req: Request, form: MeetingForm, meeting: Meeting?, errors: [FieldError], status: HTTPStatus = .ok
    ) async throws -> Response {
        let ctx = req.pageContext()
        let model = try await MeetingFormPage.model(form: form, meeting: meeting, errors: errors, today: ctx.today, on: req.db)
        return MeetingFormPage.response(ctx, model: model, status: status)
    }
}

extension Request {
    /// The meeting the path names, or 404.
    func meeting() async throws -> Meeting {
        guard let id = parameters.get("meetingID", as: UUID.self), let meeting = try await Meeting.find(id, on: db) else {
            throw Abort(.notFound)
        }
        return meeting
    }
}
