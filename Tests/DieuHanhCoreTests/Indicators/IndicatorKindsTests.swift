import Foundation
import Testing

@testable import DieuHanhCore

/// The kinds of indicator beside sums and levels (CONTRACT: `rate`, `index`, `rank`): never summed, each compared
/// with the year before in its own terms.
@Suite("Rates, indices and ranks")
struct IndicatorKindsTests {
    let day = CivilDate(year: 2021, month: 12, day: 20)!

    func evaluate(
        _ aggregation: IndicatorAggregation, direction: IndicatorDirection = .higher, target: Decimal? = nil,
        unit: String = "", _ facts: [(String, Decimal)]
    ) -> IndicatorSnapshot {
        IndicatorEvaluation.evaluate(
            IndicatorFacts(
                direction: direction, aggregation: aggregation, year: 2021,
                target: target.map { IndicatorTarget(original: $0) },
                actuals: facts.map {
                    ActualFact(period: IndicatorPeriod(code: $0.0)!, kind: .chinhThuc, value: $0.1, recordedOn: day)
                }, comparedInPoints: aggregation.comparesInPoints(unit: unit)),
            asOf: day)
    }

    @Test func anIndexInPercentIsItselfTheComparisonWithTheSamePeriod() {
        // Seed 002: "Chỉ số sản xuất công nghiệp 5 tháng đầu năm 2021 tăng 2,5% so với cùng kỳ năm trước"; GRDP
        // "đạt 104,23%, tăng xấp xỉ 0,2% so với cùng kỳ năm 2020" (the index rose from 104,03).
        let iip = evaluate(.index, [("2021-5M", Decimal(string: "102.5")!)])
        #expect(
            IndicatorText.sentence(name: "Chỉ số sản xuất công nghiệp", unit: "%", aggregation: .index, iip)
                == "Chỉ số sản xuất công nghiệp thực hiện 5 tháng đầu năm 2021 tăng 2,5% so với cùng kỳ năm trước.")
        let grdp = evaluate(
            .index, target: 107, unit: "%", [("2020-H1", Decimal(string: "104.03")!), ("2021-H1", Decimal(string: "104.23")!)])
        #expect(grdp.yoyPoints == Decimal(string: "0.2") && grdp.yoyPercent == nil && grdp.percentOfTarget == nil)
        #expect(grdp.status == .atRisk)
        #expect(
            IndicatorText.sentence(name: "Tốc độ phát triển GRDP", unit: "%", aggregation: .index, grdp)
                == "Tốc độ phát triển GRDP thực hiện 6 tháng đầu năm 2021 tăng 4,23% so với cùng kỳ năm trước "
                + "(kế hoạch tăng 7%), cao hơn 0,2 điểm phần trăm so với cùng kỳ năm 2020.")
        let down = evaluate(.index, target: 100, unit: "%", [("2020-H1", 101), ("2021-H1", 99)])
        #expect(
            IndicatorText.sentence(name: "Chỉ số", unit: "%", aggregation: .index, down)
                == "Chỉ số thực hiện 6 tháng đầu năm 2021 giảm 1% so với cùng kỳ năm trước (kế hoạch bằng cùng kỳ), "
                + "thấp hơn 2 điểm phần trăm so với cùng kỳ năm 2020.")
        let flat = evaluate(.index, unit: "%", [("2020-H1", 100), ("2021-H1", 100)])
        #expect(
            IndicatorText.sentence(name: "Chỉ số", unit: "%", aggregation: .index, flat)
                == "Chỉ số thực hiện 6 tháng đầu năm 2021 bằng cùng kỳ năm trước, bằng cùng kỳ năm 2020.")
        // An index in another unit is an ordinary figure.
        #expect(!IndicatorAggregation.index.isGrowthIndex(unit: "điểm") && IndicatorAggregation.index.isGrowthIndex(unit: " % "))
        #expect(!IndicatorAggregation.rate.isGrowthIndex(unit: "%"))
    }

    @Test func aRateIsComparedInPointsWhateverItsUnit() {
        let s = evaluate(
            .rate, target: Decimal(string: "8.5"), [("2020", Decimal(string: "8.1")!), ("2021", Decimal(string: "8.7")!)])
        #expect(s.yoyPoints == Decimal(string: "0.6") && s.yoyPercent == nil)
        #expect(s.status == .met)
    }

    @Test func anIndexIsNeverSummed() {
        // Quarterly index values are not added up: the latest period's value stands.
        let s = evaluate(.index, target: 108, [("2021-Q1", 103), ("2021-Q2", 105), ("2020-Q2", 100)])
        #expect(s.actual?.value == 105 && s.yoyPercent == 105 && s.status == .atRisk)
        #expect(IndicatorAggregation.index.isSummed == false && IndicatorAggregation.sum.isSummed)
    }

    @Test func aRankGainsPlacesWhenItsNumberFalls() {
        // Seed 001, footnote 20: "PCI xếp thứ 13/63" after 18th the year before.
        let up = evaluate(.rank, direction: .lower, target: 15, [("2020", 18), ("2021", 13)])
        #expect(up.yoyPlaces == 5 && up.yoyPercent == nil && up.yoyPoints == nil)
        #expect(up.percentOfTarget == nil)
        #expect(up.status == .met)
        #expect(IndicatorText.yoyChange(up) == "tăng 5 bậc so với cùng kỳ")
        #expect(
            IndicatorText.sentence(name: "Chỉ số PCI", unit: "thứ hạng", direction: .lower, aggregation: .rank, up)
                == "Chỉ số PCI năm 2021 xếp thứ 13/63 (kế hoạch thứ 15), tăng 5 bậc so với cùng kỳ.")
        let down = evaluate(.rank, direction: .lower, target: 10, [("2020", 25), ("2021", 27)])
        #expect(IndicatorText.yoyChange(down) == "giảm 2 bậc so với cùng kỳ" && down.status == .notMet)
        let same = evaluate(.rank, direction: .lower, [("2020", 13), ("2021", 13)])
        #expect(IndicatorText.yoyChange(same) == "giữ nguyên thứ hạng so với cùng kỳ")
        // Without last year's place there is no comparison.
        #expect(evaluate(.rank, direction: .lower, [("2021", 13)]).yoyPlaces == nil)
    }

    @Test func placesAreComparedAmongAsManyProvincesOnly() {
        #expect(IndicatorRank.provinces(in: 2024) == 63 && IndicatorRank.provinces(in: 2025) == 34)
        func rank(_ year: Int, _ before: Decimal, _ now: Decimal) -> IndicatorSnapshot {
            let recorded = CivilDate(year: year, month: 12, day: 20)!
            return IndicatorEvaluation.evaluate(
                IndicatorFacts(
                    direction: .lower, aggregation: .rank, year: year, target: nil,
                    actuals: [
                        ActualFact(
                            period: IndicatorPeriod(year: year - 1, span: .year)!, kind: .chinhThuc, value: before,
                            recordedOn: recorded),
                        ActualFact(
                            period: IndicatorPeriod(year: year, span: .year)!, kind: .chinhThuc, value: now, recordedOn: recorded),
                    ]),
                asOf: recorded)
        }
        // 2025 against 2024: 10th of 34 is not "up 3 places" from 13th of 63.
        #expect(rank(2025, 13, 10).yoyPlaces == nil)
        #expect(rank(2026, 13, 10).yoyPlaces == 3 && rank(2024, 13, 10).yoyPlaces == 3)
        #expect(
            IndicatorText.sentence(
                name: "Chỉ số PAPI", unit: "thứ hạng", direction: .lower, aggregation: .rank, rank(2025, 13, 10))
                == "Chỉ số PAPI năm 2025 xếp thứ 10/34.")
    }

    @Test func whatIsComparedInPoints() {
        #expect(IndicatorAggregation.rate.comparesInPoints(unit: "lần"))
        #expect(
            IndicatorAggregation.level.comparesInPoints(unit: " % ") && IndicatorAggregation.index.comparesInPoints(unit: "%"))
        #expect(
            !IndicatorAggregation.sum.comparesInPoints(unit: "tỷ đồng") && !IndicatorAggregation.rank.comparesInPoints(unit: "%"))
    }

    @Test func aRankIsOnlyEverBetterLower() {
        #expect(IndicatorAggregation.rank.allows(.lower) && !IndicatorAggregation.rank.allows(.higher))
        #expect(IndicatorAggregation.allCases.filter { $0 != .rank }.allSatisfy { $0.allows(.higher) && $0.allows(.lower) })
    }
}
