import Foundation

extension TaskStatus {
    /// DOMAIN §3, "cancelled or withdrawn (đã hủy, đã rút) as of D": the task was assigned by D and a cancellation
    /// is known as of D (entered by D and in effect by D, `TaskEvent.isKnown`). Returns the day the first such
    /// cancellation took effect, or nil when the task is not cancelled as of D.
    ///
    /// The same rule takes a cancelled task out of every bucket (`evaluate`) and puts it in the lists' own status,
    /// so the two can never disagree: on the cancellation day the task is cancelled, the day before it still counts.
    public static func cancelledOn(_ facts: TaskFacts, asOf date: CivilDate) -> CivilDate? {
        guard facts.assignedOn <= date else { return nil }
        return facts.events.filter { $0.kind == .cancelled && $0.isKnown(asOf: date) }.map(\.effectiveOn).min()
    }
}
