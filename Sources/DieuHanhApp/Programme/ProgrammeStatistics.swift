import DieuHanhCore
import Fluent
import Vapor

/// Which period, cut-off and units the programme statistics cover.
struct ProgrammeStatsFilter: Sendable {
    var period: ReportPeriod
    var asOf: CivilDate
    /// Lead units allowed (a unit and its subtree, and the caller's scope); nil = all.
    var leadUnitIDs: Set<UUID>?
    /// Only items submitted to these bodies (the review report's items for the Government and the Prime Minister).
    var bodies: Set<ProgrammeBody>? = nil

    var months: MonthRange { MonthRange(period) }

    /// CONTRACT: `from`, `to` (YYYY-MM-DD; `YYYY-MM` is read as that month's first or last day) and `as_of`; or a
    /// period code (`2020-H1`); the cut-off defaults to today. Every problem is reported at once.
    static func parse(
        from: String?, to: String?, period code: String? = nil, asOf: String?, leadUnit: String?, today: CivilDate,
        scope: AccessScope, on db: Database, t: Localizer
    ) async throws -> ProgrammeStatsFilter {
        var errors: [FieldError] = []
        func date(_ text: String?, _ field: String, end: Bool) -> CivilDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            if let date = CivilDate.parse(text) { return date }
            if let month = CivilMonth.parse(text) { return end ? month.lastDay : month.firstDay }
            errors.append(.init(field: field, message: t.dateError(text)))
            return nil
        }
        let start = date(from, "from", end: false)
        let end = date(to, "to", end: true)
        let cutOff = date(asOf, "as_of", end: false)
        var period: ReportPeriod?
        if start != nil || end != nil {
            if let start, let end {
                if start > end { errors.append(.init(field: "to", message: t(T.statsRangeReversed))) }
                period = ReportPeriod(from: start, to: end)
            } else {
                errors.append(.init(field: start == nil ? "from" : "to", message: t(T.programmeRangeRequired)))
            }
        } else if let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            period = ReportPeriod(code: code)
            if period == nil { errors.append(.init(field: "period", message: t(T.reviewPeriodInvalid))) }
        } else if errors.isEmpty {
            errors.append(.init(field: "from", message: t(T.programmeRangeRequired)))
        }
        let units = try await ProgrammeQuery.unitSubtree(leadUnit, on: db, errors: &errors, t: t)
        try errors.throwIfAny()
        var filter = ProgrammeStatsFilter(period: period!, asOf: cutOff ?? today, leadUnitIDs: units)
        if let allowed = scope.unitIDs { filter.leadUnitIDs = filter.leadUnitIDs.map { $0.intersection(allowed) } ?? allowed }
        return filter
    }
}

/// The CONTRACT object for programme statistics (CLI `stats programme --format json`, `GET /api/v1/stats/programme`):
/// the columns (1)–(8) of DOMAIN §4, plus the late submissions and, on request, one object per lead unit.
struct ProgrammeStatsJSON: Content, Equatable {
    struct UnitJSON: Content, Equatable {
        let code: String
        let name: String
        let counts: ProgrammeStatsJSON
    }

    let as_of: String
    let from: String
    let to: String
    let initial: Int
    let added: Int
    let moved_out: Int
    let total: Int
    let submitted: Int
    let issued: Int
    let not_submitted: Int
    /// Percent with one decimal; null when nothing is due.
    let rate: Double?
    let submitted_late: Int
    var units: [UnitJSON]?
    /// Of `submitted`, per body (`trinh_cap`) and kind (`loai`): `{"HDND":{"bao_cao":11,…},"TU":{…}}`.
    var submitted_by_body: [String: [String: Int]]?

    init(_ c: ProgrammeCounts, filter: ProgrammeStatsFilter) {
        as_of = filter.asOf.iso
        from = filter.period.from.iso
        to = filter.period.to.iso
        initial = c.initial
        added = c.added
        moved_out = c.movedOut
        total = c.total
        submitted = c.submitted
        issued = c.issued
        not_submitted = c.notSubmitted
        rate = c.rate
        submitted_late = c.submittedLate
    }

    private enum CodingKeys: String, CodingKey {
        case as_of, from, to, initial, added, moved_out, total, submitted, issued, not_submitted, rate, submitted_late, units,
            submitted_by_body
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(as_of, forKey: .as_of)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(initial, forKey: .initial)
        try c.encode(added, forKey: .added)
        try c.encode(moved_out, forKey: .moved_out)
        try c.encode(total, forKey: .total)
        try c.encode(submitted, forKey: .submitted)
        try c.encode(issued, forKey: .issued)
        try c.encode(not_submitted, forKey: .not_submitted)
        // CONTRACT: the key is always there; null when (4) is 0.
        if let rate { try c.encode(rate, forKey: .rate) } else { try c.encodeNil(forKey: .rate) }
        try c.encode(submitted_late, forKey: .submitted_late)
        try c.encodeIfPresent(units, forKey: .units)
        try c.encodeIfPresent(submitted_by_body, forKey: .submitted_by_body)
    }
}

/// Programme statistics: the Core columns over the items a filter keeps.
enum ProgrammeStatistics {
    /// One lead unit's line.
    struct UnitLine: Sendable {
        var unit: OrgUnit
        var counts: ProgrammeCounts
    }

    struct Result: Sendable {
        var filter: ProgrammeStatsFilter
        var counts: ProgrammeCounts
        /// Column (5) by the body the items went to and their kind.
        var bodies: ProgrammeBodyCounts
        /// Every lead unit with an item in a column, best rate first.
        var units: [UnitLine]
        /// Items due in the period and not submitted as of the cut-off (column 7), by month then unit.
        var unfinished: [ProgrammeQuery.Row]
        /// Items submitted late (of column 5).
        var late: [ProgrammeQuery.Row]
    }

    static func run(_ filter: ProgrammeStatsFilter, on db: Database) async throws -> Result {
        let months = filter.months
        let rows = try await ProgrammeQuery.rows(
            years: ProgrammeQuery.years(for: months), asOf: filter.asOf,
            scope: AccessScope(unitIDs: filter.leadUnitIDs), on: db)
        var total = ProgrammeCounts()
        var bodies = ProgrammeBodyCounts()
        var byUnit: [UUID: ProgrammeCounts] = [:]
        var unfinished: [ProgrammeQuery.Row] = []
        var late: [ProgrammeQuery.Row] = []
        for row in rows {
            if let bodies = filter.bodies, !bodies.contains(where: { $0.rawValue == row.item.body }) { continue }
            guard let m = ProgrammeCounts.membership(row.facts, period: months, asOf: filter.asOf) else { continue }
            total.add(m)
            bodies.add(m, body: row.item.itemBody, kind: row.item.itemKind)
            byUnit[row.item.leadUnitID, default: ProgrammeCounts()].add(m)
            if m.due && !m.submitted { unfinished.append(row) }
            if m.submittedLate { late.append(row) }
        }
        // Only the units that lead an item of the period (a national tree has thousands).
        let units = byUnit.isEmpty ? [] : try await OrgUnit.query(on: db).filter(\.$id ~~ Array(byUnit.keys)).all()
        let unitsByID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let names = unitsByID.mapValues(\.name)
        let lines = byUnit.compactMap { id, counts in unitsByID[id].map { UnitLine(unit: $0, counts: counts) } }
            .sorted { a, b in
                let ra = a.counts.rate ?? -1
                let rb = b.counts.rate ?? -1
                if ra != rb { return ra > rb }
                if a.counts.total != b.counts.total { return a.counts.total > b.counts.total }
                return VietnameseText.areInIncreasingOrder(a.unit.name, b.unit.name)
            }
        func byMonth(_ rows: [ProgrammeQuery.Row]) -> [ProgrammeQuery.Row] {
            let sorted = ProgrammeQuery.sorted(rows, unitNames: names)
            return sorted.enumerated().sorted {
                ($0.element.snapshot.plannedMonth, $0.offset) < ($1.element.snapshot.plannedMonth, $1.offset)
            }
            .map(\.element)
        }
        return Result(
            filter: filter, counts: total, bodies: bodies, units: lines, unfinished: byMonth(unfinished), late: byMonth(late))
    }

    static func json(_ result: Result, byUnit: Bool) -> ProgrammeStatsJSON {
        var json = ProgrammeStatsJSON(result.counts, filter: result.filter)
        json.submitted_by_body = Dictionary(
            uniqueKeysWithValues: result.bodies.kinds.map { body, kinds in
                (body.rawValue, Dictionary(uniqueKeysWithValues: kinds.map { ($0.key.rawValue, $0.value) }))
            })
        if byUnit {
            json.units = result.units.map {
                .init(
                    code: $0.unit.code, name: $0.unit.name,
                    counts: ProgrammeStatsJSON($0.counts, filter: result.filter))
            }
        }
        return json
    }
}
