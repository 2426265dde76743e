import DieuHanhCore
import Foundation

/// What a user sends with a step on a programme item.
struct ProgrammeActionInput: Sendable {
    var note: String = ""
    /// The submission date, or the date of the issued document.
    var date: CivilDate?
    /// The month asked for or granted by a postponement.
    var month: CivilMonth?
    /// The document an issue produced ("Nghị quyết số 12/2020/NQ-HĐND").
    var document: String = ""
    var expectedVersion: Int?
}

extension ProgrammeActionInput {
    /// A step's fields as the form and the API both send them, read one way: trimmed, the document's spaces
    /// collapsed, dates as dd/mm/yyyy or yyyy-mm-dd, months as mm/yyyy or yyyy-mm, every unreadable value reported
    /// under its own field (the service checks the rest).
    static func read(
        note: String?, date: String?, month: String?, document: String?, version: String?, t: Localizer
    ) -> (ProgrammeActionInput, [FieldError]) {
        var errors: [FieldError] = []
        var input = ProgrammeActionInput(
            note: note.trimmed, document: document.trimmed.collapsingSpaces, expectedVersion: Int(version.trimmed))
        if !date.trimmed.isEmpty {
            input.date = CivilDate.parse(date.trimmed)
            if input.date == nil { errors.append(.init(field: "date", message: t.dateError(date.trimmed))) }
        }
        if !month.trimmed.isEmpty {
            input.month = CivilMonth.parse(month.trimmed)
            if input.month == nil { errors.append(.init(field: "month", message: t(T.programmeMonthFormat))) }
        }
        return (input, errors)
    }
}
