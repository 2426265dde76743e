import DieuHanhCore
import Fluent
import Vapor

extension ReportRequestFormPage {
    /// The form as typed, with the units that may ask for a report and those it may be addressed to on `today`.
    static func model(form: ReportRequestForm, errors: [FieldError], today: CivilDate, on db: Database) async throws -> Model {
        let open = try await UnitDirectory.openUnits(on: db, today: today)
        return Model(
            form: form, errors: errors, requesters: try await ReportRequestService.requesters(on: db, today: today),
            units: open.filter { ReportRecipientSpec.addressableKinds.contains($0.unitKind) })
    }
}
