import Foundation

/// The days a unit works (DOMAIN §1): from its first day (`valid_from`) through its last (`valid_to`), either open
/// ended. A merged or dissolved unit keeps its history and its tasks; it only stops being offered.
public struct UnitValidity: Equatable, Sendable {
    public var validFrom: CivilDate?
    public var validTo: CivilDate?

    public init(validFrom: CivilDate? = nil, validTo: CivilDate? = nil) {
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// Works on `day`.
    public func isOpen(on day: CivilDate) -> Bool {
        (validFrom.map { $0 <= day } ?? true) && closedDay(on: day) == nil
    }

    /// Its last day, when that is before `day`; nil while it works (or has not started).
    public func closedDay(on day: CivilDate) -> CivilDate? {
        guard let end = validTo, end < day else { return nil }
        return end
    }
}
