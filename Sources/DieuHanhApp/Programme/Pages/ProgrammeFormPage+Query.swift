import DieuHanhCore
import Fluent
import Vapor

extension ProgrammeFormPage {
    /// The item's form as typed, with the units and leaders it may choose on `today` (an edited item keeps its lead
    /// unit even when it has closed since), and whether the item already has a history.
    static func model(form: ProgrammeItemForm, item: ProgrammeItem?, errors: [FieldError], today: CivilDate, on db: Database)
        async throws -> Model
    {
        var units = try await UnitDirectory.openUnits(on: db, today: today)
        if let item, !units.contains(where: { $0.id == item.leadUnitID }),
            let current = try await OrgUnit.find(item.leadUnitID, on: db)
        {
            units.append(current)
        }
        var hasHistory = false
        if let id = item?.id {
            hasHistory = try await ProgrammeEventRecord.query(on: db).filter(\.$itemID == id).first() != nil
        }
        return Model(
            form: form, errors: errors, units: units, leaders: try await ProgrammeService.leaders(on: db).filter(\.active),
            item: item, hasHistory: hasHistory)
    }
}
