import DieuHanhCore
import Foundation
import Testing

@Suite("Sign-in throttle")
struct SignInLedgerTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    let limits = SignInLimits(perNameAndClient: 5, perClient: 30, perNameFromUnknownClients: 50, window: 900)

    private func fail(_ ledger: inout SignInLedger, name: String, client: String, known: Bool = false, at date: Date) -> Bool {
        guard case .admitted(let attempt) = ledger.admit(name: name, client: client, knownClient: known, now: date) else {
            return false
        }
        ledger.settle(attempt, .failed, now: date)
        return true
    }

    @Test func fiveFailuresHoldThatNameForThatClientOnly() {
        var ledger = SignInLedger(limits: limits)
        for i in 0..<5 { #expect(fail(&ledger, name: "admin", client: "10.0.0.9", at: t0.addingTimeInterval(Double(i)))) }
        // The sixth from the same client is refused before any password is checked…
        guard
            case .refused(let wait) = ledger.admit(
                name: "admin", client: "10.0.0.9", knownClient: false, now: t0.addingTimeInterval(10))
        else {
            Issue.record("the sixth attempt was admitted")
            return
        }
        #expect(wait > 880 && wait <= 900)
        // …while the real user on another machine still gets in: a stranger cannot lock them out.
        if case .refused = ledger.admit(name: "admin", client: "10.0.0.20", knownClient: false, now: t0.addingTimeInterval(10)) {
            Issue.record("another client was held by the first one's failures")
        }
    }

    @Test func theWindowSlides() {
        var ledger = SignInLedger(limits: limits)
        for i in 0..<5 { _ = fail(&ledger, name: "a", client: "c", at: t0.addingTimeInterval(Double(i) * 60)) }
        // The oldest failure (t0) stops counting at t0 + 900 exactly.
        if case .admitted = ledger.admit(name: "a", client: "c", knownClient: false, now: t0.addingTimeInterval(899)) {
            Issue.record("admitted before the oldest failure aged out")
        }
        guard case .admitted = ledger.admit(name: "a", client: "c", knownClient: false, now: t0.addingTimeInterval(900)) else {
            Issue.record("still refused after the oldest failure aged out")
            return
        }
    }

    @Test func guessingOnePasswordAcrossManyNamesIsSlowedPerClient() {
        var ledger = SignInLedger(limits: limits)
        for i in 0..<30 { #expect(fail(&ledger, name: "user\(i)", client: "203.0.113.5", at: t0)) }
        if case .admitted = ledger.admit(name: "user99", client: "203.0.113.5", knownClient: false, now: t0) {
            Issue.record("the 31st name from one client was admitted")
        }
        // A colleague behind the same office address, in the browser they signed in from before, still gets in.
        guard case .admitted = ledger.admit(name: "lanhdao", client: "203.0.113.5", knownClient: true, now: t0) else {
            Issue.record("a known browser was held by a stranger's failures from the same address")
            return
        }
    }

    @Test func manyClientsOnOneNameHoldItForUnknownClientsButNotForTheUsersOwnBrowser() {
        var ledger = SignInLedger(limits: limits)
        for i in 0..<50 { _ = fail(&ledger, name: "lanhdao", client: "198.51.100.\(i)", at: t0) }
        if case .admitted = ledger.admit(name: "lanhdao", client: "198.51.100.200", knownClient: false, now: t0) {
            Issue.record("a 51st unknown client was admitted")
        }
        guard case .admitted = ledger.admit(name: "lanhdao", client: "192.168.1.7", knownClient: true, now: t0) else {
            Issue.record("the user's own browser was locked out")
            return
        }
    }

    @Test func attemptsInFlightCountSoAParallelBurstIsNotAllChecked() {
        var ledger = SignInLedger(limits: limits)
        var admitted: [SignInLedger.Attempt] = []
        for _ in 0..<40 {
            if case .admitted(let attempt) = ledger.admit(name: "admin", client: "c", knownClient: false, now: t0) {
                admitted.append(attempt)
            }
        }
        #expect(admitted.count == 5)
        // Checked and failed, they stay counted; unchecked ones (a busy server) free their place.
        for attempt in admitted.prefix(4) { ledger.settle(attempt, .failed, now: t0) }
        ledger.settle(admitted[4], .unchecked, now: t0)
        guard case .admitted = ledger.admit(name: "admin", client: "c", knownClient: false, now: t0) else {
            Issue.record("an unchecked attempt kept its place")
            return
        }
    }

    @Test func aSuccessForgetsThatNamesFailuresFromThatClient() {
        var ledger = SignInLedger(limits: limits)
        for _ in 0..<4 { _ = fail(&ledger, name: "a", client: "c", at: t0) }
        guard case .admitted(let attempt) = ledger.admit(name: "a", client: "c", knownClient: false, now: t0) else {
            Issue.record("refused")
            return
        }
        ledger.settle(attempt, .succeeded, now: t0)
        for _ in 0..<4 { #expect(fail(&ledger, name: "a", client: "c", at: t0)) }
    }

    @Test func memoryStaysBoundedUnderAFloodOfNames() {
        var ledger = SignInLedger(limits: limits, capacity: 1_000)
        for i in 0..<5_000 { _ = fail(&ledger, name: "x\(i)", client: "10.1.\(i / 250).\(i % 250)", at: t0) }
        #expect(ledger.trackedKeys <= 1_000 + 3)
    }
}
