import DieuHanhCore
import Vapor

extension IndicatorsListPage {
    struct Model {
        var filter: IndicatorQuery.Filter
        var year: Int
        var asOf: CivilDate
        var years: [Int]
        /// Every indicator of the year (the headline counts them all) and those the filters keep.
        var all: [IndicatorYearRow] = []
        var rows: [IndicatorYearRow] = []
        var units: [OrgUnit]
        var errors: [FieldError] = []
        var canManage: Bool
        var canEnter: Bool

        var unitNames: [UUID: String] { Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) }) }
        var tally: IndicatorTally { IndicatorQuery.tally(all, year: year, asOf: asOf) }
        /// The kept rows as the table shows them: components under their parent.
        var lines: [IndicatorTreeRow] { IndicatorQuery.tree(rows, all: all) }
        var isFiltered: Bool {
            [filter.q, filter.unit, filter.status].contains { !($0 ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }
}
