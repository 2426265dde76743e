import Foundation

/// Why a programme step's date, month or document was refused (DOMAIN §4).
public enum ProgrammeStepProblem: Equatable, Sendable {
    /// A submission or an issue needs its date.
    case submitDateRequired
    case issueDateRequired
    /// A submission or an issue is a fact: it cannot be dated after today.
    case dateInFuture
    /// A submission cannot be dated before the item existed.
    case submitBeforeItem(date: CivilDate, existsFrom: CivilDate)
    /// An issue cannot be dated before the first submission.
    case issueBeforeSubmit(date: CivilDate, submittedOn: CivilDate)
    /// An issue names the document it produced.
    case issueDocumentRequired
    /// A postponement needs the month asked for or granted.
    case monthRequired
    /// A postponement must move the item later than the month in force.
    case postponeNotLater(month: CivilMonth, current: CivilMonth)
    /// A postponement cannot go beyond the end of the year after the programme's.
    case postponeTooFar(lastYear: Int)
    /// A request to postpone or withdraw gives its reason.
    case reasonRequired
}

/// A refused value and the field it came in (`date`, `month`, `document` or `note`).
public struct ProgrammeStepIssue: Equatable, Sendable {
    public let field: String
    public let problem: ProgrammeStepProblem

    public init(field: String, problem: ProgrammeStepProblem) {
        self.field = field
        self.problem = problem
    }
}

extension ProgrammeAction {
    /// The rules of this step's date, month, document and reason, beside which steps are allowed: the service asks
    /// them for the form and the API. `month` is the month asked for (for an approval, the one requested when none is
    /// given); `current` the planned month in force now; `plannedYear` the year of the item's original month.
    /// Dates outside the window every date must fall in are `DateRules`' to refuse.
    public func issues(
        date: CivilDate?, month: CivilMonth?, document: String, note: String, existsFrom: CivilDate,
        submittedOn: CivilDate?, current: CivilMonth, plannedYear: Int, today: CivilDate
    ) -> [ProgrammeStepIssue] {
        var issues: [ProgrammeStepIssue] = []
        func add(_ field: String, _ problem: ProgrammeStepProblem) { issues.append(.init(field: field, problem: problem)) }
        switch self {
        case .submit, .issue:
            if let date {
                if DateRules.check(date) == nil && date > today { add("date", .dateInFuture) }
                if self == .submit && date < existsFrom { add("date", .submitBeforeItem(date: date, existsFrom: existsFrom)) }
                if self == .issue, let submittedOn, date < submittedOn {
                    add("date", .issueBeforeSubmit(date: date, submittedOn: submittedOn))
                }
            } else {
                add("date", self == .submit ? .submitDateRequired : .issueDateRequired)
            }
            if self == .issue && document.trimmingCharacters(in: .whitespaces).isEmpty {
                add("document", .issueDocumentRequired)
            }
        case .requestPostponement, .approvePostponement:
            if let month {
                if month <= current {
                    add("month", .postponeNotLater(month: month, current: current))
                } else if month > CivilMonth(year: plannedYear + 1, month: 12)! {
                    add("month", .postponeTooFar(lastYear: plannedYear + 1))
                }
            } else {
                add("month", .monthRequired)
            }
            if self == .requestPostponement && note.isEmpty { add("note", .reasonRequired) }
        case .requestWithdrawal:
            if note.isEmpty { add("note", .reasonRequired) }
        case .refusePostponement, .approveWithdrawal, .refuseWithdrawal:
            break
        }
        return issues
    }
}
