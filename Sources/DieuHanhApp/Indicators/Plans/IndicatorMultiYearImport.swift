import DieuHanhCore
import Fluent
import Vapor

/// The rows of the indicators CSV that set a plan for several years (CONTRACT: `year` as a range, `2021-2025` or
/// `2021 - 2025`, with an optional `method`): everything else as for a year's row, except that a period has one
/// target (no `target_kind`) and no revision columns. Importing the same row again changes nothing.
extension IndicatorImport {
    /// The period a `year` cell names, nil for a single year; a range that is not a period is refused here, so that
    /// "2025-2021" is not reported as "not a year".
    static func readPlanPeriod(_ text: String, cells: CSVFields) throws -> IndicatorPlanPeriod? {
        guard IndicatorPlanPeriod.isRange(text) else { return nil }
        guard let period = IndicatorPlanPeriod(code: text) else {
            throw cells.fail("year “\(text)” không phải là giai đoạn: năm đầu phải trước năm cuối, không quá 10 năm")
        }
        if let problem = DateRules.check(year: period.to) { throw cells.violation("year", problem) }
        return period
    }

    /// The period's own columns: the method (stated or implied by the aggregation), and no columns a period lacks.
    static func readPlanRow(_ row: inout Row, period: IndicatorPlanPeriod, cells: CSVFields) throws {
        if cells.optional("target_kind").map({ $0.lowercased() != IndicatorTargetKind.tinh.rawValue }) ?? false {
            throw cells.fail("kế hoạch \(period.label) chỉ có một chỉ tiêu kế hoạch: bỏ trống target_kind")
        }
        if ["revised_target", "revised_on", "revision_document"].contains(where: { cells.optional($0) != nil }) {
            throw cells.fail("kế hoạch \(period.label) không điều chỉnh qua tệp: bỏ trống revised_target, revised_on")
        }
        let method: IndicatorPlanMethod
        if let text = cells.optional("method") {
            guard let stated = IndicatorPlanMethod(rawValue: text.lowercased()) else {
                throw cells.fail("method “\(text)” phải là sum, last_year hoặc average_growth")
            }
            method = stated
        } else {
            method = .implied(by: row.aggregation)
        }
        guard method.allows(row.aggregation) else {
            throw cells.fail(
                "method \(method.rawValue) không dùng được cho chỉ tiêu aggregation \(row.aggregation.rawValue)"
                    + (method == .sum ? " (chỉ chỉ tiêu sum mới cộng được các năm)" : " (chỉ dùng cho rate hoặc index)"))
        }
        row.planPeriod = period
        row.method = method
    }

    /// Creates or corrects each row's plan for its period, creating the indicator when no year's row did.
    static func writePlans(
        _ rows: [Row], indicators: inout [String: Indicator], units: [String: OrgUnit], actor: AuditActor, now: Date,
        summary: inout ImportSummary, on db: Database
    ) async throws {
        var positions: [IndicatorPlanPeriod: Int] = [:]
        for row in rows {
            guard let period = row.planPeriod, let method = row.method else { continue }
            positions[period, default: 0] += 1
            let indicator = try await definition(row, indicators: &indicators, on: db)
            let existing = try await IndicatorMultiYearPlanRecord.query(on: db).filter(\.$indicatorID == indicator.id!)
                .filter(\.$fromYear == period.from).filter(\.$toYear == period.to).first()
            let plan = existing ?? IndicatorMultiYearPlanRecord()
            let before = existing?.snapshot
            plan.indicatorID = indicator.id!
            plan.fromYear = period.from
            plan.toYear = period.to
            plan.method = method.rawValue
            plan.target = DecimalText.canonical(row.target)
            plan.document = row.targetDocument
            plan.responsibleUnitID = units[row.responsibleUnit]!.id!
            plan.position = positions[period]!
            guard plan.snapshot != before else {
                summary.unchanged += 1
                continue
            }
            try await plan.save(on: db)
            if existing == nil { summary.created += 1 } else { summary.updated += 1 }
            indicator.version += 1
            try await indicator.update(on: db)
            try await AuditLog.record(
                on: db, actor: actor, at: now, action: existing == nil ? "create" : "update", entity: "indicator",
                entityID: indicator.id, summary: "\(row.code) \(period.label) (import)", before: before,
                after: plan.snapshot)
        }
    }

    /// The row's indicator, created from the row when the file and the database have none, its definition brought
    /// up to the row's (every row of a code carries the same one).
    private static func definition(_ row: Row, indicators: inout [String: Indicator], on db: Database) async throws
        -> Indicator
    {
        let indicator = indicators[row.code] ?? Indicator()
        let before = indicator.id == nil ? nil : indicator.snapshot
        indicator.code = row.code
        indicator.setName(row.name)
        indicator.unit = row.unit
        indicator.direction = row.direction.rawValue
        indicator.aggregation = row.aggregation.rawValue
        if indicator.id == nil {
            indicator.version = 1
            try await indicator.create(on: db)
            indicators[row.code] = indicator
        } else if indicator.snapshot != before {
            indicator.version += 1
            try await indicator.update(on: db)
        }
        return indicator
    }
}
