import Foundation

/// The columns (1)–(8) of the work-programme appendix (DOMAIN §4, seed 001) for a period and a cut-off, plus the
/// submissions that came late.
public struct ProgrammeCounts: Equatable, Sendable {
    /// (1) Start-of-year items whose original planned month is in the period.
    public var initial: Int
    /// (2) Items added during the year for a month in the period, and items postponed into it from outside.
    public var added: Int
    /// (3) Items of (1) or (2) postponed out of the period or withdrawn (approved).
    public var movedOut: Int
    /// (5) Of (4), submitted.
    public var submitted: Int
    /// (6) Of (4), issued.
    public var issued: Int
    /// Of (5), submitted after the end of their planned month.
    public var submittedLate: Int

    public init(initial: Int = 0, added: Int = 0, movedOut: Int = 0, submitted: Int = 0, issued: Int = 0, submittedLate: Int = 0)
    {
        self.initial = initial
        self.added = added
        self.movedOut = movedOut
        self.submitted = submitted
        self.issued = issued
        self.submittedLate = submittedLate
    }

    /// (4) = (1) + (2) − (3): the items due in the period.
    public var total: Int { initial + added - movedOut }
    /// (7) = (4) − (5).
    public var notSubmitted: Int { total - submitted }
    /// (8) = (5) / (4) in percent with one decimal (37/42 → 88.1); nil when (4) is 0.
    public var rate: Double? { VNFormat.percentValue(submitted, of: total) }
    /// (8) as a report writes it: "88,1%"; nil when (4) is 0.
    public var rateText: String? { VNFormat.percent(submitted, of: total) }

    public static func + (lhs: ProgrammeCounts, rhs: ProgrammeCounts) -> ProgrammeCounts {
        ProgrammeCounts(
            initial: lhs.initial + rhs.initial, added: lhs.added + rhs.added, movedOut: lhs.movedOut + rhs.movedOut,
            submitted: lhs.submitted + rhs.submitted, issued: lhs.issued + rhs.issued,
            submittedLate: lhs.submittedLate + rhs.submittedLate)
    }

    /// Where one item counts in the columns of a period, as of a cut-off.
    public struct Membership: Equatable, Sendable {
        public var initial = false
        public var added = false
        public var movedOut = false
        /// In (4): due in the period.
        public var due = false
        public var submitted = false
        public var issued = false
        public var submittedLate = false
        public init() {}
    }

    /// The columns for period `period` as of `date` (DOMAIN §4, as the brief defines it), item by item from the
    /// one status rule (`ProgrammeStatus.evaluate`):
    /// - (1) initial: start-of-year items whose original planned month is in the period.
    /// - (2) added: items added during the year (added on or before the cut-off) whose original planned month is
    ///   in the period, and items postponed into the period from a month outside it (any item: a start-of-year or
    ///   added item of another month, or of last year's programme).
    /// - (3) moved out: items of (1) or (2) whose planned month as of the cut-off is outside the period (an approved
    ///   postponement moved them out), or whose withdrawal is approved.
    /// - (4) = (1) + (2) − (3) are therefore exactly the items not withdrawn whose planned month as of the cut-off
    ///   is in the period: an item postponed in and out again counts in (2) and (3).
    /// - (5) submitted, (6) issued: of (4), known as of the cut-off; submitted late: of (5).
    /// Nil when the item counts in no column (not in the programme yet, or never planned in the period).
    public static func membership(_ facts: ProgrammeItemFacts, period: MonthRange, asOf date: CivilDate) -> Membership? {
        guard let s = ProgrammeStatus.evaluate(facts, asOf: date) else { return nil }
        var m = Membership()
        if period.contains(facts.plannedMonth) {
            if facts.origin == .startOfYear { m.initial = true } else { m.added = true }
        } else if s.months.dropFirst().contains(where: period.contains) {
            m.added = true
        } else {
            return nil
        }
        if s.isWithdrawn || !period.contains(s.plannedMonth) {
            m.movedOut = true
            return m
        }
        m.due = true
        m.submitted = s.isSubmitted
        m.issued = s.isIssued
        m.submittedLate = s.isSubmitted && s.submittedLate
        return m
    }

    /// The columns over many items.
    public static func tally(_ items: some Sequence<ProgrammeItemFacts>, period: MonthRange, asOf date: CivilDate)
        -> ProgrammeCounts
    {
        var counts = ProgrammeCounts()
        for facts in items {
            guard let m = membership(facts, period: period, asOf: date) else { continue }
            counts.add(m)
        }
        return counts
    }

    /// Adds one item's membership.
    public mutating func add(_ m: Membership) {
        if m.initial { initial += 1 }
        if m.added { added += 1 }
        if m.movedOut { movedOut += 1 }
        if m.submitted { submitted += 1 }
        if m.issued { issued += 1 }
        if m.submittedLate { submittedLate += 1 }
    }
}
