/// Which side of a link between two deployments owns which part of a task (issue 20): the assigning deployment owns
/// the task's content, deadline and decisions; the assignee's deployment owns its progress and completion reports.
/// A step taken on the side that does not own it is refused with a reason, never merged.
public enum LevelSide: String, Sendable, Codable {
    /// This deployment assigned the task to a unit that is a deployment of its own (the task was sent down).
    case assigner
    /// This deployment received the task from the one above.
    case assignee

    public var other: LevelSide { self == .assigner ? .assignee : .assigner }
}

/// The messages that cross: a task assigned (down), and a step on a linked task (down for decisions, up for reports).
public enum LevelMessageKind: String, Sendable, CaseIterable {
    case taskAssigned = "task.assigned"
    case taskStep = "task.step"
    /// A day's net changes to the sender's task figures, sent up (LevelFiguresRule).
    case figuresDay = "figures.day"
    /// A report request addressed to units linked below (down).
    case reportRequested = "report.requested"
    /// A unit's report on a request received from above (up).
    case reportSubmitted = "report.submitted"
    /// A unit's report sent back by the requester with a reason (down): the unit owes it again.
    case reportReturned = "report.returned"
    /// An issued review report with its figures package (up).
    case reviewIssued = "review.issued"
}

extension TaskAction {
    /// The side whose users take this step on a linked task.
    public var owner: LevelSide {
        switch self {
        case .reportProgress, .requestExtension, .reportCompletion, .delegate, .explain: .assignee
        case .approveExtension, .refuseExtension, .confirmCompletion, .returnCompletion, .reassign, .cancel,
            .requestExplanation:
            .assigner
        }
    }

    /// Whether the step, taken on one side, is recorded on the other side too. A sub-task split off at the
    /// assignee's stays there; moving the task to another unit is not a step the other deployment can mirror.
    public var crossesLevels: Bool {
        switch self {
        case .delegate, .reassign: false
        default: true
        }
    }

    /// Whether a user here may take this step on a task linked with another deployment where this deployment is
    /// `side`.
    public func isAllowedOnLinkedTask(whereThisSideIs side: LevelSide) -> Bool {
        owner == side
    }

    /// Whether a step arriving from the peer may be recorded here, where this deployment is `side`: only the other
    /// side's steps, and only those that cross.
    public func isAcceptedFromPeer(whereThisSideIs side: LevelSide) -> Bool {
        crossesLevels && owner == side.other
    }
}
