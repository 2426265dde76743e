import DieuHanhCore
import Vapor

/// Closing a unit, as the form and the API both send it (all text), read one way: the closing date as
/// dd/mm/yyyy or yyyy-mm-dd and the successor's id, each unreadable value reported under its own field (the service
/// checks the rest, with these problems, in one answer).
struct UnitCloseForm: Content {
    var valid_to: String?
    var successor_id: String?

    func read(_ t: Localizer) -> (date: CivilDate?, successorID: UUID?, errors: [FieldError]) {
        var errors: [FieldError] = []
        let dateText = valid_to.trimmed
        let date = CivilDate.parse(dateText)
        if !dateText.isEmpty, date == nil { errors.append(.init(field: "valid_to", message: t.dateError(dateText))) }
        let successorText = successor_id.trimmed
        let successorID = UUID(uuidString: successorText)
        if !successorText.isEmpty, successorID == nil {
            errors.append(.init(field: "successor_id", message: t(T.unitSuccessorMissing)))
        }
        return (date, successorID, errors)
    }
}
