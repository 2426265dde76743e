import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// The demonstration province's socio-economic indicators: the 22 indicators of a 2020 resolution in the style of
/// seed 004 (Kiên Giang, notice 13/TB-VP of 07/01/2021: "đạt và vượt kế hoạch 16/22 chỉ tiêu, … 06 chỉ tiêu không
/// đạt kế hoạch (tốc độ tăng trưởng kinh tế, tốc độ tăng giá trị sản xuất ngành thủy sản, tốc độ tăng giá trị sản
/// xuất ngành công nghiệp, tổng kim ngạch xuất khẩu, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ, tổng vốn đầu tư
/// toàn xã hội)"), with 2019 figures for the comparison and 2020 estimates, so that as of 07/01/2021 exactly those
/// six are not met; official figures recorded later in 2021 keep every status. The same indicators continue in
/// 2025 and 2026 (the merged departments responsible) so the pages show current figures, with the kinds beside
/// them (`IndicatorDemo+Kinds`: a ranking, counts by class, the budget's two estimates, exports' parts, the 2026–2030
/// plan). Deterministic, and
/// loaded through the CSV importers: running `demo` again changes nothing.
enum IndicatorDemo {
    /// The seed's cut-off.
    static let seedCutOff = CivilDate(year: 2021, month: 1, day: 7)!
    static let notMetNames = [
        "Tốc độ tăng trưởng kinh tế", "Tốc độ tăng giá trị sản xuất ngành thủy sản",
        "Tốc độ tăng giá trị sản xuất ngành công nghiệp", "Tổng kim ngạch xuất khẩu",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "Tổng vốn đầu tư toàn xã hội",
    ]

    struct Spec {
        let code: String
        let name: String
        let unit: String
        let direction: IndicatorDirection
        let aggregation: IndicatorAggregation
        /// Responsible unit in 2020, and after the 2025 mergers.
        let unit2020: String
        let unit2025: String
        let target2020: String
        let actual2019: String
        let actual2020: String
        /// The official 2020 figure recorded on 30/06/2021, when it differs from the estimate.
        var official2020: String? = nil
    }

    static let specs: [Spec] = [
        Spec(
            code: "GRDP", name: "Tốc độ tăng trưởng kinh tế", unit: "%", direction: .higher, aggregation: .level,
            unit2020: "SKHDT", unit2025: "STC", target2020: "7.5", actual2019: "7.02", actual2020: "1.56", official2020: "1.61"),
        Spec(
            code: "GRDP-BQ", name: "GRDP bình quân đầu người", unit: "triệu đồng", direction: .higher, aggregation: .level,
            unit2020: "SKHDT", unit2025: "STC", target2020: "62", actual2019: "59.4", actual2020: "62.5"),
        Spec(
            code: "NLN", name: "Tốc độ tăng giá trị sản xuất ngành nông, lâm nghiệp", unit: "%", direction: .higher,
            aggregation: .level,
            unit2020: "SNNPTNT", unit2025: "SNNMT", target2020: "2.5", actual2019: "2.9", actual2020: "2.7"),
        Spec(
            code: "THUYSAN", name: "Tốc độ tăng giá trị sản xuất ngành thủy sản", unit: "%", direction: .higher,
            aggregation: .level,
            unit2020: "SNNPTNT", unit2025: "SNNMT", target2020: "5", actual2019: "6.1", actual2020: "3.2"),
        Spec(
            code: "CONGNGHIEP", name: "Tốc độ tăng giá trị sản xuất ngành công nghiệp", unit: "%", direction: .higher,
            aggregation: .level,
            unit2020: "SCT", unit2025: "SCT", target2020: "9", actual2019: "9.8", actual2020: "4.1"),
        Spec(
            code: "LUA", name: "Sản lượng lúa", unit: "nghìn tấn", direction: .higher, aggregation: .sum,
            unit2020: "SNNPTNT", unit2025: "SNNMT", target2020: "4200", actual2019: "4350", actual2020: "4305.6"),
        Spec(
            code: "THUYSAN-SL", name: "Sản lượng thủy sản khai thác và nuôi trồng", unit: "nghìn tấn", direction: .higher,
            aggregation: .sum, unit2020: "SNNPTNT", unit2025: "SNNMT", target2020: "800", actual2019: "812", actual2020: "815.4"),
        Spec(
            code: "XUATKHAU", name: "Tổng kim ngạch xuất khẩu", unit: "triệu USD", direction: .higher, aggregation: .sum,
            unit2020: "SCT", unit2025: "SCT", target2020: "700", actual2019: "652", actual2020: "596.5", official2020: "601.2"),
        Spec(
            code: "BANLE", name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", unit: "tỷ đồng", direction: .higher,
            aggregation: .sum,
            unit2020: "SCT", unit2025: "SCT", target2020: "120000", actual2019: "110570", actual2020: "105290"),
        Spec(
            code: "VONDAUTU", name: "Tổng vốn đầu tư toàn xã hội", unit: "tỷ đồng", direction: .higher, aggregation: .sum,
            unit2020: "SKHDT", unit2025: "STC", target2020: "50000", actual2019: "43800", actual2020: "44950"),
        Spec(
            code: "THUNS", name: "Thu ngân sách nhà nước trên địa bàn", unit: "tỷ đồng", direction: .higher, aggregation: .sum,
            unit2020: "STC", unit2025: "STC", target2020: "11000", actual2019: "10465", actual2020: "10512", official2020: "10538"
        ),
        Spec(
            code: "HONGHEO", name: "Tỷ lệ hộ nghèo", unit: "%", direction: .lower, aggregation: .level,
            unit2020: "SLDTBXH", unit2025: "SNV", target2020: "2.5", actual2019: "2.9", actual2020: "2.23"),
        Spec(
            code: "LAODONG-DT", name: "Tỷ lệ lao động qua đào tạo", unit: "%", direction: .higher, aggregation: .level,
            unit2020: "SLDTBXH", unit2025: "SNV", target2020: "65", actual2019: "62.5", actual2020: "65.2"),
        Spec(
            code: "VIECLAM", name: "Số lao động được giải quyết việc làm", unit: "người", direction: .higher, aggregation: .sum,
            unit2020: "SLDTBXH", unit2025: "SNV", target2020: "30000", actual2019: "31200", actual2020: "30450"),
        Spec(
            code: "BHYT", name: "Tỷ lệ dân số tham gia bảo hiểm y tế", unit: "%", direction: .higher, aggregation: .level,
            unit2020: "SYT", unit2025: "SYT", target2020: "90", actual2019: "88.3", actual2020: "90.6"),
        Spec(
            code: "BACSI", name: "Số bác sĩ trên 1 vạn dân", unit: "bác sĩ", direction: .higher, aggregation: .level,
            unit2020: "SYT", unit2025: "SYT", target2020: "8.5", actual2019: "8.2", actual2020: "8.6"),
        Spec(
            code: "GIUONG", name: "Số giường bệnh trên 1 vạn dân", unit: "giường", direction: .higher, aggregation: .level,
            unit2020: "SYT", unit2025: "SYT", target2020: "28", actual2019: "27.5", actual2020: "28.3"),
        Spec(
            code: "SUYDD", name: "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", unit: "%", direction: .lower,
            aggregation: .level,
            unit2020: "SYT", unit2025: "SYT", target2020: "10.5", actual2019: "10.9", actual2020: "10.3"),
        Spec(
            code: "NTM", name: "Số xã đạt chuẩn nông thôn mới (lũy kế)", unit: "xã", direction: .higher, aggregation: .level,
            unit2020: "SNNPTNT", unit2025: "SNNMT", target2020: "84", actual2019: "79", actual2020: "84"),
        Spec(
            code: "NUOCSACH", name: "Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh", unit: "%", direction: .higher,
            aggregation: .level,
            unit2020: "SNNPTNT", unit2025: "SNNMT", target2020: "98", actual2019: "97.5", actual2020: "98.2"),
        Spec(
            code: "CHEPHU", name: "Tỷ lệ che phủ rừng và cây phân tán", unit: "%", direction: .higher, aggregation: .level,
            unit2020: "SNNPTNT", unit2025: "SNNMT", target2020: "12", actual2019: "11.9", actual2020: "12.06"),
        Spec(
            code: "CHATTHAI", name: "Tỷ lệ chất thải rắn đô thị được thu gom, xử lý", unit: "%", direction: .higher,
            aggregation: .level,
            unit2020: "STNMT", unit2025: "SNNMT", target2020: "94", actual2019: "93", actual2020: "94.5"),
    ]

    static let resolution2020 = "Nghị quyết số 259/NQ-HĐND ngày 06/12/2019"
    static let resolution2025 = "Nghị quyết số 31/NQ-HĐND ngày 10/12/2024"
    static let resolution2026 = "Nghị quyết số 88/NQ-HĐND ngày 09/12/2025"

    static func n(_ text: String) -> Decimal { DecimalText.parse(text)! }
    private static func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day)! }

    /// `value × factor`, rounded to `places` decimals.
    static func scaled(_ value: Decimal, _ factor: String, places: Int) -> Decimal {
        var exact = value * n(factor)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, places, .plain)
        return rounded
    }

    private static func places(_ spec: Spec) -> Int { spec.unit == "xã" ? 0 : spec.aggregation == .sum ? 1 : 2 }

    /// A later year's target for a level indicator, kept plausible: rates move by points and stay under 100%,
    /// communes are whole, other levels grow a little.
    private static func levelTarget(_ spec: Spec, year: Int) -> Decimal {
        let base = n(spec.target2020)
        let later = year == 2026
        switch (spec.unit, spec.direction) {
        case ("%", .lower): return scaled(base, later ? "0.72" : "0.8", places: 2)
        case ("%", .higher): return min(n("99.5"), base + n(later ? "1" : "0.5"))
        case ("xã", _): return base + n(later ? "16" : "11")
        default: return scaled(base, later ? "1.06" : "1.04", places: 2)
        }
    }

    /// A year's figure against its target: a little better, or (`shortfall`) short of it; rates stay within 0–100%.
    private static func yearFigure(_ spec: Spec, target: Decimal, shortfall: Bool) -> Decimal {
        if spec.aggregation == .level && spec.unit == "%" {
            let delta = n(shortfall ? "0.4" : "0.2")
            return spec.direction == .higher
                ? min(n("100"), shortfall ? target - delta : target + delta)
                : (shortfall ? target + delta : target - delta)
        }
        let ratio = spec.direction == .lower ? (shortfall ? "1.05" : "0.96") : (shortfall ? "0.94" : "1.02")
        return scaled(target, ratio, places: places(spec))
    }

    // MARK: Plans

    static func indicatorRows() -> [IndicatorImport.Row] {
        var rows: [IndicatorImport.Row] = []
        for (year, factor) in [(2020, "1"), (2025, "1.32"), (2026, "1.42")] {
            for spec in specs {
                let base = n(spec.target2020)
                // Sums grow with the economy; rates and levels move a little.
                let target =
                    year == 2020
                    ? base
                    : spec.aggregation == .sum ? scaled(base, factor, places: 0) : levelTarget(spec, year: year)
                var row = IndicatorImport.Row(
                    line: 0, code: spec.code, name: spec.name, unit: spec.unit, direction: spec.direction,
                    responsibleUnit: year == 2020 ? spec.unit2020 : spec.unit2025, year: year, target: target,
                    aggregation: spec.aggregation)
                row.targetDocument = year == 2020 ? resolution2020 : year == 2025 ? resolution2025 : resolution2026
                // The budget is voted as an estimate: "đạt 95% dự toán".
                if spec.code == "THUNS" { row.targetTerm = .duToan }
                // Mid-year revisions (kept beside the original): 2020's budget revenue after the pandemic, 2026's exports.
                if year == 2020 && spec.code == "THUNS" {
                    row.revisedTarget = n("10300")
                    row.revisedOn = d(2020, 7, 15)
                    row.revisionDocument = "Nghị quyết số 320/NQ-HĐND ngày 15/07/2020"
                }
                if year == 2026 && spec.code == "XUATKHAU" {
                    row.revisedTarget = scaled(target, "1.05", places: 0)
                    row.revisedOn = d(2026, 7, 10)
                    row.revisionDocument = "Nghị quyết số 12/NQ-HĐND ngày 10/07/2026"
                }
                rows.append(row)
            }
        }
        return rows
    }

    // MARK: Actuals

    static func actualRows(today: CivilDate) -> [IndicatorActualImport.Row] {
        var rows: [IndicatorActualImport.Row] = []
        func add(_ spec: Spec, _ period: String, _ kind: ActualKind, _ value: Decimal, _ recorded: CivilDate) {
            guard recorded <= today else { return }
            rows.append(
                .init(
                    line: 0, code: spec.code, period: IndicatorPeriod(code: period)!, value: value, kind: kind,
                    recordedOn: recorded))
        }
        let plans = indicatorRows()
        for spec in specs {
            let p = places(spec)
            let y2019 = n(spec.actual2019)
            let y2020 = n(spec.actual2020)
            // Cumulative shares of the year for sums; for levels the half-year and nine-month values drift to the year's.
            func part(_ year: Decimal, _ share: String, _ drift: String) -> Decimal {
                if spec.aggregation == .sum { return scaled(year, share, places: p) }
                let value = scaled(year, drift, places: p)
                return spec.unit == "%" ? min(n("100"), value) : value
            }
            add(spec, "2019-H1", .chinhThuc, part(y2019, "0.48", "0.98"), d(2020, 3, 31))
            add(spec, "2019-9M", .chinhThuc, part(y2019, "0.73", "0.99"), d(2020, 3, 31))
            add(spec, "2019", .chinhThuc, y2019, d(2020, 6, 30))
            add(spec, "2020-H1", .uoc, part(y2020, "0.47", "0.97"), d(2020, 6, 15))
            add(spec, "2020-9M", .uoc, part(y2020, "0.72", "0.985"), d(2020, 9, 20))
            add(spec, "2020", .uoc, spec.code == "THUNS" ? n("10450") : y2020, d(2020, 12, 10))
            // The preliminary budget revenue came in before the review meeting.
            if spec.code == "THUNS" { add(spec, "2020", .soBo, y2020, d(2021, 1, 5)) }
            add(spec, "2020", .chinhThuc, spec.official2020.map(n) ?? y2020, d(2021, 6, 30))

            // 2025: the whole year; 2026: half-year, nine months, then October (sums add up to ten months).
            let t2025 = plans.first { $0.code == spec.code && $0.year == 2025 }!.target
            let t2026 = plans.first { $0.code == spec.code && $0.year == 2026 }!.target
            let seed = spec.code.unicodeScalars.reduce(0) { $0 + Int($1.value) }
            let shortfall = seed % 5 == 0  // about one in five falls short
            let y2025 = yearFigure(spec, target: t2025, shortfall: shortfall)
            add(spec, "2025-H1", .chinhThuc, part(y2025, "0.48", "0.985"), d(2025, 7, 20))
            add(spec, "2025-9M", .chinhThuc, part(y2025, "0.735", "0.99"), d(2025, 10, 20))
            if spec.aggregation == .sum { add(spec, "2025-M10", .chinhThuc, scaled(y2025, "0.086", places: p), d(2025, 11, 20)) }
            add(spec, "2025", .uoc, y2025, d(2025, 12, 10))
            add(spec, "2025", .soBo, y2025, d(2026, 1, 8))
            let y2026 = yearFigure(spec, target: t2026, shortfall: shortfall)
            // Partial figures on pace with the year's: level indicators already at it, sums a little ahead of the calendar.
            add(spec, "2026-H1", .uoc, part(y2026, "0.5", "1"), d(2026, 6, 15))
            add(spec, "2026-H1", .chinhThuc, part(y2026, "0.505", "1"), d(2026, 7, 25))
            add(spec, "2026-9M", .uoc, part(y2026, "0.755", "1"), d(2026, 9, 20))
            if spec.aggregation == .sum { add(spec, "2026-M10", .uoc, scaled(y2026, "0.09", places: p), d(2026, 10, 25)) }
        }
        return rows
    }

    /// Loads the plans and figures (figures dated after `today` are left out) and returns what was written.
    static func load(into app: Application, today: CivilDate) async throws -> (plans: ImportSummary, actuals: ImportSummary) {
        try await app.write { db in
            let base = indicatorRows()
            // Numbered as a file's lines would be: the import tells a year's own target from its others by line.
            let rows = (base + kindRows(base: base)).enumerated().map { index, row in
                var numbered = row
                numbered.line = index + 2
                return numbered
            }
            let plans = try await IndicatorImport.write(rows, actor: .commandLine, now: app.config.now(), on: db)
            let figures = actualRows(today: today)
            let actuals = try await IndicatorActualImport.write(
                figures + kindActualRows(base: figures, today: today), actor: .commandLine, now: app.config.now(), on: db)
            return (plans, actuals)
        }
    }

    /// The lines `dieuhanh demo` prints: what was loaded and seed 004's figure as of its cut-off.
    static func summaryLines(_ loaded: (plans: ImportSummary, actuals: ImportSummary), app: Application) async throws -> [String]
    {
        let report = try await IndicatorReport.build(year: 2020, asOf: seedCutOff, on: app.db)
        return [
            "Chỉ tiêu KT-XH: \(loaded.plans.created) kế hoạch mới, \(loaded.plans.updated) cập nhật, \(loaded.plans.unchanged) không đổi; "
                + "\(loaded.actuals.created) số liệu mới, \(loaded.actuals.unchanged) đã có.",
            "  Tính đến ngày \(VNFormat.date(seedCutOff)): " + report.prose,
        ]
    }
}
