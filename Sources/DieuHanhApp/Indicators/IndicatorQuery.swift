import DieuHanhCore
import Fluent
import Vapor

/// One indicator in one year's plan, with its facts and its standing as of the cut-off.
struct IndicatorYearRow: Sendable {
    let indicator: Indicator
    let plan: IndicatorPlan
    /// The plan's revisions, in the order they were entered.
    let revisions: [IndicatorTargetRevisionRecord]
    /// Actuals of the plan's year and the year before, in the order they were entered; `facts.actuals[i]` is
    /// `actuals[i]`.
    let actuals: [IndicatorActualRecord]
    let facts: IndicatorFacts
    let snapshot: IndicatorSnapshot
    /// The year's targets of other kinds than the plan's own, the figure measured against each.
    let otherTargets: [IndicatorOtherTarget]

    /// How reports word this row's targets: the indicator's word ("dự toán") and whose the plan's own target is.
    var wording: IndicatorTargetWording {
        IndicatorTargetWording(term: indicator.indicatorTargetTerm, ownKind: plan.ownTargetKind)
    }

    /// The plan's row as of `asOf` from its records: the facts the Core rule judges, and its judgement.
    /// `actuals` may hold other years' figures; only the plan's year and the year before are kept.
    init(
        indicator: Indicator, plan: IndicatorPlan, revisions: [IndicatorTargetRevisionRecord],
        actuals: [IndicatorActualRecord], otherTargets: [IndicatorOtherTargetRecord] = [], asOf: CivilDate
    ) {
        // Only well-formed rows, so that `actuals[i]` and `facts.actuals[i]` are the same figure.
        let kept = actuals.filter { ($0.year == plan.year || $0.year == plan.year - 1) && $0.coreFact != nil }
        let facts = IndicatorFacts(
            direction: indicator.indicatorDirection, aggregation: indicator.indicatorAggregation, year: plan.year,
            target: IndicatorTarget(
                original: plan.targetValue, revisions: revisions.filter { $0.kind == nil }.compactMap(\.coreRevision)),
            actuals: kept.compactMap(\.coreFact),
            comparedInPoints: indicator.indicatorAggregation.comparesInPoints(unit: indicator.unit))
        (self.indicator, self.plan, self.revisions, self.actuals) = (indicator, plan, revisions, kept)
        let snapshot = IndicatorEvaluation.evaluate(facts, asOf: asOf)
        (self.facts, self.snapshot) = (facts, snapshot)
        self.otherTargets = IndicatorOtherTarget.measure(
            otherTargets.compactMap { $0.coreTarget(revisions: revisions) }.sorted {
                IndicatorTargetKind.allCases.firstIndex(of: $0.kind)! < IndicatorTargetKind.allCases.firstIndex(of: $1.kind)!
            }, against: snapshot,
            aggregation: indicator.indicatorAggregation,
            growthIndex: indicator.indicatorAggregation.isGrowthIndex(unit: indicator.unit))
    }
}

/// The year's indicators as of a cut-off, loaded in four queries and judged by the one Core rule
/// (`IndicatorEvaluation.evaluate`). Shared by the pages, the API, the command line and the review report.
enum IndicatorQuery {
    struct Filter: Content, Sendable {
        var year: String?
        var as_of: String?
        var q: String?
        var unit: String?
        var status: String?
    }

    struct Parsed: Sendable {
        var year: Int
        var asOf: CivilDate
        var query: String = ""
        /// A unit and the units below it; nil = every unit.
        var unitIDs: Set<UUID>?
        var status: IndicatorStatus?
    }

    /// Reads the filter; every problem at once as a `ValidationFailure`. The year defaults to `defaultYear`, the
    /// cut-off to today.
    static func parse(_ filter: Filter, today: CivilDate, defaultYear: Int, on db: Database, t: Localizer) async throws -> Parsed
    {
        var errors: [FieldError] = []
        var parsed = Parsed(year: defaultYear, asOf: today)
        if let text = filter.year?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let year = Int(text), (1900...2200).contains(year) {
                parsed.year = year
            } else {
                errors.append(.init(field: "year", message: t(T.indYearInvalid)))
            }
        }
        if let text = filter.as_of?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let date = CivilDate.parse(text) {
                parsed.asOf = date
            } else {
                errors.append(.init(field: "as_of", message: t.dateError(text)))
            }
        }
        parsed.query = filter.q?.trimmingCharacters(in: .whitespaces) ?? ""
        if let code = filter.unit?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            var unit = try await UnitDirectory.find(code: code, on: db)
            if unit == nil, let id = UUID(uuidString: code) { unit = try await OrgUnit.find(id, on: db) }
            if let unit {
                parsed.unitIDs = try await UnitDirectory.subtree(of: unit.id!, on: db)
            } else {
                errors.append(.init(field: "unit", message: t(T.taskUnitUnknown, code)))
            }
        }
        if let text = filter.status?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let status = IndicatorStatus(rawValue: text) {
                parsed.status = status
            } else {
                errors.append(.init(field: "status", message: t(T.indStatusInvalid)))
            }
        }
        try errors.throwIfAny()
        return parsed
    }

    /// Years that have a plan, latest first.
    static func years(on db: Database) async throws -> [Int] {
        let plans = try await IndicatorPlan.query(on: db).field(\.$year).all()
        return Array(Set(plans.map(\.year))).sorted(by: >)
    }

    /// The year a page opens on: this year if it has a plan, else the latest year that has one, else this year.
    static func defaultYear(today: CivilDate, on db: Database) async throws -> Int {
        let years = try await years(on: db)
        return years.contains(today.year) ? today.year : (years.first { $0 < today.year } ?? years.first ?? today.year)
    }

    /// Every indicator of `year`'s plan, in the resolution's order.
    static func rows(year: Int, asOf: CivilDate, on db: Database) async throws -> [IndicatorYearRow] {
        let plans = try await IndicatorPlan.query(on: db).filter(\.$year == year).all()
        return try await rows(plans: plans, asOf: asOf, on: db)
    }

    /// The rows of the given plans (any years), in the resolution's order.
    static func rows(plans: [IndicatorPlan], asOf: CivilDate, on db: Database) async throws -> [IndicatorYearRow] {
        guard !plans.isEmpty else { return [] }
        let indicatorIDs = Array(Set(plans.map(\.indicatorID)))
        let indicators = Dictionary(
            uniqueKeysWithValues: try await Indicator.query(on: db).filter(\.$id ~~ indicatorIDs).all()
                .map { ($0.id!, $0) })
        let revisions = Dictionary(
            grouping: try await IndicatorTargetRevisionRecord.query(on: db)
                .filter(\.$planID ~~ plans.compactMap(\.id)).sort(\.$recordedOn).sort(\.$createdAt).all(), by: \.planID)
        let others = Dictionary(
            grouping: try await IndicatorOtherTargetRecord.query(on: db).filter(\.$planID ~~ plans.compactMap(\.id)).all(),
            by: \.planID)
        let years = Set(plans.flatMap { [$0.year, $0.year - 1] })
        let actuals = Dictionary(
            grouping: try await IndicatorActualRecord.query(on: db)
                .filter(\.$indicatorID ~~ indicatorIDs).filter(\.$year ~~ Array(years)).sort(\.$seq).all(), by: \.indicatorID)
        return plans.compactMap { plan -> IndicatorYearRow? in
            guard let indicator = indicators[plan.indicatorID] else { return nil }
            return IndicatorYearRow(
                indicator: indicator, plan: plan, revisions: revisions[plan.id!] ?? [],
                actuals: actuals[indicator.id!] ?? [], otherTargets: others[plan.id!] ?? [], asOf: asOf)
        }
        .sorted { ($0.plan.year, $0.plan.position, $0.indicator.code) < ($1.plan.year, $1.plan.position, $1.indicator.code) }
    }

    /// The rows the filter keeps (search without diacritics over code and name, the unit's subtree, the status).
    static func run(_ parsed: Parsed, on db: Database) async throws -> [IndicatorYearRow] {
        try await rows(year: parsed.year, asOf: parsed.asOf, on: db).filter { row in
            (parsed.query.isEmpty || VietnameseText.matches(row.indicator.searchText, query: parsed.query))
                && (parsed.unitIDs?.contains(row.plan.responsibleUnitID) ?? true)
                && (parsed.status.map { $0 == row.snapshot.status } ?? true)
        }
    }

    /// The year's count, of the resolution's indicators only: components are parts, not extra indicators.
    static func tally(_ rows: [IndicatorYearRow], year: Int, asOf: CivilDate) -> IndicatorTally {
        IndicatorTally(
            year: year, asOf: asOf, items: topLevel(rows).map { (name: $0.indicator.name, status: $0.snapshot.status) })
    }
}
