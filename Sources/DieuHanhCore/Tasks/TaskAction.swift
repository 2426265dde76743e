/// The steps a user can take on a task, who may take them, and when (DOMAIN §3). The pages and the API ask
/// these questions; the database layer only records the answer.
public enum TaskAction: String, CaseIterable, Sendable, Codable {
    case reportProgress = "progress"
    case requestExtension = "request_extension"
    case approveExtension = "approve_extension"
    case refuseExtension = "refuse_extension"
    case reportCompletion = "report_completion"
    case confirmCompletion = "confirm_completion"
    case returnCompletion = "return_completion"
    case reassign
    case cancel
    /// Split off a sub-task for a unit below the lead unit.
    case delegate
    /// A leader asks the lead unit to explain why an overdue task is late, by a date (giải trình, DOMAIN §11).
    case requestExplanation = "request_explanation"
    /// The lead unit answers the request, with text and files.
    case explain

    /// The event this action records.
    public var eventKind: TaskEvent.Kind {
        switch self {
        case .reportProgress: .progressReported
        case .requestExtension: .extensionRequested
        case .approveExtension: .extensionApproved
        case .refuseExtension: .extensionRefused
        case .reportCompletion: .completionReported
        case .confirmCompletion: .completionConfirmed
        case .returnCompletion: .completionReturned
        case .reassign: .reassigned
        case .cancel: .cancelled
        case .delegate: .delegated
        case .requestExplanation: .explanationRequested
        case .explain: .explanationGiven
        }
    }

    /// Whether `role` may take this action; `ownsTask` = the task's lead unit is in the user's subtree.
    /// Built on the role rules of `Role`, so who manages and who decides is said once.
    public func isAllowed(for role: Role, ownsTask: Bool) -> Bool {
        switch self {
        case .reportProgress, .requestExtension, .reportCompletion, .delegate, .explain:
            return role.canManageTrackingData || (role.isUnitScoped && ownsTask)
        case .approveExtension, .refuseExtension, .requestExplanation:
            return role.canDecide
        case .confirmCompletion, .returnCompletion:
            // The office checks results; leaders confirm them too.
            return role.canManageTrackingData || role.canDecide
        case .reassign, .cancel:
            return role.canManageTrackingData
        }
    }

    /// Whether the task's current state lets this action happen at all.
    public func isPossible(in state: TaskLifecycleState) -> Bool {
        if state.cancelled { return false }
        switch self {
        case .reportProgress, .reassign, .cancel, .delegate: return !state.completed
        case .requestExtension: return !state.completed && !state.extensionPending
        case .approveExtension, .refuseExtension: return state.extensionPending
        case .reportCompletion: return !state.completed
        case .confirmCompletion, .returnCompletion: return state.completionAwaitingConfirmation
        // One question at a time, and only about a delay: the task is past its deadline and not done.
        case .requestExplanation: return state.overdue && !state.explanationPending
        // An answer stays possible after the task is completed late: the question still stands.
        case .explain: return state.explanationPending
        }
    }
}

/// Where a task stands now, from all its events in recording order.
public struct TaskLifecycleState: Equatable, Sendable {
    public var cancelled = false
    /// The last extension request has no decision yet.
    public var extensionPending = false
    /// A completion is reported and not returned (confirmed or not).
    public var completed = false
    /// A completion is reported and neither confirmed nor returned yet.
    public var completionAwaitingConfirmation = false
    /// The date asked for by the pending extension request.
    public var requestedDeadline: CivilDate?
    /// A leader asked for an explanation and the lead unit has not given it yet.
    public var explanationPending = false
    /// Past its deadline and not completed on the day the state is read for. Events alone cannot tell, so only
    /// `init(facts:asOf:)` sets it; a state from events alone offers no explanation request.
    public var overdue = false

    public init() {}

    /// The state with the task's status on `day`: what the pages, the API and the service read.
    public init(facts: TaskFacts, asOf day: CivilDate) {
        self.init(events: facts.events)
        overdue = TaskStatus.evaluate(facts, asOf: day)?.bucket == .pendingOverdue
    }

    public init(events: [TaskEvent]) {
        for event in events {
            switch event.kind {
            case .cancelled: cancelled = true
            case .extensionRequested:
                extensionPending = true
                requestedDeadline = event.newDeadline
            case .extensionApproved, .extensionRefused:
                extensionPending = false
                requestedDeadline = nil
            case .completionReported:
                completed = true
                completionAwaitingConfirmation = true
            case .completionConfirmed: completionAwaitingConfirmation = false
            case .completionReturned:
                completed = false
                completionAwaitingConfirmation = false
            case .explanationRequested: explanationPending = true
            case .explanationGiven: explanationPending = false
            case .assigned, .progressReported, .reassigned, .delegated: break
            }
        }
    }
}

extension TaskAction {
    /// The steps a user may take now: allowed to their role (owning the task or not) and possible in its state. The
    /// task's page offers these, the API lists them, and nothing else computes them.
    public static func available(to role: Role, ownsTask: Bool, in state: TaskLifecycleState) -> [TaskAction] {
        allCases.filter { $0.isAllowed(for: role, ownsTask: ownsTask) && $0.isPossible(in: state) }
    }
}
