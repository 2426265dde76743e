import Fluent
import Vapor

extension Request {
    /// The row the route's `parameter` names, when the caller may see it (`canSee`); a 404 otherwise, never a 403,
    /// so that ids outside the caller's scope do not even show they exist. Each module names its lookups once
    /// (`visibleTask()`, `visibleUnit()`…) and its web and API controllers both use them.
    func visible<M: Model>(
        _ type: M.Type, _ parameter: String,
        _ canSee: (M) async throws -> Bool
    ) async throws -> M where M.IDValue == UUID {
        guard let id = parameters.get(parameter, as: UUID.self), let row = try await M.find(id, on: db),
            try await canSee(row)
        else {
            throw AppError(.notFound, code: "not_found", message: t(T.errNotFound))
        }
        return row
    }
}
