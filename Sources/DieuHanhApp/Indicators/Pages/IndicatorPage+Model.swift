import DieuHanhCore
import Vapor

extension IndicatorPage {
    struct Model {
        var row: IndicatorYearRow
        /// Every year that has a plan for this indicator.
        var years: [Int]
        var unitNames: [UUID: String]
        var canEnter: Bool
        var canManage: Bool
        var actualForm = ActualForm()
        var actualErrors: [FieldError] = []
        var revisionForm = RevisionForm()
        var revisionErrors: [FieldError] = []
        /// Who entered each figure and revision, by account id: the person's name.
        var actorNames: [UUID: String] = [:]

        var indicator: Indicator { row.indicator }
        var year: Int { row.plan.year }
        var asOf: CivilDate { row.snapshot.asOf }
    }
}
