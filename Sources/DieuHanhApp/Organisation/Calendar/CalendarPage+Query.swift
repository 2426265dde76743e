import DieuHanhCore
import Fluent
import Vapor

extension CalendarPage {
    /// The working calendar of `year`: the statutory holidays with their compensatory days, and the days the office
    /// changed, with the form.
    static func model(year: Int, form: Form, errors: [FieldError], on db: Database) async throws -> Model {
        let days = try await CalendarDay.query(on: db).filter(\.$day >= "\(year)-01-01").filter(\.$day <= "\(year)-12-31")
            .sort(\.$day).all()
        return Model(year: year, holidays: WorkingCalendar.daysOff(year: year), days: days, form: form, errors: errors)
    }
}
