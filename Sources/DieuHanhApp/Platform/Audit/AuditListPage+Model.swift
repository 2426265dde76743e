import DieuHanhCore
import Vapor

extension AuditListPage {
    struct Model {
        var filter: AuditQuery.Filter
        var page: AuditQuery.Page
        var errors: [FieldError]
    }
}
