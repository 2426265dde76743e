import DieuHanhCore
import Vapor

extension ReportRemindersPage {
    struct Model {
        var page: ResultPage<ReportReminder>
        var requests: [UUID: ReportRequest]
        var unitNames: [UUID: String]
        var mailing: Bool
        var request: String?
    }
}
