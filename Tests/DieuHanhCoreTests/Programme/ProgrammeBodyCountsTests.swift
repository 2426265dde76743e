import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate { CivilDate.parse(iso)! }

private let h1 = MonthRange(ReportPeriod(code: "2020-H1")!)

private func submittedIn(_ planned: String, on day: String) -> ProgrammeItemFacts {
    ProgrammeItemFacts(
        origin: .startOfYear, plannedMonth: CivilMonth.parse(planned)!,
        events: [ProgrammeEvent(kind: .submitted, recordedOn: d(day), effectiveOn: d(day))])
}

/// Adds one item as the statistics do: its membership of H1 as of `asOf`.
private func add(
    _ counts: inout ProgrammeBodyCounts, _ facts: ProgrammeItemFacts, _ body: ProgrammeBody, _ kind: ProgrammeItemKind,
    asOf: String = "2020-06-30"
) {
    guard let m = ProgrammeCounts.membership(facts, period: h1, asOf: d(asOf)) else { return }
    counts.add(m, body: body, kind: kind)
}

@Suite("Work programme: what was submitted, by body and kind")
struct ProgrammeBodyCountsTests {
    @Test("nothing submitted: no sentence, no total")
    func empty() {
        var counts = ProgrammeBodyCounts()
        let unsubmitted = ProgrammeItemFacts(origin: .startOfYear, plannedMonth: CivilMonth.parse("2020-05")!)
        add(&counts, unsubmitted, .council, .report)
        #expect(counts.total == 0 && counts.sentence == nil)
    }

    @Test("a submission counts from its own day: the day before the cut-off it is not there")
    func cutOffBoundary() {
        var before = ProgrammeBodyCounts()
        var on = ProgrammeBodyCounts()
        let item = submittedIn("2020-06", on: "2020-06-30")
        add(&before, item, .council, .report, asOf: "2020-06-29")
        add(&on, item, .council, .report, asOf: "2020-06-30")
        #expect(before.total == 0)
        #expect(on.total(.council) == 1 && on.total(.partyCommittee) == 0)
    }

    @Test("an item submitted but planned outside the period is not the period's")
    func outsideThePeriod() {
        var counts = ProgrammeBodyCounts()
        add(&counts, submittedIn("2020-07", on: "2020-06-20"), .council, .report)
        #expect(counts.total == 0)
    }

    @Test("seed 001's sentence: the Party committee before the council, reports before drafts, counts with two digits")
    func seedSentence() {
        var counts = ProgrammeBodyCounts()
        let item = submittedIn("2020-06", on: "2020-06-10")
        for _ in 0..<10 { add(&counts, item, .council, .draftIndividualResolution) }
        for _ in 0..<4 { add(&counts, item, .council, .draftNormativeResolution) }
        for _ in 0..<11 { add(&counts, item, .council, .report) }
        for _ in 0..<2 { add(&counts, item, .partyCommittee, .scheme) }
        for _ in 0..<2 { add(&counts, item, .partyCommittee, .report) }
        #expect(counts.total == 29 && counts.total(.council) == 25)
        #expect(
            counts.sentence
                == "Các nội dung đã trình gồm: 04 nội dung trình Tỉnh ủy (02 báo cáo, 02 đề án); 25 nội dung trình HĐND tỉnh "
                + "(11 báo cáo, 04 dự thảo nghị quyết quy phạm pháp luật, 10 dự thảo nghị quyết cá biệt).")
    }

    @Test("every body and every kind has its place in the order")
    func ordersAreComplete() {
        #expect(Set(ProgrammeBodyCounts.reportOrder) == Set(ProgrammeBody.allCases))
        #expect(ProgrammeBodyCounts.reportOrder.count == ProgrammeBody.allCases.count)
        #expect(Set(ProgrammeBodyCounts.kindOrder) == Set(ProgrammeItemKind.allCases))
        #expect(ProgrammeBodyCounts.kindOrder.count == ProgrammeItemKind.allCases.count)
    }

    @Test("a draft resolution filter keeps both sorts; any other kind only itself")
    func family() {
        #expect(Set(ProgrammeItemKind.draftResolution.family).count == 3)
        #expect(ProgrammeItemKind.draftNormativeResolution.family == [.draftNormativeResolution])
        #expect(ProgrammeItemKind.report.family == [.report])
    }

    @Test("the Government's programme: none planned, all moved out, all or some submitted")
    func governmentProgramme() {
        #expect(
            ReviewProse.governmentProgramme(ProgrammeCounts())
                == "UBND tỉnh không có nội dung trong Chương trình công tác của Chính phủ, Thủ tướng Chính phủ.")
        #expect(
            ReviewProse.governmentProgramme(ProgrammeCounts(initial: 1, movedOut: 1)).hasSuffix(
                "đều đã được chuyển sang kỳ khác hoặc rút khỏi chương trình."))
        #expect(
            ReviewProse.governmentProgramme(ProgrammeCounts(initial: 2, added: 1, submitted: 2))
                == "Đối với Chương trình công tác của Chính phủ, Thủ tướng Chính phủ, UBND tỉnh đã trình 2/3 nội dung "
                + "(đạt 66,7%); còn 01 nội dung chưa trình.")
        #expect(ReviewProse.governmentProgramme(ProgrammeCounts(initial: 1, submitted: 1)).hasSuffix("1/1 nội dung (đạt 100%)."))
    }
}
