import DieuHanhCore
import Fluent
import Vapor

extension UnitClosePage {
    /// The closing form as typed, and the successors it may choose on `today`: open units outside the unit's subtree.
    static func model(
        _ unit: OrgUnit, date: String, successor: String, errors: [FieldError], today: CivilDate, on db: Database
    ) async throws -> Model {
        let inside = try await UnitDirectory.tree(on: db).subtree(of: unit.id!)
        let candidates = try await UnitDirectory.openUnits(on: db, today: today).filter { !inside.contains($0.id!) }
        return Model(unit: unit, date: date, successorID: successor, candidates: candidates, errors: errors)
    }
}
