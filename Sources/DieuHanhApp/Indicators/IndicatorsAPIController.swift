import DieuHanhCore
import Fluent
import Vapor

/// Indicators over JSON: CONTRACT's `GET /api/v1/stats/indicators?year=&as_of=` (or `?plan=2021-2025&as_of=`), the year's list with paging, one
/// indicator with every figure, and entry of an actual (a unit officer for their own unit's indicators only).
struct IndicatorsAPIController: RouteCollection {
    struct ListQuery: Content {
        var year: String?
        /// A plan for several years ("2021-2025"): the plan object instead of the year's.
        var plan: String?
        var as_of: String?
        var q: String?
        var unit: String?
        var status: String?
    }

    /// `value` and `score` may be strings in either notation ("1.234,5", "1234.5") or JSON numbers; `classes` a
    /// list of `{"label","count"}` or the text the CSV takes ("Số xã đạt 19 tiêu chí: 17; …").
    struct ActualBody: Decodable {
        var period: String?
        var kind: String?
        var value: String?
        var note: String?
        var version: Int?
        var score: String?
        var classes: String?

        enum CodingKeys: String, CodingKey { case period, kind, value, note, version, score, classes }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            period = try c.decodeIfPresent(String.self, forKey: .period)
            kind = try c.decodeIfPresent(String.self, forKey: .kind)
            note = try c.decodeIfPresent(String.self, forKey: .note)
            version = try c.decodeIfPresent(Int.self, forKey: .version)
            value = Self.number(c, .value)
            score = Self.number(c, .score)
            if let list = try? c.decodeIfPresent([IndicatorClassCount].self, forKey: .classes) {
                classes = IndicatorDistribution.text(list)
            } else {
                classes = try? c.decodeIfPresent(String.self, forKey: .classes)
            }
        }

        private static func number(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) -> String? {
            if let text = try? c.decodeIfPresent(String.self, forKey: key) { return text }
            // A JSON number: its shortest decimal form, read with "." as the decimal point.
            guard let number = try? c.decodeIfPresent(Double.self, forKey: key) else { return nil }
            return DecimalText.parse("\(number)").map(IndicatorText.value) ?? "\(number)"
        }
    }

    struct ActualJSON: Content {
        let id: UUID
        let indicator_id: UUID
        let period: String
        let kind: String
        let value: Decimal
        let recorded_on: String
        let note: String
        let actor: String
        let score: Decimal?
        let classes: [IndicatorClassCount]?

        init(_ r: IndicatorActualRecord) {
            id = r.id!
            indicator_id = r.indicatorID
            period = r.period
            kind = r.kind
            value = DecimalText.parse(r.value) ?? 0
            recorded_on = r.recordedOn
            note = r.note
            actor = r.actorName
            score = r.detail.score
            classes = r.detail.classes.isEmpty ? nil : r.detail.classes
        }
    }

    func boot(routes: RoutesBuilder) throws {
        routes.get("stats", "indicators", use: stats)
        let indicators = routes.grouped("indicators")
        indicators.get(use: list)
        indicators.get(":indicatorID", use: show)
        indicators.post(":indicatorID", "actuals", use: addActual)
    }

    func stats(req: Request) async throws -> Response {
        let q = try req.query.decode(ListQuery.self)
        if let plan = q.plan {
            return try await IndicatorStatistics.planJSON(
                plan: plan, asOf: q.as_of, today: CivilDate.today(now: req.now), on: req.db, t: req.t
            ).response()
        }
        return try await IndicatorStatistics.json(
            year: q.year, asOf: q.as_of, today: CivilDate.today(now: req.now), on: req.db,
            t: req.t
        ).response()
    }

    func list(req: Request) async throws -> Response {
        struct Page: Encodable {
            let year: Int
            let as_of: String
            let items: [IndicatorAPIItem]
            let total: Int
            let page: Int
            let per: Int
        }
        let t = req.t
        let paging = try Paging(req, t: t)
        let filter = try req.query.decode(IndicatorQuery.Filter.self)
        let today = CivilDate.today(now: req.now)
        let parsed = try await IndicatorQuery.parse(
            filter, today: today, defaultYear: try await IndicatorQuery.defaultYear(today: today, on: req.db),
            on: req.db, t: t)
        let rows = try await IndicatorQuery.run(parsed, on: req.db)
        let items = try await IndicatorAPIItem.make(rows, parsed: parsed, on: req.db)
        let page = Page(
            year: parsed.year, as_of: parsed.asOf.iso, items: Array(paging.window.slice(items)),
            total: items.count, page: paging.page, per: paging.per)
        return try Self.json(page)
    }

    func show(req: Request) async throws -> Response {
        struct Detail: Encodable {
            let indicator: IndicatorAPIItem
            let years: [Int]
            let revisions: [Revision]
            let actuals: [Actual]
            let may_enter_actuals: Bool
        }
        struct Revision: Encodable {
            let value: Decimal
            let decided_on: String
            let recorded_on: String
            let document: String
            let note: String
        }
        struct Actual: Encodable {
            let id: UUID
            let period: String
            let kind: String
            let value: Decimal
            let recorded_on: String
            let note: String
            let actor: String
            /// The figure in force for its period as of `as_of`.
            let in_force: Bool
            let score: Decimal?
            let classes: [IndicatorClassCount]?
        }
        let indicator = try await find(req)
        let today = CivilDate.today(now: req.now)
        let plans = try await IndicatorPlan.query(on: req.db).filter(\.$indicatorID == indicator.id!).all()
        var filter = try req.query.decode(IndicatorQuery.Filter.self)
        let latest = plans.first { $0.year == today.year } ?? plans.max { $0.year < $1.year }
        filter.year = filter.year ?? latest.map { String($0.year) }
        let parsed = try await IndicatorQuery.parse(filter, today: today, defaultYear: today.year, on: req.db, t: req.t)
        guard let plan = plans.first(where: { $0.year == parsed.year }),
            let row = try await IndicatorQuery.rows(plans: [plan], asOf: parsed.asOf, on: req.db).first
        else { throw Abort(.notFound) }
        let inForce = IndicatorEvaluation.inForce(row.facts.actuals, asOf: parsed.asOf)
        let units = Dictionary(uniqueKeysWithValues: try await OrgUnit.query(on: req.db).all().map { ($0.id!, $0) })
        let user = try req.requireUser()
        let may = IndicatorAccess.mayEnter(
            user, responsibleUnitID: plan.responsibleUnitID, scope: try await req.accessScope(), units: units)
        let detail = Detail(
            indicator: try await IndicatorAPIItem.make([row], parsed: parsed, on: req.db)[0],
            years: plans.map(\.year).sorted(),
            revisions: row.revisions.compactMap { r in
                DecimalText.parse(r.value).map {
                    Revision(value: $0, decided_on: r.decidedOn, recorded_on: r.recordedOn, document: r.document, note: r.note)
                }
            },
            actuals: row.actuals.indices.map { i in
                let r = row.actuals[i]
                return Actual(
                    id: r.id!, period: r.period, kind: r.kind, value: row.facts.actuals[i].value, recorded_on: r.recordedOn,
                    note: r.note, actor: r.actorName, in_force: inForce.contains(i), score: r.detail.score,
                    classes: r.detail.classes.isEmpty ? nil : r.detail.classes)
            },
            may_enter_actuals: may)
        return try Self.json(detail)
    }

    func addActual(req: Request) async throws -> Response {
        let indicator = try await find(req)
        let body = try req.content.decode(ActualBody.self)
        let t = req.t
        var errors: [FieldError] = []
        let period = IndicatorInput.period(body.period ?? "", t: t, errors: &errors)
        let kind = IndicatorInput.kind(body.kind ?? "", t: t, errors: &errors)
        let detail = IndicatorInput.detail(score: body.score ?? "", classes: body.classes ?? "", t: t, errors: &errors)
        let value = IndicatorInput.valueOrAverage(body.value ?? "", classes: detail.classes, t: t, errors: &errors)
        try errors.throwIfAny()
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        let entry = ActualEntry(
            indicatorID: indicator.id!, period: period!, kind: kind!, value: value!,
            note: (body.note ?? "").trimmingCharacters(in: .whitespacesAndNewlines), expectedVersion: body.version,
            detail: detail)
        let records = try await req.write { db in
            try await IndicatorService.recordActuals([entry], user: user, scope: scope, now: req.now, on: db, t: t)
        }
        let response = Response(status: .created)
        try response.content.encode(ActualJSON(records[0]))
        return response
    }

    private func find(_ req: Request) async throws -> Indicator {
        guard let id = req.parameters.get("indicatorID", as: UUID.self), let indicator = try await Indicator.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return indicator
    }

    static func json<T: Encodable>(_ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let response = Response(status: .ok, body: .init(data: try encoder.encode(value)))
        response.headers.contentType = .json
        return response
    }
}

/// An indicator in the API's lists: the statistics item with its id, year and version.
struct IndicatorAPIItem: Encodable {
    let id: UUID
    let year: Int
    let version: Int
    let item: IndicatorStatsJSON.Item

    func encode(to encoder: Encoder) throws {
        try item.encode(to: encoder)
        enum Keys: String, CodingKey { case id, year, version }
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(year, forKey: .year)
        try c.encode(version, forKey: .version)
    }

    static func make(_ rows: [IndicatorYearRow], parsed: IndicatorQuery.Parsed, on db: Database) async throws
        -> [IndicatorAPIItem]
    {
        let codes = try await UnitDirectory.codes(of: rows.map(\.plan.responsibleUnitID), on: db)
        let stats = IndicatorStatsJSON(year: parsed.year, asOf: parsed.asOf, rows: rows, unitCodes: codes)
        // A component names its parent even when the filters or the page left the parent out.
        let parents = try await IndicatorQuery.parentCodes(of: rows, on: db)
        return zip(rows, stats.items).map { row, item in
            var item = item
            item.parent = parents[row.indicator.id!]
            return IndicatorAPIItem(id: row.indicator.id!, year: row.plan.year, version: row.indicator.version, item: item)
        }
    }
}
