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
        /// The year's components of this indicator, and the check of a sum against them.
        var components: [IndicatorYearRow] = []
        var sumCheck: IndicatorComponents.SumCheck?
        /// The indicator this one is a component of.
        var parent: Indicator?
        /// The indicator's plans for several years, as of the same cut-off.
        var multiYear: [IndicatorMultiYearRow] = []
        var planForm = MultiYearPlanInput()
        var planErrors: [FieldError] = []

        var indicator: Indicator { row.indicator }
        var year: Int { row.plan.year }
        var asOf: CivilDate { row.snapshot.asOf }
    }
}
