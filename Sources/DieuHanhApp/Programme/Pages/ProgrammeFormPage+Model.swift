import DieuHanhCore
import Vapor

extension ProgrammeFormPage {
    struct Model {
        var form: ProgrammeItemForm
        var errors: [FieldError]
        var units: [OrgUnit]
        var leaders: [UserAccount]
        /// The item being edited; nil for a new one.
        var item: ProgrammeItem?
        /// The item has steps already: its month, origin and date added are fixed.
        var hasHistory: Bool = false
    }
}
