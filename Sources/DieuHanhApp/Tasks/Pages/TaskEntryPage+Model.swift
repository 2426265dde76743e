import DieuHanhCore
import Vapor

extension TaskEntryPage {
    struct Model {
        var form: TaskEntryForm
        var errors: [FieldError]
        var units: [OrgUnit]
        var leaders: [UserAccount]
        /// The meeting whose conclusion notice is being entered.
        var meeting: Meeting? = nil
    }
}
