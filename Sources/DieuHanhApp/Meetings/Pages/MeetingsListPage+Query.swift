import DieuHanhCore
import Fluent
import Vapor

extension MeetingsListPage {
    /// The page of meetings the filter asks for; with a bad filter, the problems and no rows.
    static func model(
        _ filter: MeetingQuery.Filter, page: Int, per: Int, canManage: Bool, today: CivilDate, t: Localizer, on db: Database
    ) async throws -> Model {
        let (parsed, errors) = MeetingQuery.parse(filter, today: today, t: t)
        let result =
            errors.isEmpty
            ? try await MeetingQuery.page(parsed, page: page, per: per, on: db)
            : ResultPage(items: [], total: 0, page: 1, per: per)
        return Model(filter: filter, parsed: parsed, errors: errors, page: result, canManage: canManage)
    }
}
