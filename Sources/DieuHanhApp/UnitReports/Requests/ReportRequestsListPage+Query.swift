import DieuHanhCore
import Fluent
import Vapor

extension ReportRequestsListPage {
    /// A page of `per` requests matching `filter` that `user` (within `scope`) may see, with their progress on
    /// `today`. A filter that cannot be read comes back as the page's errors.
    static func model(
        _ filter: ReportRequestQuery.Filter, user: UserAccount, scope: AccessScope, today: CivilDate, per: Int,
        t: Localizer, on db: Database
    ) async throws -> Model {
        var model = Model(
            filter: filter, result: nil, errors: [],
            unitNames: try await OrgUnit.query(on: db).all().reduce(into: [:]) { $0[$1.id!] = $1.name },
            canManage: ReportAccess.mayManage(user), isUnitOfficer: user.userRole == .unitOfficer)
        do {
            model.result = try await ReportRequestQuery.run(
                filter, scope: scope, today: today,
                per: per, on: db, t: t)
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        return model
    }
}
