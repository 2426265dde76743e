import DieuHanhCore
import Vapor

extension IndicatorEntryPage {
    struct Model {
        var year: Int
        var years: [Int]
        var period: IndicatorPeriod
        var form: IndicatorEntryForm
        var lines: [Line]
        var errors: [FieldError] = []
        /// The officer's unit, for the lead; nil for the office.
        var unitName: String?
        var unitNames: [UUID: String]
    }
}
