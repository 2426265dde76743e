import DieuHanhCore
import Fluent
import Vapor

/// One line of the year's table: an indicator, and for a component (chỉ tiêu thành phần) the parent it sits under.
struct IndicatorTreeRow: Sendable {
    let row: IndicatorYearRow
    /// The year's row of the parent; nil for an indicator of the resolution's own list.
    let parent: IndicatorYearRow?
    /// A component kept by the filters while its parent is not.
    var parentFilteredOut = false
    /// The place among the resolution's indicators of the year (1, 2, …, whatever the filters keep); 0 for a
    /// component, which has none.
    var number = 0

    var isComponent: Bool { parent != nil }
}

/// Components within a year (issue 18): a component is an indicator whose parent has a plan the same year. The
/// resolution's count ("đạt và vượt 16/22 chỉ tiêu") is of the others only: exports under total trade are not an
/// extra indicator of the resolution. A component whose parent has no plan that year stands on its own.
extension IndicatorQuery {
    /// The rows the resolution counts: all but the year's components.
    static func topLevel(_ rows: [IndicatorYearRow]) -> [IndicatorYearRow] {
        let ids = Set(rows.map { $0.indicator.id! })
        return rows.filter { row in row.indicator.parentID.map { !ids.contains($0) } ?? true }
    }

    /// `kept` (some of `all`, the year's rows) in the table's order: each indicator of the resolution followed by its
    /// kept components. A component the filters keep comes under its parent's place even when the parent is filtered
    /// out, so that it still reads as a part.
    static func tree(_ kept: [IndicatorYearRow], all: [IndicatorYearRow]) -> [IndicatorTreeRow] {
        let byID = Dictionary(all.map { ($0.indicator.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let keptIDs = Set(kept.map { $0.indicator.id! })
        let components = Dictionary(grouping: kept.filter { $0.indicator.parentID.flatMap { byID[$0] } != nil }) {
            $0.indicator.parentID!
        }
        var lines: [IndicatorTreeRow] = []
        for (i, row) in topLevel(all).enumerated() {
            if keptIDs.contains(row.indicator.id!) { lines.append(IndicatorTreeRow(row: row, parent: nil, number: i + 1)) }
            let parentKept = keptIDs.contains(row.indicator.id!)
            lines += (components[row.indicator.id!] ?? []).map {
                IndicatorTreeRow(row: $0, parent: row, parentFilteredOut: !parentKept)
            }
        }
        return lines
    }

    /// The year's rows of `indicator`'s components, in the resolution's order.
    static func components(of indicator: Indicator, year: Int, asOf: CivilDate, on db: Database) async throws
        -> [IndicatorYearRow]
    {
        let ids = try await Indicator.query(on: db).filter(\.$parentID == indicator.id!).all().compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let plans = try await IndicatorPlan.query(on: db).filter(\.$indicatorID ~~ ids).filter(\.$year == year).all()
        return try await rows(plans: plans, asOf: asOf, on: db)
    }

    /// The parent's code of each of `rows` that is a component in its year (its parent has a plan that year), by
    /// indicator id, whether or not the parent is among `rows`.
    static func parentCodes(of rows: [IndicatorYearRow], on db: Database) async throws -> [UUID: String] {
        let parentIDs = Array(Set(rows.compactMap(\.indicator.parentID)))
        guard !parentIDs.isEmpty else { return [:] }
        let parents = Dictionary(
            uniqueKeysWithValues: try await Indicator.query(on: db).filter(\.$id ~~ parentIDs).all().map { ($0.id!, $0.code) })
        let planned = Set(
            try await IndicatorPlan.query(on: db).filter(\.$indicatorID ~~ parentIDs).all().map { "\($0.indicatorID)|\($0.year)" }
        )
        var codes: [UUID: String] = [:]
        for row in rows {
            guard let parentID = row.indicator.parentID, planned.contains("\(parentID)|\(row.plan.year)") else { continue }
            codes[row.indicator.id!] = parents[parentID]
        }
        return codes
    }

    /// A parent's figure against its components' (`IndicatorComponents.check`): each component's figure for the
    /// parent's stretch, as of the same cut-off. nil when it is not checked.
    static func sumCheck(_ parent: IndicatorYearRow, components: [IndicatorYearRow]) -> IndicatorComponents.SumCheck? {
        guard let stretch = parent.snapshot.actual else { return nil }
        let parts = components.map { row in
            IndicatorComponents.Part(
                unit: row.indicator.unit,
                figure: IndicatorComponents.figure(row.facts, matching: stretch, asOf: parent.snapshot.asOf))
        }
        return IndicatorComponents.check(
            aggregation: parent.indicator.indicatorAggregation, unit: parent.indicator.unit, parent: stretch, parts: parts)
    }
}
