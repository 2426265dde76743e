import DieuHanhCore
import Fluent
import Vapor

extension MeetingFormPage {
    /// Closed units are hidden unless the meeting already invited them (the record keeps its history).
    static func model(form: MeetingForm, meeting: Meeting?, errors: [FieldError], today: CivilDate, on db: Database)
        async throws -> Model
    {
        let all = try await UnitDirectory.all(on: db)
        let units = all.filter { !$0.isClosed(on: today) || form.unitIDs.contains($0.id!.uuidString) }
        return Model(form: form, meeting: meeting, errors: errors, units: units)
    }
}
