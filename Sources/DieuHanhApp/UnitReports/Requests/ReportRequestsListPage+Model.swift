import DieuHanhCore
import Vapor

extension ReportRequestsListPage {
    struct Model {
        var filter: ReportRequestQuery.Filter
        var result: ReportRequestQuery.Result?
        var errors: [FieldError]
        var unitNames: [UUID: String]
        var canManage: Bool
        var isUnitOfficer: Bool
    }
}
