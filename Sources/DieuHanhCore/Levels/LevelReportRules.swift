/// Which side of a report request linked between two deployments takes which step (issue 20): the requesting
/// deployment owns the request itself — its content, deadline and the return of a report; the recipient's
/// deployment owns the reports its unit sends. A step taken on the other side is refused with a reason.
public enum LevelReportStep: String, Sendable, CaseIterable {
    case submit
    case returnSubmission = "return"

    public var owner: LevelSide {
        switch self {
        case .submit: .assignee
        case .returnSubmission: .assigner
        }
    }

    /// Whether a user here may take this step on a request linked with another deployment where this deployment is
    /// `side`.
    public func isAllowedOnLinkedRequest(whereThisSideIs side: LevelSide) -> Bool { owner == side }

    /// Whether this step, arriving from the peer, may be recorded here where this deployment is `side`: only the
    /// other side's.
    public func isAcceptedFromPeer(whereThisSideIs side: LevelSide) -> Bool { owner == side.other }
}

/// Files that cross between deployments travel inside the signed message, as Base64: one message carries at most
/// `maxBytes` of files, so a message stays well within what the receiver accepts.
public enum LevelFileAllowance {
    public static let maxBytes = 20 * 1024 * 1024
    /// What the receiver accepts in one message: the files in Base64 (4 bytes for 3) and the rest of the message.
    public static let maxMessageBytes = maxBytes / 3 * 4 + 4 * 1024 * 1024

    public static func fits(_ sizes: [Int]) -> Bool { sizes.reduce(0, +) <= maxBytes }
}
