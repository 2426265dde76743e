import Foundation

extension IndicatorText {
    /// The period's target as a resolution words it: "tổng 5 năm: 250.000 tỷ đồng", "năm 2025: 1,5%",
    /// "bình quân 7%/năm".
    public static func multiYearTarget(
        _ target: Decimal, period: IndicatorPlanPeriod, method: IndicatorPlanMethod, unit: String
    ) -> String {
        switch method {
        case .sum: "tổng \(period.count) năm: " + value(target, unit: unit)
        case .lastYear: "năm \(period.to): " + value(target, unit: unit)
        case .averageGrowth: "bình quân " + value(target) + "%/năm"
        }
    }

    /// The period's value so far: "tổng 5 năm: 251.000 tỷ đồng" (once every year is whole, else "tổng đến 9 tháng
    /// đầu năm 2023: …"), "năm 2025: 1,4%" (the latest figure's own period), "bình quân 6,8%/năm" (with "(3 năm có
    /// số liệu)" while years are missing); nil without figures.
    public static func multiYearValue(_ s: IndicatorMultiYearSnapshot, unit: String) -> String? {
        guard let value = s.value, let latest = s.latest?.actual else { return nil }
        switch s.method {
        case .sum:
            let whole = s.years.allSatisfy(\.isWholeYear)
            return (whole ? "tổng \(s.period.count) năm: " : "tổng đến \(latest.periodLabel): ") + Self.value(value, unit: unit)
        case .lastYear:
            return latest.periodLabel + ": " + Self.value(value, unit: unit)
        case .averageGrowth:
            let covered = s.covered.count
            return "bình quân " + Self.value(value) + "%/năm" + (covered < s.period.count ? " (\(covered) năm có số liệu)" : "")
        }
    }
}

extension ReviewProse {
    /// The headline on a plan for several years, as the seeds' five-year reviews word it: "Giai đoạn 2016 - 2020:
    /// đạt và vượt 12/15 chỉ tiêu; 03 chỉ tiêu không đạt (…)." Before the last year is in, those on track or at risk
    /// "kế hoạch giai đoạn"; names lower-cased, in the given order.
    public static func multiYearPlan(_ tally: IndicatorTally, period: IndicatorPlanPeriod) -> String {
        let title = "Giai đoạn \(period.from) - \(period.to)"
        guard tally.total > 0 else { return "Chưa có chỉ tiêu kinh tế - xã hội nào được giao cho \(period.label)." }
        return title + ": " + indicatorClauses(tally, plan: "kế hoạch giai đoạn").joined(separator: "; ") + "."
    }
}
