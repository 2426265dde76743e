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
            unitNames: [:],
            canManage: ReportAccess.mayManage(user), isUnitOfficer: user.userRole == .unitOfficer)
        do {
            let result = try await ReportRequestQuery.run(filter, scope: scope, today: today, per: per, on: db, t: t)
            model.result = result
            // Only the units the page shows are named: reading every unit was most of a list at national scale.
            model.unitNames = try await UnitDirectory.names(
                of: result.page.items.flatMap { $0.statuses.map(\.unitID) }, on: db)
        } catch let failure as ValidationFailure {
            model.errors = failure.errors
        }
        return model
    }
}
