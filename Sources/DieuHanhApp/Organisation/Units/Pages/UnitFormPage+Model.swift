import DieuHanhCore
import Vapor

extension UnitFormPage {
    struct Model {
        var unit: OrgUnit?
        var form: UnitForm
        var errors: [FieldError]
        var parents: [OrgUnit]
    }
}
