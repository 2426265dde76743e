import DieuHanhCore
import Vapor

extension MeetingFormPage {
    struct Model {
        var form: MeetingForm
        /// The meeting being edited; nil for a new one.
        var meeting: Meeting?
        var errors: [FieldError]
        /// The units that may be invited: the open ones, and those the meeting already invited.
        var units: [OrgUnit]
    }
}
