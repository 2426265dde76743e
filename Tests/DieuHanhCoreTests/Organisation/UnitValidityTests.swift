import DieuHanhCore
import Testing

/// The days a unit works (DOMAIN §1), one rule for the pickers, the fan-out of a point and the closed-unit checks.
@Suite("The days a unit works")
struct UnitValidityTests {
    let first = CivilDate(year: 2025, month: 7, day: 1)!
    let last = CivilDate(year: 2026, month: 6, day: 30)!

    @Test func itWorksFromItsFirstDayThroughItsLast() {
        let unit = UnitValidity(validFrom: first, validTo: last)
        #expect(!unit.isOpen(on: first.adding(days: -1)))
        #expect(unit.isOpen(on: first) && unit.isOpen(on: last))
        #expect(!unit.isOpen(on: last.adding(days: 1)))
    }

    @Test func closedOnlyAfterItsLastDayAndNeverBeforeItStarts() {
        let unit = UnitValidity(validFrom: first, validTo: last)
        #expect(unit.closedDay(on: last) == nil)
        #expect(unit.closedDay(on: last.adding(days: 1)) == last)
        // Not yet started is not closed.
        #expect(unit.closedDay(on: first.adding(days: -1)) == nil)
    }

    @Test func openEndedEitherWay() {
        #expect(UnitValidity().isOpen(on: first))
        #expect(UnitValidity(validTo: last).isOpen(on: CivilDate(year: 1990, month: 1, day: 1)!))
        #expect(UnitValidity(validFrom: first).closedDay(on: CivilDate(year: 2099, month: 1, day: 1)!) == nil)
    }
}
