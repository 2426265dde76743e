import DieuHanhCore
import Fluent
import Vapor

/// Periodic regimes in the browser: list, create (its due requests are made at once), stop or resume.
struct ReportingRegimesController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let regimes = routes.grouped("reports", "regimes").grouped(RequireRole(\.seesEveryUnit))
        regimes.get(use: list)
        regimes.get(":regimeID", use: show)
        let office = regimes.grouped(RequireRole.office)
        office.get("new", use: new)
        office.post(use: create)
        office.post(":regimeID", "stop") { req in try await setActive(req, false) }
        office.post(":regimeID", "resume") { req in try await setActive(req, true) }
    }

    func list(req: Request) async throws -> Response {
        let regimes = try await ReportingRegime.query(on: req.db).sort(\.$title).all()
        let requests = try await ReportRequest.query(on: req.db).filter(\.$regimeID != nil).all()
        let counts = Dictionary(grouping: requests.compactMap(\.regimeID), by: { $0 }).mapValues(\.count)
        let rows = regimes.map { ReportingRegimesPage.Row(regime: $0, requests: counts[$0.id!] ?? 0) }
            .sorted {
                ($0.regime.active ? 0 : 1, VietnameseText.sortKey($0.regime.title)) < (
                    $1.regime.active ? 0 : 1, VietnameseText.sortKey($1.regime.title)
                )
            }
        return ReportingRegimesPage.list(req.pageContext(), rows: rows, canManage: ReportAccess.mayManage(try req.requireUser()))
    }

    func show(req: Request) async throws -> Response {
        let regime = try await find(req)
        let ctx = req.pageContext()
        let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: req.db).all().map { ($0.id!, $0) })
        let calendar = try await CalendarService.calendar(on: req.db)
        return ReportingRegimesPage.detail(
            ctx,
            model: .init(
                regime: regime, requesterName: units[regime.requesterID]?.name ?? "—",
                recipientsLabel: ReportRecipientSpec(code: regime.recipients).label(units: units, t: ctx.t),
                upcoming: regime.schedule?.upcoming(from: ctx.today, count: 4, calendar: calendar) ?? [],
                requests: try await ReportRequest.query(on: req.db).filter(\.$regimeID == regime.id!).count(),
                canManage: ReportAccess.mayManage(try req.requireUser())))
    }

    func new(req: Request) async throws -> Response {
        var form = ReportingRegimeForm()
        let ctx = req.pageContext()
        let requesters = try await ReportRequestService.requesters(on: req.db, today: ctx.today)
        form.requester_id = ReportRequestService.defaultRequester(for: try req.requireUser(), among: requesters)?.uuidString
        return try await render(req, form: form, errors: [])
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(ReportingRegimeForm.self)
        let t = req.t
        let user = try req.requireUser()
        let now = req.now
        let (draft, errors) = form.draft(today: CivilDate.today(now: now), t)
        do {
            let (regime, created) = try await req.write { db in
                let regime = try await ReportingRegimeService.create(
                    draft, formErrors: errors, actor: AuditActor(user), now: now, on: db, t: t)
                let created = try await ReportingRegimeService.createDueRequests(
                    asOf: CivilDate.today(now: now), regimes: [regime.id!],
                    now: now, on: db)
                return (regime, created.count)
            }
            req.flash(t(T.regimeCreated, VNFormat.integer(created)))
            return req.redirect(to: "/reports/regimes/\(regime.id!)")
        } catch let failure as ValidationFailure {
            return try await render(req, form: form, errors: failure.errors, status: .unprocessableEntity)
        }
    }

    private func setActive(_ req: Request, _ active: Bool) async throws -> Response {
        let regime = try await find(req)
        let user = try req.requireUser()
        let t = req.t
        let now = req.now
        try await req.write { db in
            try await ReportingRegimeService.setActive(
                regime, active, expectedVersion: nil, actor: AuditActor(user), now: now, on: db, t: t)
            if active {
                _ = try await ReportingRegimeService.createDueRequests(
                    asOf: CivilDate.today(now: now), regimes: [regime.id!], now: now, on: db)
            }
        }
        req.flash(active ? t(T.regimeResumed) : t(T.regimeStoppedFlash))
        return req.redirect(to: "/reports/regimes/\(regime.id!)")
    }

    private func find(_ req: Request) async throws -> ReportingRegime {
        guard let id = req.parameters.get("regimeID", as: UUID.self), let regime = try await ReportingRegime.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return regime
    }

    private func render(_ req: Request, form: ReportingRegimeForm, errors: [FieldError], status: HTTPStatus = .ok) async throws
        -> Response
    {
        let ctx = req.pageContext()
        let open = try await UnitDirectory.openUnits(on: req.db, today: ctx.today)
        return ReportingRegimesPage.form(
            ctx,
            model: .init(
                form: form, errors: errors, requesters: try await ReportRequestService.requesters(on: req.db, today: ctx.today),
                units: open.filter { ReportRecipientSpec.addressableKinds.contains($0.unitKind) }), status: status)
    }
}
