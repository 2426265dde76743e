import DieuHanhCore
import Fluent
import Vapor

extension IndicatorFormPage {
    /// The form as typed, and the units that may be responsible for an indicator in its year: those open that year,
    /// neither the Government nor a ministry; and the indicators it may be a component of.
    static func model(form: IndicatorForm, errors: [FieldError], indicatorID: UUID?, today: CivilDate, on db: Database)
        async throws -> Model
    {
        let year = Int(form.year) ?? today.year
        let units = try await UnitDirectory.all(on: db).filter {
            IndicatorService.wasOpen($0, in: year) && $0.unitKind != .government && $0.unitKind != .ministry
        }
        var model = Model(form: form, errors: errors, units: units, indicatorID: indicatorID)
        model.parents = try await IndicatorService.parentChoices(year: year, except: indicatorID, on: db)
        return model
    }
}
