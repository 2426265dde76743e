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

private func fact(_ period: String, _ kind: ActualKind, _ value: String, on recorded: String) -> ActualFact {
    ActualFact(period: IndicatorPeriod(code: period)!, kind: kind, value: n(value), recordedOn: d(recorded))
}

private func facts(
    agg aggregation: IndicatorAggregation = .sum, dir direction: IndicatorDirection = .higher, year: Int = 2021,
    target: String? = "5300", revisions: [TargetRevision] = [], _ actuals: ActualFact...
) -> IndicatorFacts {
    IndicatorFacts(
        direction: direction, aggregation: aggregation, year: year,
        target: target.map { IndicatorTarget(original: n($0), revisions: revisions) }, actuals: actuals)
}

@Suite("Indicator rule as of a date")
struct IndicatorEvaluationTests {
    // MARK: Seed 002: "2.620/5.300 tỷ đồng, tăng 28,5% so với cùng kỳ, bằng 49,4% so với kế hoạch"

    @Test("seed 002's industrial output: 49,4% of the plan, 28,5% above the same period")
    func seed002IndustrialOutput() {
        let f = facts(fact("2020-H1", .chinhThuc, "2039", on: "2020-12-20"), fact("2021-H1", .uoc, "2620", on: "2021-06-14"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-06-14"))
        #expect(s.percentOfTarget == n("49.4"))
        #expect(s.yoyPercent == n("128.5"))
        #expect(s.actual?.label == "ước 6 tháng đầu năm 2021")
        #expect(s.previous?.value == n("2039"))
        #expect(IndicatorText.assessment(s) == "đạt 49,4% kế hoạch, tăng 28,5% so với cùng kỳ")
        #expect(
            IndicatorText.sentence(name: "Giá trị sản xuất công nghiệp", unit: "tỷ đồng", s)
                == "Giá trị sản xuất công nghiệp ước thực hiện 6 tháng đầu năm 2021 đạt 2.620/5.300 tỷ đồng, "
                + "đạt 49,4% kế hoạch, tăng 28,5% so với cùng kỳ.")
        // 2620 / 5300 = 49,43…% is behind half the year (50%): at risk.
        #expect(s.status == .atRisk)
    }

    // MARK: Known as of D

    @Test("an actual recorded the day after the cut-off is not known; on the cut-off day it is")
    func recordedAfterCutOffIsUnknown() {
        let f = facts(fact("2021-H1", .uoc, "2700", on: "2021-06-15"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-06-14")).status == .noData)
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-06-14")).actual == nil)
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-06-15")).actual?.value == n("2700"))
    }

    @Test("no actual at all is no data, with the target still given")
    func noData() {
        let s = IndicatorEvaluation.evaluate(facts(), asOf: d("2021-12-31"))
        #expect(s.status == .noData)
        #expect(s.status.met == nil)
        #expect(s.target == n("5300"))
        #expect(s.percentOfTarget == nil)
        #expect(s.yoyPercent == nil)
    }

    // MARK: Kinds supersede

    @Test("a later kind supersedes an earlier one once it is known")
    func officialSupersedesEstimate() {
        let f = facts(
            fact("2021", .uoc, "5200", on: "2021-12-10"), fact("2021", .soBo, "5310", on: "2022-01-05"),
            fact("2021", .chinhThuc, "5290", on: "2022-06-30"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-12-31")).actual?.value == n("5200"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-12-31")).status == .notMet)
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2022-01-05")).actual?.value == n("5310"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2022-01-05")).status == .met)
        let official = IndicatorEvaluation.evaluate(f, asOf: d("2022-06-30"))
        #expect(official.actual?.value == n("5290"))
        #expect(official.actual?.label == "chính thức năm 2021")
        #expect(official.status == .notMet)
    }

    @Test("an estimate recorded after the official figure does not replace it")
    func estimateAfterOfficialDoesNotWin() {
        let f = facts(fact("2021", .chinhThuc, "5400", on: "2022-03-01"), fact("2021", .uoc, "5000", on: "2022-04-01"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2022-12-31")).actual?.value == n("5400"))
    }

    @Test("the same kind twice: the one recorded later wins, and on the same day the one entered later")
    func sameKindLatestWins() {
        let f = facts(
            fact("2021", .uoc, "5000", on: "2021-12-12"), fact("2021", .uoc, "5100", on: "2021-12-10"),
            fact("2021", .uoc, "5350", on: "2021-12-12"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-12-11")).actual?.value == n("5100"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-12-12")).actual?.value == n("5350"))
        let ranked = IndicatorEvaluation.ranked(f.actuals)
        #expect(ranked.map(\.value) == [n("5350"), n("5000"), n("5100")])
    }

    // MARK: Which figure stands for the year (sum)

    @Test("sum: the year's own figure beats every partial one")
    func sumYearFigureWins() {
        let f = facts(fact("2021-9M", .chinhThuc, "4000", on: "2021-10-20"), fact("2021", .uoc, "5350", on: "2021-12-10"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-12-31"))
        #expect(s.actual?.label == "ước năm 2021")
        #expect(s.status == .met)
        #expect(s.status.met == true)
    }

    @Test("sum: 9 months beats 6 months, and says so")
    func sumLatestCumulative() {
        let f = facts(fact("2021-H1", .chinhThuc, "2620", on: "2021-07-20"), fact("2021-9M", .uoc, "4100", on: "2021-09-20"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-09-30"))
        #expect(s.actual?.label == "ước 9 tháng đầu năm 2021")
        #expect(s.actual?.value == n("4100"))
        // 4100 × 12 = 49 200 ≥ 5300 × 9 = 47 700: on track.
        #expect(s.status == .onTrack)
        #expect(s.status.met == nil)
    }

    @Test("sum: months add up to a cumulative figure, the least final kind naming it")
    func sumOfMonths() {
        let f = facts(
            fact("2021-M01", .chinhThuc, "400", on: "2021-02-10"), fact("2021-M02", .soBo, "410", on: "2021-03-10"),
            fact("2021-M03", .uoc, "450", on: "2021-03-25"), fact("2021-M05", .uoc, "470", on: "2021-05-25"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-06-01"))
        // May is known but April is not: the stretch from 1 January stops at March.
        #expect(s.actual?.value == n("1260"))
        #expect(s.actual?.lastMonth == 3)
        #expect(s.actual?.label == "ước quý I năm 2021, cộng các kỳ")
        // 1260 × 12 = 15 120 < 5300 × 3 = 15 900: behind the calendar.
        #expect(s.status == .atRisk)
    }

    @Test("sum: H1 + Q3 reaches September when 9M is missing; 9M itself is preferred when known")
    func sumHalfPlusQuarter() {
        var f = facts(fact("2021-H1", .chinhThuc, "2620", on: "2021-07-20"), fact("2021-Q3", .uoc, "1400", on: "2021-09-25"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-09-30")).actual?.value == n("4020"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-09-30")).actual?.label == "ước 9 tháng đầu năm 2021, cộng các kỳ")
        f.actuals.append(fact("2021-9M", .uoc, "4050", on: "2021-09-28"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-09-30")).actual?.value == n("4050"))
    }

    @Test("sum: the four quarters make the year and are judged as the year")
    func sumQuartersMakeTheYear() {
        let f = facts(
            fact("2021-Q1", .chinhThuc, "1300", on: "2021-04-20"), fact("2021-Q2", .chinhThuc, "1300", on: "2021-07-20"),
            fact("2021-Q3", .chinhThuc, "1300", on: "2021-10-20"), fact("2021-Q4", .uoc, "1300", on: "2021-12-20"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-12-31"))
        #expect(s.actual?.value == n("5200"))
        #expect(s.actual?.coversYear == true)
        #expect(s.status == .notMet)
    }

    @Test("sum: the calendar share boundary: exactly on pace is on track, a little behind is at risk")
    func sumPaceBoundary() {
        let onPace = facts(fact("2021-H1", .uoc, "2650", on: "2021-06-14"))
        #expect(IndicatorEvaluation.evaluate(onPace, asOf: d("2021-06-30")).status == .onTrack)
        let behind = facts(fact("2021-H1", .uoc, "2649.99", on: "2021-06-14"))
        #expect(IndicatorEvaluation.evaluate(behind, asOf: d("2021-06-30")).status == .atRisk)
    }

    @Test("sum, lower is better: met at or under the target, at risk when ahead of the allowed pace")
    func sumLowerIsBetter() {
        let year = facts(agg: .sum, dir: .lower, target: "500", fact("2021", .chinhThuc, "500", on: "2022-01-20"))
        #expect(IndicatorEvaluation.evaluate(year, asOf: d("2022-01-20")).status == .met)
        let over = facts(agg: .sum, dir: .lower, target: "500", fact("2021", .chinhThuc, "500.1", on: "2022-01-20"))
        #expect(IndicatorEvaluation.evaluate(over, asOf: d("2022-01-20")).status == .notMet)
        let early = facts(agg: .sum, dir: .lower, target: "500", fact("2021-H1", .uoc, "260", on: "2021-06-20"))
        #expect(IndicatorEvaluation.evaluate(early, asOf: d("2021-06-30")).status == .atRisk)
        let fine = facts(agg: .sum, dir: .lower, target: "500", fact("2021-H1", .uoc, "250", on: "2021-06-20"))
        #expect(IndicatorEvaluation.evaluate(fine, asOf: d("2021-06-30")).status == .onTrack)
    }

    // MARK: Level

    @Test("level: the latest period's value; the year's own figure beats Q4 and December")
    func levelLatestPeriod() {
        let f = facts(
            agg: .level, target: "85", fact("2021-Q3", .uoc, "83", on: "2021-10-01"),
            fact("2021-H1", .uoc, "86", on: "2021-07-01"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-10-31"))
        #expect(s.actual?.value == n("83"))
        #expect(s.actual?.label == "ước quý III năm 2021")
        #expect(s.status == .atRisk)
        let full = facts(
            agg: .level, target: "85", fact("2021-M12", .uoc, "84", on: "2021-12-20"),
            fact("2021", .uoc, "85.2", on: "2021-12-20"), fact("2021-Q4", .uoc, "84.5", on: "2021-12-20"))
        let year = IndicatorEvaluation.evaluate(full, asOf: d("2021-12-31"))
        #expect(year.actual?.value == n("85.2"))
        #expect(year.status == .met)
    }

    @Test("level: December alone is the latest value but not the year's figure: on track, not met")
    func levelDecemberIsNotTheYear() {
        let f = facts(agg: .level, target: "85", fact("2021-M12", .uoc, "86", on: "2021-12-20"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-12-31")).status == .onTrack)
    }

    @Test("level, lower is better: 2,3% poverty against a 2,5% ceiling is met; 2,51% is not")
    func levelLowerIsBetter() {
        let met = facts(agg: .level, dir: .lower, target: "2.5", fact("2021", .uoc, "2.3", on: "2021-12-20"))
        let s = IndicatorEvaluation.evaluate(met, asOf: d("2021-12-31"))
        #expect(s.status == .met)
        #expect(IndicatorText.planPhrase(s.percentOfTarget!, direction: .lower) == "bằng 92% kế hoạch")
        let notMet = facts(agg: .level, dir: .lower, target: "2.5", fact("2021", .uoc, "2.51", on: "2021-12-20"))
        #expect(IndicatorEvaluation.evaluate(notMet, asOf: d("2021-12-31")).status == .notMet)
        let exact = facts(agg: .level, dir: .lower, target: "2.5", fact("2021", .uoc, "2.5", on: "2021-12-20"))
        #expect(IndicatorEvaluation.evaluate(exact, asOf: d("2021-12-31")).status == .met)
    }

    @Test("level: the previous year's same period, not its latest one")
    func levelSamePeriodLastYear() {
        let f = facts(
            agg: .level, target: "90", fact("2020", .chinhThuc, "88", on: "2021-01-20"),
            fact("2020-H1", .chinhThuc, "80", on: "2020-07-20"),
            fact("2021-H1", .uoc, "84", on: "2021-07-01"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-07-31"))
        #expect(s.previous?.value == n("80"))
        #expect(s.yoyPercent == n("105"))
        #expect(IndicatorText.yoyPhrase(s.yoyPercent!) == "tăng 5% so với cùng kỳ")
    }

    // MARK: Targets

    @Test("a revision counts from its decision date, and only once recorded; the original stays beside it")
    func revisionInForce() {
        let revision = TargetRevision(value: n("5000"), decidedOn: d("2021-07-15"), recordedOn: d("2021-07-20"))
        let f = facts(revisions: [revision], fact("2021", .uoc, "5100", on: "2021-12-10"))
        // Decided 15/7 but entered 20/7: not known on 19/7.
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-07-19")).target == n("5300"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-07-20")).target == n("5000"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-12-31"))
        #expect(s.originalTarget == n("5300"))
        #expect(s.revision == revision)
        #expect(s.status == .met)  // 5100 ≥ 5000 (revised), though below 5300 (original)
    }

    @Test("a revision decided after the cut-off does not count, even if entered before it")
    func revisionDecidedLater() {
        let revision = TargetRevision(value: n("5000"), decidedOn: d("2022-01-10"), recordedOn: d("2021-12-20"))
        let f = facts(revisions: [revision], fact("2021", .uoc, "5100", on: "2021-12-10"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-12-31"))
        #expect(s.target == n("5300"))
        #expect(s.revision == nil)
        #expect(s.status == .notMet)
    }

    @Test("of two revisions the later decision wins, whatever the order they were entered")
    func latestDecisionWins() {
        let later = TargetRevision(value: n("4800"), decidedOn: d("2021-10-01"), recordedOn: d("2021-10-02"))
        let earlier = TargetRevision(value: n("5000"), decidedOn: d("2021-07-15"), recordedOn: d("2021-10-03"))
        let target = IndicatorTarget(original: n("5300"), revisions: [later, earlier])
        #expect(target.inForce(asOf: d("2021-12-31")).value == n("4800"))
        #expect(target.inForce(asOf: d("2021-10-02")).value == n("4800"))
        #expect(target.inForce(asOf: d("2021-10-01")).value == n("5300"))
    }

    @Test("no target: nothing to judge, no percentage")
    func noTarget() {
        let s = IndicatorEvaluation.evaluate(
            facts(target: nil, fact("2021", .uoc, "10", on: "2021-12-10")), asOf: d("2021-12-31"))
        #expect(s.status == .noData)
        #expect(s.percentOfTarget == nil)
        #expect(s.actual?.value == n("10"))
    }

    @Test("a zero target gives no percentage but is still judged")
    func zeroTarget() {
        let s = IndicatorEvaluation.evaluate(
            facts(agg: .sum, dir: .lower, target: "0", fact("2021", .uoc, "0", on: "2021-12-10")),
            asOf: d("2021-12-31"))
        #expect(s.percentOfTarget == nil)
        #expect(s.status == .met)
    }

    // MARK: Same period last year

    @Test("yoy is null without a previous value, with a zero one, or with a negative one")
    func yoyNulls() {
        let missing = facts(fact("2021-H1", .uoc, "2620", on: "2021-06-14"))
        #expect(IndicatorEvaluation.evaluate(missing, asOf: d("2021-06-30")).yoyPercent == nil)
        let zero = facts(fact("2020-H1", .chinhThuc, "0", on: "2020-07-01"), fact("2021-H1", .uoc, "2620", on: "2021-06-14"))
        #expect(IndicatorEvaluation.evaluate(zero, asOf: d("2021-06-30")).yoyPercent == nil)
        let negative = facts(
            agg: .level, target: "6", fact("2020", .chinhThuc, "-1.5", on: "2021-01-20"),
            fact("2021", .uoc, "2", on: "2021-12-20"))
        #expect(IndicatorEvaluation.evaluate(negative, asOf: d("2021-12-31")).yoyPercent == nil)
    }

    @Test("yoy compares the same stretch: 9 months against the previous 9 months, added up if need be")
    func yoySameStretch() {
        let f = facts(
            fact("2020-H1", .chinhThuc, "2000", on: "2020-07-20"), fact("2020-Q3", .chinhThuc, "1000", on: "2020-10-20"),
            fact("2020", .chinhThuc, "4200", on: "2021-01-20"), fact("2021-9M", .uoc, "3300", on: "2021-09-20"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-09-30"))
        #expect(s.previous?.value == n("3000"))
        #expect(s.yoyPercent == n("110"))
    }

    @Test("yoy: the previous year's figure is taken as known at the cut-off too")
    func yoyPreviousAsOf() {
        let f = facts(
            fact("2020", .uoc, "4000", on: "2020-12-10"), fact("2020", .chinhThuc, "4200", on: "2021-06-30"),
            fact("2021", .uoc, "4410", on: "2021-06-01"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-06-29")).yoyPercent == n("110.3"))
        #expect(IndicatorEvaluation.evaluate(f, asOf: d("2021-06-30")).yoyPercent == n("105"))
    }

    @Test("decreases and equality are worded as the seeds word them")
    func yoyWording() {
        #expect(IndicatorText.yoyPhrase(n("96.8")) == "giảm 3,2% so với cùng kỳ")
        #expect(IndicatorText.yoyPhrase(n("100")) == "bằng cùng kỳ")
        #expect(IndicatorText.yoyRatioPhrase(n("100.8")) == "bằng 100,8% so với cùng kỳ")
    }

    // MARK: Rounding

    @Test("percentages round half away from zero on exact decimals")
    func rounding() {
        #expect(IndicatorEvaluation.percent(n("1"), of: n("8")) == n("12.5"))
        #expect(IndicatorEvaluation.percent(n("0.12345"), of: n("0.1")) == n("123.5"))  // 123.45 exactly → 123.5
        #expect(IndicatorEvaluation.percent(n("0.12344"), of: n("0.1")) == n("123.4"))
        #expect(IndicatorEvaluation.percent(n("2"), of: n("3")) == n("66.7"))
        #expect(IndicatorEvaluation.percent(n("1"), of: n("0")) == nil)
        // Binary floating point would give 0.1 + 0.2 ≠ 0.3; here the sum is exact.
        let f = facts(
            agg: .sum, target: "0.3", fact("2021-H1", .uoc, "0.1", on: "2021-07-01"),
            fact("2021-H2", .uoc, "0.2", on: "2021-12-20"))
        let s = IndicatorEvaluation.evaluate(f, asOf: d("2021-12-31"))
        #expect(s.actual?.value == n("0.3"))
        #expect(s.status == .met)
        #expect(s.percentOfTarget == n("100"))
    }

    // MARK: Chart series

    @Test("series: cumulative months for sum, period ends for level")
    func series() {
        let f = facts(
            fact("2021-M01", .uoc, "400", on: "2021-02-01"), fact("2021-M02", .uoc, "400", on: "2021-03-01"),
            fact("2021-H1", .uoc, "2620", on: "2021-07-01"))
        let sums = IndicatorEvaluation.series(f, year: 2021, asOf: d("2021-12-31"))
        #expect(sums.map(\.lastMonth) == [1, 2, 6])
        #expect(sums.map(\.value) == [n("400"), n("800"), n("2620")])
        let level = facts(
            agg: .level, target: "85", fact("2021-Q1", .uoc, "80", on: "2021-04-01"),
            fact("2021-M03", .uoc, "79", on: "2021-04-01"),
            fact("2021-H1", .uoc, "82", on: "2021-07-01"))
        let points = IndicatorEvaluation.series(level, year: 2021, asOf: d("2021-12-31"))
        #expect(points.map(\.value) == [n("80"), n("82")])
    }
}
