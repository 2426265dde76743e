import Foundation

/// Which way an indicator is good (DOMAIN §5): "higher" is met at or above the target (thu ngân sách, tỷ lệ lao động
/// qua đào tạo), "lower" at or below it (tỷ lệ hộ nghèo, tỷ lệ trẻ em suy dinh dưỡng).
public enum IndicatorDirection: String, CaseIterable, Sendable, Codable {
    case higher
    case lower

    public func meets(_ value: Decimal, target: Decimal) -> Bool {
        switch self {
        case .higher: value >= target
        case .lower: value <= target
        }
    }

    public var label: String {
        switch self {
        case .higher: "Càng cao càng tốt (đạt khi ≥ kế hoạch)"
        case .lower: "Càng thấp càng tốt (đạt khi ≤ kế hoạch)"
        }
    }
}

/// How the year is built from its periods, and how it compares with the year before (CONTRACT: indicators'
/// `aggregation`): `sum` adds the periods up (thu ngân sách, kim ngạch xuất khẩu); the others take the latest
/// period's value and are never summed — `level` (a number per 10 000 people), `rate` (a rate or a growth in %,
/// compared in percentage points), `index` (an index such as the industrial production index), `rank` (a place out
/// of N provinces, where a lower place is better: PCI, PAPI, PAR Index, SIPAS).
public enum IndicatorAggregation: String, CaseIterable, Sendable, Codable {
    case sum
    case level
    case rate
    case index
    case rank

    /// Whether the year's figure is the sum of its periods (else the latest period's value).
    public var isSummed: Bool { self == .sum }

    /// Whether an indicator of this kind, measured in `unit`, is compared with the year before in percentage points:
    /// a rate, and any figure in % (a ratio of two percentages says nothing).
    public func comparesInPoints(unit: String) -> Bool {
        self == .rate || (self != .rank && unit.trimmingCharacters(in: .whitespaces) == "%")
    }

    /// Whether an indicator of this kind, measured in `unit`, is an index against the same period of the year before
    /// (chỉ số so với cùng kỳ, in %: the industrial production index 102,5 is "tăng 2,5%").
    public func isGrowthIndex(unit: String) -> Bool {
        self == .index && unit.trimmingCharacters(in: .whitespaces) == "%"
    }

    /// Whether an indicator of this kind can be good in `direction`: a rank is better the lower it is.
    public func allows(_ direction: IndicatorDirection) -> Bool { self != .rank || direction == .lower }

    public var label: String {
        switch self {
        case .sum: "Cộng dồn các kỳ trong năm"
        case .level: "Số liệu của kỳ gần nhất"
        case .rate: "Tỷ lệ, tốc độ (%), so sánh theo điểm phần trăm"
        case .index: "Chỉ số, không cộng dồn"
        case .rank: "Thứ hạng (càng nhỏ càng tốt)"
        }
    }
}

/// The kind of a figure, from least to most final: ước (estimate) → sơ bộ (preliminary) → chính thức (official).
public enum ActualKind: String, CaseIterable, Sendable, Codable, Comparable {
    case uoc
    case soBo = "so_bo"
    case chinhThuc = "chinh_thuc"

    public var rank: Int {
        switch self {
        case .uoc: 0
        case .soBo: 1
        case .chinhThuc: 2
        }
    }

    public static func < (a: ActualKind, b: ActualKind) -> Bool { a.rank < b.rank }

    /// "ước", "sơ bộ", "chính thức".
    public var label: String {
        switch self {
        case .uoc: "ước"
        case .soBo: "sơ bộ"
        case .chinhThuc: "chính thức"
        }
    }

    /// How a report introduces the figure: "ước thực hiện 6 tháng đầu năm 2021", "thực hiện năm 2020".
    public var verb: String {
        switch self {
        case .uoc: "ước thực hiện"
        case .soBo: "sơ bộ thực hiện"
        case .chinhThuc: "thực hiện"
        }
    }

    /// Accepts the CSV codes and what people type: "uoc", "ước", "so bo", "sơ bộ", "chinh thuc", "chính thức".
    public init?(text: String) {
        let folded = VietnameseText.fold(text).replacingOccurrences(of: " ", with: "_")
        switch folded {
        case "uoc", "uoc_tinh", "uoc_thuc_hien": self = .uoc
        case "so_bo": self = .soBo
        case "chinh_thuc": self = .chinhThuc
        default: return nil
        }
    }
}

/// A period an actual is reported for, within one calendar year (CONTRACT: `2021`, `2021-H1`, `2021-9M`,
/// `2021-Q2`, `2021-M05`, and any cumulative `2021-NM` from January, as "5 tháng", "10 tháng"; `2021-H2` is accepted
/// too). Months are numbered 1…12.
public struct IndicatorPeriod: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Span: Hashable, Sendable {
        case year, firstHalf, secondHalf, nineMonths
        case quarter(Int)
        case month(Int)
        /// January to month N, for the N no other span names (2, 4, 5, 7, 8, 10, 11): "5 tháng đầu năm".
        case cumulative(Int)
    }

    public let year: Int
    public let span: Span

    /// A cumulative span one of the others names is that one (`1M` is January, `3M` the first quarter, `6M` the first
    /// half, `9M` nine months, `12M` the year), so that one stretch of months is one period whatever its code.
    public init?(year: Int, span: Span) {
        guard (1900...2200).contains(year) else { return nil }
        var span = span
        switch span {
        case .quarter(let q) where !(1...4).contains(q): return nil
        case .month(let m) where !(1...12).contains(m): return nil
        case .cumulative(let n):
            switch n {
            case 1: span = .month(1)
            case 3: span = .quarter(1)
            case 6: span = .firstHalf
            case 9: span = .nineMonths
            case 12: span = .year
            case 2...11: break
            default: return nil
            }
        default: break
        }
        self.year = year
        self.span = span
    }

    /// Parses a period code, case-insensitively and ignoring surrounding spaces; `M5` is read as `M05`.
    public init?(code: String) {
        let text = code.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCII), let year = Int(first) else { return nil }
        guard parts.count == 2 else {
            self.init(year: year, span: .year)
            return
        }
        let rest = parts[1]
        let span: Span
        switch rest {
        case "H1": span = .firstHalf
        case "H2": span = .secondHalf
        case "9M": span = .nineMonths
        case let q where q.hasPrefix("Q") && q.count == 2:
            guard let n = Int(q.dropFirst()) else { return nil }
            span = .quarter(n)
        case let m where m.hasPrefix("M") && (2...3).contains(m.count) && m.dropFirst().allSatisfy(\.isASCII):
            guard let n = Int(m.dropFirst()) else { return nil }
            span = .month(n)
        case let c where c.hasSuffix("M") && (2...3).contains(c.count) && c.dropLast().allSatisfy(\.isASCII):
            guard let n = Int(c.dropLast()) else { return nil }
            span = .cumulative(n)
        default: return nil
        }
        self.init(year: year, span: span)
    }

    /// The canonical code: "2021", "2021-H1", "2021-9M", "2021-Q2", "2021-M05", "2021-5M".
    public var code: String {
        let y = String(year)
        switch span {
        case .year: return y
        case .firstHalf: return y + "-H1"
        case .secondHalf: return y + "-H2"
        case .nineMonths: return y + "-9M"
        case .quarter(let q): return y + "-Q" + String(q)
        case .month(let m): return y + "-M" + (m < 10 ? "0" : "") + String(m)
        case .cumulative(let n): return y + "-" + String(n) + "M"
        }
    }

    public var description: String { code }

    public var firstMonth: Int {
        switch span {
        case .year, .firstHalf, .nineMonths, .cumulative: 1
        case .secondHalf: 7
        case .quarter(let q): 3 * q - 2
        case .month(let m): m
        }
    }

    public var lastMonth: Int {
        switch span {
        case .year, .secondHalf: 12
        case .firstHalf: 6
        case .nineMonths: 9
        case .quarter(let q): 3 * q
        case .month(let m): m
        case .cumulative(let n): n
        }
    }

    public var months: Int { lastMonth - firstMonth + 1 }

    /// Whether the period runs from 1 January (a cumulative figure "từ đầu năm").
    public var isCumulative: Bool { firstMonth == 1 }

    public var isYear: Bool { span == .year }

    public var reportPeriod: ReportPeriod { ReportPeriod(code: code)! }

    /// "6 tháng đầu năm 2021", "năm 2020", "quý II năm 2021", "tháng 5 năm 2021".
    public var label: String { reportPeriod.label }

    /// The same period one year earlier ("cùng kỳ").
    public var previousYear: IndicatorPeriod? { IndicatorPeriod(year: year - 1, span: span) }

    /// Every period of a year, in the order an entry form offers them: the year, the cumulative periods, quarters,
    /// then months.
    public static func all(in year: Int) -> [IndicatorPeriod] {
        let spans: [Span] =
            [.year, .firstHalf, .nineMonths, .secondHalf] + [2, 4, 5, 7, 8, 10, 11].map { .cumulative($0) }
            + (1...4).map { .quarter($0) } + (1...12).map { .month($0) }
        return spans.compactMap { IndicatorPeriod(year: year, span: $0) }
    }

    /// Chronological: by year, then by the month the period ends, the longer period first when two end together.
    public static func < (a: IndicatorPeriod, b: IndicatorPeriod) -> Bool {
        (a.year, a.lastMonth, -a.months) < (b.year, b.lastMonth, -b.months)
    }
}

/// One figure entered for an indicator: never changed afterwards; a correction or a more final kind is a new fact.
public struct ActualFact: Hashable, Sendable {
    public var period: IndicatorPeriod
    public var kind: ActualKind
    public var value: Decimal
    /// The day it was entered. It counts as of a cut-off D only when `recordedOn ≤ D`, so a report for a past date
    /// comes out the same whenever it is run.
    public var recordedOn: CivilDate
    /// What the figure carries besides its value: a rank's score, a distribution's classes.
    public var detail: IndicatorFigureDetail

    public init(
        period: IndicatorPeriod, kind: ActualKind, value: Decimal, recordedOn: CivilDate,
        detail: IndicatorFigureDetail = IndicatorFigureDetail()
    ) {
        self.period = period
        self.kind = kind
        self.value = value
        self.recordedOn = recordedOn
        self.detail = detail
    }

    public func isKnown(asOf date: CivilDate) -> Bool { recordedOn <= date }
}

/// A mid-year revision of a year's target (điều chỉnh kế hoạch), kept beside the original.
public struct TargetRevision: Hashable, Sendable {
    public var value: Decimal
    /// The date of the decision (the HĐND resolution that revised the plan).
    public var decidedOn: CivilDate
    /// The day it was entered.
    public var recordedOn: CivilDate

    public init(value: Decimal, decidedOn: CivilDate, recordedOn: CivilDate) {
        self.value = value
        self.decidedOn = decidedOn
        self.recordedOn = recordedOn
    }

    /// Counts as of D when decided by then and entered by then.
    public func isKnown(asOf date: CivilDate) -> Bool { decidedOn <= date && recordedOn <= date }
}

/// A year's target: the original from the council's resolution and its revisions.
public struct IndicatorTarget: Hashable, Sendable {
    public var original: Decimal
    /// In the order they were entered (the order breaks ties).
    public var revisions: [TargetRevision]

    public init(original: Decimal, revisions: [TargetRevision] = []) {
        self.original = original
        self.revisions = revisions
    }

    /// The target in force as of D: the latest revision known then (latest decision date, then latest entry, then
    /// list order), else the original. The original counts whenever it was entered: loading an old resolution
    /// late fills in what was true then.
    public func inForce(asOf date: CivilDate) -> (value: Decimal, revision: TargetRevision?) {
        let latest = revisions.enumerated()
            .filter { $0.element.isKnown(asOf: date) }
            .max {
                ($0.element.decidedOn, $0.element.recordedOn, $0.offset) < (
                    $1.element.decidedOn, $1.element.recordedOn, $1.offset
                )
            }
        if let latest { return (latest.element.value, latest.element) }
        return (original, nil)
    }
}

/// What the indicator rule needs to know about one indicator in one year: plain values, no storage.
public struct IndicatorFacts: Sendable {
    public var direction: IndicatorDirection
    public var aggregation: IndicatorAggregation
    public var year: Int
    /// nil when the year has no target.
    public var target: IndicatorTarget?
    /// Actuals of this year and the year before (for "cùng kỳ"), in the order they were entered.
    public var actuals: [ActualFact]
    /// A rate or a growth, measured in percent: compared with the year before in percentage points, not as a ratio
    /// (seed 002: "tăng 0,6 điểm phần trăm"). Always so for the `rate` aggregation.
    public var comparedInPoints: Bool

    public init(
        direction: IndicatorDirection, aggregation: IndicatorAggregation, year: Int, target: IndicatorTarget?,
        actuals: [ActualFact] = [], comparedInPoints: Bool = false
    ) {
        // A rate is compared in points whatever its unit says.
        self.comparedInPoints = comparedInPoints || aggregation.comparesInPoints(unit: "")
        self.direction = direction
        self.aggregation = aggregation
        self.year = year
        self.target = target
        self.actuals = actuals
    }
}

/// Exact decimals as stored: the canonical text `Decimal.description` writes ("-1234.5", "5300", "0.05"). Not for
/// what people type (that is `VNFormat.parseDecimal`): this accepts only the canonical form.
public enum DecimalText {
    public static func canonical(_ value: Decimal) -> String { value.description }

    public static func parse(_ text: String) -> Decimal? {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } })
        else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }
}
