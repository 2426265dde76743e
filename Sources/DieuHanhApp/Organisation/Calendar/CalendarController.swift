import DieuHanhCore
import Fluent
import Vapor

/// The working-day calendar of a year: statutory holidays (computed, lunar ones included), and the days an
/// administrator adds: days off (the announced Tết break) and make-up working days (làm bù).
struct CalendarController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("calendar", use: show)
        let admin = routes.grouped("calendar").grouped(RequireRole.organisation)
        admin.post("days", use: add)
        admin.post("days", ":dayID", "delete", use: remove)
    }

    func show(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let year = (try? req.query.get(Int.self, at: "year")).flatMap { (1900...2200).contains($0) ? $0 : nil } ?? ctx.today.year
        return try await render(req, ctx: ctx, year: year, form: .init(), errors: [])
    }

    func add(req: Request) async throws -> Response {
        let form = try req.content.decode(CalendarPage.Form.self)
        let t = req.t
        var errors: [FieldError] = []
        let from = CivilDate.parse(form.from ?? "")
        let to = (form.to ?? "").isEmpty ? from : CivilDate.parse(form.to ?? "")
        if from == nil { errors.append(.init(field: "from", message: t.dateError(form.from ?? ""))) }
        if to == nil { errors.append(.init(field: "to", message: t.dateError(form.to ?? ""))) }
        if let from, let to, to < from { errors.append(.init(field: "to", message: t(T.calendarRangeReversed))) }
        if let from, let to, from.days(to: to) > 60 { errors.append(.init(field: "to", message: t(T.calendarRangeTooLong))) }
        let kind = CalendarDay.Kind(rawValue: form.kind ?? "") ?? .dayOff
        let note = (form.note ?? "").trimmingCharacters(in: .whitespaces)
        if note.isEmpty { errors.append(.init(field: "note", message: t(T.calendarNoteRequired))) }
        guard errors.isEmpty, let from, let to else {
            return try await render(
                req, ctx: req.pageContext(), year: from?.year ?? CivilDate.today(now: req.now).year,
                form: form, errors: errors, status: .unprocessableEntity)
        }
        let actor = AuditActor(try req.requireUser())
        let count = try await req.write { db in
            var added = 0
            for offset in 0...from.days(to: to) {
                let day = from.adding(days: offset)
                // A make-up day is a working day by definition; a day off on a weekend changes nothing but is kept
                // so the announced break reads as announced.
                if try await CalendarDay.query(on: db).filter(\.$day == day.iso).first() != nil { continue }
                let record = CalendarDay(day: day, kind: kind, note: note)
                try await record.create(on: db)
                try await AuditLog.record(
                    on: db, actor: actor, at: req.now, action: "create", entity: "calendar_day",
                    entityID: record.id, summary: "\(day.iso) \(kind.rawValue): \(note)",
                    before: String?.none, after: day.iso)
                added += 1
            }
            return added
        }
        req.flash(t(T.calendarAdded, String(count)))
        return req.redirect(to: "/calendar?year=\(from.year)")
    }

    func remove(req: Request) async throws -> Response {
        guard let id = req.parameters.get("dayID", as: UUID.self), let day = try await CalendarDay.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        let actor = AuditActor(try req.requireUser())
        try await req.write { db in
            try await day.delete(on: db)
            try await AuditLog.record(
                on: db, actor: actor, at: req.now, action: "delete", entity: "calendar_day", entityID: id,
                summary: "\(day.day) \(day.kind): \(day.note)", before: day.day, after: String?.none)
        }
        return req.redirect(to: "/calendar?year=\(String(day.day.prefix(4)))")
    }

    private func render(
        _ req: Request, ctx: PageContext, year: Int, form: CalendarPage.Form, errors: [FieldError],
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let model = try await CalendarPage.model(year: year, form: form, errors: errors, on: req.db)
        return CalendarPage.response(ctx, model: model, status: status)
    }
}
