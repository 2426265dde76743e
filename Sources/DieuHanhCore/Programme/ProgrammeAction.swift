/// The steps a user can take on a work-programme item, who may take them and when (DOMAIN §4), in the style of
/// `TaskAction`: the pages and the API ask these questions; the database layer only records the answer.
public enum ProgrammeAction: String, CaseIterable, Sendable, Codable {
    case submit
    case issue
    case requestPostponement = "request_postponement"
    case approvePostponement = "approve_postponement"
    case refusePostponement = "refuse_postponement"
    case requestWithdrawal = "request_withdrawal"
    case approveWithdrawal = "approve_withdrawal"
    case refuseWithdrawal = "refuse_withdrawal"

    public var eventKind: ProgrammeEvent.Kind {
        switch self {
        case .submit: .submitted
        case .issue: .issued
        case .requestPostponement: .postponementRequested
        case .approvePostponement: .postponementApproved
        case .refusePostponement: .postponementRefused
        case .requestWithdrawal: .withdrawalRequested
        case .approveWithdrawal: .withdrawalApproved
        case .refuseWithdrawal: .withdrawalRefused
        }
    }

    /// Whether `role` may take this action; `ownsItem` = the item's lead unit is in the user's subtree.
    /// The office (coordinators, admins) manages the programme; a unit officer reports its own unit's submissions
    /// and asks for postponement or withdrawal; leaders decide.
    public func isAllowed(for role: Role, ownsItem: Bool) -> Bool {
        switch self {
        case .submit, .requestPostponement, .requestWithdrawal:
            return role.canManageTrackingData || (role.isUnitScoped && ownsItem)
        case .issue:
            return role.canManageTrackingData
        case .approvePostponement, .refusePostponement, .approveWithdrawal, .refuseWithdrawal:
            return role.canDecide
        }
    }

    /// Whether the item's state lets this action happen at all.
    public func isPossible(in state: ProgrammeLifecycleState) -> Bool {
        if state.withdrawn { return false }
        switch self {
        case .submit: return !state.submitted
        case .issue: return state.submitted && !state.issued
        case .requestPostponement: return !state.submitted && !state.postponementPending && !state.withdrawalPending
        case .approvePostponement, .refusePostponement: return state.postponementPending
        case .requestWithdrawal: return !state.issued && !state.withdrawalPending && !state.postponementPending
        case .approveWithdrawal, .refuseWithdrawal: return state.withdrawalPending
        }
    }
}

/// Where an item stands now, from all its events in recording order (for the steps that can follow).
public struct ProgrammeLifecycleState: Equatable, Sendable {
    public var submitted = false
    public var issued = false
    public var withdrawn = false
    public var postponementPending = false
    public var withdrawalPending = false
    /// The month asked for by the pending postponement request.
    public var requestedMonth: CivilMonth?
    /// The first submission date, for checking an issue date against it.
    public var submittedOn: CivilDate?

    public init() {}

    public init(events: [ProgrammeEvent]) {
        for event in events {
            switch event.kind {
            case .submitted:
                submitted = true
                submittedOn = min(submittedOn ?? event.effectiveOn, event.effectiveOn)
            case .issued:
                issued = true
                submitted = true
                if submittedOn == nil { submittedOn = event.effectiveOn }
            case .postponementRequested:
                postponementPending = true
                requestedMonth = event.newMonth
            case .postponementApproved, .postponementRefused:
                postponementPending = false
                requestedMonth = nil
            case .withdrawalRequested: withdrawalPending = true
            case .withdrawalApproved:
                withdrawn = true
                withdrawalPending = false
            case .withdrawalRefused: withdrawalPending = false
            }
        }
    }
}

extension ProgrammeAction {
    /// The steps a user may take now: allowed to their role (leading the item or not) and possible in its state. The
    /// item's page offers these, the API lists them, and nothing else computes them.
    public static func available(to role: Role, ownsItem: Bool, in state: ProgrammeLifecycleState) -> [ProgrammeAction] {
        allCases.filter { $0.isAllowed(for: role, ownsItem: ownsItem) && $0.isPossible(in: state) }
    }
}
