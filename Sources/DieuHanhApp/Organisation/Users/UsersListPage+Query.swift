import DieuHanhCore
import Fluent
import Vapor

extension UsersListPage {
    /// A page of `per` users matching `filter`, with the units their filter offers.
    static func model(_ filter: UserQuery.Filter, per: Int, on db: Database) async throws -> Model {
        let page = try await UserQuery.page(filter, scope: .everything, on: db, per: per)
        return Model(filter: filter, page: page, units: try await UnitDirectory.all(on: db))
    }
}
