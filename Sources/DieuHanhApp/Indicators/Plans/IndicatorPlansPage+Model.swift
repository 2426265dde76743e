import DieuHanhCore
import Vapor

extension IndicatorPlansPage {
    struct Model {
        /// The period shown; nil when no period has a plan and none was asked for.
        var period: IndicatorPlanPeriod?
        var asOf: CivilDate
        /// The text typed into the cut-off field, shown back as typed when it cannot be read.
        var asOfText: String?
        var periods: [IndicatorPlanPeriod]
        var rows: [IndicatorMultiYearRow] = []
        var unitNames: [UUID: String] = [:]
        /// The indicators that have a year's plan, and so a page of their own to link to.
        var withPage: Set<UUID> = []
        var errors: [FieldError] = []
        var canManage: Bool

        var tally: IndicatorTally? { period.map { IndicatorMultiYearQuery.tally(rows, period: $0, asOf: asOf) } }
    }
}
