import DieuHanhCore
import Vapor

extension ReportRequestFormPage {
    struct Model {
        var form: ReportRequestForm
        var errors: [FieldError]
        var requesters: [OrgUnit]
        var units: [OrgUnit]
    }
}
