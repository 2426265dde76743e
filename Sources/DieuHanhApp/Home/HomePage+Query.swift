import DieuHanhCore
import Fluent
import Vapor

extension HomePage {
    /// The home page of `user`: their name and unit, and the size of the organisation.
    static func model(for user: UserAccount, on db: Database) async throws -> Model {
        Model(
            fullName: user.fullName,
            unitName: try await unitOf(user, on: db)?.name,
            unitCount: try await OrgUnit.query(on: db).count(),
            userCount: try await UserAccount.query(on: db).filter(\.$active == true).count())
    }
}
