import DieuHanhCore
import Fluent
import Vapor

/// CONTRACT's plan object, the same from `dieuhanh stats indicators --plan 2021-2025 --format json` and
/// `GET /api/v1/stats/indicators?plan=2021-2025`: `{"plan","as_of","total","met","not_met","no_data","items":[{"code",
/// "method","target","value","percent_of_target","years":[{"year","value"}],"met","status"}]}`. Numbers are exact
/// decimals; a missing figure is `null`.
///
/// Extensions: `at_risk`, `on_track` and `prose` as in the year's object; per item `name`, `unit`, `direction`,
/// `aggregation`, `responsible_unit`, `years_covered`, `value_text`, `target_text`; per year `label` (which figure it
/// is: "ước 9 tháng đầu năm 2025") and `whole_year`.
struct IndicatorPlanStatsJSON: Encodable, Sendable {
    struct Year: Encodable, Sendable {
        let year: Int
        let value: Decimal?
        let label: String?
        let whole_year: Bool

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(year, forKey: .year)
            try c.encode(value, forKey: .value)
            try c.encode(label, forKey: .label)
            try c.encode(whole_year, forKey: .whole_year)
        }

        enum CodingKeys: String, CodingKey { case year, value, label, whole_year }
    }

    struct Item: Encodable, Sendable {
        let code: String
        let name: String
        let unit: String
        let direction: String
        let aggregation: String
        let responsible_unit: String?
        let method: String
        let target: Decimal
        let target_text: String
        let value: Decimal?
        let value_text: String?
        let percent_of_target: Decimal?
        let years_covered: Int
        let years: [Year]
        let met: Bool?
        let status: String

        enum CodingKeys: String, CodingKey {
            case code, name, unit, direction, aggregation, responsible_unit, method, target, target_text, value, value_text,
                percent_of_target, years_covered, years, met, status
        }

        /// Writes every key, `null` for what is missing.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(name, forKey: .name)
            try c.encode(unit, forKey: .unit)
            try c.encode(direction, forKey: .direction)
            try c.encode(aggregation, forKey: .aggregation)
            try c.encode(responsible_unit, forKey: .responsible_unit)
            try c.encode(method, forKey: .method)
            try c.encode(target, forKey: .target)
            try c.encode(target_text, forKey: .target_text)
            try c.encode(value, forKey: .value)
            try c.encode(value_text, forKey: .value_text)
            try c.encode(percent_of_target, forKey: .percent_of_target)
            try c.encode(years_covered, forKey: .years_covered)
            try c.encode(years, forKey: .years)
            try c.encode(met, forKey: .met)
            try c.encode(status, forKey: .status)
        }
    }

    let plan: String
    let as_of: String
    let total: Int
    let met: Int
    let not_met: Int
    let no_data: Int
    let at_risk: Int
    let on_track: Int
    let prose: String
    let items: [Item]

    init(period: IndicatorPlanPeriod, asOf: CivilDate, rows: [IndicatorMultiYearRow], unitCodes: [UUID: String]) {
        let tally = IndicatorMultiYearQuery.tally(rows, period: period, asOf: asOf)
        plan = period.code
        as_of = asOf.iso
        total = tally.total
        met = tally.met.count
        not_met = tally.notMet.count
        no_data = tally.noData.count
        at_risk = tally.atRisk.count
        on_track = tally.onTrack.count
        prose = ReviewProse.multiYearPlan(tally, period: period)
        items = rows.map { row in
            let s = row.snapshot
            return Item(
                code: row.indicator.code, name: row.indicator.name, unit: row.indicator.unit,
                direction: row.indicator.direction, aggregation: row.indicator.aggregation,
                responsible_unit: unitCodes[row.plan.responsibleUnitID], method: s.method.rawValue, target: s.target,
                target_text: row.targetText, value: s.value, value_text: row.valueText, percent_of_target: s.percentOfTarget,
                years_covered: s.covered.count,
                years: s.years.map {
                    Year(year: $0.year, value: $0.actual?.value, label: $0.actual?.label, whole_year: $0.isWholeYear)
                },
                met: s.status.met, status: s.status.rawValue)
        }
    }

    func data() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    func response() throws -> Response {
        let response = Response(status: .ok, body: .init(data: try data()))
        response.headers.contentType = .json
        return response
    }
}

extension IndicatorStatistics {
    /// The plan object for `plan` ("2021-2025") as of `asOf` (default today), parsed the way the CLI and the API take
    /// them.
    static func planJSON(plan: String, asOf: String?, today: CivilDate, on db: Database, t: Localizer) async throws
        -> IndicatorPlanStatsJSON
    {
        let parsed = try IndicatorMultiYearQuery.parse(plan: plan, asOf: asOf, today: today, t: t)
        guard let period = parsed.period else {
            throw ValidationFailure(errors: [.init(field: "plan", message: t(T.indPlanPeriodInvalid))])
        }
        let rows = try await IndicatorMultiYearQuery.rows(period: period, asOf: parsed.asOf, on: db)
        let codes = try await UnitDirectory.codes(of: rows.map(\.plan.responsibleUnitID), on: db)
        return IndicatorPlanStatsJSON(period: period, asOf: parsed.asOf, rows: rows, unitCodes: codes)
    }

    /// The text the command line prints for people: the headline, one line per indicator, the prose.
    static func text(_ stats: IndicatorPlanStatsJSON) -> [String] {
        let asOf = CivilDate.parse(stats.as_of)!
        var lines = [
            "Chỉ tiêu kế hoạch giai đoạn \(stats.plan.replacingOccurrences(of: "-", with: " - ")), số liệu đến hết ngày "
                + "\(VNFormat.date(asOf)): \(stats.total) chỉ tiêu — đạt \(stats.met), không đạt \(stats.not_met), "
                + "có nguy cơ không đạt \(stats.at_risk), đạt tiến độ \(stats.on_track), chưa có số liệu \(stats.no_data)"
        ]
        for (i, item) in stats.items.enumerated() {
            var line = "  \(i + 1). \(item.name) [\(item.code)]: " + (item.value_text ?? "chưa có số liệu")
            line += " / kế hoạch " + item.target_text
            if let percent = item.percent_of_target {
                line +=
                    "; " + IndicatorText.planPhrase(percent, direction: IndicatorDirection(rawValue: item.direction) ?? .higher)
            }
            line += " — " + (IndicatorStatus(rawValue: item.status)?.label ?? item.status)
            lines.append(line)
        }
        lines.append(stats.prose)
        return lines
    }
}
