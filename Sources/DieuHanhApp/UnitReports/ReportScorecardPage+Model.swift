import DieuHanhCore
import Vapor

extension ReportScorecardPage {
    struct Model {
        var year: String
        var asOf: String
        var result: ReportScorecard.Result?
        var errors: [FieldError]
    }
}
