import DieuHanhCore
import Fluent
import Vapor

extension UnitsListPage {
    /// The tree as `scope` may see it on `today`, narrowed to the units matching `query` (diacritics ignored) with
    /// their ancestors; closed units only when asked for.
    static func model(query: String, showClosed: Bool, scope: AccessScope, today: CivilDate, on db: Database) async throws
        -> Model
    {
        let all = try await UnitDirectory.all(on: db)
        let rows = UnitTreeRows.build(units: all, scope: scope, query: query, showClosed: showClosed, today: today)
        return Model(rows: rows, query: query, showClosed: showClosed, totalUnits: all.count)
    }
}
