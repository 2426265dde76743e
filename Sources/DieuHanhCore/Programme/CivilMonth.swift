import Foundation

/// A calendar month (tháng kế hoạch of a work-programme item), stored as `yyyy-mm`, which sorts correctly as text.
public struct CivilMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month a day falls in.
    public init(_ date: CivilDate) {
        year = date.year
        month = date.month
    }

    /// `yyyy-mm` (CONTRACT, `thang_ke_hoach`), also `mm/yyyy` and `m/yyyy` as people type them; spaces allowed.
    public static func parse(_ text: String) -> CivilMonth? {
        let s = text.trimmingCharacters(in: .whitespaces)
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            let a = Int(parts[0]), let b = Int(parts[1])
        else { return nil }
        if parts[0].count == 4 && s.contains("-") && parts[1].count <= 2 { return CivilMonth(year: a, month: b) }
        if parts[1].count == 4 && parts[0].count <= 2 && !s.contains("-") { return CivilMonth(year: b, month: a) }
        return nil
    }

    /// `yyyy-mm`, the storage and API form.
    public var iso: String { String(format: "%04d-%02d", year, month) }

    public var description: String { iso }

    /// "06/2020", as Vietnamese tables write a month.
    public var label: String { String(format: "%02d/%04d", month, year) }

    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }

    public var lastDay: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))! }

    /// 1 … 4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    public func adding(months: Int) -> CivilMonth {
        let index = year * 12 + (month - 1) + months
        return CivilMonth(year: index / 12, month: index % 12 + 1)!
    }

    /// Months from `self` to `other` (positive when `other` is later).
    public func months(to other: CivilMonth) -> Int { (other.year * 12 + other.month) - (year * 12 + month) }

    public static func < (lhs: CivilMonth, rhs: CivilMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

extension CivilMonth: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let month = CivilMonth.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a month: \(text)")
        }
        self = month
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// A period of whole months (P in DOMAIN §4): the first and last month, both included.
public struct MonthRange: Hashable, Sendable {
    public let first: CivilMonth
    public let last: CivilMonth

    /// Nil when `last` is before `first`.
    public init?(first: CivilMonth, last: CivilMonth) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    public init(month: CivilMonth) {
        first = month
        last = month
    }

    /// The months a reporting period touches: from the month of its first day to the month of its last day.
    /// `2020-01-01 … 2020-06-30` is January to June 2020; so is `2020-01-01 … 2020-06-14` (a cut-off window).
    public init(_ period: ReportPeriod) {
        first = CivilMonth(period.from)
        last = max(CivilMonth(period.from), CivilMonth(period.to))
    }

    /// The quarter `q` (1 … 4) of `year`.
    public static func quarter(_ q: Int, of year: Int) -> MonthRange? {
        guard (1...4).contains(q), let first = CivilMonth(year: year, month: 3 * q - 2) else { return nil }
        return MonthRange(first: first, last: first.adding(months: 2))
    }

    public static func year(_ year: Int) -> MonthRange? {
        guard let first = CivilMonth(year: year, month: 1), let last = CivilMonth(year: year, month: 12) else { return nil }
        return MonthRange(first: first, last: last)
    }

    public func contains(_ month: CivilMonth) -> Bool { first <= month && month <= last }

    public var months: [CivilMonth] {
        (0...first.months(to: last)).map { first.adding(months: $0) }
    }

    /// The period's first and last day.
    public var period: ReportPeriod { ReportPeriod(from: first.firstDay, to: last.lastDay) }

    /// "6 tháng đầu năm 2020", "quý I năm 2021", "tháng 5 năm 2021"… (`ReportPeriod.label`).
    public var label: String { period.label }
}
