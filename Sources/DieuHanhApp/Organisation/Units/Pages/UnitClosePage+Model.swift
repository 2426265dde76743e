import DieuHanhCore
import Vapor

extension UnitClosePage {
    struct Model {
        var unit: OrgUnit
        var date: String
        var successorID: String
        var candidates: [OrgUnit]
        var errors: [FieldError]
    }
}
