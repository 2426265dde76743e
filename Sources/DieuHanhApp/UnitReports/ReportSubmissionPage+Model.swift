import DieuHanhCore
import Vapor

extension ReportSubmissionPage {
    struct Model {
        var request: ReportRequest
        var unit: OrgUnit
        var status: ReportProgress.UnitStatus
        /// Files of each step, by step id.
        var files: [UUID: [Attachment]]
        var forms: [Attachment]
        var reminders: [ReportReminder]
        var maySubmit: Bool
        var canReturn: Bool
        /// The form that was refused (`submit` or `return`) with its problems, and what was typed.
        var failed: (form: String, errors: [FieldError])?
        var typed: String = ""
        /// Who sent or returned each version, by account id: the person's name.
        var actorNames: [UUID: String] = [:]
    }
}
