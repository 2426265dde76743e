import DieuHanhCore
import Foundation

extension TaskActionInput {
    /// A step's fields as the form and the API both send them, read one way: trimmed, dates as dd/mm/yyyy or
    /// yyyy-mm-dd, every unreadable value reported under its own field (the service checks the rest).
    static func read(
        note: String?, percent: String?, date: String?, newDeadline: String?, unitID: String?, version: String?,
        answerDue: String? = nil, t: Localizer
    ) -> (TaskActionInput, [FieldError]) {
        var errors: [FieldError] = []
        func day(_ text: String?, _ field: String) -> CivilDate? {
            let text = text.trimmed
            guard !text.isEmpty else { return nil }
            if let date = CivilDate.parse(text) { return date }
            errors.append(.init(field: field, message: t.dateError(text)))
            return nil
        }
        var input = TaskActionInput(
            note: (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines), date: day(date, "date"),
            newDeadline: day(newDeadline, "new_deadline"), unitID: UUID(uuidString: unitID.trimmed),
            answerDue: day(answerDue, "answer_due"), expectedVersion: Int(version.trimmed))
        if !percent.trimmed.isEmpty {
            if let value = Int(percent.trimmed) {
                input.percent = value
            } else {
                errors.append(.init(field: "percent", message: t(T.taskPercentRange)))
            }
        }
        return (input, errors)
    }
}
