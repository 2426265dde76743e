import DieuHanhCore
import Vapor

extension IndicatorFormPage {
    struct Model {
        var form: IndicatorForm
        var errors: [FieldError]
        var units: [OrgUnit]
        /// nil for a new indicator.
        var indicatorID: UUID?
    }
}
