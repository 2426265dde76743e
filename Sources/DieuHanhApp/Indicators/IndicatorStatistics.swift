import DieuHanhCore
import Fluent
import Vapor

/// CONTRACT's indicators object, the same from `dieuhanh stats indicators --format json` and
/// `GET /api/v1/stats/indicators`: `{"year","as_of","total","met","not_met","no_data","items":[{"code","target",
/// "actual","percent_of_target","yoy_percent","met"}]}`. Numbers are exact decimals; a missing figure is `null`.
///
/// Extensions (CONTRACT allows new keys): `at_risk` and `on_track` (indicators judged on part of the year; `total`
/// = met + not_met + at_risk + on_track + no_data), `prose`, and per item `name`, `unit`, `direction`,
/// `aggregation`, `responsible_unit`, `target_original`, `target_revised_on`, `actual_period`, `actual_kind`,
/// `actual_label`, `previous`, `status`, `assessment`; `parent` (the parent's code) on a component of an indicator of
/// the same year, which the counts leave out (`IndicatorQuery.topLevel`).
struct IndicatorStatsJSON: Encodable, Sendable {
    /// One of a year's targets and the figure measured against it (`null` when it cannot be).
    struct Target: Encodable, Sendable {
        let kind: String
        let target: Decimal?
        let percent_of_target: Decimal?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(target, forKey: .target)
            try c.encode(percent_of_target, forKey: .percent_of_target)
        }

        enum CodingKeys: String, CodingKey { case kind, target, percent_of_target }
    }

    /// One class of a distribution; `change` is null where the same period of the year before has no such class.
    struct ClassCount: Encodable, Sendable {
        let label: String
        let count: Int
        let change: Int?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(label, forKey: .label)
            try c.encode(count, forKey: .count)
            try c.encode(change, forKey: .change)
        }

        enum CodingKeys: String, CodingKey { case label, count, change }
    }

    struct Item: Encodable, Sendable {
        let code: String
        let name: String
        let unit: String
        let direction: String
        let aggregation: String
        let responsible_unit: String?
        let target: Decimal?
        let target_original: Decimal?
        let target_revised_on: String?
        let actual: Decimal?
        /// The period codes the actual is made of, joined with "+": "2020", "2020-9M", "2021-H1+2021-Q3".
        let actual_period: String?
        let actual_kind: String?
        let actual_label: String?
        let previous: Decimal?
        let percent_of_target: Decimal?
        let yoy_percent: Decimal?
        /// Only for an indicator compared in points (CONTRACT: items may add it).
        let yoy_points: Decimal?
        /// Only for a rank: the places gained since the same period of the year before.
        let yoy_places: Decimal?
        /// Every target of the year, the plan's own first, when it has targets of other kinds (CONTRACT).
        let targets: [Target]?
        /// Only for a rank whose figure has a score.
        var score: Decimal? = nil
        /// Only for a figure counted by class: each class, its count and the change since the same period.
        var classes: [ClassCount]? = nil
        /// Only for a component: the code of the indicator of the same year it is a part of (CONTRACT).
        var parent: String? = nil
        let met: Bool?
        let status: String
        let assessment: String

        enum CodingKeys: String, CodingKey {
            case code, name, unit, direction, aggregation, responsible_unit, target, target_original, target_revised_on, actual,
                actual_period, actual_kind, actual_label, previous, percent_of_target, yoy_percent, yoy_points, yoy_places,
                targets, score, classes, parent,
                met, status, assessment
        }

        /// Writes every key, `null` for what is missing (the synthesised encoder would leave them out).
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(code, forKey: .code)
            try c.encode(name, forKey: .name)
            try c.encode(unit, forKey: .unit)
            try c.encode(direction, forKey: .direction)
            try c.encode(aggregation, forKey: .aggregation)
            try c.encode(responsible_unit, forKey: .responsible_unit)
            try c.encode(target, forKey: .target)
            try c.encode(target_original, forKey: .target_original)
            try c.encode(target_revised_on, forKey: .target_revised_on)
            try c.encode(actual, forKey: .actual)
            try c.encode(actual_period, forKey: .actual_period)
            try c.encode(actual_kind, forKey: .actual_kind)
            try c.encode(actual_label, forKey: .actual_label)
            try c.encode(previous, forKey: .previous)
            try c.encode(percent_of_target, forKey: .percent_of_target)
            try c.encode(yoy_percent, forKey: .yoy_percent)
            try c.encodeIfPresent(yoy_points, forKey: .yoy_points)
            try c.encodeIfPresent(yoy_places, forKey: .yoy_places)
            try c.encodeIfPresent(targets, forKey: .targets)
            try c.encodeIfPresent(score, forKey: .score)
            try c.encodeIfPresent(classes, forKey: .classes)
            try c.encodeIfPresent(parent, forKey: .parent)
            try c.encode(met, forKey: .met)
            try c.encode(status, forKey: .status)
            try c.encode(assessment, forKey: .assessment)
        }
    }

    let year: Int
    let as_of: String
    let total: Int
    let met: Int
    let not_met: Int
    let no_data: Int
    let at_risk: Int
    let on_track: Int
    let prose: String
    let items: [Item]

    init(year: Int, asOf: CivilDate, rows: [IndicatorYearRow], unitCodes: [UUID: String]) {
        let tally = IndicatorQuery.tally(rows, year: year, asOf: asOf)
        self.year = year
        as_of = asOf.iso
        total = tally.total
        met = tally.met.count
        not_met = tally.notMet.count
        no_data = tally.noData.count
        at_risk = tally.atRisk.count
        on_track = tally.onTrack.count
        prose = ReviewProse.indicators(tally)
        let codes = Dictionary(rows.map { ($0.indicator.id!, $0.indicator.code) }, uniquingKeysWith: { a, _ in a })
        items = rows.map { row in
            let s = row.snapshot
            var item = Item(
                code: row.indicator.code, name: row.indicator.name, unit: row.indicator.unit, direction: row.indicator.direction,
                aggregation: row.indicator.aggregation, responsible_unit: unitCodes[row.plan.responsibleUnitID],
                target: s.target, target_original: s.originalTarget, target_revised_on: s.revision?.decidedOn.iso,
                actual: s.actual?.value, actual_period: s.actual.map { $0.periods.map(\.code).joined(separator: "+") },
                actual_kind: s.actual?.kind.rawValue, actual_label: s.actual?.label, previous: s.previous?.value,
                percent_of_target: s.percentOfTarget, yoy_percent: s.yoyPercent, yoy_points: s.yoyPoints, yoy_places: s.yoyPlaces,
                targets: row.otherTargets.isEmpty
                    ? nil
                    : [Target(kind: row.plan.ownTargetKind.rawValue, target: s.target, percent_of_target: s.percentOfTarget)]
                        + row.otherTargets.map {
                            Target(kind: $0.kind.rawValue, target: $0.value, percent_of_target: $0.percentOfTarget)
                        },
                score: s.actual?.detail.score,
                classes: s.actual.flatMap { actual in
                    actual.detail.classes.isEmpty
                        ? nil
                        : IndicatorDistribution.changes(actual.detail.classes, previous: s.previous?.detail.classes ?? []).map {
                            ClassCount(label: $0.0.label, count: $0.0.count, change: $0.change)
                        }
                },
                met: s.status.met,
                status: s.status.rawValue,
                assessment: IndicatorText.assessment(s, direction: row.indicator.indicatorDirection, wording: row.wording))
            item.parent = row.indicator.parentID.flatMap { codes[$0] }
            return item
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

enum IndicatorStatistics {
    /// Parses `year` (default: the year of the cut-off) and `as_of` (default: today) the way the CLI and the API
    /// take them, then builds the object.
    static func json(year: String?, asOf: String?, today: CivilDate, on db: Database, t: Localizer) async throws
        -> IndicatorStatsJSON
    {
        var probe = IndicatorQuery.Filter()
        probe.as_of = asOf
        let cutOff = try await IndicatorQuery.parse(probe, today: today, defaultYear: today.year, on: db, t: t).asOf
        probe.year = year
        let parsed = try await IndicatorQuery.parse(probe, today: today, defaultYear: cutOff.year, on: db, t: t)
        // Components right after their parent, so that a reader of the items sees the parts under the whole.
        let year = try await IndicatorQuery.rows(year: parsed.year, asOf: parsed.asOf, on: db)
        let rows = IndicatorQuery.tree(year, all: year).map(\.row)
        let codes = try await UnitDirectory.codes(of: rows.map(\.plan.responsibleUnitID), on: db)
        return IndicatorStatsJSON(year: parsed.year, asOf: parsed.asOf, rows: rows, unitCodes: codes)
    }

    /// The text the command line prints for people: the headline, one line per indicator, the prose.
    static func text(_ stats: IndicatorStatsJSON) -> [String] {
        let asOf = CivilDate.parse(stats.as_of)!
        var lines = [
            "Chỉ tiêu kinh tế - xã hội năm \(stats.year), số liệu đến hết ngày \(VNFormat.date(asOf)): "
                + "\(stats.total) chỉ tiêu — đạt \(stats.met), không đạt \(stats.not_met), có nguy cơ không đạt \(stats.at_risk), "
                + "đạt tiến độ \(stats.on_track), chưa có số liệu \(stats.no_data)"
        ]
        // Components are marked "-" and not numbered: the numbers are the resolution's indicators, as `total`.
        var number = 0
        for item in stats.items {
            if item.parent == nil { number += 1 }
            var line = (item.parent == nil ? "  \(number). " : "     - ") + "\(item.name) [\(item.code)]: "
            if let actual = item.actual {
                line += IndicatorText.value(actual, unit: item.unit) + " (\(item.actual_label ?? ""))"
            } else {
                line += "chưa có số liệu"
            }
            line += " / kế hoạch " + (item.target.map { IndicatorText.value($0, unit: item.unit) } ?? "—")
            if !item.assessment.isEmpty { line += "; " + item.assessment }
            line += " — " + (IndicatorStatus(rawValue: item.status)?.label ?? item.status)
            lines.append(line)
        }
        lines.append(stats.prose)
        return lines
    }
}
