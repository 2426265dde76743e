import DieuHanhCore
import Vapor

extension UserFormPage {
    struct Model {
        var user: UserAccount?
        var form: UserForm
        var errors: [FieldError]
        var units: [OrgUnit]
    }
}
