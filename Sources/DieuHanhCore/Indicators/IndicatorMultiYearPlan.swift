import Foundation

/// The years of a plan for several years (kế hoạch 5 năm): seed 000 evaluates "giai đoạn 2016 - 2020" and proposes
/// "giai đoạn 2021 - 2025". From 2 to 10 years, the first before the last.
public struct IndicatorPlanPeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let from: Int
    public let to: Int

    public init?(from: Int, to: Int) {
        guard (1900...2200).contains(from), (1900...2200).contains(to), from < to, to - from < 10 else { return nil }
        (self.from, self.to) = (from, to)
    }

    /// Reads "2021-2025", "2021 - 2025" or "2021–2025"; nil for anything else, a reversed range included.
    public init?(code: String) {
        guard let years = Self.years(code) else { return nil }
        self.init(from: years.from, to: years.to)
    }

    /// Whether the text is written as a range of two years ("2025-2021" too), so that an import can tell a bad range
    /// from a bad year.
    public static func isRange(_ text: String) -> Bool { years(text) != nil }

    private static func years(_ text: String) -> (from: Int, to: Int)? {
        let parts = text.replacingOccurrences(of: "–", with: "-").split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2,
            parts.allSatisfy({ part in part.count == 4 && part.allSatisfy { $0.isASCII && $0.isNumber } }),
            let from = Int(parts[0]), let to = Int(parts[1])
        else { return nil }
        return (from, to)
    }

    /// "2021-2025", as the CSV, the command line and the JSON write it.
    public var code: String { "\(from)-\(to)" }
    public var description: String { code }
    /// "giai đoạn 2021 - 2025".
    public var label: String { "giai đoạn \(from) - \(to)" }
    public var years: [Int] { Array(from...to) }
    public var count: Int { to - from + 1 }

    public static func < (a: Self, b: Self) -> Bool { (a.from, a.to) < (b.from, b.to) }
}

/// How the period's value is built from the yearly figures (CONTRACT: indicators CSV `method`).
public enum IndicatorPlanMethod: String, CaseIterable, Sendable, Codable {
    /// The yearly figures added up: "tổng vốn đầu tư toàn xã hội 5 năm 250.000 tỷ đồng".
    case sum
    /// The last year's figure: "tỷ lệ hộ nghèo đến năm 2025 dưới 1,5%".
    case lastYear = "last_year"
    /// The geometric mean of the yearly growths: "tốc độ tăng trưởng GRDP bình quân 5 năm đạt 7%/năm". The target
    /// is a growth in % a year, also for an index (a yearly 106,5 is a growth of 6,5%).
    case averageGrowth = "average_growth"

    /// The method when none is stated: the sum for a `sum` indicator, the last year's figure for any other. An
    /// average growth is never assumed: a rate in % may as well be a level (tỷ lệ hộ nghèo).
    public static func implied(by aggregation: IndicatorAggregation) -> Self { aggregation.isSummed ? .sum : .lastYear }

    /// Whether the method means something for the indicator: only yearly totals add up, only growths (a rate) or
    /// indices average as growths; any figure has a last year.
    public func allows(_ aggregation: IndicatorAggregation) -> Bool {
        switch self {
        case .sum: aggregation == .sum
        case .lastYear: true
        case .averageGrowth: aggregation == .rate || aggregation == .index
        }
    }

    /// "tổng các năm", "số liệu năm cuối", "bình quân hằng năm".
    public var label: String {
        switch self {
        case .sum: "tổng các năm"
        case .lastYear: "số liệu năm cuối"
        case .averageGrowth: "bình quân hằng năm"
        }
    }
}

/// What the rule needs to know about one indicator's plan for several years: plain values, no storage.
public struct IndicatorMultiYearFacts: Sendable {
    public var direction: IndicatorDirection
    public var aggregation: IndicatorAggregation
    public var period: IndicatorPlanPeriod
    public var method: IndicatorPlanMethod
    public var target: Decimal
    /// The figures of any years, in the order they were entered.
    public var actuals: [ActualFact]

    public init(
        direction: IndicatorDirection, aggregation: IndicatorAggregation, period: IndicatorPlanPeriod,
        method: IndicatorPlanMethod, target: Decimal, actuals: [ActualFact]
    ) {
        (self.direction, self.aggregation, self.period) = (direction, aggregation, period)
        (self.method, self.target, self.actuals) = (method, target, actuals)
    }
}

/// One year of the period as of the cut-off: its figure as the yearly rule builds it, and whether it is the whole
/// year's.
public struct IndicatorYearFigure: Hashable, Sendable {
    public var year: Int
    public var actual: IndicatorActualValue?
    public var isWholeYear: Bool

    public init(year: Int, actual: IndicatorActualValue?, isWholeYear: Bool) {
        (self.year, self.actual, self.isWholeYear) = (year, actual, isWholeYear)
    }
}

/// An indicator's plan for several years as of a cut-off.
public struct IndicatorMultiYearSnapshot: Hashable, Sendable {
    public var period: IndicatorPlanPeriod
    public var method: IndicatorPlanMethod
    public var asOf: CivilDate
    public var target: Decimal
    /// Every year of the period, in order; `actual` nil for a year without figures.
    public var years: [IndicatorYearFigure]
    /// The sum so far, the latest year's figure, or the average growth so far in % (one decimal); nil without
    /// figures.
    public var value: Decimal?
    /// value / target × 100, one decimal; nil without a value, for a zero target, or for a rank.
    public var percentOfTarget: Decimal?
    public var status: IndicatorStatus

    /// The years that have a figure.
    public var covered: [IndicatorYearFigure] { years.filter { $0.actual != nil } }
    /// The figure the value is as of: the latest year's.
    public var latest: IndicatorYearFigure? { covered.last }
}

/// The rule for a plan for several years, as of a date D (DOMAIN §5):
///
/// 1. **Each year's figure** is what `IndicatorEvaluation` makes of that year as of D — the same known facts, the
///    same most final kind, the same longest stretch for a sum — and it is whole when that rule would judge the year.
/// 2. **The value**: `sum` adds up the years that have a figure (the latest may be part of its year); `last_year`
///    is the latest year's figure; `average_growth` is the geometric mean of the yearly growths of the years that
///    have a figure, (Π(1 + gᵢ/100))^(1/n) − 1 in %, where a `rate` figure is the growth gᵢ and an `index` figure is
///    100 + gᵢ — rounded half away from zero to one decimal, the figure a report prints and the one judged. A year
///    without figures is left out (it shows as missing), never taken as zero growth.
/// 3. **Met / not met** only once the last year's figure is whole — for `sum`, once every year's is (a total with a
///    year missing is not the total): met when the value meets the target by direction.
/// 4. **Before that**: `sum` is on track while its share of the target is not behind the share of the months its
///    figures cover (exactly: value × 12 × years against target × months covered; for lower-is-better, not above
///    it); `last_year` and `average_growth` are on track while the value so far meets the target by direction.
///    Otherwise at risk.
/// 5. **No data** when no year of the period has a figure.
public enum IndicatorMultiYearEvaluation {
    public static func evaluate(_ facts: IndicatorMultiYearFacts, asOf date: CivilDate) -> IndicatorMultiYearSnapshot {
        let years = facts.period.years.map { year in
            let yearFacts = IndicatorFacts(
                direction: facts.direction, aggregation: facts.aggregation, year: year, target: nil, actuals: facts.actuals)
            let actual = IndicatorEvaluation.evaluate(yearFacts, asOf: date).actual
            return IndicatorYearFigure(
                year: year, actual: actual,
                isWholeYear: actual.map { IndicatorEvaluation.isWholeYear($0, aggregation: facts.aggregation) } ?? false)
        }
        var snapshot = IndicatorMultiYearSnapshot(
            period: facts.period, method: facts.method, asOf: date, target: facts.target, years: years, value: nil,
            percentOfTarget: nil, status: .noData)
        let figures = snapshot.covered.compactMap { $0.actual?.value }
        switch facts.method {
        case .sum: snapshot.value = figures.isEmpty ? nil : figures.reduce(0, +)
        case .lastYear: snapshot.value = figures.last
        case .averageGrowth:
            snapshot.value = averageGrowth(facts.aggregation == .index ? figures.map { $0 - 100 } : figures)
        }
        if let value = snapshot.value, facts.aggregation != .rank {
            snapshot.percentOfTarget = IndicatorEvaluation.percent(value, of: facts.target)
        }
        snapshot.status = status(facts, snapshot)
        return snapshot
    }

    static func status(_ facts: IndicatorMultiYearFacts, _ s: IndicatorMultiYearSnapshot) -> IndicatorStatus {
        guard let value = s.value, let last = s.years.last else { return .noData }
        let direction = facts.direction
        let judged = facts.method == .sum ? s.years.allSatisfy(\.isWholeYear) : last.isWholeYear
        if judged { return direction.meets(value, target: facts.target) ? .met : .notMet }
        guard facts.method == .sum else { return direction.meets(value, target: facts.target) ? .onTrack : .atRisk }
        // A sum's figures all run from 1 January: the months they cover are their last months.
        let months = s.covered.compactMap { $0.actual?.lastMonth }.reduce(0, +)
        let done = value * Decimal(12 * s.years.count)
        let pace = facts.target * Decimal(months)
        return direction.meets(done, target: pace) ? .onTrack : .atRisk
    }

    /// The average yearly growth of yearly growths `growths` (in %): (Π(1 + gᵢ/100))^(1/n) − 1, in % rounded half away
    /// from zero to one decimal. nil without growths, or when a year fell by 100% or more (no mean then).
    ///
    /// The nth root has no exact decimal form, so a `Double` estimates it and the rounding is then settled exactly:
    /// the mean v is at or above a boundary b exactly when Π(1 + gᵢ/100) ≥ (1 + b/100)ⁿ, both sides exact `Decimal`
    /// products (five years of figures with up to three decimals stay within Decimal's 38 digits). So five years of
    /// 6,05% give 6,1, where a `Double` alone would land on 6,0499… and print 6,0.
    public static func averageGrowth(_ growths: [Decimal]) -> Decimal? {
        guard !growths.isEmpty else { return nil }
        let factors = growths.map { 1 + $0 / 100 }
        guard factors.allSatisfy({ $0 > 0 }) else { return nil }
        let product = factors.reduce(Decimal(1), *)
        let n = growths.count
        let estimate = (pow(NSDecimalNumber(decimal: product).doubleValue, 1 / Double(n)) - 1) * 100
        var rounded = IndicatorEvaluation.oneDecimal(Decimal(estimate))
        // The sign of v − b, from the exact products.
        func compare(_ b: Decimal) -> ComparisonResult {
            let base = 1 + b / 100
            if base <= 0 { return .orderedDescending }
            let power = (0..<n).reduce(Decimal(1)) { power, _ in power * base }
            return product > power ? .orderedDescending : product < power ? .orderedAscending : .orderedSame
        }
        let half = Decimal(sign: .plus, exponent: -2, significand: 5)
        let step = Decimal(sign: .plus, exponent: -1, significand: 1)
        // The estimate is off by far less than a step; the loop moves it at most once in practice.
        for _ in 0..<100 {
            let up = rounded + half
            let above = compare(up)
            if above == .orderedDescending || (above == .orderedSame && up > 0) {
                rounded += step
                continue
            }
            let down = rounded - half
            let below = compare(down)
            if below == .orderedAscending || (below == .orderedSame && down < 0) {
                rounded -= step
                continue
            }
            break
        }
        return rounded
    }
}
