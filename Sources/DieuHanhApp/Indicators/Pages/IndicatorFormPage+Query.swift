import DieuHanhCore
import Fluent
import Vapor

extension IndicatorFormPage {
    /// The form as typed, and the units that may be responsible for an indicator in its year: those open that year,
    /// neither the Government nor a ministry.
    static func model(form: IndicatorForm, errors: [FieldError], indicatorID: UUID?, today: CivilDate, on db: Database)
        async throws -> Model
    {
        let year = Int(form.year) ?? today.year
        let units = try await UnitDirectory.all(on: db).filter {
            IndicatorService.wasOpen($0, in: year) && $0.unitKind != .government && $0.unitKind != .ministry
        }
        return Model(form: form, errors: errors, units: units, indicatorID: indicatorID)
    }
}
