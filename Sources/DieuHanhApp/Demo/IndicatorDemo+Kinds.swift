import DieuHanhCore
import Foundation

/// The demonstration's figures of the kinds the seeds count beyond sums and levels, for 2025 and 2026 (2020 stays
/// seed 004's 22 indicators): the budget against the centre's estimate too (seed 002), the PCI ranking with its score
/// (seed 001), communes counted by the new-countryside criteria they meet (seed 002, footnote 8), exports with their
/// parts (seed 002), and the 2026–2030 plan.
extension IndicatorDemo {
    static let pciCode = "PCI"
    static let criteriaCode = "NTM-TC"
    /// Exports' parts: each takes its share of every exports figure, the second the remainder, so the parts add up.
    static let exportParts = [
        (code: "XK-NLTS", name: "Xuất khẩu nông, lâm, thủy sản", share: "0.35"),
        (code: "XK-CNCB", name: "Xuất khẩu hàng công nghiệp chế biến", share: ""),
    ]

    static func kindRows(base: [IndicatorImport.Row]) -> [IndicatorImport.Row] {
        var rows: [IndicatorImport.Row] = []
        func row(
            _ code: String, _ name: String, _ unit: String, _ direction: IndicatorDirection, _ aggregation: IndicatorAggregation,
            unitCode: String, year: Int, target: Decimal
        ) -> IndicatorImport.Row {
            var row = IndicatorImport.Row(
                line: 0, code: code, name: name, unit: unit, direction: direction, responsibleUnit: unitCode, year: year,
                target: target, aggregation: aggregation)
            row.targetDocument = year == 2025 ? resolution2025 : resolution2026
            return row
        }
        for year in [2025, 2026] {
            rows.append(
                row(
                    pciCode, "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "thứ hạng", .lower, .rank, unitCode: "STC", year: year,
                    target: year == 2025 ? 10 : 8))
            rows.append(
                row(
                    criteriaCode, "Số tiêu chí nông thôn mới bình quân", "tiêu chí/xã", .higher, .level, unitCode: "SNNMT",
                    year: year, target: year == 2025 ? 16 : n("17.5")))
            // The budget's estimate from the centre, beside the council's (the plan's own).
            if let budget = base.first(where: { $0.code == "THUNS" && $0.year == year }) {
                var centre = budget
                centre.targetKind = .trungUong
                centre.target = scaled(budget.target, "0.92", places: 0)
                centre.targetDocument = "Quyết định giao dự toán ngân sách nhà nước của Bộ Tài chính"
                centre.revisedTarget = nil
                centre.revisedOn = nil
                rows.append(centre)
            }
            if let exports = base.first(where: { $0.code == "XUATKHAU" && $0.year == year }) {
                var given = Decimal(0)
                for part in exportParts {
                    let target = part.share.isEmpty ? exports.target - given : scaled(exports.target, part.share, places: 0)
                    given += target
                    var component = row(
                        part.code, part.name, "triệu USD", .higher, .sum, unitCode: "SCT", year: year, target: target)
                    component.setsParent = true
                    component.parent = "XUATKHAU"
                    rows.append(component)
                }
            }
        }
        // The 2026–2030 plan: the budget added up over the five years, poverty at the end of it.
        for (code, factor, method) in [("THUNS", "5.6", IndicatorPlanMethod.sum), ("HONGHEO", "", .lastYear)] {
            guard var plan = base.first(where: { $0.code == code && $0.year == 2026 }) else { continue }
            plan.target = factor.isEmpty ? 1 : scaled(plan.target, factor, places: 0)
            plan.planPeriod = IndicatorPlanPeriod(from: 2026, to: 2030)
            plan.method = method
            plan.targetDocument =
                "Nghị quyết số 05/NQ-HĐND ngày 09/12/2025 về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030"
            plan.revisedTarget = nil
            plan.revisedOn = nil
            rows.append(plan)
        }
        return rows
    }

    static func kindActualRows(base: [IndicatorActualImport.Row], today: CivilDate) -> [IndicatorActualImport.Row] {
        var rows: [IndicatorActualImport.Row] = []
        func add(
            _ code: String, _ period: String, _ kind: ActualKind, _ value: Decimal, _ recorded: CivilDate,
            _ detail: IndicatorFigureDetail = IndicatorFigureDetail()
        ) {
            guard recorded <= today else { return }
            rows.append(
                .init(
                    line: 0, code: code, period: IndicatorPeriod(code: period)!, value: value, kind: kind, recordedOn: recorded,
                    detail: detail))
        }
        let day = { (y: Int, m: Int, d: Int) in CivilDate(year: y, month: m, day: d)! }
        // The PCI is published in the spring for the year before: 13th of 63 for 2024, 9th of 34 for 2025.
        add(pciCode, "2024", .chinhThuc, 13, day(2025, 5, 8), IndicatorFigureDetail(score: n("65.52")))
        add(pciCode, "2025", .chinhThuc, 9, day(2026, 4, 22), IndicatorFigureDetail(score: n("69.25")))
        // 127 communes by the criteria they meet; the average as the statistics office gives it.
        func communes(_ counts: [Int]) -> IndicatorFigureDetail {
            let labels = [
                "Số xã đạt 19 tiêu chí", "số xã đạt từ 15-18 tiêu chí", "số xã đạt 10-14 tiêu chí", "số xã đạt dưới 10 tiêu chí",
            ]
            return IndicatorFigureDetail(classes: zip(labels, counts).map { IndicatorClassCount(label: $0, count: $1) })
        }
        add(criteriaCode, "2025-H1", .chinhThuc, n("16.1"), day(2025, 7, 20), communes([55, 42, 25, 5]))
        add(criteriaCode, "2025", .chinhThuc, n("16.42"), day(2026, 1, 8), communes([61, 40, 22, 4]))
        add(criteriaCode, "2026-H1", .uoc, n("16.8"), day(2026, 6, 15), communes([66, 39, 19, 3]))
        // Every exports figure split between its parts, on the same day and of the same kind.
        for figure in base where figure.code == "XUATKHAU" && figure.period.year >= 2025 {
            var given = Decimal(0)
            for part in exportParts {
                let value = part.share.isEmpty ? figure.value - given : scaled(figure.value, part.share, places: 1)
                given += value
                add(part.code, figure.period.code, figure.kind, value, figure.recordedOn)
            }
        }
        return rows
    }
}
