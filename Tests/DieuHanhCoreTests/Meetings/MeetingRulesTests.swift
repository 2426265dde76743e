import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate { CivilDate.parse(iso)! }

@Suite("Meetings: counting by kind and reading attendee lines")
struct MeetingRulesTests {
    @Test func countsMeetingsHeldInThePeriodAndEnteredByTheCutOff() {
        // setup
        let meetings = [
            MeetingFact(kind: .regular, heldOn: d("2026-01-01"), recordedOn: d("2026-01-02")),  // first day
            MeetingFact(kind: .regular, heldOn: d("2026-06-30"), recordedOn: d("2026-06-30")),  // last day
            MeetingFact(kind: .conference, heldOn: d("2025-12-31"), recordedOn: d("2026-01-02")),  // before
            MeetingFact(kind: .conference, heldOn: d("2026-07-01"), recordedOn: d("2026-07-01")),  // after
            MeetingFact(kind: .briefing, heldOn: d("2026-03-10"), recordedOn: d("2026-07-01")),  // entered late
        ]
        // act
        let counts = MeetingCount.counts(meetings, from: d("2026-01-01"), to: d("2026-06-30"), asOf: d("2026-06-30"))
        // check
        #expect(counts[.regular] == 2)
        #expect(counts[.conference] == 0)
        #expect(counts[.briefing] == 0)
        #expect(counts.count == MeetingKind.allCases.count)
    }

    @Test func aMeetingEnteredOnTheCutOffCountsAndOneAfterTheCutOffDoesNot() {
        let planned = MeetingFact(kind: .thematic, heldOn: d("2026-05-20"), recordedOn: d("2026-05-01"))
        #expect(MeetingCount.counts([planned], from: d("2026-01-01"), to: d("2026-12-31"), asOf: d("2026-05-20"))[.thematic] == 1)
        // Entered ahead but not yet held on the cut-off: not a meeting held.
        #expect(MeetingCount.counts([planned], from: d("2026-01-01"), to: d("2026-12-31"), asOf: d("2026-05-19"))[.thematic] == 0)
    }

    @Test func readsNameTitleAndDetailOnALine() {
        let lines = AttendeeLine.parse(
            """
            Nguyễn Lưu Trung — Phó Chủ tịch UBND tỉnh — đi công tác

            Hồ Minh Hải – Phó Giám đốc Chi cục Văn thư - Lưu trữ
            Võ Thanh Bình
            """)
        #expect(
            lines == [
                AttendeeLine(name: "Nguyễn Lưu Trung", title: "Phó Chủ tịch UBND tỉnh", detail: "đi công tác"),
                AttendeeLine(name: "Hồ Minh Hải", title: "Phó Giám đốc Chi cục Văn thư - Lưu trữ"),
                AttendeeLine(name: "Võ Thanh Bình"),
            ])
        #expect(lines[0].text == "Nguyễn Lưu Trung — Phó Chủ tịch UBND tỉnh — đi công tác")
        #expect(AttendeeLine.parse(" — chức vụ không tên").isEmpty)
    }
}
