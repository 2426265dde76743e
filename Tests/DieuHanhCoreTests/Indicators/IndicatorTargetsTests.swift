import Foundation
import Testing

@testable import DieuHanhCore

/// One figure against several named targets (seed 002: "so với dự toán Trung ương giao đạt 44%; so với dự toán HĐND
/// tỉnh giao đạt 32%").
@Suite("Targets of several kinds")
struct IndicatorTargetsTests {
    let day = CivilDate(year: 2021, month: 6, day: 14)!

    func snapshot(_ aggregation: IndicatorAggregation = .sum, actual: Decimal?) -> IndicatorSnapshot {
        let actuals = actual.map {
            [ActualFact(period: IndicatorPeriod(code: "2021-H1")!, kind: .uoc, value: $0, recordedOn: day)]
        }
        return IndicatorEvaluation.evaluate(
            IndicatorFacts(
                direction: aggregation == .rank ? .lower : .higher, aggregation: aggregation, year: 2021,
                target: IndicatorTarget(original: 1375), actuals: actuals ?? []),
            asOf: day)
    }

    @Test func eachTargetIsMeasuredAsThePlansOwnAndNamedInTheSentence() {
        let s = snapshot(actual: 440)
        let others = IndicatorOtherTarget.measure([(.trungUong, 1000), (.hdnd, 0)], against: s, aggregation: .sum)
        #expect(others.map(\.percentOfTarget) == [44, nil])  // a zero target measures nothing
        #expect(IndicatorText.otherTargetsPhrase(others) == "so với kế hoạch Trung ương giao đạt 44%")
        #expect(
            IndicatorText.sentence(name: "Thu ngân sách", unit: "tỷ đồng", otherTargets: others, s)
                == "Thu ngân sách ước thực hiện 6 tháng đầu năm 2021 đạt 440/1.375 tỷ đồng, đạt 32% kế hoạch; "
                + "so với kế hoạch Trung ương giao đạt 44%.")
    }

    @Test func withoutAFigureOrForARankThereIsNoPercentage() {
        #expect(
            IndicatorOtherTarget.measure([(.hdnd, 100)], against: snapshot(actual: nil), aggregation: .sum)[0].percentOfTarget
                == nil)
        #expect(
            IndicatorOtherTarget.measure([(.hdnd, 10)], against: snapshot(.rank, actual: 13), aggregation: .rank)[0]
                .percentOfTarget == nil)
        #expect(IndicatorText.otherTargetsPhrase([]) == "")
        #expect(IndicatorTargetKind(rawValue: "trung_uong") == .trungUong && IndicatorTargetKind(rawValue: "tw") == nil)
    }

    @Test func theBudgetIsMeasuredAgainstItsEstimatesInTheSeedsWords() {
        // Seed 002: "so với dự toán TW giao đạt 44%; so với dự toán HĐND giao đạt 32%"; seed 001: "đạt 47% dự toán
        // HĐND tỉnh".
        let s = snapshot(actual: 440)
        let others = IndicatorOtherTarget.measure([(.trungUong, 1000)], against: s, aggregation: .sum)
        let council = IndicatorTargetWording(term: .duToan, ownKind: .hdnd)
        #expect(
            IndicatorText.sentence(name: "Thu ngân sách", unit: "tỷ đồng", otherTargets: others, wording: council, s)
                == "Thu ngân sách ước thực hiện 6 tháng đầu năm 2021 đạt 440/1.375 tỷ đồng, đạt 32% dự toán HĐND tỉnh giao; "
                + "so với dự toán Trung ương giao đạt 44%.")
        #expect(IndicatorText.planPhrase(47, wording: council) == "đạt 47% dự toán HĐND tỉnh giao")
        // The province's own plan is just "kế hoạch" / "dự toán"; lower-is-better says "bằng".
        #expect(
            IndicatorText.planPhrase(80, direction: .lower, wording: IndicatorTargetWording(term: .duToan)) == "bằng 80% dự toán")
        #expect(IndicatorTargetWording().ownTarget == "kế hoạch")
        #expect(IndicatorTargetWording(ownKind: .trungUong).ownTarget == "kế hoạch Trung ương giao")
        #expect(IndicatorTargetKind.tinh.label(.duToan) == "dự toán của tỉnh")
    }

    @Test func theWordForATargetIsReadAsTyped() {
        #expect(IndicatorTargetTerm(text: "du_toan") == .duToan && IndicatorTargetTerm(text: "Dự toán") == .duToan)
        #expect(IndicatorTargetTerm(text: " kế hoạch ") == .keHoach && IndicatorTargetTerm(text: "ke_hoach") == .keHoach)
        #expect(IndicatorTargetTerm(text: "ngân sách") == nil && IndicatorTargetTerm(text: "") == nil)
    }
}
