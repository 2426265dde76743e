import Foundation

/// How often a periodic report is due (báo cáo định kỳ, Nghị định 09/2019/NĐ-CP art. 12).
public enum ReportingFrequency: String, CaseIterable, Sendable, Codable {
    case month
    case quarter
    /// "6 tháng": the first half-year; the second half is covered by the year report.
    case halfYear = "half_year"
    case nineMonths = "nine_months"
    case year

    /// "Hằng tháng", "Hằng quý", "6 tháng", "9 tháng", "Hằng năm".
    public var label: String {
        switch self {
        case .month: "Hằng tháng"
        case .quarter: "Hằng quý"
        case .halfYear: "6 tháng"
        case .nineMonths: "9 tháng"
        case .year: "Hằng năm"
        }
    }
}

/// The days whose data a periodic report covers: from `from` to the cut-off `to`, both included.
public struct CutOffWindow: Hashable, Sendable {
    public let from: CivilDate
    public let to: CivilDate

    public init(from: CivilDate, to: CivilDate) {
        self.from = from
        self.to = to
    }

    public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }
}

/// One period of a periodic report: a month, a quarter, the first 6 or 9 months, or a year.
///
/// Codes follow CONTRACT's period codes: `2026-M05`, `2026-Q2`, `2026-H1`, `2026-9M`, `2026`.
public struct ReportingPeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let frequency: ReportingFrequency
    public let year: Int
    /// The month (1…12) or quarter (1…4); 1 for the other frequencies.
    public let index: Int

    public init?(frequency: ReportingFrequency, year: Int, index: Int = 1) {
        guard (1900...2200).contains(year) else { return nil }
        switch frequency {
        case .month: guard (1...12).contains(index) else { return nil }
        case .quarter: guard (1...4).contains(index) else { return nil }
        case .halfYear, .nineMonths, .year: guard index == 1 else { return nil }
        }
        self.frequency = frequency
        self.year = year
        self.index = index
    }

    /// Reads `2026-M05`, `2026-Q2`, `2026-H1`, `2026-9M` or `2026` (case-insensitive, spaces around allowed).
    public init?(code: String) {
        let parts = code.trimmingCharacters(in: .whitespaces).uppercased().split(separator: "-", maxSplits: 1).map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        let rest = parts.count > 1 ? parts[1] : ""
        var period: ReportingPeriod?
        switch rest {
        case "": period = ReportingPeriod(frequency: .year, year: year)
        case "H1": period = ReportingPeriod(frequency: .halfYear, year: year)
        case "9M": period = ReportingPeriod(frequency: .nineMonths, year: year)
        case let q where q.hasPrefix("Q") && q.count == 2:
            period = Int(q.dropFirst()).flatMap { ReportingPeriod(frequency: .quarter, year: year, index: $0) }
        case let m where m.hasPrefix("M") && m.count == 3:
            period = Int(m.dropFirst()).flatMap { ReportingPeriod(frequency: .month, year: year, index: $0) }
        default: period = nil
        }
        guard let period else { return nil }
        self = period
    }

    public var code: String {
        switch frequency {
        case .month: String(format: "%04d-M%02d", year, index)
        case .quarter: "\(year)-Q\(index)"
        case .halfYear: "\(year)-H1"
        case .nineMonths: "\(year)-9M"
        case .year: "\(year)"
        }
    }

    public var description: String { code }

    /// "tháng 5 năm 2026", "quý II năm 2026", "6 tháng đầu năm 2026", "9 tháng đầu năm 2026", "năm 2026".
    public var label: String {
        switch frequency {
        case .month: "tháng \(index) năm \(year)"
        case .quarter: "quý \(["I", "II", "III", "IV"][index - 1]) năm \(year)"
        case .halfYear: "6 tháng đầu năm \(year)"
        case .nineMonths: "9 tháng đầu năm \(year)"
        case .year: "năm \(year)"
        }
    }

    /// The data cut-off window of Nghị định 09/2019/NĐ-CP art. 12 (DOMAIN §6):
    /// - month: the 15th of the previous month to the 14th of the month;
    /// - quarter: the 15th of the month before the quarter to the 14th of its last month;
    /// - 6 months: 15/12 of the previous year to 14/6; 9 months: 15/12 to 14/9; year: 15/12 to 14/12.
    public var window: CutOffWindow {
        let lastMonth: Int
        let firstMonth: Int
        switch frequency {
        case .month: (firstMonth, lastMonth) = (index, index)
        case .quarter: (firstMonth, lastMonth) = (3 * index - 2, 3 * index)
        case .halfYear: (firstMonth, lastMonth) = (1, 6)
        case .nineMonths: (firstMonth, lastMonth) = (1, 9)
        case .year: (firstMonth, lastMonth) = (1, 12)
        }
        let start =
            firstMonth == 1
            ? CivilDate(year: year - 1, month: 12, day: 15)!
            : CivilDate(year: year, month: firstMonth - 1, day: 15)!
        return CutOffWindow(from: start, to: CivilDate(year: year, month: lastMonth, day: 14)!)
    }

    /// Ngày chốt số liệu: the last day of the window.
    public var cutOff: CivilDate { window.to }

    /// The period after this one, of the same frequency.
    public func next() -> ReportingPeriod {
        switch frequency {
        case .month:
            index == 12
                ? ReportingPeriod(frequency: .month, year: year + 1, index: 1)!
                : ReportingPeriod(frequency: .month, year: year, index: index + 1)!
        case .quarter:
            index == 4
                ? ReportingPeriod(frequency: .quarter, year: year + 1, index: 1)!
                : ReportingPeriod(frequency: .quarter, year: year, index: index + 1)!
        case .halfYear, .nineMonths, .year: ReportingPeriod(frequency: frequency, year: year + 1)!
        }
    }

    /// The first period of `frequency` whose cut-off is on or after `date`: the one being reported on that day.
    public static func first(_ frequency: ReportingFrequency, cuttingOffOnOrAfter date: CivilDate) -> ReportingPeriod {
        var period = ReportingPeriod(frequency: frequency, year: date.year - 1, index: 1)!
        while period.cutOff < date { period = period.next() }
        return period
    }

    public static func < (lhs: ReportingPeriod, rhs: ReportingPeriod) -> Bool {
        (lhs.cutOff, lhs.frequency.rawValue) < (rhs.cutOff, rhs.frequency.rawValue)
    }
}
