import Foundation

/// A reporting period (kỳ báo cáo): the first and last day, and the name reports give it.
public struct ReportPeriod: Hashable, Sendable {
    public var from: CivilDate
    public var to: CivilDate

    public init(from: CivilDate, to: CivilDate) {
        self.from = from
        self.to = to
    }

    /// `2020`, `2020-H1`, `2020-H2`, `2020-9M`, `2020-Q2`, `2020-M05`, `2020-5M` (the period codes of CONTRACT).
    public init?(code: String) {
        let parts = code.uppercased().split(separator: "-", maxSplits: 1).map(String.init)
        guard let first = parts.first, let year = Int(first), (1900...2200).contains(year) else { return nil }
        func month(_ m: Int, _ endMonth: Int) -> ReportPeriod? {
            guard let from = CivilDate(year: year, month: m, day: 1),
                let next = endMonth == 12
                    ? CivilDate(year: year + 1, month: 1, day: 1) : CivilDate(year: year, month: endMonth + 1, day: 1)
            else { return nil }
            return ReportPeriod(from: from, to: next.adding(days: -1))
        }
        let period: ReportPeriod?
        switch parts.count == 1 ? "Y" : parts[1] {
        case "Y": period = month(1, 12)
        case "H1": period = month(1, 6)
        case "H2": period = month(7, 12)
        case "9M": period = month(1, 9)
        case let q where q.hasPrefix("Q") && q.count == 2:
            guard let n = Int(q.dropFirst()), (1...4).contains(n) else { return nil }
            period = month(3 * n - 2, 3 * n)
        case let m where m.hasPrefix("M") && m.count == 3:
            guard let n = Int(m.dropFirst()), (1...12).contains(n) else { return nil }
            period = month(n, n)
        case let c where c.hasSuffix("M") && (2...3).contains(c.count):
            guard let n = Int(c.dropLast()), (1...12).contains(n) else { return nil }
            period = month(1, n)
        default: period = nil
        }
        guard let period else { return nil }
        self = period
    }

    /// How a Vietnamese report names the period: "6 tháng đầu năm 2020", "năm 2021", "quý II năm 2021",
    /// "9 tháng đầu năm 2021", "tháng 5 năm 2021", "5 tháng đầu năm 2021", else "từ ngày 01/03/2021 đến ngày 15/04/2021".
    public var label: String {
        let year = from.year
        let endsMonth = to.adding(days: 1).day == 1
        if from.year == to.year && endsMonth && from.day == 1 {
            switch (from.month, to.month) {
            case (1, 12): return "năm \(year)"
            case (1, 6): return "6 tháng đầu năm \(year)"
            case (7, 12): return "6 tháng cuối năm \(year)"
            case (1, 9): return "9 tháng đầu năm \(year)"
            case (1, 3), (4, 6), (7, 9), (10, 12): return "quý \(["I", "II", "III", "IV"][(from.month - 1) / 3]) năm \(year)"
            case (let a, let b) where a == b: return "tháng \(a) năm \(year)"
            case (1, let b): return "\(b) tháng đầu năm \(year)"
            default: break
            }
        }
        return "từ ngày \(VNFormat.date(from)) đến ngày \(VNFormat.date(to))"
    }
}
