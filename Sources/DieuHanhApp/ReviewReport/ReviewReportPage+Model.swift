import DieuHanhCore
import Vapor

extension ReviewReportPage {
    struct Model {
        var query: ReportsController.Query
        var periods: [ReportPeriodChoice]
        var errors: [FieldError] = []
        var request: ReviewReportRequest?
        var report: ReviewReport?
    }
}
