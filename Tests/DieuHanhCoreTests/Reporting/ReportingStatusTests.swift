import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

private func e(_ kind: ReportSubmissionEvent.Kind, _ day: String) -> ReportSubmissionEvent {
    ReportSubmissionEvent(kind: kind, recordedOn: d(day))
}

/// Seed 000: letter 4049/UBND-TH of Mon 19/10/2020, reports due Fri 23/10/2020.
private func status(_ events: ReportSubmissionEvent..., asOf: String) -> ReportSubmissionSnapshot? {
    ReportSubmissionRule.evaluate(deadline: d("2020-10-23"), issuedOn: d("2020-10-19"), events: events, asOf: d(asOf))
}

@Suite("A unit's report status as of a date")
struct ReportingStatusTests {
    @Test("a submission on the deadline day is on time")
    func onDeadlineDay() {
        let s = status(e(.submitted, "2020-10-23"), asOf: "2020-12-31")
        #expect(
            s
                == ReportSubmissionSnapshot(
                    status: .submittedOnTime, deadline: d("2020-10-23"), submittedOn: d("2020-10-23"),
                    lastVersionOn: d("2020-10-23"), versionIndex: 0))
    }

    @Test("a submission the day after the deadline is late by one day")
    func dayAfter() {
        let s = status(e(.submitted, "2020-10-24"), asOf: "2020-12-31")
        #expect(s?.status == .submittedLate)
        #expect(s?.daysLate == 1)
    }

    @Test("nothing sent: not yet due through the deadline day, missing the day after")
    func missing() {
        #expect(status(asOf: "2020-10-23")?.status == .notYetDue)
        let after = status(asOf: "2020-10-26")
        #expect(after?.status == .missing)
        #expect(after?.daysLate == 3)
    }

    @Test("before the request is issued the unit owes nothing")
    func notIssued() {
        #expect(status(asOf: "2020-10-18") == nil)
    }

    @Test("a step counts only once recorded, so a past date gives the same answer later")
    func asOfIsReproducible() {
        let events = [e(.submitted, "2020-10-27")]
        #expect(
            ReportSubmissionRule.evaluate(
                deadline: d("2020-10-23"), issuedOn: d("2020-10-19"), events: events,
                asOf: d("2020-10-26"))?.status == .missing)
        #expect(
            ReportSubmissionRule.evaluate(
                deadline: d("2020-10-23"), issuedOn: d("2020-10-19"), events: events,
                asOf: d("2020-10-27"))?.status == .submittedLate)
    }

    @Test("a replacement before the deadline keeps the submission on time and becomes the version to read")
    func replacement() {
        let s = status(e(.submitted, "2020-10-21"), e(.replaced, "2020-10-23"), asOf: "2020-11-30")
        #expect(s?.status == .submittedOnTime)
        #expect(s?.submittedOn == d("2020-10-21"))
        #expect(s?.lastVersionOn == d("2020-10-23"))
        #expect(s?.versionIndex == 1)
    }

    @Test("a return before the deadline: owed again, still within the deadline")
    func returnBeforeDeadline() {
        let s = status(e(.submitted, "2020-10-20"), e(.returned, "2020-10-21"), asOf: "2020-10-22")
        #expect(s?.status == .notYetDue)
        #expect(s?.returned == true)
    }

    @Test("a return after the deadline makes the unit missing again")
    func returnAfterDeadline() {
        let s = status(e(.submitted, "2020-10-22"), e(.returned, "2020-10-26"), asOf: "2020-10-26")
        #expect(s?.status == .missing)
        #expect(s?.returned == true)
        // Until the return is recorded, it stands on time.
        #expect(status(e(.submitted, "2020-10-22"), e(.returned, "2020-10-26"), asOf: "2020-10-25")?.status == .submittedOnTime)
    }

    @Test("a resubmission after a return counts from its own date")
    func resubmission() {
        let late = status(
            e(.submitted, "2020-10-22"), e(.returned, "2020-10-26"), e(.submitted, "2020-10-28"), asOf: "2020-11-30")
        #expect(late?.status == .submittedLate)
        #expect(late?.submittedOn == d("2020-10-28"))
        #expect(late?.daysLate == 5)
        #expect(late?.versionIndex == 2)
        let inTime = status(
            e(.submitted, "2020-10-20"), e(.returned, "2020-10-21"), e(.submitted, "2020-10-22"), asOf: "2020-11-30")
        #expect(inTime?.status == .submittedOnTime)
        #expect(inTime?.returned == false)
    }

    @Test("steps on the same day are taken in the order they were recorded")
    func sameDayOrder() {
        #expect(status(e(.submitted, "2020-10-22"), e(.returned, "2020-10-22"), asOf: "2020-10-22")?.status == .notYetDue)
        #expect(status(e(.returned, "2020-10-22"), e(.submitted, "2020-10-22"), asOf: "2020-10-22")?.status == .submittedOnTime)
    }

    @Test("a unit may replace until the deadline, then only a return reopens it")
    func unitActions() {
        let sent = status(e(.submitted, "2020-10-21"), asOf: "2020-10-23")!
        #expect(ReportSubmissionRule.unitAction(sent, today: d("2020-10-23")) == .replace)
        #expect(ReportSubmissionRule.unitAction(sent, today: d("2020-10-24")) == .none)
        #expect(ReportSubmissionRule.unitAction(status(asOf: "2020-10-26")!, today: d("2020-10-26")) == .submit)
    }

    @Test("due soon: not sent and due within 3 working days")
    func dueSoon() {
        let calendar = WorkingCalendar()
        // Mon 19/10: Tue 20, Wed 21, Thu 22 → 23 is the 4th working day, not yet due soon.
        #expect(!ReportSubmissionRule.isDueSoon(status(asOf: "2020-10-19")!, asOf: d("2020-10-19"), calendar: calendar))
        #expect(ReportSubmissionRule.isDueSoon(status(asOf: "2020-10-20")!, asOf: d("2020-10-20"), calendar: calendar))
        #expect(ReportSubmissionRule.isDueSoon(status(asOf: "2020-10-23")!, asOf: d("2020-10-23"), calendar: calendar))
        let sent = status(e(.submitted, "2020-10-20"), asOf: "2020-10-21")!
        #expect(!ReportSubmissionRule.isDueSoon(sent, asOf: d("2020-10-21"), calendar: calendar))
    }
}

@Suite("Completeness, timeliness and the ranking")
struct ReportingCountsTests {
    @Test("30 units: rates over every expected report")
    func rates() {
        let statuses =
            Array(repeating: ReportSubmissionStatus.submittedOnTime, count: 18)
            + Array(repeating: .submittedLate, count: 4) + Array(repeating: .missing, count: 5)
            + Array(repeating: .notYetDue, count: 3)
        let counts = ReportingCounts.tally(statuses)
        #expect(counts.expected == 30)
        #expect(counts.submitted == 22)
        #expect(counts.completeness.text == "73,3%")
        #expect(counts.timeliness.text == "60%")
        #expect(counts.completeness.percent == 73.3)
        #expect(ReportingCounts().completeness.text == nil)
        #expect((counts + counts).expected == 60)
    }

    @Test("ranked by timeliness, completeness, fewer missing; full ties share a rank")
    func ranking() {
        typealias Line = ReportingRanking.Line<String>
        let lines = [
            Line(id: "a", name: "Sở Y tế", counts: .init(submittedOnTime: 10, submittedLate: 2)),
            Line(id: "b", name: "Sở Công Thương", counts: .init(submittedOnTime: 12)),
            Line(id: "c", name: "Sở Tư pháp", counts: .init(submittedOnTime: 10, missing: 2)),
            Line(id: "d", name: "Sở Nội vụ", counts: .init(submittedOnTime: 5, submittedLate: 1)),
            Line(id: "e", name: "Ban Dân tộc", counts: .init()),
        ]
        let ranked = ReportingRanking.ranked(lines)
        // a (10/12) and d (5/6) tie on both rates and on missing; a had more reports to send. c missed two.
        #expect(ranked.map(\.id) == ["b", "a", "d", "c"])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4])
        let tie = ReportingRanking.ranked([
            Line(id: "x", name: "Sở B", counts: .init(submittedOnTime: 1)),
            Line(id: "y", name: "Sở A", counts: .init(submittedOnTime: 1)),
            Line(id: "z", name: "Sở C", counts: .init(missing: 1)),
        ])
        #expect(tie.map(\.id) == ["y", "x", "z"])
        #expect(tie.map(\.rank) == [1, 1, 3])
    }
}

@Suite("Reminders and the consolidation archive")
struct ReportingRemindersTests {
    let calendar = WorkingCalendar()
    let policy = ReportReminderPolicy(daysBefore: 2, daysAfter: 1)

    func due(_ events: ReportSubmissionEvent..., asOf: String) -> [String] {
        let snapshot = ReportSubmissionRule.evaluate(
            deadline: d("2020-10-23"), issuedOn: d("2020-10-19"), events: events,
            asOf: d(asOf))!
        return policy.due(for: snapshot, issuedOn: d("2020-10-19"), asOf: d(asOf), calendar: calendar)
            .map { "\($0.kind.rawValue) \($0.dueOn.iso)" }
    }

    @Test("two working days before the deadline, then one after it")
    func schedule() {
        #expect(due(asOf: "2020-10-20") == [])
        #expect(due(asOf: "2020-10-21") == ["before_deadline 2020-10-21"])
        #expect(due(asOf: "2020-10-23") == ["before_deadline 2020-10-21"])
        // Sat 24 and Sun 25 are not working days: the after-reminder falls on Mon 26.
        #expect(due(asOf: "2020-10-24") == [])
        #expect(due(asOf: "2020-10-26") == ["after_deadline 2020-10-26"])
        #expect(due(asOf: "2020-11-30") == ["after_deadline 2020-10-26"])
    }

    @Test("no reminder for a unit that has sent its report")
    func notForSubmitted() {
        #expect(due(e(.submitted, "2020-10-20"), asOf: "2020-10-21") == [])
        #expect(due(e(.submitted, "2020-10-24"), asOf: "2020-10-26") == [])
        // Returned after the deadline: missing again, reminded again.
        #expect(due(e(.submitted, "2020-10-22"), e(.returned, "2020-10-26"), asOf: "2020-10-26") == ["after_deadline 2020-10-26"])
    }

    @Test("no before-reminder when the request came out on or after its day; zero turns a reminder off")
    func lateRequestsAndOff() {
        let snapshot = ReportSubmissionRule.evaluate(
            deadline: d("2020-10-23"), issuedOn: d("2020-10-22"), events: [],
            asOf: d("2020-10-22"))!
        #expect(policy.due(for: snapshot, issuedOn: d("2020-10-22"), asOf: d("2020-10-22"), calendar: calendar).isEmpty)
        let off = ReportReminderPolicy(daysBefore: 0, daysAfter: 0)
        let missing = ReportSubmissionRule.evaluate(
            deadline: d("2020-10-23"), issuedOn: d("2020-10-19"), events: [],
            asOf: d("2020-11-30"))!
        #expect(off.due(for: missing, issuedOn: d("2020-10-19"), asOf: d("2020-11-30"), calendar: calendar).isEmpty)
    }

    @Test("archive entries: a folder per unit, original names kept, repeats numbered")
    func archiveNames() {
        let folder = ReportArchiveNaming.folder(unitCode: "SLDTBXH", unitName: "Sở Lao động - Thương binh/Xã hội")
        #expect(folder == "SLDTBXH - Sở Lao động - Thương binh-Xã hội")
        let (files, text) = ReportArchiveNaming.entries(
            folder: "SNV - Sở Nội vụ",
            fileNames: [
                "Báo cáo.docx", "Báo cáo.docx", "Phụ lục.xlsx",
                "Nội dung báo cáo.txt",
            ], withText: true)
        #expect(
            files == [
                "SNV - Sở Nội vụ/Báo cáo.docx", "SNV - Sở Nội vụ/Báo cáo (2).docx", "SNV - Sở Nội vụ/Phụ lục.xlsx",
                "SNV - Sở Nội vụ/Nội dung báo cáo (2).txt",
            ])
        #expect(text == "SNV - Sở Nội vụ/Nội dung báo cáo.txt")
    }
}
