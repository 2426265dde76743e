import DieuHanhCore
import Fluent
import Vapor

extension UserFormPage {
    /// The form as typed, and the units a user may belong to on `today` (the open ones).
    static func model(form: UserForm, user: UserAccount?, errors: [FieldError], today: CivilDate, on db: Database)
        async throws -> Model
    {
        Model(user: user, form: form, errors: errors, units: try await UnitDirectory.openUnits(on: db, today: today))
    }
}
