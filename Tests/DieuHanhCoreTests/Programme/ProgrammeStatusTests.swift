import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

private func m(_ iso: String) -> CivilMonth {
    guard let month = CivilMonth.parse(iso) else { fatalError("bad test month \(iso)") }
    return month
}

private func ev(_ kind: ProgrammeEvent.Kind, _ recorded: String, effective: String? = nil, month: String? = nil) -> ProgrammeEvent
{
    ProgrammeEvent(kind: kind, recordedOn: d(recorded), effectiveOn: effective.map(d), newMonth: month.map(m))
}

/// A start-of-year item planned for May 2020 unless told otherwise.
private func item(
    planned: String = "2020-05", origin: ProgrammeOrigin = .startOfYear, added: String? = nil,
    _ events: ProgrammeEvent...
) -> ProgrammeItemFacts {
    ProgrammeItemFacts(origin: origin, addedOn: added.map(d), plannedMonth: m(planned), events: events)
}

private func status(_ facts: ProgrammeItemFacts, _ asOf: String, within: MonthRange? = nil) -> ProgrammeItemStatus? {
    ProgrammeStatus.evaluate(facts, asOf: d(asOf), within: within)?.status
}

@Suite("Work-programme item status as of a date")
struct ProgrammeStatusTests {
    // MARK: Not submitted: around the planned month

    @Test("before its month an item is not yet due; on the first day of the month it is due")
    func notYetDueThenDue() {
        #expect(status(item(), "2020-04-30") == .notYetDue)
        #expect(status(item(), "2020-05-01") == .dueThisMonth)
    }

    @Test("on the last day of its month an item is still due; the next day it is overdue")
    func lastDayOfTheMonth() {
        #expect(status(item(), "2020-05-31") == .dueThisMonth)
        #expect(status(item(), "2020-06-01") == .overdue)
        #expect(status(item(planned: "2020-02"), "2020-02-29") == .dueThisMonth)  // leap year
        #expect(status(item(planned: "2020-02"), "2020-03-01") == .overdue)
    }

    // MARK: Submission

    @Test("submitted on the last day of the planned month is on time")
    func submittedOnLastDay() {
        let facts = item(ev(.submitted, "2020-05-31"))
        #expect(status(facts, "2020-05-31") == .submitted)
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-12-31"))?.submittedLate == false)
    }

    @Test("submitted the day after the planned month is late")
    func submittedDayAfter() {
        let facts = item(ev(.submitted, "2020-06-01"))
        #expect(status(facts, "2020-06-01") == .submittedLate)
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-06-01"))?.submittedLate == true)
    }

    @Test("submitted before its month is on time")
    func submittedEarly() {
        #expect(status(item(ev(.submitted, "2020-03-10")), "2020-03-10") == .submitted)
    }

    @Test("a submission recorded after the cut-off does not count as of the cut-off, even with an earlier date")
    func submissionRecordedAfterCutOff() {
        let facts = item(ev(.submitted, "2020-06-03", effective: "2020-05-20"))
        #expect(status(facts, "2020-05-31") == .dueThisMonth)
        #expect(status(facts, "2020-06-02") == .overdue)
        // From the day it is recorded it counts, with its own date: on time.
        #expect(status(facts, "2020-06-03") == .submitted)
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-06-03"))?.submittedOn == d("2020-05-20"))
    }

    @Test("a submission entered in advance counts from its own date")
    func submissionEffectiveLater() {
        let facts = item(ev(.submitted, "2020-05-10", effective: "2020-05-15"))
        #expect(status(facts, "2020-05-14") == .dueThisMonth)
        #expect(status(facts, "2020-05-15") == .submitted)
    }

    @Test("the first submission counts when there are several")
    func firstSubmission() {
        let facts = item(ev(.submitted, "2020-06-10"), ev(.submitted, "2020-05-10"))
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-06-30"))?.submittedOn == d("2020-05-10"))
        #expect(status(facts, "2020-06-30") == .submitted)
    }

    // MARK: Issue

    @Test("issued outranks submitted, from the day the issue is known")
    func issued() {
        let facts = item(ev(.submitted, "2020-05-12"), ev(.issued, "2020-07-15"))
        #expect(status(facts, "2020-07-14") == .submitted)
        #expect(status(facts, "2020-07-15") == .issued)
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-07-15"))?.issuedOn == d("2020-07-15"))
    }

    @Test("an issue without a recorded submission counts as submitted on the issue date")
    func issueWithoutSubmission() {
        let s = ProgrammeStatus.evaluate(item(ev(.issued, "2020-06-05")), asOf: d("2020-06-30"))
        #expect(s?.status == .issued)
        #expect(s?.submittedOn == d("2020-06-05"))
        #expect(s?.submittedLate == true)
    }

    // MARK: Postponement

    @Test("an approved postponement moves the planned month from its decision on")
    func postponementApproved() {
        let facts = item(
            ev(.postponementRequested, "2020-05-20", month: "2020-09"),
            ev(.postponementApproved, "2020-05-25", month: "2020-09"))
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-05-24"))?.plannedMonth == m("2020-05"))
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-05-24"))?.postponementPending == true)
        let after = ProgrammeStatus.evaluate(facts, asOf: d("2020-06-15"))
        #expect(after?.plannedMonth == m("2020-09"))
        #expect(after?.months == [m("2020-05"), m("2020-09")])
        #expect(after?.status == .notYetDue)
        #expect(after?.postponementPending == false)
    }

    @Test("a postponement approved after the cut-off changes nothing as of the cut-off")
    func postponementApprovedAfterCutOff() {
        let facts = item(ev(.postponementApproved, "2020-06-05", month: "2020-09"))
        #expect(status(facts, "2020-06-04") == .overdue)
        #expect(status(facts, "2020-06-05") == .notYetDue)
        // Recorded late with an earlier decision date: still unknown until recorded.
        let backdated = item(ev(.postponementApproved, "2020-07-10", effective: "2020-05-28", month: "2020-09"))
        #expect(ProgrammeStatus.evaluate(backdated, asOf: d("2020-06-30"))?.plannedMonth == m("2020-05"))
        #expect(ProgrammeStatus.evaluate(backdated, asOf: d("2020-07-10"))?.plannedMonth == m("2020-09"))
    }

    @Test("a refused or undecided request does not move the month")
    func requestsChangeNothing() {
        let refused = item(ev(.postponementRequested, "2020-05-20", month: "2020-09"), ev(.postponementRefused, "2020-05-22"))
        #expect(ProgrammeStatus.evaluate(refused, asOf: d("2020-06-30"))?.plannedMonth == m("2020-05"))
        #expect(ProgrammeStatus.evaluate(refused, asOf: d("2020-06-30"))?.postponementPending == false)
        let pending = item(ev(.postponementRequested, "2020-05-20", month: "2020-09"))
        let s = ProgrammeStatus.evaluate(pending, asOf: d("2020-06-30"))
        #expect(s?.plannedMonth == m("2020-05"))
        #expect(s?.postponementPending == true)
        #expect(s?.requestedMonth == m("2020-09"))
    }

    @Test("an approval without a month grants the month requested")
    func approvalWithoutMonth() {
        let facts = item(ev(.postponementRequested, "2020-05-20", month: "2020-08"), ev(.postponementApproved, "2020-05-22"))
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-05-22"))?.plannedMonth == m("2020-08"))
    }

    @Test("several postponements apply in decision order, not entry order")
    func decisionOrder() {
        let facts = item(
            ev(.postponementApproved, "2020-07-01", effective: "2020-06-20", month: "2020-10"),
            ev(.postponementApproved, "2020-06-25", effective: "2020-05-15", month: "2020-07"))
        let s = ProgrammeStatus.evaluate(facts, asOf: d("2020-07-01"))
        #expect(s?.months == [m("2020-05"), m("2020-07"), m("2020-10")])
        #expect(s?.plannedMonth == m("2020-10"))
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-06-30"))?.plannedMonth == m("2020-07"))
    }

    @Test("a submission after the original month but within the postponed month is on time")
    func postponedThenSubmitted() {
        let facts = item(ev(.postponementApproved, "2020-05-25", month: "2020-07"), ev(.submitted, "2020-07-10"))
        #expect(status(facts, "2020-07-31") == .submitted)
    }

    @Test("a postponement decided after the submission does not excuse a late submission")
    func postponementAfterSubmission() {
        let facts = item(ev(.submitted, "2020-06-10"), ev(.postponementApproved, "2020-06-20", month: "2020-07"))
        #expect(status(facts, "2020-06-30") == .submittedLate)
    }

    @Test("postponed out of the period being looked at, the item is 'postponed' there")
    func postponedWithinAPeriod() {
        let facts = item(ev(.postponementApproved, "2020-05-25", month: "2020-09"))
        let h1 = MonthRange(ReportPeriod(code: "2020-H1")!)
        #expect(status(facts, "2020-06-30", within: h1) == .postponed)
        #expect(status(facts, "2020-06-30", within: MonthRange(ReportPeriod(code: "2020")!)) == .notYetDue)
        #expect(status(facts, "2020-06-30") == .notYetDue)
    }

    // MARK: Withdrawal

    @Test("an approved withdrawal outranks every other status, from its decision on")
    func withdrawal() {
        let facts = item(
            ev(.submitted, "2020-05-05"), ev(.withdrawalRequested, "2020-05-10"), ev(.withdrawalApproved, "2020-05-12"))
        #expect(status(facts, "2020-05-11") == .submitted)
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-05-11"))?.withdrawalPending == true)
        #expect(status(facts, "2020-05-12") == .withdrawn)
        #expect(status(facts, "2020-05-12", within: MonthRange(month: m("2020-05"))) == .withdrawn)
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-05-12"))?.withdrawnOn == d("2020-05-12"))
    }

    @Test("a refused withdrawal leaves the item in the programme")
    func withdrawalRefused() {
        let facts = item(ev(.withdrawalRequested, "2020-05-10"), ev(.withdrawalRefused, "2020-05-12"))
        let s = ProgrammeStatus.evaluate(facts, asOf: d("2020-06-30"))
        #expect(s?.status == .overdue)
        #expect(s?.withdrawalPending == false)
    }

    // MARK: Existence

    @Test("an added item does not exist before the day it was added")
    func addedItemExistsFromItsDate() {
        let facts = item(planned: "2020-06", origin: .added, added: "2020-06-10")
        #expect(ProgrammeStatus.evaluate(facts, asOf: d("2020-06-09")) == nil)
        #expect(status(facts, "2020-06-10") == .dueThisMonth)
        #expect(facts.existsFrom == d("2020-06-10"))
    }

    @Test("a start-of-year item exists from 1 January of its year")
    func startOfYearItemExistsFromTheYear() {
        #expect(ProgrammeStatus.evaluate(item(), asOf: d("2019-12-31")) == nil)
        #expect(status(item(), "2020-01-01") == .notYetDue)
        #expect(item().existsFrom == d("2020-01-01"))
    }
}

@Suite("Months and month ranges")
struct CivilMonthTests {
    @Test func parsesTheContractFormAndTypedForms() {
        #expect(CivilMonth.parse("2020-06") == CivilMonth(year: 2020, month: 6))
        #expect(CivilMonth.parse(" 06/2020 ") == CivilMonth(year: 2020, month: 6))
        #expect(CivilMonth.parse("6/2020") == CivilMonth(year: 2020, month: 6))
        for bad in ["2020-13", "2020/06", "06-2020", "2020-06-01", "", "tháng 6", "0/2020", "2020-6x"] {
            #expect(CivilMonth.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func daysQuartersArithmeticAndLabels() {
        let feb = m("2020-02")
        #expect(feb.firstDay == d("2020-02-01") && feb.lastDay == d("2020-02-29"))
        #expect(m("2021-02").lastDay == d("2021-02-28"))
        #expect(m("2020-12").adding(months: 1) == m("2021-01"))
        #expect(m("2020-01").adding(months: -1) == m("2019-12"))
        #expect(m("2019-12").months(to: m("2020-02")) == 2)
        #expect([m("2020-03").quarter, m("2020-04").quarter, m("2020-12").quarter] == [1, 2, 4] as [Int])
        #expect(m("2020-06").iso == "2020-06" && m("2020-06").label == "06/2020")
    }

    @Test func rangesFromPeriods() {
        let h1 = MonthRange(ReportPeriod(code: "2020-H1")!)
        #expect(h1.first == m("2020-01") && h1.last == m("2020-06"))
        #expect(h1.months.count == 6)
        #expect(h1.label == "6 tháng đầu năm 2020")
        // A cut-off window touches the months of both ends.
        let window = MonthRange(ReportPeriod(from: d("2019-12-15"), to: d("2020-06-14")))
        #expect(window.first == m("2019-12") && window.last == m("2020-06"))
        #expect(MonthRange.quarter(2, of: 2021) == MonthRange(ReportPeriod(code: "2021-Q2")!))
        #expect(MonthRange.quarter(5, of: 2021) == nil)
        #expect(MonthRange(first: m("2020-05"), last: m("2020-04")) == nil)
        #expect(MonthRange.year(2020)!.contains(m("2020-12")) && !MonthRange.year(2020)!.contains(m("2021-01")))
    }
}
