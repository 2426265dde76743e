import DieuHanhCore
import Fluent
import Vapor

/// The work programme over JSON: statistics (CONTRACT: `GET /api/v1/stats/programme`), items with their status
/// as of a date, an item with its events and the steps the caller may take, entry and steps.
struct ProgrammeAPIController: RouteCollection {
    struct ItemJSON: Content {
        let id: UUID
        let ma: String?
        let year: Int
        let title: String
        let kind: String
        let lead_unit: String
        let leader_id: UUID?
        let body: String
        /// The original planned month, `yyyy-mm`.
        let planned_month: String
        /// The planned month as of `as_of`, after approved postponements.
        let current_month: String
        let origin: String
        let added_on: String?
        let status: String
        let submitted_on: String?
        let submitted_late: Bool
        let issued_on: String?
        let withdrawn_on: String?
        let version: Int
    }

    struct EventJSON: Content {
        let id: UUID
        let kind: String
        let recorded_on: String
        let effective_on: String
        let new_month: String?
        let document: String
        let note: String
        let actor: String

        init(_ e: ProgrammeEventRecord) {
            id = e.id!
            kind = e.kind
            recorded_on = e.recordedOn
            effective_on = e.effectiveOn
            new_month = e.newMonth
            document = e.document
            note = e.note
            actor = e.actorName
        }
    }

    struct DetailJSON: Content {
        let item: ItemJSON
        let events: [EventJSON]
        let actions: [String]
    }

    struct StatsQuery: Content {
        var from: String?
        var to: String?
        var period: String?
        var as_of: String?
        var lead_unit: String?
        var by_unit: String?
    }

    struct ItemInput: Content {
        var ma: String?
        var title: String?
        var kind: String?
        var lead_unit: String?
        var leader_id: String?
        var body: String?
        var planned_month: String?
        var origin: String?
        var added_on: String?
        var note: String?
    }

    struct EventInput: Content {
        var action: String?
        var date: String?
        var month: String?
        var document: String?
        var note: String?
        var version: Int?
    }

    func boot(routes: RoutesBuilder) throws {
        routes.get("stats", "programme", use: stats)
        let items = routes.grouped("programme", "items")
        items.get(use: list)
        items.post(use: create)
        items.get(":itemID", use: show)
        items.post(":itemID", "events", use: addEvent)
    }

    func stats(req: Request) async throws -> ProgrammeStatsJSON {
        let q = try req.query.decode(StatsQuery.self)
        let filter = try await ProgrammeStatsFilter.parse(
            from: q.from, to: q.to, period: q.period, asOf: q.as_of, leadUnit: q.lead_unit,
            today: CivilDate.today(now: req.now), scope: try await req.accessScope(),
            on: req.db, t: req.t)
        let result = try await ProgrammeStatistics.run(filter, on: req.db)
        return ProgrammeStatistics.json(result, byUnit: ["1", "true", "yes"].contains(q.by_unit?.lowercased() ?? ""))
    }

    func list(req: Request) async throws -> PageJSON<ItemJSON> {
        let t = req.t
        let paging = try Paging(req, t: t)
        let filter = try req.query.decode(ProgrammeQuery.Filter.self)
        let today = CivilDate.today(now: req.now)
        var errors: [FieldError] = []
        var asOf = today
        if !filter.as_of.trimmed.isEmpty {
            if let date = CivilDate.parse(filter.as_of.trimmed) {
                asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t.dateError(filter.as_of.trimmed)))
            }
        }
        let year = filter.year ?? asOf.year
        if !(2000...2100).contains(year) { errors.append(.init(field: "year", message: t(T.errInteger, "year"))) }
        var status: ProgrammeItemStatus?
        if !filter.status.trimmed.isEmpty {
            status = ProgrammeItemStatus(rawValue: filter.status.trimmed)
            if status == nil { errors.append(.init(field: "status", message: t(T.taskStatusInvalid))) }
        }
        var body: ProgrammeBody?
        if !filter.body.trimmed.isEmpty {
            body = ProgrammeBody(rawValue: filter.body.trimmed.uppercased())
            if body == nil { errors.append(.init(field: "body", message: t(T.programmeBodyRequired))) }
        }
        let leadUnits = try await ProgrammeQuery.unitSubtree(filter.lead_unit, on: req.db, errors: &errors, t: t)
        try errors.throwIfAny()
        let rows = try await ProgrammeQuery.rows(
            years: year...year, asOf: asOf, scope: try await req.accessScope(),
            leadUnitIDs: leadUnits, body: body, kind: filter.kind.flatMap(ProgrammeItemKind.init(rawValue:)),
            q: filter.q, on: req.db
        )
        .filter { status == nil || $0.snapshot.status == status }
        .sorted { ($0.snapshot.plannedMonth, $0.item.title) < ($1.snapshot.plannedMonth, $1.item.title) }
        let page = paging.window.slice(rows)
        let codes = try await UnitDirectory.codes(of: page.map(\.item.leadUnitID), on: req.db)
        return PageJSON(
            items: page.map { json($0.item, $0.snapshot, codes) },
            total: rows.count, page: paging.page, per: paging.per)
    }

    func show(req: Request) async throws -> DetailJSON {
        let item = try await req.visibleProgrammeItem()
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        return try await detail(item, user: user, scope: scope, on: req.db, today: CivilDate.today(now: req.now))
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(ItemInput.self)
        let t = req.t
        let user = try req.requireUser()
        guard user.userRole.canManageTrackingData else {
            throw AppError(.forbidden, code: "forbidden", message: t(T.errForbidden))
        }
        let today = CivilDate.today(now: req.now)
        var errors: [FieldError] = []
        var draft = ProgrammeItemDraft()
        draft.ma = input.ma.trimmed.isEmpty ? nil : input.ma.trimmed
        draft.title = input.title.trimmed.collapsingSpaces
        if input.kind.trimmed.isEmpty {
            draft.kind = ProgrammeItemKind.guess(from: draft.title)
        } else {
            draft.kind = ProgrammeItemKind(rawValue: input.kind.trimmed)
        }
        draft.body = ProgrammeBody(rawValue: input.body.trimmed.uppercased())
        draft.leaderID = UUID(uuidString: input.leader_id.trimmed)
        draft.note = input.note.trimmed
        if !input.planned_month.trimmed.isEmpty {
            draft.plannedMonth = CivilMonth.parse(input.planned_month.trimmed)
            if draft.plannedMonth == nil { errors.append(.init(field: "planned_month", message: t(T.programmeMonthFormat))) }
        }
        if !input.origin.trimmed.isEmpty {
            guard let origin = ProgrammeOrigin(rawValue: input.origin.trimmed) else {
                throw ValidationFailure(errors: [.init(field: "origin", message: t(T.programmeOriginInvalid))])
            }
            draft.origin = origin
        }
        if !input.added_on.trimmed.isEmpty {
            draft.addedOn = CivilDate.parse(input.added_on.trimmed)
            if draft.addedOn == nil { errors.append(.init(field: "added_on", message: t.dateError(input.added_on.trimmed))) }
        }
        let leadText = input.lead_unit.trimmed
        let formErrors = errors
        let finalDraft = draft
        let item = try await req.write { db in
            var draft = finalDraft
            if let id = UUID(uuidString: leadText) {
                draft.leadUnitID = id
            } else if !leadText.isEmpty {
                draft.leadUnitID = try await UnitDirectory.find(code: leadText, on: db)?.id
            }
            let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: db).all().map { ($0.id!, $0) })
            let leaders = Set(try await ProgrammeService.leaders(on: db).compactMap(\.id))
            try formErrors.merging(
                try await ProgrammeService.validate(draft, units: units, leaders: leaders, today: today, on: db, t: t)
            )
            .throwIfAny()
            return try await ProgrammeService.create(draft, actor: AuditActor(user), now: req.now, on: db)
        }
        let response = Response(status: .created)
        try response.content.encode(
            try await detail(item, user: user, scope: try await req.accessScope(), on: req.db, today: today))
        return response
    }

    func addEvent(req: Request) async throws -> Response {
        let item = try await req.visibleProgrammeItem()
        let body = try req.content.decode(EventInput.self)
        let t = req.t
        guard let action = ProgrammeAction(rawValue: body.action ?? "") else {
            throw ValidationFailure(errors: [
                .init(
                    field: "action",
                    message: t(
                        T.taskActionUnknown,
                        ProgrammeAction.allCases.map(\.rawValue).joined(separator: ", ")))
            ])
        }
        let (input, errors) = ProgrammeActionInput.read(
            note: body.note, date: body.date, month: body.month, document: body.document,
            version: body.version.map(String.init), t: t)
        try errors.throwIfAny()
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        let event = try await req.write { db in
            try await ProgrammeActionService.perform(
                action, on: item, input: input, user: user, scope: scope, now: req.now,
                on: db, t: t)
        }
        let response = Response(status: .created)
        try response.content.encode(EventJSON(event))
        return response
    }

    private func detail(
        _ item: ProgrammeItem, user: UserAccount, scope: AccessScope, on db: Database,
        today: CivilDate
    ) async throws -> DetailJSON {
        let events = try await ProgrammeQuery.events(for: [item.id!], on: db)[item.id!] ?? []
        let facts = item.facts(events)
        let state = ProgrammeLifecycleState(events: facts.events)
        let snapshot = ProgrammeStatus.evaluate(facts, asOf: max(today, facts.existsFrom))
        return DetailJSON(
            item: json(item, snapshot, try await UnitDirectory.codes(of: [item.leadUnitID], on: db)),
            events: events.map(EventJSON.init),
            actions: ProgrammeAction.available(to: user.userRole, ownsItem: scope.allows(item.leadUnitID), in: state).map(
                \.rawValue))
    }

    private func json(_ item: ProgrammeItem, _ s: ProgrammeSnapshot?, _ codes: [UUID: String]) -> ItemJSON {
        ItemJSON(
            id: item.id!, ma: item.ma, year: item.year, title: item.title, kind: item.kind,
            lead_unit: codes[item.leadUnitID] ?? "",
            leader_id: item.leaderID, body: item.body, planned_month: item.plannedMonth,
            current_month: s?.plannedMonth.iso ?? item.plannedMonth, origin: item.origin, added_on: item.addedOn,
            status: s?.status.rawValue ?? "not_in_programme", submitted_on: s?.submittedOn?.iso,
            submitted_late: s?.submittedLate ?? false, issued_on: s?.issuedOn?.iso, withdrawn_on: s?.withdrawnOn?.iso,
            version: item.version)
    }
}
