import DieuHanhCore
import Fluent
import Vapor

/// One indicator of a plan for several years, with its standing as of the cut-off.
struct IndicatorMultiYearRow: Sendable {
    let indicator: Indicator
    let plan: IndicatorMultiYearPlanRecord
    let snapshot: IndicatorMultiYearSnapshot

    /// The row's value and target in the report's words: "bình quân 6,8%/năm", "bình quân 7%/năm".
    var valueText: String? { IndicatorText.multiYearValue(snapshot, unit: indicator.unit) }
    var targetText: String {
        IndicatorText.multiYearTarget(snapshot.target, period: snapshot.period, method: snapshot.method, unit: indicator.unit)
    }
}

/// Plans for several years as of a cut-off, loaded in three queries and judged by the Core rule
/// (`IndicatorMultiYearEvaluation`). Shared by the plans page, an indicator's page, the API and the command line.
enum IndicatorMultiYearQuery {
    /// The periods that have a plan, latest first.
    static func periods(on db: Database) async throws -> [IndicatorPlanPeriod] {
        let plans = try await IndicatorMultiYearPlanRecord.query(on: db).field(\.$fromYear).field(\.$toYear).all()
        return Set(plans.compactMap(\.period)).sorted(by: >)
    }

    /// The period a page opens on: the one running today, else the latest that has ended, else the first to come.
    static func defaultPeriod(today: CivilDate, on db: Database) async throws -> IndicatorPlanPeriod? {
        let periods = try await periods(on: db)
        return periods.first { $0.years.contains(today.year) } ?? periods.first { $0.to < today.year } ?? periods.last
    }

    /// Every indicator of the period's plan, in the resolution's order.
    static func rows(period: IndicatorPlanPeriod, asOf: CivilDate, on db: Database) async throws -> [IndicatorMultiYearRow] {
        let plans = try await IndicatorMultiYearPlanRecord.query(on: db).filter(\.$fromYear == period.from)
            .filter(\.$toYear == period.to).all()
        return try await rows(plans: plans, asOf: asOf, on: db)
    }

    /// Every plan for several years of one indicator, the earliest period first.
    static func rows(indicatorID: UUID, asOf: CivilDate, on db: Database) async throws -> [IndicatorMultiYearRow] {
        let plans = try await IndicatorMultiYearPlanRecord.query(on: db).filter(\.$indicatorID == indicatorID).all()
        return try await rows(plans: plans, asOf: asOf, on: db)
    }

    static func rows(plans: [IndicatorMultiYearPlanRecord], asOf: CivilDate, on db: Database) async throws
        -> [IndicatorMultiYearRow]
    {
        guard !plans.isEmpty else { return [] }
        let indicatorIDs = Array(Set(plans.map(\.indicatorID)))
        let indicators = Dictionary(
            uniqueKeysWithValues: try await Indicator.query(on: db).filter(\.$id ~~ indicatorIDs).all().map { ($0.id!, $0) })
        let years = Array(Set(plans.flatMap { Array($0.fromYear...max($0.fromYear, $0.toYear)) }))
        let actuals = Dictionary(
            grouping: try await IndicatorActualRecord.query(on: db).filter(\.$indicatorID ~~ indicatorIDs)
                .filter(\.$year ~~ years).sort(\.$seq).all(), by: \.indicatorID)
        return plans.compactMap { plan -> IndicatorMultiYearRow? in
            guard let indicator = indicators[plan.indicatorID], let period = plan.period else { return nil }
            let facts = IndicatorMultiYearFacts(
                direction: indicator.indicatorDirection, aggregation: indicator.indicatorAggregation, period: period,
                method: plan.planMethod, target: plan.targetValue,
                actuals: (actuals[indicator.id!] ?? []).compactMap(\.coreFact))
            return IndicatorMultiYearRow(
                indicator: indicator, plan: plan, snapshot: IndicatorMultiYearEvaluation.evaluate(facts, asOf: asOf))
        }
        .sorted {
            ($0.plan.fromYear, $0.plan.toYear, $0.plan.position, $0.indicator.code)
                < ($1.plan.fromYear, $1.plan.toYear, $1.plan.position, $1.indicator.code)
        }
    }

    static func tally(_ rows: [IndicatorMultiYearRow], period: IndicatorPlanPeriod, asOf: CivilDate) -> IndicatorTally {
        IndicatorTally(year: period.to, asOf: asOf, items: rows.map { (name: $0.indicator.name, status: $0.snapshot.status) })
    }

    /// Reads a period given as `plan` ("2021-2025") or as `from` and `to`, and the cut-off (today by default); every
    /// problem at once as a `ValidationFailure`. nil period when none is given.
    static func parse(
        plan: String?, from: String? = nil, to: String? = nil, asOf: String?, today: CivilDate, t: Localizer
    ) throws -> (period: IndicatorPlanPeriod?, asOf: CivilDate) {
        var errors: [FieldError] = []
        func given(_ text: String?) -> String? {
            text.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var period: IndicatorPlanPeriod?
        if let text = given(plan) {
            period = IndicatorPlanPeriod(code: text)
            if period == nil { errors.append(.init(field: "plan", message: t(T.indPlanPeriodInvalid))) }
        } else if given(from) != nil || given(to) != nil {
            period = Int(given(from) ?? "").flatMap { from in
                Int(given(to) ?? "").flatMap { IndicatorPlanPeriod(from: from, to: $0) }
            }
            if period == nil { errors.append(.init(field: "from", message: t(T.indPlanPeriodInvalid))) }
        }
        var cutOff = today
        if let text = given(asOf) {
            if let date = CivilDate.parse(text) {
                cutOff = date
            } else {
                errors.append(.init(field: "as_of", message: t.dateError(text)))
            }
        }
        try errors.throwIfAny()
        return (period, cutOff)
    }
}
