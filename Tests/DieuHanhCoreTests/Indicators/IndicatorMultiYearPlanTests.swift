import Foundation
import Testing

@testable import DieuHanhCore

private func d(_ iso: String) -> CivilDate {
    guard let date = CivilDate.parse(iso) else { fatalError("bad test date \(iso)") }
    return date
}

private func n(_ text: String) -> Decimal {
    guard let value = DecimalText.parse(text) else { fatalError("bad test number \(text)") }
    return value
}

private func fact(_ period: String, _ value: String, _ kind: ActualKind = .chinhThuc, on recorded: String? = nil)
    -> ActualFact
{
    let code = IndicatorPeriod(code: period)!
    return ActualFact(
        period: code, kind: kind, value: n(value), recordedOn: recorded.map(d) ?? d("\(code.year + 1)-03-01"))
}

private let plan2125 = IndicatorPlanPeriod(from: 2021, to: 2025)!

private func evaluate(
    _ method: IndicatorPlanMethod, agg: IndicatorAggregation, dir: IndicatorDirection = .higher, target: String,
    asOf: String = "2026-12-31", _ actuals: ActualFact...
) -> IndicatorMultiYearSnapshot {
    IndicatorMultiYearEvaluation.evaluate(
        IndicatorMultiYearFacts(
            direction: dir, aggregation: agg, period: plan2125, method: method, target: n(target), actuals: actuals),
        asOf: d(asOf))
}

/// GRDP growth in % a year, one figure per year.
private func growths(_ values: String?...) -> [ActualFact] {
    zip(2021...2025, values).compactMap { year, value in value.map { fact(String(year), $0) } }
}

private func grdp(target: String = "7", asOf: String = "2026-12-31", _ facts: [ActualFact]) -> IndicatorMultiYearSnapshot {
    IndicatorMultiYearEvaluation.evaluate(
        IndicatorMultiYearFacts(
            direction: .higher, aggregation: .rate, period: plan2125, method: .averageGrowth, target: n(target),
            actuals: facts),
        asOf: d(asOf))
}

@Suite("Plans for several years (kế hoạch 5 năm)")
struct IndicatorMultiYearPlanTests {
    // MARK: The period and the method

    @Test("a period is read with or without spaces or an en dash; a reversed or too long one is refused")
    func periodCodes() {
        #expect(IndicatorPlanPeriod(code: "2021-2025") == plan2125)
        #expect(IndicatorPlanPeriod(code: " 2021 - 2025 ") == plan2125)
        #expect(IndicatorPlanPeriod(code: "2021–2025") == plan2125)
        #expect(IndicatorPlanPeriod(code: "2025-2021") == nil)
        #expect(IndicatorPlanPeriod.isRange("2025-2021"))
        #expect(IndicatorPlanPeriod(code: "2021-2021") == nil)
        #expect(IndicatorPlanPeriod(code: "2021-2031") == nil)
        #expect(IndicatorPlanPeriod(code: "2021") == nil)
        #expect(!IndicatorPlanPeriod.isRange("2021-H1"))
        #expect(IndicatorPlanPeriod(code: "21-25") == nil)
        #expect(plan2125.label == "giai đoạn 2021 - 2025")
        #expect(plan2125.code == "2021-2025")
        #expect(plan2125.years == [2021, 2022, 2023, 2024, 2025])
    }

    @Test("the method a row implies: the sum for a sum, else the last year; an average growth only when stated")
    func impliedMethod() {
        #expect(IndicatorPlanMethod.implied(by: .sum) == .sum)
        for aggregation in [IndicatorAggregation.level, .rate, .index, .rank] {
            #expect(IndicatorPlanMethod.implied(by: aggregation) == .lastYear)
        }
        #expect(IndicatorPlanMethod.sum.allows(.sum))
        #expect(!IndicatorPlanMethod.sum.allows(.rate))
        #expect(IndicatorPlanMethod.averageGrowth.allows(.rate))
        #expect(IndicatorPlanMethod.averageGrowth.allows(.index))
        #expect(!IndicatorPlanMethod.averageGrowth.allows(.sum))
        #expect(IndicatorAggregation.allCases.allSatisfy { IndicatorPlanMethod.lastYear.allows($0) })
    }

    // MARK: Average growth

    @Test("no figure in any year is no data, whatever the method")
    func noFigure() {
        for method in IndicatorPlanMethod.allCases {
            let s = evaluate(method, agg: method == .sum ? .sum : .rate, target: "7")
            #expect(s.status == .noData)
            #expect(s.value == nil)
            #expect(s.percentOfTarget == nil)
            #expect(s.years.count == 5)
            #expect(IndicatorText.multiYearValue(s, unit: "%") == nil)
        }
    }

    @Test("one year: its growth is the average so far, judged against the target only as on track")
    func oneYear() {
        let s = grdp(growths("7.2"))
        #expect(s.value == n("7.2"))
        #expect(s.status == .onTrack)
        #expect(s.percentOfTarget == n("102.9"))
        #expect(IndicatorText.multiYearValue(s, unit: "%") == "bình quân 7,2%/năm (1 năm có số liệu)")
        #expect(grdp(growths("6.9")).status == .atRisk)
    }

    @Test("five years of 7% meet a target of 7%/năm exactly")
    func targetExactlyMet() {
        let s = grdp(growths("7", "7", "7", "7", "7"))
        #expect(s.value == n("7"))
        #expect(s.status == .met)
        #expect(s.percentOfTarget == n("100"))
        #expect(IndicatorText.multiYearValue(s, unit: "%") == "bình quân 7%/năm")
        // 6,97999… rounds to 7,0: judged on the figure the report prints.
        #expect(grdp(growths("7", "7", "7", "7", "6.9")).status == .met)
        #expect(grdp(growths("7", "7", "7", "7", "6.5")).status == .notMet)
    }

    @Test("a year of negative growth pulls the mean down geometrically, not arithmetically")
    func negativeYear() {
        // 1,07 × 0,975 × 1,06 × 1,075 × 1,08 = 1,2836…; its fifth root is 1,05125: 5,1%/năm (the plain mean is 5,2).
        let s = grdp(growths("7", "-2.5", "6", "7.5", "8"))
        #expect(s.value == n("5.1"))
        #expect(s.status == .notMet)
        #expect(s.percentOfTarget == n("72.9"))
    }

    @Test("a year of zero growth counts as a year of the mean")
    func zeroYear() {
        #expect(grdp(growths("0", "0", "0", "0", "0")).value == 0)
        // (1,07⁴)^(1/5) = 1,0556…
        #expect(grdp(growths("0", "7", "7", "7", "7")).value == n("5.6"))
    }

    @Test("rounding half away from zero is settled exactly where a Double alone falls on the wrong side")
    func roundingBoundaries() {
        // A Double gives 6,0499… and −0,04999…: both would print one step short.
        #expect(IndicatorMultiYearEvaluation.averageGrowth(Array(repeating: n("6.05"), count: 5)) == n("6.1"))
        #expect(IndicatorMultiYearEvaluation.averageGrowth(Array(repeating: n("-0.05"), count: 5)) == n("-0.1"))
        #expect(IndicatorMultiYearEvaluation.averageGrowth(Array(repeating: n("6.85"), count: 5)) == n("6.9"))
        #expect(IndicatorMultiYearEvaluation.averageGrowth(Array(repeating: n("6.15"), count: 3)) == n("6.2"))
        #expect(IndicatorMultiYearEvaluation.averageGrowth(Array(repeating: n("6.04"), count: 5)) == n("6"))
        #expect(IndicatorMultiYearEvaluation.averageGrowth([]) == nil)
        // A fall of 100% or more leaves no mean.
        #expect(IndicatorMultiYearEvaluation.averageGrowth([n("5"), n("-100")]) == nil)
    }

    @Test("an index of 106,5 is a growth of 6,5%")
    func indexFigures() {
        let s = evaluate(
            .averageGrowth, agg: .index, target: "6.5", fact("2021", "106.5"), fact("2022", "106.5"), fact("2023", "106.5"),
            fact("2024", "106.5"), fact("2025", "106.5"))
        #expect(s.value == n("6.5"))
        #expect(s.status == .met)
    }

    @Test("the last year incomplete: the period is not judged yet, the estimate counts as so far")
    func lastYearIncomplete() {
        var facts = growths("7", "7", "7", "7")
        facts.append(fact("2025-9M", "6.2", .uoc, on: "2025-10-05"))
        let s = grdp(asOf: "2025-10-31", facts)
        #expect(s.years.last?.actual?.label == "ước 9 tháng đầu năm 2025")
        #expect(s.years.last?.isWholeYear == false)
        #expect(s.value == n("6.8"))
        #expect(s.status == .atRisk)
        // Once the year's own figure is in, it is judged.
        facts.append(fact("2025", "7.1", .uoc, on: "2025-12-20"))
        #expect(grdp(asOf: "2025-12-31", facts).status == .met)
    }

    @Test("a year missing in the middle is left out of the mean, not taken as zero")
    func yearMissing() {
        let s = grdp(growths("6.5", "7", nil, "7.2", "6.8"))
        #expect(s.covered.map(\.year) == [2021, 2022, 2024, 2025])
        #expect(s.years[2].actual == nil)
        #expect(s.value == n("6.9"))
        #expect(s.status == .notMet)
        #expect(IndicatorText.multiYearValue(s, unit: "%") == "bình quân 6,9%/năm (4 năm có số liệu)")
    }

    @Test("figures recorded after the cut-off are not known, as for a year")
    func knownAsOf() {
        let facts = [fact("2021", "7", on: "2022-02-01"), fact("2022", "8", on: "2023-02-01")]
        #expect(grdp(asOf: "2022-12-31", facts).value == n("7"))
        #expect(grdp(asOf: "2022-01-31", facts).status == .noData)
    }

    // MARK: Sum

    @Test("a sum: the yearly totals added up, met once every year is whole")
    func sumMet() {
        let years = ["48000", "49000", "50000", "51000", "53000"]
        let all = zip(2021...2025, years).map { fact(String($0), $1) }
        let s = evaluate(.sum, agg: .sum, target: "250000", all[0], all[1], all[2], all[3], all[4])
        #expect(s.value == n("251000"))
        #expect(s.status == .met)
        #expect(s.percentOfTarget == n("100.4"))
        #expect(IndicatorText.multiYearValue(s, unit: "tỷ đồng") == "tổng 5 năm: 251.000 tỷ đồng")
        #expect(
            IndicatorText.multiYearTarget(n("250000"), period: plan2125, method: .sum, unit: "tỷ đồng")
                == "tổng 5 năm: 250.000 tỷ đồng")
        let short = evaluate(.sum, agg: .sum, target: "252000", all[0], all[1], all[2], all[3], all[4])
        #expect(short.status == .notMet)
    }

    @Test("a sum before the end: its share of the target against the share of the months its figures cover")
    func sumOnTrack() {
        // 3 years of 5 (60%) against 150.000 of 250.000 (60%): on track exactly; one less is at risk.
        let three = [fact("2021", "50000"), fact("2022", "50000"), fact("2023", "50000")]
        let even = evaluate(.sum, agg: .sum, target: "250000", three[0], three[1], three[2])
        #expect(even.status == .onTrack)
        let behind = evaluate(.sum, agg: .sum, target: "250000", three[0], three[1], fact("2023", "49999"))
        #expect(behind.status == .atRisk)
        // The current year's nine months count as nine months: 2 years 9 months = 33 of 60 months (55%).
        let partial = evaluate(
            .sum, agg: .sum, target: "200000", asOf: "2023-10-31", three[0], three[1],
            fact("2023-9M", "10000", .uoc, on: "2023-10-05"))
        #expect(partial.value == n("110000"))
        #expect(partial.status == .onTrack)
        #expect(IndicatorText.multiYearValue(partial, unit: "tỷ đồng") == "tổng đến 9 tháng đầu năm 2023: 110.000 tỷ đồng")
    }

    @Test("a sum with a year missing is not judged even when the last year is whole")
    func sumYearMissing() {
        let s = evaluate(
            .sum, agg: .sum, target: "200000", fact("2021", "50000"), fact("2022", "50000"), fact("2024", "50000"),
            fact("2025", "50000"))
        #expect(s.value == n("200000"))
        #expect(s.status == .onTrack)
    }

    // MARK: Last year

    @Test("the last year's level, lower is better: judged on the last year's own figure")
    func lastYearLevel() {
        let s = evaluate(
            .lastYear, agg: .rate, dir: .lower, target: "1.5", fact("2021", "2.8"), fact("2024", "1.6"), fact("2025", "1.4"))
        #expect(s.value == n("1.4"))
        #expect(s.status == .met)
        #expect(IndicatorText.multiYearValue(s, unit: "%") == "năm 2025: 1,4%")
        #expect(
            IndicatorText.multiYearTarget(n("1.5"), period: plan2125, method: .lastYear, unit: "%") == "năm 2025: 1,5%")
        let before = evaluate(.lastYear, agg: .rate, dir: .lower, target: "1.5", fact("2021", "2.8"), fact("2024", "1.6"))
        #expect(before.status == .atRisk)
        #expect(IndicatorText.multiYearValue(before, unit: "%") == "năm 2024: 1,6%")
        let half = evaluate(
            .lastYear, agg: .level, dir: .lower, target: "1.5", fact("2024", "1.6"), fact("2025-H1", "1.5", .uoc))
        #expect(half.status == .onTrack)
        #expect(IndicatorText.multiYearValue(half, unit: "%") == "6 tháng đầu năm 2025: 1,5%")
        let notMet = evaluate(.lastYear, agg: .rate, dir: .lower, target: "1.5", fact("2025", "1.51"))
        #expect(notMet.status == .notMet)
    }

    @Test("a rank's last place has no percentage of the target")
    func rank() {
        let s = evaluate(.lastYear, agg: .rank, dir: .lower, target: "10", fact("2025", "9"))
        #expect(s.status == .met)
        #expect(s.percentOfTarget == nil)
    }

    // MARK: The sentence

    @Test("the period's sentence in the seeds' style")
    func prose() {
        let names = (1...15).map { "Chỉ tiêu \($0)" }
        let items = names.enumerated().map { (name: $1, status: $0 < 12 ? IndicatorStatus.met : .notMet) }
        let tally = IndicatorTally(year: 2020, asOf: d("2020-12-31"), items: items)
        let period = IndicatorPlanPeriod(from: 2016, to: 2020)!
        #expect(
            ReviewProse.multiYearPlan(tally, period: period)
                == "Giai đoạn 2016 - 2020: đạt và vượt 12/15 chỉ tiêu; 03 chỉ tiêu không đạt (chỉ tiêu 13, chỉ tiêu 14, "
                + "chỉ tiêu 15).")
        let midway = IndicatorTally(
            year: 2025, asOf: d("2023-06-30"),
            items: [("GRDP", .onTrack), ("Tỷ lệ hộ nghèo", .atRisk), ("Vốn đầu tư", .noData)])
        #expect(
            ReviewProse.multiYearPlan(midway, period: plan2125)
                == "Giai đoạn 2021 - 2025: 01 chỉ tiêu đạt tiến độ kế hoạch giai đoạn; 01 chỉ tiêu có nguy cơ không đạt "
                + "kế hoạch giai đoạn (tỷ lệ hộ nghèo); 01 chỉ tiêu chưa có số liệu (vốn đầu tư).")
        #expect(
            ReviewProse.multiYearPlan(IndicatorTally(year: 2025, asOf: d("2023-06-30"), items: []), period: plan2125)
                == "Chưa có chỉ tiêu kinh tế - xã hội nào được giao cho giai đoạn 2021 - 2025.")
        #expect(
            IndicatorText.multiYearTarget(n("7"), period: plan2125, method: .averageGrowth, unit: "%") == "bình quân 7%/năm")
    }
}
