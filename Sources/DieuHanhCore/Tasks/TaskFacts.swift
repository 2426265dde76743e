import Foundation

/// One dated event in a task's life. Events are never overwritten: a correction is a new event.
public struct TaskEvent: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case assigned
        case progressReported = "progress_reported"
        case extensionRequested = "extension_requested"
        case extensionApproved = "extension_approved"
        case extensionRefused = "extension_refused"
        case completionReported = "completion_reported"
        case completionConfirmed = "completion_confirmed"
        case completionReturned = "completion_returned"
        case reassigned
        case cancelled
        case delegated
        case explanationRequested = "explanation_requested"
        case explanationGiven = "explanation_given"

        /// Whether the event shows the task put in hand (đã triển khai, DOMAIN §3): delegated to a unit, or any step
        /// of the lead unit's or a decision on one after the assignment — progress, an extension asked or decided,
        /// a completion reported, confirmed or returned, an explanation given. Assigning, reassigning, cancelling and
        /// asking for an explanation (a leader's question, not the unit's work) do not.
        public var putsInHand: Bool {
            switch self {
            case .assigned, .reassigned, .cancelled, .explanationRequested: false
            case .progressReported, .extensionRequested, .extensionApproved, .extensionRefused, .completionReported,
                .completionConfirmed, .completionReturned, .delegated, .explanationGiven:
                true
            }
        }
    }

    public var kind: Kind
    /// The day the event was entered in the system. Decides whether the event is known as of a cut-off date,
    /// so that a report for a past date comes out the same whenever it is run.
    public var recordedOn: CivilDate
    /// The day the event took effect: the decision date of an extension, the completion date reported (the
    /// date of the result document), the date of a cancellation…
    public var effectiveOn: CivilDate
    /// The new deadline, for `extensionRequested` and `extensionApproved`.
    public var newDeadline: CivilDate?

    /// `effectiveOn` defaults to `recordedOn`.
    public init(kind: Kind, recordedOn: CivilDate, effectiveOn: CivilDate? = nil, newDeadline: CivilDate? = nil) {
        self.kind = kind
        self.recordedOn = recordedOn
        self.effectiveOn = effectiveOn ?? recordedOn
        self.newDeadline = newDeadline
    }

    /// Whether the event counts as of the end of day `date`: it had been entered by then, and had taken
    /// effect by then (an event entered in advance with a later effective date waits for that date).
    public func isKnown(asOf date: CivilDate) -> Bool {
        recordedOn <= date && effectiveOn <= date
    }
}

/// What the status rule needs to know about one task: plain values, no storage.
public struct TaskFacts: Sendable {
    /// The assignment date (normally the date of the source document).
    public var assignedOn: CivilDate
    /// The deadline given at assignment; nil for a task without a deadline (thường xuyên).
    public var originalDeadline: CivilDate?
    /// All of the task's events, in the order they were entered (the order breaks ties on the same day).
    public var events: [TaskEvent]

    public init(assignedOn: CivilDate, originalDeadline: CivilDate?, events: [TaskEvent] = []) {
        self.assignedOn = assignedOn
        self.originalDeadline = originalDeadline
        self.events = events
    }
}
