import DieuHanhCore
import Fluent
import Vapor

extension AuditListPage {
    /// A page of `per` entries matching `filter`, newest first; dates that cannot be read come back as errors.
    static func model(_ filter: AuditQuery.Filter, per: Int, t: Localizer, on db: Database) async throws -> Model {
        let (page, errors) = try await AuditQuery.page(filter, on: db, per: per, t: t)
        return Model(filter: filter, page: page, errors: errors)
    }
}
