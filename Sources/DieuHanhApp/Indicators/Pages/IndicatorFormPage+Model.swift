import DieuHanhCore
import Vapor

extension IndicatorFormPage {
    struct Model {
        var form: IndicatorForm
        var errors: [FieldError]
        var units: [OrgUnit]
        /// nil for a new indicator.
        var indicatorID: UUID?
        /// What "Thuộc chỉ tiêu" offers: the year's indicators that are not components.
        var parents: [Indicator] = []
    }
}
