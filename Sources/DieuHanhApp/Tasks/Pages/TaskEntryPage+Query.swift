import DieuHanhCore
import Fluent
import Vapor

extension TaskEntryPage {
    /// The entry form as typed (`form`, with its `errors`), and what its pickers offer on `today`: the open units
    /// and the active leaders.
    static func model(form: TaskEntryForm, errors: [FieldError], today: CivilDate, on db: Database) async throws -> Model {
        let units = try await UnitDirectory.openUnits(on: db, today: today)
        let leaders = try await UserAccount.query(on: db).filter(\.$role == Role.leader.rawValue).filter(\.$active == true)
            .sort(\.$fullName).all()
        let meeting = try await UUID(uuidString: form.meetingID).flatMapAsync { try await Meeting.find($0, on: db) }
        return Model(form: form, errors: errors, units: units, leaders: leaders, meeting: meeting)
    }
}
