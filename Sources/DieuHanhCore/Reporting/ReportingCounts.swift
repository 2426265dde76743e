import Foundation

/// How many expected reports are in each status, and the two rates of DOMAIN §6.
public struct ReportingCounts: Equatable, Sendable {
    public var submittedOnTime = 0
    public var submittedLate = 0
    public var missing = 0
    public var notYetDue = 0

    public init(submittedOnTime: Int = 0, submittedLate: Int = 0, missing: Int = 0, notYetDue: Int = 0) {
        self.submittedOnTime = submittedOnTime
        self.submittedLate = submittedLate
        self.missing = missing
        self.notYetDue = notYetDue
    }

    public static func tally(_ statuses: some Sequence<ReportSubmissionStatus>) -> ReportingCounts {
        var counts = ReportingCounts()
        for status in statuses { counts[status] += 1 }
        return counts
    }

    public subscript(status: ReportSubmissionStatus) -> Int {
        get {
            switch status {
            case .submittedOnTime: submittedOnTime
            case .submittedLate: submittedLate
            case .missing: missing
            case .notYetDue: notYetDue
            }
        }
        set {
            switch status {
            case .submittedOnTime: submittedOnTime = newValue
            case .submittedLate: submittedLate = newValue
            case .missing: missing = newValue
            case .notYetDue: notYetDue = newValue
            }
        }
    }

    /// Every recipient counts: the reports asked for.
    public var expected: Int { submittedOnTime + submittedLate + missing + notYetDue }
    public var submitted: Int { submittedOnTime + submittedLate }

    /// Completeness = submitted / expected.
    public var completeness: ReportingRate { ReportingRate(kind: .completeness, numerator: submitted, denominator: expected) }
    /// Timeliness = submitted on time / expected.
    public var timeliness: ReportingRate { ReportingRate(kind: .timeliness, numerator: submittedOnTime, denominator: expected) }

    public static func + (lhs: ReportingCounts, rhs: ReportingCounts) -> ReportingCounts {
        var sum = lhs
        for status in ReportSubmissionStatus.allCases { sum[status] += rhs[status] }
        return sum
    }
}

/// A rate with its parts, always shown with its label and formula.
public struct ReportingRate: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case completeness = "completeness_rate"
        case timeliness = "timeliness_rate"

        public var label: String {
            switch self {
            case .completeness: "Tỷ lệ đầy đủ (đã gửi / phải gửi)"
            case .timeliness: "Tỷ lệ đúng hạn (gửi đúng hạn / phải gửi)"
            }
        }
    }

    public let kind: Kind
    public let numerator: Int
    public let denominator: Int

    /// "60%", "91,3%"; nil when nothing was expected.
    public var text: String? { VNFormat.percent(numerator, of: denominator) }
    /// The same as a number with one decimal, for JSON.
    public var percent: Double? { VNFormat.percentValue(numerator, of: denominator) }

    /// Exact comparison of two rates (cross-multiplied, no rounding); nil rates sort last.
    public static func isHigher(_ a: ReportingRate, than b: ReportingRate) -> Bool {
        switch (a.denominator > 0, b.denominator > 0) {
        case (true, true): return a.numerator * b.denominator > b.numerator * a.denominator
        case (true, false): return true
        default: return false
        }
    }

    public static func isEqual(_ a: ReportingRate, _ b: ReportingRate) -> Bool {
        a.numerator * b.denominator == b.numerator * a.denominator && (a.denominator > 0) == (b.denominator > 0)
    }
}

/// The yearly ranking of units by how they report.
public enum ReportingRanking {
    public struct Line<ID: Hashable & Sendable>: Sendable {
        public let id: ID
        public let name: String
        public let counts: ReportingCounts
        /// 1 for the best; units that tie on every criterion share a rank (1, 2, 2, 4).
        public var rank = 0

        public init(id: ID, name: String, counts: ReportingCounts) {
            self.id = id
            self.name = name
            self.counts = counts
        }
    }

    /// Best first: higher timeliness, then higher completeness, then fewer missing, then more reports expected;
    /// ties by name in Vietnamese order. Units with nothing expected are left out.
    public static func ranked<ID>(_ lines: [Line<ID>]) -> [Line<ID>] {
        func better(_ a: Line<ID>, _ b: Line<ID>) -> Bool? {
            if !ReportingRate.isEqual(a.counts.timeliness, b.counts.timeliness) {
                return ReportingRate.isHigher(a.counts.timeliness, than: b.counts.timeliness)
            }
            if !ReportingRate.isEqual(a.counts.completeness, b.counts.completeness) {
                return ReportingRate.isHigher(a.counts.completeness, than: b.counts.completeness)
            }
            if a.counts.missing != b.counts.missing { return a.counts.missing < b.counts.missing }
            if a.counts.expected != b.counts.expected { return a.counts.expected > b.counts.expected }
            return nil
        }
        var sorted = lines.filter { $0.counts.expected > 0 }.sorted { a, b in
            better(a, b) ?? VietnameseText.areInIncreasingOrder(a.name, b.name)
        }
        for i in sorted.indices {
            sorted[i].rank = i > 0 && better(sorted[i - 1], sorted[i]) == nil ? sorted[i - 1].rank : i + 1
        }
        return sorted
    }
}
