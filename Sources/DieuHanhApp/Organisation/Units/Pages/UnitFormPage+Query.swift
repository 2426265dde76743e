import DieuHanhCore
import Fluent
import Vapor

extension UnitFormPage {
    /// The form as typed, and the parents it may choose on `today`: open units, outside the unit's own subtree.
    static func model(form: UnitForm, unit: OrgUnit?, errors: [FieldError], today: CivilDate, on db: Database) async throws
        -> Model
    {
        let tree = try await UnitDirectory.tree(on: db)
        let excluded = unit?.id.map { tree.subtree(of: $0) } ?? []
        let parents = try await UnitDirectory.openUnits(on: db, today: today).filter { !excluded.contains($0.id!) }
        return Model(unit: unit, form: form, errors: errors, parents: parents)
    }
}
