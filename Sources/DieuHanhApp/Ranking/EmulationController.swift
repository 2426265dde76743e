import DieuHanhCore
import DieuHanhOffice
import Vapor

/// `/ranking`: the emulation ranking of a year as of a cut-off, its XLSX, and the office's weights.
struct EmulationController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let ranking = routes.grouped("ranking")
        ranking.get(use: show)
        ranking.get("export.xlsx", use: export)
        ranking.grouped(RequireRole.office).post("settings", use: saveSettings)
    }

    /// The year (this one by default) and the cut-off (its last day, or today for the current year).
    private func period(_ req: Request, today: CivilDate) throws -> (Int, CivilDate) {
        var errors: [FieldError] = []
        var year = today.year
        if let text = req.query[String.self, at: "year"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let value = Int(text), (2000...2200).contains(value) {
                year = value
            } else {
                errors.append(.init(field: "year", message: req.t(T.reportYearInvalid)))
            }
        }
        var asOf = year < today.year ? CivilDate(year: year, month: 12, day: 31)! : today
        if let text = req.query[String.self, at: "as_of"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let date = CivilDate.parse(text) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: req.t.dateError(text)))
            }
        }
        try errors.throwIfAny()
        return (year, asOf)
    }

    private func model(_ req: Request, year: Int, asOf: CivilDate) async throws -> EmulationPage.Model {
        let ctx = req.pageContext()
        let result = try await req.reading {
            try await EmulationRanking.build(year: year, asOf: asOf, today: ctx.today, on: $0, t: ctx.t)
        }
        let settings = try await EmulationSettings.current(on: req.db)
        return EmulationPage.Model(
            result: result, setBy: settings.setBy, setAt: settings.setAt,
            canEdit: (try req.requireUser()).userRole.canManageTrackingData)
    }

    func show(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let (year, asOf) = try period(req, today: ctx.today)
        return EmulationPage.response(ctx, model: try await model(req, year: year, asOf: asOf))
    }

    func export(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let (year, asOf) = try period(req, today: ctx.today)
        let result = try await req.reading {
            try await EmulationRanking.build(year: year, asOf: asOf, today: ctx.today, on: $0, t: ctx.t)
        }
        let response = Response(status: .ok, body: .init(data: try XLSXWriter.data(EmulationXLSX.workbook(result))))
        response.headers.contentType = HTTPMediaType(
            type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response.headers.contentDisposition = .init(.attachment, filename: "thi-dua-\(year)-\(asOf.iso).xlsx")
        return response
    }

    func saveSettings(req: Request) async throws -> Response {
        let fields = try req.content.decode([String: String].self)
        let ctx = req.pageContext()
        let inForce = try await EmulationSettings.current(on: req.db).weights
        let (weights, errors) = EmulationSettingsForm.read(fields, inForce: inForce, t: ctx.t)
        let year = Int(fields["year"] ?? "") ?? ctx.today.year
        guard errors.isEmpty else {
            var model = try await model(
                req, year: year, asOf: year < ctx.today.year ? CivilDate(year: year, month: 12, day: 31)! : ctx.today)
            model.typed = fields
            model.errors = errors
            return EmulationPage.response(ctx, model: model, status: .unprocessableEntity)
        }
        let user = try req.requireUser()
        try await req.write { db in try await EmulationSettings.save(weights, actor: AuditActor(user), now: req.now, on: db) }
        req.flash(ctx.t(T.rankingSaved))
        return req.redirect(to: "/ranking?year=\(year)")
    }
}
