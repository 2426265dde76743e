import Foundation
import Testing

@testable import DieuHanhCore

/// Any cumulative period from January ("5 tháng", "10 tháng": seeds 000 and 002), beside the year, halves, 9 months,
/// quarters and months.
@Suite("Cumulative periods from January")
struct CumulativePeriodTests {
    let day = CivilDate(year: 2021, month: 12, day: 20)!

    func fact(_ code: String, _ value: Decimal, _ kind: ActualKind = .uoc) -> ActualFact {
        ActualFact(period: IndicatorPeriod(code: code)!, kind: kind, value: value, recordedOn: day)
    }

    @Test func codesReadAndWriteAndNameTheStretch() {
        let five = IndicatorPeriod(code: "2021-5m")!
        #expect(five.code == "2021-5M" && five.firstMonth == 1 && five.lastMonth == 5 && five.months == 5)
        #expect(five.label == "5 tháng đầu năm 2021")
        #expect(IndicatorPeriod(code: "2020-10M")!.label == "10 tháng đầu năm 2020")
        #expect(five.previousYear?.code == "2020-5M")
        // A stretch another code names is that period: one stretch of months is one period.
        #expect(IndicatorPeriod(code: "2021-6M") == IndicatorPeriod(code: "2021-H1"))
        #expect(IndicatorPeriod(code: "2021-9M")?.span == .nineMonths)
        #expect(IndicatorPeriod(code: "2021-3M") == IndicatorPeriod(code: "2021-Q1"))
        #expect(IndicatorPeriod(code: "2021-1M") == IndicatorPeriod(code: "2021-M01"))
        #expect(IndicatorPeriod(code: "2021-12M") == IndicatorPeriod(code: "2021"))
        for bad in ["2021-0M", "2021-13M", "2021-M", "2021-5", "2021-AM", "2021-100M"] {
            #expect(IndicatorPeriod(code: bad) == nil, "\(bad)")
        }
        // The entry form offers every one of them once.
        let codes = IndicatorPeriod.all(in: 2021).map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(["2021-2M", "2021-5M", "2021-10M", "2021-11M"].allSatisfy(codes.contains))
        #expect(ReportPeriod(code: "2021-5M")?.label == "5 tháng đầu năm 2021")
        #expect(ReportPeriod(code: "2021-5M")?.to == CivilDate(year: 2021, month: 5, day: 31))
    }

    @Test func aSumTakesTheLongerFigureAndAddsMonthsOnlyWhereNoneExists() {
        func sum(_ facts: [ActualFact]) -> IndicatorSnapshot {
            IndicatorEvaluation.evaluate(
                IndicatorFacts(
                    direction: .higher, aggregation: .sum, year: 2021, target: IndicatorTarget(original: 1200), actuals: facts),
                asOf: day)
        }
        let months = (1...5).map { fact(String(format: "2021-M%02d", $0), 100) }
        // Five months entered one by one, then the office's own 5-month figure: the figure wins, not the sum.
        let s = sum(months + [fact("2021-5M", 480)])
        #expect(s.actual?.value == 480 && s.actual?.label == "ước 5 tháng đầu năm 2021")
        // 10 months and November: 10M + M11, not eleven months added up.
        let eleven = sum((1...11).map { fact(String(format: "2021-M%02d", $0), 100) } + [fact("2021-10M", 950)])
        #expect(eleven.actual?.value == 1050 && eleven.actual?.periods.map(\.code) == ["2021-10M", "2021-M11"])
        // Without the longer figure, the months are added up.
        #expect(sum(months).actual?.value == 500)
        // 5 of 12 months gone: 480 × 12 = 5.760 < 1.200 × 5 = 6.000, at risk; 500 is on track.
        #expect(s.status == .atRisk && sum(months).status == .onTrack)
    }

    @Test func aLevelIsNeverSummedAndComparesWithTheSameStretchLastYear() {
        // Seed 002: "Chỉ số sản xuất công nghiệp 5 tháng … tăng 2,5%".
        let facts = IndicatorFacts(
            direction: .higher, aggregation: .level, year: 2021, target: IndicatorTarget(original: 108),
            actuals: [fact("2020-5M", 100, .chinhThuc), fact("2021-M04", 101), fact("2021-5M", Decimal(string: "102.5")!)])
        let s = IndicatorEvaluation.evaluate(facts, asOf: day)
        #expect(s.actual?.value == Decimal(string: "102.5") && s.actual?.periods.map(\.code) == ["2021-5M"])
        #expect(s.previous?.value == 100 && s.yoyPercent == Decimal(string: "102.5"))
    }
}
