import Foundation

/// How an indicator stands as of a cut-off. `met` and `notMet` are given only once the whole year is known; before
/// that an indicator is `onTrack` or `atRisk` (rule in `IndicatorEvaluation`).
public enum IndicatorStatus: String, CaseIterable, Sendable, Codable {
    case met
    case notMet = "not_met"
    case atRisk = "at_risk"
    case onTrack = "on_track"
    case noData = "no_data"

    /// "Đạt", "Không đạt", "Có nguy cơ không đạt", "Đạt tiến độ", "Chưa có số liệu".
    public var label: String {
        switch self {
        case .met: "Đạt"
        case .notMet: "Không đạt"
        case .atRisk: "Có nguy cơ không đạt"
        case .onTrack: "Đạt tiến độ"
        case .noData: "Chưa có số liệu"
        }
    }

    /// The CONTRACT's `met`: true or false once judged on the year, null before.
    public var met: Bool? {
        switch self {
        case .met: true
        case .notMet: false
        default: nil
        }
    }
}

/// The figure that stands for a stretch of a year: one period's value, or (for `sum` indicators) several periods
/// added up.
public struct IndicatorActualValue: Hashable, Sendable {
    public var value: Decimal
    /// The periods it is made of, in calendar order; one for a figure reported as such.
    public var periods: [IndicatorPeriod]
    /// The least final kind among them: a sum is only as final as its least final part.
    public var kind: ActualKind
    /// When the latest of its parts was entered.
    public var recordedOn: CivilDate
    /// The score or classes of a figure reported as such; empty for one added up from several periods.
    public var detail: IndicatorFigureDetail

    public init(
        value: Decimal, periods: [IndicatorPeriod], kind: ActualKind, recordedOn: CivilDate,
        detail: IndicatorFigureDetail = IndicatorFigureDetail()
    ) {
        self.value = value
        self.periods = periods
        self.kind = kind
        self.recordedOn = recordedOn
        self.detail = detail
    }

    public var year: Int { periods[0].year }
    public var firstMonth: Int { periods[0].firstMonth }
    public var lastMonth: Int { periods[periods.count - 1].lastMonth }
    public var months: Int { lastMonth - firstMonth + 1 }
    /// Added up from several periods rather than reported as one.
    public var isDerived: Bool { periods.count > 1 }
    /// Whether it covers the whole year.
    public var coversYear: Bool { firstMonth == 1 && lastMonth == 12 }

    /// "năm 2020", "9 tháng đầu năm 2020", "quý II năm 2021", "5 tháng đầu năm 2021".
    public var periodLabel: String {
        if periods.count == 1 { return periods[0].label }
        if firstMonth == 1 {
            switch lastMonth {
            case 12: return "năm \(year)"
            case 3: return "quý I năm \(year)"
            default: return "\(lastMonth) tháng đầu năm \(year)"
            }
        }
        return "từ tháng \(firstMonth) đến tháng \(lastMonth) năm \(year)"
    }

    /// Which figure it is, as the tables say it: "ước 9 tháng đầu năm 2020", "chính thức năm 2019",
    /// "sơ bộ 5 tháng đầu năm 2021, cộng các kỳ".
    public var label: String {
        kind.label + " " + periodLabel + (isDerived ? ", cộng các kỳ" : "")
    }
}

/// An indicator's standing as of a cut-off date, for one year.
public struct IndicatorSnapshot: Hashable, Sendable {
    public var year: Int
    public var asOf: CivilDate
    /// The target in force as of the cut-off (the latest revision known then, else the original).
    public var target: Decimal?
    public var originalTarget: Decimal?
    /// The revision in force, when there is one.
    public var revision: TargetRevision?
    /// The figure that stands for the year as of the cut-off.
    public var actual: IndicatorActualValue?
    /// The same stretch of the year before ("cùng kỳ"), as known at the cut-off.
    public var previous: IndicatorActualValue?
    /// actual / target × 100, one decimal, rounded half away from zero; nil without both or when the target is 0.
    public var percentOfTarget: Decimal?
    /// actual / previous × 100, one decimal; nil when the previous value is missing, zero or negative, and for an
    /// indicator compared in points (a ratio of two rates says nothing).
    public var yoyPercent: Decimal?
    /// actual − previous, one decimal: the change in percentage points of an indicator compared in points ("tăng
    /// 0,6 điểm phần trăm"); nil for the others or without both values.
    public var yoyPoints: Decimal? = nil
    /// For a rank: the places gained since the same period of the year before (previous − actual: 18th → 13th is
    /// +5, "tăng 5 bậc"); nil for the others or without both values.
    public var yoyPlaces: Decimal? = nil
    public var status: IndicatorStatus
}

/// The one indicator rule (DOMAIN §5), "as of a date D" (end of day D, Asia/Ho_Chi_Minh):
///
/// 1. **Known facts.** An actual counts when it was entered on or before D (`recordedOn ≤ D`); one entered later is
///    not known, whatever period it is for. A target revision counts when it was decided and entered on or before D.
/// 2. **One value per period.** Among the known actuals of a period, the most final kind wins (chính thức > sơ bộ >
///    ước) — a later kind supersedes an earlier one, but an estimate entered after the official figure does not
///    replace it. Ties go to the latest entered (`recordedOn`, then entry order). Nothing is discarded.
/// 3. **The year's figure.**
///    - `sum`: the longest stretch from 1 January that the period values cover. A stretch is made of consecutive
///      periods (the year; H1, 9M; H2; quarters; months), using as few periods as possible: the year's own figure
///      when known, else 9M, else H1 + Q3, else H1, else Q1 + Q2, else months added up… Among stretches with as
///      many periods, the more final least kind wins. The output names it: "ước 9 tháng đầu năm 2020".
///    - `level`: the value of the latest period (latest end month; the longer period when two end together, so the
///      year's own figure beats Q4 and December).
/// 4. **Target in force** (`IndicatorTarget.inForce`): the latest revision known as of D, else the original. Both
///    are kept and shown.
/// 5. **% of target** = actual / target × 100; **cùng kỳ** = actual / the same stretch of the year before (as known
///    at D) × 100. Both exact decimals rounded half away from zero to one decimal; nil when a part is missing, the
///    target is 0, or the previous value is 0 or negative (a ratio over such a base says nothing). An indicator
///    compared in points (a rate or a growth, in %) has no ratio with the year before: **cùng kỳ** is the difference
///    actual − previous in percentage points, one decimal.
/// 6. **Status.**
///    - No actual (or no target) → `noData`.
///    - The figure covers the whole year (`sum`: January–December; `level`: the year period's own figure) →
///      `met` when higher: actual ≥ target, lower: actual ≤ target; else `notMet`.
///    - Otherwise, `sum`: `atRisk` when the share of the target done is behind the share of the calendar gone
///      (higher: actual / target < months / 12; lower: actual / target > months / 12), else `onTrack`. The
///      comparison is exact (actual × 12 against target × months).
///    - Otherwise, `level`: `onTrack` when the latest value already meets the target by direction, else `atRisk`.
public enum IndicatorEvaluation {
    public static func evaluate(_ facts: IndicatorFacts, asOf date: CivilDate) -> IndicatorSnapshot {
        let inForce = facts.target?.inForce(asOf: date)
        let current = periodValues(facts.actuals, year: facts.year, asOf: date)
        let previousValues = periodValues(facts.actuals, year: facts.year - 1, asOf: date)

        var actual: IndicatorActualValue?
        var previous: IndicatorActualValue?
        if facts.aggregation.isSummed {
            let stretches = IndicatorStretch.best(current)
            if let end = stretches.keys.max() {
                actual = stretches[end]
                previous = IndicatorStretch.best(previousValues)[end]
            }
        } else {
            // The latest end month; of two periods ending together, the longer (the year beats Q4 and December).
            if let latest = current.values.max(by: { ($0.lastMonth, $0.months) < ($1.lastMonth, $1.months) }) {
                actual = latest
                previous = latest.periods[0].previousYear.flatMap { previousValues[$0] }
            }
        }

        let target = inForce?.value
        var snapshot = IndicatorSnapshot(
            year: facts.year, asOf: date, target: target, originalTarget: facts.target?.original, revision: inForce?.revision,
            actual: actual, previous: previous, percentOfTarget: nil, yoyPercent: nil, status: .noData)
        // A place is not a quantity: "92% of the target place" says nothing; nor does an index in % against the
        // index planned (102,5 against 108 is not "94,9% of the plan").
        let isGrowthIndex = facts.aggregation == .index && facts.comparedInPoints
        if let actual, let target, facts.aggregation != .rank, !isGrowthIndex {
            snapshot.percentOfTarget = percent(actual.value, of: target)
        }
        if let actual, let previous {
            if facts.aggregation == .rank {
                // Places gained: 13th after 18th is 5 places up — among as many provinces only: a place among 34
                // says nothing against one among 63.
                if IndicatorRank.provinces(in: facts.year) == IndicatorRank.provinces(in: facts.year - 1) {
                    snapshot.yoyPlaces = previous.value - actual.value
                }
            } else if facts.comparedInPoints {
                snapshot.yoyPoints = oneDecimal(actual.value - previous.value)
            } else if previous.value > 0 {
                snapshot.yoyPercent = percent(actual.value, of: previous.value)
            }
        }
        snapshot.status = status(facts, actual: actual, target: target)
        return snapshot
    }

    /// The value in force of each period of `year` as of D (rule 2), as one-period figures.
    public static func periodValues(_ actuals: [ActualFact], year: Int, asOf date: CivilDate) -> [IndicatorPeriod:
        IndicatorActualValue]
    {
        var values: [IndicatorPeriod: IndicatorActualValue] = [:]
        for index in inForce(actuals, asOf: date) where actuals[index].period.year == year {
            let fact = actuals[index]
            values[fact.period] = IndicatorActualValue(
                value: fact.value, periods: [fact.period], kind: fact.kind, recordedOn: fact.recordedOn, detail: fact.detail)
        }
        return values
    }

    /// The positions in `actuals` of the facts in force as of D, one per period that has a known fact (rule 2).
    public static func inForce(_ actuals: [ActualFact], asOf date: CivilDate) -> Set<Int> {
        var winners: [IndicatorPeriod: (offset: Int, fact: ActualFact)] = [:]
        for (offset, fact) in actuals.enumerated() where fact.isKnown(asOf: date) {
            if let held = winners[fact.period], supersedes(held, by: (offset, fact)) == false { continue }
            winners[fact.period] = (offset, fact)
        }
        return Set(winners.values.map(\.offset))
    }

    /// The year's figures month by month as of D, for a chart: for `sum` the best stretch from 1 January to each
    /// month reached (rule 3), for `level` each period's value at the month it ends (the longer period when two end
    /// together). In calendar order.
    public static func series(_ facts: IndicatorFacts, year: Int, asOf date: CivilDate) -> [IndicatorActualValue] {
        let values = periodValues(facts.actuals, year: year, asOf: date)
        if facts.aggregation.isSummed {
            return IndicatorStretch.best(values).sorted { $0.key < $1.key }.map(\.value)
        } else {
            let byEnd = Dictionary(grouping: values.values, by: \.lastMonth)
            return byEnd.keys.sorted().compactMap { byEnd[$0]?.max { $0.months < $1.months } }
        }
    }

    /// The facts of one period in the order the rule ranks them: the one in force first. For a history table.
    public static func ranked(_ facts: [ActualFact]) -> [ActualFact] {
        facts.enumerated().sorted { a, b in
            (a.element.kind.rank, a.element.recordedOn, a.offset) > (b.element.kind.rank, b.element.recordedOn, b.offset)
        }.map(\.element)
    }

    /// Whether `candidate` replaces `held` as the period's value: a more final kind, or the same kind entered later.
    static func supersedes(_ held: (offset: Int, fact: ActualFact), by candidate: (offset: Int, fact: ActualFact)) -> Bool {
        (candidate.fact.kind.rank, candidate.fact.recordedOn, candidate.offset) > (
            held.fact.kind.rank, held.fact.recordedOn, held.offset
        )
    }

    /// `part / whole × 100`, rounded half away from zero to one decimal; nil when `whole` is 0.
    public static func percent(_ part: Decimal, of whole: Decimal) -> Decimal? {
        guard !whole.isZero else { return nil }
        return oneDecimal(part * 100 / whole)
    }

    /// Rounded half away from zero to one decimal.
    static func oneDecimal(_ exact: Decimal) -> Decimal {
        var exact = exact
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 1, .plain)
        return rounded
    }

    static func status(_ facts: IndicatorFacts, actual: IndicatorActualValue?, target: Decimal?) -> IndicatorStatus {
        guard let actual, let target else { return .noData }
        let direction = facts.direction
        if isWholeYear(actual, aggregation: facts.aggregation) {
            return direction.meets(actual.value, target: target) ? .met : .notMet
        }
        if facts.aggregation.isSummed {
            // The share done against the share of the calendar gone, exactly: actual × 12 against target × months.
            let done = actual.value * 12
            let pace = target * Decimal(actual.lastMonth)
            return direction.meets(done, target: pace) ? .onTrack : .atRisk
        } else {
            return direction.meets(actual.value, target: target) ? .onTrack : .atRisk
        }
    }

    /// Whether `actual` is the whole year's figure, so that the year can be judged (rule 6): for `sum` January to
    /// December, for the others the year period's own figure. A plan for several years asks the same of each year.
    public static func isWholeYear(_ actual: IndicatorActualValue, aggregation: IndicatorAggregation) -> Bool {
        aggregation.isSummed ? actual.coversYear : actual.periods.count == 1 && actual.periods[0].isYear
    }
}

/// Stretches from 1 January built from period values, for `sum` indicators (rule 3).
enum IndicatorStretch {
    /// For each month k that some stretch 1…k reaches, the best stretch: fewest periods, then the most final least
    /// kind, then the longer periods first (so 9M + Q4 beats H1 + H2).
    static func best(_ values: [IndicatorPeriod: IndicatorActualValue]) -> [Int: IndicatorActualValue] {
        var best: [Int: IndicatorActualValue] = [:]
        let byStart = Dictionary(grouping: values.values, by: { $0.firstMonth })
        for end in 1...12 {
            var chosen: IndicatorActualValue?
            for start in 1...end {
                for piece in byStart[start] ?? [] where piece.lastMonth == end {
                    let candidate: IndicatorActualValue
                    if start == 1 {
                        candidate = piece
                    } else if let head = best[start - 1] {
                        candidate = IndicatorActualValue(
                            value: head.value + piece.value, periods: head.periods + piece.periods,
                            kind: min(head.kind, piece.kind),
                            recordedOn: max(head.recordedOn, piece.recordedOn))
                    } else {
                        continue
                    }
                    if chosen.map({ better(candidate, than: $0) }) ?? true { chosen = candidate }
                }
            }
            best[end] = chosen
        }
        return best
    }

    private static func better(_ a: IndicatorActualValue, than b: IndicatorActualValue) -> Bool {
        if a.periods.count != b.periods.count { return a.periods.count < b.periods.count }
        if a.kind != b.kind { return a.kind > b.kind }
        return a.periods.map(\.months).lexicographicallyPrecedes(b.periods.map(\.months), by: >)
    }
}

/// The national rankings of provinces (PCI, PAPI, PAR Index, SIPAS): a place out of the country's provinces, 63
/// until the 2025 merger, 34 from 2025.
public enum IndicatorRank {
    public static func provinces(in year: Int) -> Int { year < 2025 ? 63 : 34 }
}
