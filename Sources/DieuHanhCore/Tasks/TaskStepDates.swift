import Foundation

/// Why a step's date was refused (DOMAIN §3).
public enum TaskStepDateProblem: Equatable, Sendable {
    /// An extension without the date asked for or granted.
    case newDeadlineRequired
    /// An extension must move the deadline later than the one in force.
    case newDeadlineNotLater(than: CivilDate)
    /// An extension or a delegated deadline cannot lie in the past.
    case newDeadlineInPast
    /// A completion needs the date of its result.
    case completionDateRequired
    /// A completion cannot be dated after today.
    case completionInFuture
    /// A completion cannot be dated before the task was assigned.
    case completionBeforeAssigned
    /// A sub-task's deadline cannot be later than its parent's.
    case delegatedAfterParent(CivilDate)
    /// An explanation request says by when the unit must answer.
    case answerDueRequired
    /// …and that day cannot have passed already.
    case answerDueInPast
}

/// A refused date and the field it came in (`date`, `new_deadline` or `answer_due`).
public struct TaskStepDateIssue: Equatable, Sendable {
    public let field: String
    public let problem: TaskStepDateProblem

    public init(field: String, problem: TaskStepDateProblem) {
        self.field = field
        self.problem = problem
    }
}

extension TaskAction {
    /// Steps that must say something: what progress was made, why an extension, what was done, why it is returned,
    /// cancelled or delegated. The form marks the note required and the service refuses it empty.
    public var requiresNote: Bool {
        switch self {
        case .reportProgress, .requestExtension, .reportCompletion, .returnCompletion, .cancel, .delegate,
            .requestExplanation, .explain:
            true
        case .approveExtension, .refuseExtension, .confirmCompletion, .reassign: false
        }
    }

    /// The date rules of this step, beside which steps are allowed: the service asks them for the form and the API.
    /// `requestedDeadline` is the extension asked for (an approval without a date grants it); `currentDeadline` the
    /// deadline in force today; `answerDue` the day an explanation is asked for.
    public func dateIssues(
        date: CivilDate?, newDeadline: CivilDate?, requestedDeadline: CivilDate?, currentDeadline: CivilDate?,
        assignedOn: CivilDate, today: CivilDate, answerDue: CivilDate? = nil
    ) -> [TaskStepDateIssue] {
        var issues: [TaskStepDateIssue] = []
        func add(_ field: String, _ problem: TaskStepDateProblem) { issues.append(.init(field: field, problem: problem)) }
        switch self {
        case .requestExtension, .approveExtension:
            guard let asked = self == .approveExtension ? (newDeadline ?? requestedDeadline) : newDeadline else {
                add("new_deadline", .newDeadlineRequired)
                break
            }
            if let currentDeadline, asked <= currentDeadline {
                add("new_deadline", .newDeadlineNotLater(than: currentDeadline))
            } else if asked < today {
                add("new_deadline", .newDeadlineInPast)
            }
        case .reportCompletion:
            guard let date else {
                add("date", .completionDateRequired)
                break
            }
            if date > today { add("date", .completionInFuture) }
            if date < assignedOn { add("date", .completionBeforeAssigned) }
        case .delegate:
            guard let newDeadline else { break }
            if newDeadline < today { add("new_deadline", .newDeadlineInPast) }
            if let currentDeadline, newDeadline > currentDeadline { add("new_deadline", .delegatedAfterParent(currentDeadline)) }
        case .requestExplanation:
            guard let answerDue else {
                add("answer_due", .answerDueRequired)
                break
            }
            if answerDue < today { add("answer_due", .answerDueInPast) }
        case .reportProgress, .refuseExtension, .confirmCompletion, .returnCompletion, .reassign, .cancel, .explain:
            break
        }
        return issues
    }
}
