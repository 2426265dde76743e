import DieuHanhCore
import Vapor

extension ReportRequestPage {
    struct Model {
        var request: ReportRequest
        var requesterName: String
        var regime: ReportingRegime?
        var recipientsLabel: String
        var forms: [Attachment]
        /// The rows shown (filtered, one page), and the counts over every row the caller may see.
        var rows: [ReportProgress.UnitStatus]
        var counts: ReportingCounts
        var total: Int
        var page: Int
        var per: Int
        var units: [UUID: OrgUnit]
        /// Files of each version in force, by step id.
        var files: [UUID: [Attachment]]
        var reminders: [UUID: [ReportReminder]]
        var status: String?
        var q: String?
        var canManage: Bool
        var isUnitOfficer: Bool
        var mailing: Bool
        /// Linked with another deployment: received from it (assignee) or sent down to it (assigner), by its name.
        var level: (side: LevelSide, peer: String)? = nil
    }
}
