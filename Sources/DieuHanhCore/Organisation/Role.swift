/// What a user may do. The rules live here once; the web pages and the API both ask these questions.
public enum Role: String, CaseIterable, Sendable, Codable {
    /// Manages units, users and the calendar; reads the audit log.
    case admin
    /// Office staff (chuyên viên tổng hợp): manages all tracking data.
    case coordinator
    /// Sees everything, decides extensions, confirms results.
    case leader
    /// Sees and updates the items of its own unit and the units below it, nothing else.
    case unitOfficer = "unit_officer"
    /// Reads everything, changes nothing.
    case viewer

    public var canManageOrganisation: Bool { self == .admin }
    public var canReadAuditLog: Bool { self == .admin }
    public var canManageTrackingData: Bool { self == .admin || self == .coordinator }
    public var canDecide: Bool { self == .leader || self == .admin }
    /// Sees every unit's items (everyone but unit officers): the review report, every unit's reports, the regimes.
    public var seesEveryUnit: Bool { !isUnitScoped }
    /// Enters indicator actuals: the office for any indicator, a unit officer for their unit's.
    public var canEnterIndicatorActuals: Bool { canManageTrackingData || isUnitScoped }
    /// Comments on a review report being written: leaders read the draft and comment; the office answers.
    public var canCommentOnReviewDrafts: Bool { self == .leader || canManageTrackingData }
    /// Reads and never records anything (viewers).
    public var isReadOnly: Bool { self == .viewer }
    /// Whether the role is confined to its own unit's subtree.
    public var isUnitScoped: Bool { self == .unitOfficer }
    /// A unit-scoped role needs a unit; the others may have one (for display) but need not.
    public var requiresUnit: Bool { self == .unitOfficer }
}
