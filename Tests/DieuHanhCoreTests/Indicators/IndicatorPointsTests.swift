import Foundation
import Testing

@testable import DieuHanhCore

/// A rate or a growth in percent is compared with the year before in percentage points, never as a ratio.
@Suite("Indicators compared in percentage points")
struct IndicatorPointsTests {
    func rate(_ previous: String?, _ current: String) -> IndicatorSnapshot {
        let recorded = CivilDate(year: 2021, month: 12, day: 20)!
        var actuals = [
            ActualFact(period: IndicatorPeriod(code: "2021")!, kind: .uoc, value: Decimal(string: current)!, recordedOn: recorded)
        ]
        if let previous {
            actuals.append(
                ActualFact(
                    period: IndicatorPeriod(code: "2020")!, kind: .chinhThuc, value: Decimal(string: previous)!,
                    recordedOn: recorded))
        }
        let facts = IndicatorFacts(
            direction: .higher, aggregation: .level, year: 2021, target: IndicatorTarget(original: Decimal(string: "8.5")!),
            actuals: actuals, comparedInPoints: true)
        return IndicatorEvaluation.evaluate(facts, asOf: recorded)
    }

    @Test("8,1% then 8,7%: up 0,6 points, and no ratio of the two rates")
    func upInPoints() {
        let s = rate("8.1", "8.7")
        #expect(s.yoyPoints == Decimal(string: "0.6"))
        #expect(s.yoyPercent == nil)
        #expect(IndicatorText.yoyChange(s) == "tăng 0,6 điểm phần trăm so với cùng kỳ")
        #expect(
            IndicatorText.sentence(name: "Tốc độ tăng trưởng kinh tế", unit: "%", s)
                == "Tốc độ tăng trưởng kinh tế ước thực hiện năm 2021 đạt 8,7% (kế hoạch 8,5%), đạt 102,4% kế hoạch, "
                + "tăng 0,6 điểm phần trăm so với cùng kỳ.")
    }

    @Test("down, equal, whole points, from a negative or a zero rate, and rounded half away from zero")
    func boundaries() {
        #expect(IndicatorText.yoyChange(rate("2.9", "1.7")) == "giảm 1,2 điểm phần trăm so với cùng kỳ")
        #expect(IndicatorText.yoyChange(rate("6.5", "6.5")) == "bằng cùng kỳ")
        #expect(IndicatorText.yoyChange(rate("5", "7")) == "tăng 2 điểm phần trăm so với cùng kỳ")
        // A ratio over a negative or zero base says nothing; a difference still does.
        #expect(rate("-1.5", "2.5").yoyPoints == 4)
        #expect(rate("0", "2.5").yoyPoints == Decimal(string: "2.5"))
        #expect(rate("1.00", "1.05").yoyPoints == Decimal(string: "0.1"))
        #expect(rate("1.05", "1.00").yoyPoints == Decimal(string: "-0.1"))
        // Without last year's figure there is no comparison at all.
        #expect(rate(nil, "8.7").yoyPoints == nil && IndicatorText.yoyChange(rate(nil, "8.7")) == nil)
    }

    @Test("an indicator not compared in points keeps its ratio")
    func othersKeepTheRatio() {
        let recorded = CivilDate(year: 2021, month: 12, day: 20)!
        let facts = IndicatorFacts(
            direction: .higher, aggregation: .sum, year: 2021, target: IndicatorTarget(original: 100),
            actuals: [
                ActualFact(period: IndicatorPeriod(code: "2020")!, kind: .chinhThuc, value: 80, recordedOn: recorded),
                ActualFact(period: IndicatorPeriod(code: "2021")!, kind: .uoc, value: 90, recordedOn: recorded),
            ])
        let s = IndicatorEvaluation.evaluate(facts, asOf: recorded)
        #expect(s.yoyPoints == nil && s.yoyPercent == Decimal(string: "112.5"))
        #expect(IndicatorText.yoyChange(s) == "tăng 12,5% so với cùng kỳ")
    }
}
