import DieuHanhCore
import Vapor

extension MeetingsListPage {
    struct Model {
        var filter: MeetingQuery.Filter
        var parsed: MeetingQuery.Parsed
        var errors: [FieldError]
        var page: ResultPage<Meeting>
        var canManage: Bool
    }
}
