import DieuHanhCore
import Fluent
import Vapor

/// Periodic regimes, reminders, the yearly rates and users' e-mail addresses over JSON.
struct ReportingAPIController: RouteCollection {
    struct RegimeJSON: Content {
        let id: UUID
        let ma: String?
        let title: String
        let frequency: String
        let deadline_rule: String
        let first_period: String
        let last_period: String?
        let notation: String?
        let requester: String
        let recipient_kinds: [String]
        let recipients: [String]
        let outline: String
        let active: Bool
        let version: Int
        /// The next periods with their cut-off window and deadline.
        let upcoming: [OccurrenceJSON]
    }

    struct OccurrenceJSON: Content {
        let period: String
        let label: String
        let window_from: String
        let cut_off: String
        let deadline: String
    }

    struct RegimeBody: Content {
        var ma: String?
        var title: String?
        var frequency: String?
        /// `wd:2` (2 working days after the cut-off) or `day:20+0` (day 20 of the cut-off's month, moved off days off).
        var deadline_rule: String?
        var first_period: String?
        var last_period: String?
        var notation: String?
        var requester: String?
        var recipients: [String]?
        var recipient_kinds: [String]?
        var outline: String?
    }

    struct ReminderJSON: Content {
        let id: UUID
        let request_id: UUID
        let unit: String
        let kind: String
        let due_on: String
        let recorded_at: Date
        let mail_status: String
        let mail_to: String
        let mail_error: String?
    }

    func boot(routes: RoutesBuilder) throws {
        let regimes = routes.grouped("reporting-regimes")
        regimes.get(use: regimesList)
        regimes.get(":regimeID", use: regime)
        regimes.grouped(RequireRole.office).post(use: createRegime)
        routes.get("report-reminders", use: reminders)
        routes.get("stats", "reports", use: stats)
        routes.grouped(RequireRole.organisation).put("users", ":userID", "email", use: setEmail)
    }

    func regimesList(req: Request) async throws -> PageJSON<RegimeJSON> {
        let paging = try Paging(req, t: req.t)
        let all = try await ReportingRegime.query(on: req.db).sort(\.$title).all()
        let context = try await Context(req)
        let items = all[min(all.count, paging.range.lowerBound)..<min(all.count, paging.range.upperBound)].map {
            json($0, context)
        }
        return PageJSON(items: items, total: all.count, page: paging.page, per: paging.per)
    }

    func regime(req: Request) async throws -> RegimeJSON {
        guard let id = req.parameters.get("regimeID", as: UUID.self), let regime = try await ReportingRegime.find(id, on: req.db)
        else {
            throw AppError(.notFound, code: "not_found", message: req.t(T.errNotFound))
        }
        return json(regime, try await Context(req))
    }

    func createRegime(req: Request) async throws -> Response {
        let body = try req.content.decode(RegimeBody.self)
        let t = req.t
        let user = try req.requireUser()
        let now = req.now
        let today = CivilDate.today(now: now)
        // The fields the office's form has are read by the form's own reading; the API adds its own code and units
        // named by code.
        var form = ReportingRegimeForm()
        (form.title, form.frequency, form.rule_code) = (body.title, body.frequency, body.deadline_rule)
        (form.first_period, form.last_period, form.notation) = (body.first_period, body.last_period, body.notation)
        var (draft, errors) = form.draft(today: today, t)
        draft.ma = body.ma.trimmed.isEmpty ? nil : body.ma.trimmed
        let units = try await UnitDirectory.all(on: req.db)
        let byCode = Dictionary(units.map { ($0.code.uppercased(), $0) }, uniquingKeysWith: { a, _ in a })
        if let code = body.requester, !code.isEmpty {
            draft.requesterID = byCode[code.uppercased()]?.id
            if draft.requesterID == nil { errors.append(.init(field: "requester", message: t(T.taskUnitUnknown, code))) }
        } else {
            draft.requesterID = ReportRequestService.defaultRequester(
                for: user, among: try await ReportRequestService.requesters(on: req.db, today: today))
        }
        for code in body.recipients ?? [] {
            if let unit = byCode[code.uppercased()] {
                draft.recipients.unitIDs.append(unit.id!)
            } else {
                errors.append(.init(field: "recipients", message: t(T.taskUnitUnknown, code)))
            }
        }
        for kind in body.recipient_kinds ?? [] {
            if let parsed = UnitKind(rawValue: kind) {
                draft.recipients.kinds.append(parsed)
            } else {
                errors.append(.init(field: "recipient_kinds", message: t(T.reportKindOfUnitUnknown, kind)))
            }
        }
        draft.outline = body.outline ?? ""
        let parsed = draft
        let formErrors = errors
        let regime = try await req.write { db in
            let regime = try await ReportingRegimeService.create(
                parsed, formErrors: formErrors, actor: AuditActor(user), now: now, on: db, t: t)
            _ = try await ReportingRegimeService.createDueRequests(asOf: today, regimes: [regime.id!], now: now, on: db)
            return regime
        }
        let response = Response(status: .created)
        try response.content.encode(json(regime, try await Context(req)))
        return response
    }

    func reminders(req: Request) async throws -> PageJSON<ReminderJSON> {
        let paging = try Paging(req, t: req.t)
        let scope = try await req.accessScope()
        let query = ReportReminder.query(on: req.db)
        if let ids = scope.unitIDs { query.filter(\.$unitID ~~ Array(ids.isEmpty ? [UUID()] : ids)) }
        if let request = (try? req.query.get(String.self, at: "request")).flatMap(UUID.init(uuidString:)) {
            query.filter(\.$requestID == request)
        }
        if let code = try? req.query.get(String.self, at: "unit"), !code.isEmpty {
            query.filter(\.$unitID == (try await UnitDirectory.find(code: code, on: req.db)?.id ?? UUID()))
        }
        let total = try await query.copy().count()
        let rows = try await query.sort(\.$recordedAt, .descending).range(paging.range).all()
        let codes = try await UnitDirectory.codes(of: rows.map(\.unitID), on: req.db)
        return PageJSON(
            items: rows.map {
                ReminderJSON(
                    id: $0.id!, request_id: $0.requestID, unit: codes[$0.unitID] ?? "", kind: $0.kind, due_on: $0.dueOn,
                    recorded_at: $0.recordedAt, mail_status: $0.mailStatus, mail_to: $0.mailTo, mail_error: $0.mailError)
            }, total: total, page: paging.page, per: paging.per)
    }

    func stats(req: Request) async throws -> ReportStatsJSON {
        let year = try? req.query.get(String.self, at: "year")
        let asOf = try? req.query.get(String.self, at: "as_of")
        return ReportStatsJSON(
            try await ReportScorecard.build(
                year: year, asOf: asOf, today: CivilDate.today(now: req.now),
                scope: try await req.accessScope(), on: req.db, t: req.t))
    }

    struct EmailJSON: Content {
        let username: String
        let email: String?
    }

    func setEmail(req: Request) async throws -> EmailJSON {
        struct Body: Content { var email: String? }
        guard let id = req.parameters.get("userID", as: UUID.self), let user = try await ReportUserEmail.find(id, on: req.db)
        else {
            throw AppError(.notFound, code: "not_found", message: req.t(T.errNotFound))
        }
        let body = try req.content.decode(Body.self)
        let actor = AuditActor(try req.requireUser())
        let t = req.t
        let now = req.now
        try await req.write { db in
            try await ReportContactService.setEmail(user, to: body.email ?? "", actor: actor, now: now, on: db, t: t)
        }
        return EmailJSON(username: user.username, email: user.email)
    }

    private struct Context {
        let units: [UUID: OrgUnit]
        let calendar: WorkingCalendar
        let today: CivilDate

        init(_ req: Request) async throws {
            units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: req.db).all().map { ($0.id!, $0) })
            calendar = try await CalendarService.calendar(on: req.db)
            today = CivilDate.today(now: req.now)
        }
    }

    private func json(_ r: ReportingRegime, _ c: Context) -> RegimeJSON {
        let spec = ReportRecipientSpec(code: r.recipients)
        let upcoming = r.schedule?.upcoming(from: c.today, count: 3, calendar: c.calendar) ?? []
        return RegimeJSON(
            id: r.id!, ma: r.ma, title: r.title, frequency: r.frequency, deadline_rule: r.deadlineRule,
            first_period: r.firstPeriod, last_period: r.lastPeriod, notation: r.notation,
            requester: c.units[r.requesterID]?.code ?? "", recipient_kinds: spec.kinds.map(\.rawValue),
            recipients: spec.unitIDs.compactMap { c.units[$0]?.code }, outline: r.outline, active: r.active,
            version: r.version,
            upcoming: upcoming.map {
                OccurrenceJSON(
                    period: $0.period.code, label: $0.period.label,
                    window_from: $0.opensOn.iso, cut_off: $0.cutOff.iso,
                    deadline: $0.deadline.iso)
            })
    }
}
