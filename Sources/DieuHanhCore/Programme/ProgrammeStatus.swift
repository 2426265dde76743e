import Foundation

/// An item's status as of a date, for the pages (the appendix counts with `ProgrammeCounts`).
public enum ProgrammeItemStatus: String, CaseIterable, Sendable, Codable {
    /// Not submitted; its planned month has not started.
    case notYetDue = "not_yet_due"
    /// Not submitted; the cut-off falls in its planned month.
    case dueThisMonth = "due_this_month"
    /// Not submitted; its planned month has ended.
    case overdue
    /// Submitted by the end of its planned month.
    case submitted
    /// Submitted after the end of its planned month.
    case submittedLate = "submitted_late"
    /// Issued or approved by the body it went to.
    case issued
    /// Moved out of the period being looked at by an approved postponement.
    case postponed
    /// Withdrawn from the programme (approved).
    case withdrawn

    public var label: String {
        switch self {
        case .notYetDue: return "Chưa đến hạn"
        case .dueThisMonth: return "Đến hạn trong tháng"
        case .overdue: return "Quá hạn chưa trình"
        case .submitted: return "Đã trình"
        case .submittedLate: return "Đã trình muộn"
        case .issued: return "Đã ban hành"
        case .postponed: return "Đã xin chuyển"
        case .withdrawn: return "Đã rút"
        }
    }

    /// Still to be submitted.
    public var isOpen: Bool { self == .notYetDue || self == .dueThisMonth || self == .overdue }
}

/// Where an item stands as of a cut-off, with the facts the status comes from.
public struct ProgrammeSnapshot: Hashable, Sendable {
    /// The status; `postponed` only when evaluated `within` a period the item left.
    public var status: ProgrammeItemStatus
    /// The planned month in force: the original one, or the month of the latest approved postponement.
    public var plannedMonth: CivilMonth
    /// The planned months the item has had, in order: the original month, then one per approved postponement.
    public var months: [CivilMonth]
    /// The submission date (the issue date when only an issue is recorded).
    public var submittedOn: CivilDate?
    /// Submitted after the end of the month in force on the day it was submitted.
    public var submittedLate: Bool
    public var issuedOn: CivilDate?
    public var withdrawnOn: CivilDate?
    /// A postponement has been asked for and not decided yet; the month asked for.
    public var requestedMonth: CivilMonth?
    public var postponementPending: Bool
    public var withdrawalPending: Bool

    public var isWithdrawn: Bool { withdrawnOn != nil }
    public var isSubmitted: Bool { submittedOn != nil }
    public var isIssued: Bool { issuedOn != nil }
}

/// The work-programme rule, in one place (DOMAIN §4). Everything the pages, the statistics and the review
/// report say about an item comes from `evaluate`; the period columns (1)–(8) from `ProgrammeCounts.tally`.
///
/// As of a cut-off D (end of day D, Asia/Ho_Chi_Minh), using only what is known then:
/// - An event counts when `recordedOn ≤ D` and `effectiveOn ≤ D` (`ProgrammeEvent.isKnown`), so a report for a
///   past date comes out the same whenever it is run: a postponement approved, or a submission recorded, after
///   D changes nothing as of D.
/// - An item exists from `existsFrom` (the day it was added; 1 January of its year for the start-of-year
///   programme). Before that, `evaluate` returns nil.
/// - Planned month: the original month, then each approved postponement known as of D, in decision order
///   (effective date, then recording date, then entry order), moves it to the month it grants (an approval
///   without a month grants the month of the latest request before it). Requests and refusals change nothing.
/// - Submitted: the first known submission (by its date); an item whose issue is known but whose submission is
///   not counts as submitted on its issue date. Issued: the first known issue.
/// - Submitted late: submitted after the last day of the planned month in force on the submission day (only
///   postponements decided by that day count; a postponement decided later does not excuse it).
/// - Withdrawn: a known approved withdrawal; it outranks every other status.
/// - Not submitted: overdue after the last day of the planned month, due within it, not yet due before it.
public enum ProgrammeStatus {
    /// The item as of the end of day `date`, or nil when it is not part of the programme yet. With `period`, an
    /// item that was planned in the period and has been postponed out of it is `postponed`.
    public static func evaluate(_ facts: ProgrammeItemFacts, asOf date: CivilDate, within period: MonthRange? = nil)
        -> ProgrammeSnapshot?
    {
        guard facts.existsFrom <= date else { return nil }
        let known = facts.events.enumerated().filter { $0.element.isKnown(asOf: date) }

        let moves = postponements(known)
        let months = [facts.plannedMonth] + moves.map(\.month)
        let planned = months.last!

        let submission = known.filter { $0.element.kind == .submitted }.map(\.element.effectiveOn).min()
        let issue = known.filter { $0.element.kind == .issued }.map(\.element.effectiveOn).min()
        let withdrawal = known.filter { $0.element.kind == .withdrawalApproved }.map(\.element.effectiveOn).min()
        let submittedOn = submission ?? issue

        var late = false
        if let submittedOn {
            let inForce = moves.last { $0.decidedOn <= submittedOn }?.month ?? facts.plannedMonth
            late = submittedOn > inForce.lastDay
        }

        // Pending requests: replayed in recording order, a decision closes the request before it.
        var requested: CivilMonth?
        var postponementPending = false
        var withdrawalPending = false
        for (_, event) in known.sorted(by: { ($0.element.recordedOn, $0.offset) < ($1.element.recordedOn, $1.offset) }) {
            switch event.kind {
            case .postponementRequested:
                postponementPending = true
                requested = event.newMonth
            case .postponementApproved, .postponementRefused:
                postponementPending = false
                requested = nil
            case .withdrawalRequested: withdrawalPending = true
            case .withdrawalApproved, .withdrawalRefused: withdrawalPending = false
            case .submitted, .issued: break
            }
        }

        let status: ProgrammeItemStatus
        if withdrawal != nil {
            status = .withdrawn
        } else if let period, !period.contains(planned), months.contains(where: period.contains) {
            status = .postponed
        } else if issue != nil {
            status = .issued
        } else if submittedOn != nil {
            status = late ? .submittedLate : .submitted
        } else if date > planned.lastDay {
            status = .overdue
        } else if date >= planned.firstDay {
            status = .dueThisMonth
        } else {
            status = .notYetDue
        }
        return ProgrammeSnapshot(
            status: status, plannedMonth: planned, months: months, submittedOn: submittedOn,
            submittedLate: late, issuedOn: issue, withdrawnOn: withdrawal, requestedMonth: requested,
            postponementPending: postponementPending, withdrawalPending: withdrawalPending)
    }

    /// The approved postponements among `known`, in decision order, each with the month it grants.
    private static func postponements(_ known: [(offset: Int, element: ProgrammeEvent)])
        -> [(month: CivilMonth, decidedOn: CivilDate)]
    {
        func decisionOrder(_ a: (offset: Int, element: ProgrammeEvent), _ b: (offset: Int, element: ProgrammeEvent)) -> Bool {
            (a.element.effectiveOn, a.element.recordedOn, a.offset) < (b.element.effectiveOn, b.element.recordedOn, b.offset)
        }
        let approvals = known.filter { $0.element.kind == .postponementApproved }.sorted(by: decisionOrder)
        return approvals.compactMap { approval in
            if let month = approval.element.newMonth { return (month, approval.element.effectiveOn) }
            // No month on the decision: it granted the request before it.
            let request =
                known
                .filter {
                    $0.element.kind == .postponementRequested && $0.element.newMonth != nil && !decisionOrder(approval, $0)
                }
                .max(by: decisionOrder)
            return request.flatMap { $0.element.newMonth }.map { ($0, approval.element.effectiveOn) }
        }
    }
}
