import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate { CivilDate.parse(iso)! }
private func m(_ iso: String) -> CivilMonth { CivilMonth.parse(iso)! }

private func ev(_ kind: ProgrammeEvent.Kind, _ recorded: String, effective: String? = nil, month: String? = nil) -> ProgrammeEvent
{
    ProgrammeEvent(kind: kind, recordedOn: d(recorded), effectiveOn: effective.map(d), newMonth: month.map(m))
}

private func start(_ planned: String, _ events: ProgrammeEvent...) -> ProgrammeItemFacts {
    ProgrammeItemFacts(origin: .startOfYear, plannedMonth: m(planned), events: events)
}

private func added(_ planned: String, on day: String, _ events: ProgrammeEvent...) -> ProgrammeItemFacts {
    ProgrammeItemFacts(origin: .added, addedOn: d(day), plannedMonth: m(planned), events: events)
}

private let h1 = MonthRange(ReportPeriod(code: "2020-H1")!)
private let q1 = MonthRange(ReportPeriod(code: "2020-Q1")!)
private let q2 = MonthRange(ReportPeriod(code: "2020-Q2")!)

private func counts(_ items: [ProgrammeItemFacts], _ period: MonthRange = h1, asOf: String = "2020-06-30") -> ProgrammeCounts {
    ProgrammeCounts.tally(items, period: period, asOf: d(asOf))
}

@Suite("Work-programme columns (1)–(8) for a period and a cut-off")
struct ProgrammeCountsTests {
    @Test("seed 001: 37 of 42 submitted is 88,1%")
    func seedRate() {
        let c = ProgrammeCounts(initial: 40, added: 5, movedOut: 3, submitted: 37, issued: 18)
        #expect(c.total == 42)
        #expect(c.notSubmitted == 5)
        #expect(c.rate == 88.1)
        #expect(c.rateText == "88,1%")
        #expect(ProgrammeCounts().rate == nil && ProgrammeCounts().rateText == nil)
        #expect(ProgrammeCounts(initial: 3, movedOut: 3).rate == nil)
    }

    @Test("a start-of-year item in the period counts in (1) and (4); outside the period it counts nowhere")
    func startOfYear() {
        #expect(counts([start("2020-06")]) == ProgrammeCounts(initial: 1))
        #expect(counts([start("2020-07")]) == ProgrammeCounts())
        #expect(ProgrammeCounts.membership(start("2020-07"), period: h1, asOf: d("2020-06-30")) == nil)
    }

    // MARK: Last day of the period

    @Test("a submission on the last day of the period counts as of that day, and is on time")
    func submissionOnLastDay() {
        let item = start("2020-06", ev(.submitted, "2020-06-30"))
        #expect(counts([item], asOf: "2020-06-29") == ProgrammeCounts(initial: 1))
        #expect(counts([item], asOf: "2020-06-30") == ProgrammeCounts(initial: 1, submitted: 1))
    }

    @Test("a submission the day after the period counts only from then, and is late")
    func submissionAfterThePeriod() {
        let item = start("2020-06", ev(.submitted, "2020-07-01"))
        #expect(counts([item], asOf: "2020-06-30") == ProgrammeCounts(initial: 1))
        #expect(counts([item], asOf: "2020-07-01") == ProgrammeCounts(initial: 1, submitted: 1, submittedLate: 1))
    }

    // MARK: After the cut-off

    @Test("a postponement approved after the cut-off leaves the item due in the period")
    func postponementAfterCutOff() {
        let item = start(
            "2020-05", ev(.postponementRequested, "2020-06-20", month: "2020-09"),
            ev(.postponementApproved, "2020-07-02", month: "2020-09"))
        #expect(counts([item], asOf: "2020-06-30") == ProgrammeCounts(initial: 1))
        #expect(counts([item], asOf: "2020-07-02") == ProgrammeCounts(initial: 1, movedOut: 1))
        // Recorded after the cut-off with a decision date before it: still not known as of the cut-off.
        let backdated = start("2020-05", ev(.postponementApproved, "2020-07-02", effective: "2020-06-15", month: "2020-09"))
        #expect(counts([backdated], asOf: "2020-06-30") == ProgrammeCounts(initial: 1))
    }

    @Test("a submission recorded after the cut-off is not counted as of the cut-off")
    func submissionRecordedAfterCutOff() {
        let item = start("2020-06", ev(.submitted, "2020-07-03", effective: "2020-06-25"))
        #expect(counts([item], asOf: "2020-06-30") == ProgrammeCounts(initial: 1))
        // Once recorded it counts, with its own date: on time.
        #expect(counts([item], asOf: "2020-07-03") == ProgrammeCounts(initial: 1, submitted: 1))
    }

    @Test("an item added after the cut-off is not counted; added on the cut-off it is")
    func addedAfterCutOff() {
        let item = added("2020-06", on: "2020-06-20")
        #expect(counts([item], asOf: "2020-06-19") == ProgrammeCounts())
        #expect(counts([item], asOf: "2020-06-20") == ProgrammeCounts(added: 1))
    }

    @Test("an issue after the cut-off is not counted in (6)")
    func issueAfterCutOff() {
        let item = start("2020-06", ev(.submitted, "2020-06-10"), ev(.issued, "2020-07-15"))
        #expect(counts([item]) == ProgrammeCounts(initial: 1, submitted: 1))
        #expect(counts([item], asOf: "2020-07-15") == ProgrammeCounts(initial: 1, submitted: 1, issued: 1))
    }

    // MARK: Withdrawal

    @Test("an approved withdrawal moves the item out: (1) and (3), not (4), even if it was submitted")
    func withdrawal() {
        let item = start(
            "2020-03", ev(.submitted, "2020-03-05"), ev(.withdrawalRequested, "2020-03-10"),
            ev(.withdrawalApproved, "2020-03-12"))
        #expect(counts([item], asOf: "2020-03-11") == ProgrammeCounts(initial: 1, submitted: 1))
        #expect(counts([item], asOf: "2020-03-12") == ProgrammeCounts(initial: 1, movedOut: 1))
        #expect(counts([item]).total == 0)
    }

    @Test("a withdrawal requested but not approved by the cut-off changes nothing")
    func withdrawalPending() {
        let item = added(
            "2020-04", on: "2020-02-01", ev(.withdrawalRequested, "2020-04-10"), ev(.withdrawalApproved, "2020-07-01"))
        #expect(counts([item]) == ProgrammeCounts(added: 1))
        #expect(counts([item], asOf: "2020-07-01") == ProgrammeCounts(added: 1, movedOut: 1))
    }

    @Test("withdrawing an item never planned in the period counts nowhere")
    func withdrawalOutside() {
        #expect(counts([start("2020-09", ev(.withdrawalApproved, "2020-05-01"))]) == ProgrammeCounts())
    }

    // MARK: Postponements across the period's edges

    @Test("postponed out of the period: (1) and (3)")
    func postponedOut() {
        let item = start("2020-06", ev(.postponementApproved, "2020-06-10", month: "2020-08"))
        #expect(counts([item]) == ProgrammeCounts(initial: 1, movedOut: 1))
    }

    @Test("postponed within the period: it stays due in the period")
    func postponedWithin() {
        let item = start("2020-02", ev(.postponementApproved, "2020-02-20", month: "2020-05"), ev(.submitted, "2020-05-20"))
        #expect(counts([item]) == ProgrammeCounts(initial: 1, submitted: 1))
        // Seen quarter by quarter, it leaves Q1 and enters Q2.
        #expect(counts([item], q1) == ProgrammeCounts(initial: 1, movedOut: 1))
        #expect(counts([item], q2) == ProgrammeCounts(added: 1, submitted: 1))
    }

    @Test("postponed into the period from an earlier month (last year's programme): (2)")
    func postponedIntoThePeriod() {
        let item = ProgrammeItemFacts(
            origin: .startOfYear, plannedMonth: m("2019-12"),
            events: [ev(.postponementApproved, "2019-12-20", month: "2020-02")])
        #expect(counts([item]) == ProgrammeCounts(added: 1))
        #expect(counts([item], q1) == ProgrammeCounts(added: 1))
        #expect(counts([item], MonthRange.year(2019)!) == ProgrammeCounts(initial: 1, movedOut: 1))
        // Until the postponement is known it is last year's overdue item, nowhere in 2020-H1.
        #expect(counts([item], asOf: "2019-12-19") == ProgrammeCounts())
    }

    @Test("postponed into the period and out again: (2) and (3), nothing due")
    func postponedInAndOut() {
        let item = start(
            "2020-02", ev(.postponementApproved, "2020-02-20", month: "2020-05"),
            ev(.postponementApproved, "2020-05-20", month: "2020-08"))
        let c = counts([item], q2)
        #expect(c == ProgrammeCounts(added: 1, movedOut: 1))
        #expect(c.total == 0)
        #expect(counts([item], q2, asOf: "2020-05-19") == ProgrammeCounts(added: 1))
    }

    @Test("an added item planned in the period: (2); postponed out: (2) and (3)")
    func addedThenPostponed() {
        let item = added("2020-05", on: "2020-04-02", ev(.postponementApproved, "2020-05-15", month: "2020-07"))
        #expect(counts([item], asOf: "2020-05-14") == ProgrammeCounts(added: 1))
        #expect(counts([item]) == ProgrammeCounts(added: 1, movedOut: 1))
    }

    // MARK: Late submissions

    @Test("submitted late is counted among the submitted, after postponements decided by then")
    func submittedLate() {
        let late = start("2020-03", ev(.submitted, "2020-04-02"))
        let excused = start("2020-03", ev(.postponementApproved, "2020-03-25", month: "2020-04"), ev(.submitted, "2020-04-02"))
        let notExcused = start("2020-03", ev(.submitted, "2020-04-02"), ev(.postponementApproved, "2020-04-05", month: "2020-04"))
        #expect(counts([late, excused, notExcused]) == ProgrammeCounts(initial: 3, submitted: 3, submittedLate: 2))
    }

    // MARK: Invariants

    /// Every combination of origin, month, postponement, submission, issue and withdrawal over 2019-11 … 2020-09,
    /// looked at for several periods and cut-offs: the columns always add up, and (4) is exactly the items not
    /// withdrawn whose planned month as of the cut-off is in the period.
    @Test func theColumnsAlwaysAddUp() {
        var items: [ProgrammeItemFacts] = []
        let months = ["2019-12", "2020-01", "2020-03", "2020-06", "2020-07"]
        for planned in months {
            for origin in ProgrammeOrigin.allCases {
                for postpone in [nil, "2020-02", "2020-05", "2020-08"] {
                    for submit in [nil, "2020-04-10", "2020-06-30", "2020-07-01"] {
                        for withdraw in [nil, "2020-05-05"] {
                            var events: [ProgrammeEvent] = []
                            if let postpone, m(postpone) > m(planned) {
                                events.append(ev(.postponementApproved, "2020-01-20", month: postpone))
                            }
                            if let submit {
                                events.append(ev(.submitted, submit))
                                events.append(ev(.issued, "2020-07-20"))
                            }
                            if let withdraw { events.append(ev(.withdrawalApproved, withdraw)) }
                            items.append(
                                ProgrammeItemFacts(
                                    origin: origin, addedOn: origin == .added ? d("2020-01-15") : nil,
                                    plannedMonth: m(planned), events: events))
                        }
                    }
                }
            }
        }
        for period in [h1, q1, q2, MonthRange.year(2020)!, MonthRange(month: m("2020-06"))] {
            for asOf in ["2020-01-14", "2020-03-31", "2020-06-30", "2020-07-01", "2020-12-31"] {
                let c = counts(items, period, asOf: asOf)
                let due = items.compactMap { ProgrammeStatus.evaluate($0, asOf: d(asOf)) }
                    .filter { !$0.isWithdrawn && period.contains($0.plannedMonth) }
                #expect(c.total == due.count, "\(period) \(asOf)")
                #expect(c.submitted == due.filter(\.isSubmitted).count)
                #expect(c.issued == due.filter(\.isIssued).count)
                #expect(c.total >= 0 && c.submitted <= c.total && c.issued <= c.submitted && c.submittedLate <= c.submitted)
                #expect(c.notSubmitted == c.total - c.submitted)
            }
        }
    }
}
