import DieuHanhCore
import Vapor

extension CalendarPage {
    struct Model {
        var year: Int
        var holidays: [Holiday]
        var days: [CalendarDay]
        var form: Form
        var errors: [FieldError]
    }
}
