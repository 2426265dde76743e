import Foundation
import Testing

@testable import DieuHanhCore

/// A parent and its components (seed 002: total trade and its parts): a `sum` parent checked against the sum of its
/// parts, exactly, only when every part has a figure for the same stretch.
@Suite("Indicator components")
struct IndicatorComponentsTests {
    let recorded = CivilDate(year: 2021, month: 6, day: 20)!

    func figure(_ value: String, _ codes: String...) -> IndicatorActualValue {
        IndicatorActualValue(
            value: Decimal(string: value)!, periods: codes.map { IndicatorPeriod(code: $0)! }, kind: .uoc, recordedOn: recorded)
    }

    func part(_ value: String?, _ codes: String..., unit: String = "triệu USD") -> IndicatorComponents.Part {
        IndicatorComponents.Part(
            unit: unit,
            figure: value.map {
                IndicatorActualValue(
                    value: Decimal(string: $0)!, periods: codes.map { IndicatorPeriod(code: $0)! }, kind: .uoc,
                    recordedOn: recorded)
            })
    }

    func check(
        _ parent: IndicatorActualValue?, _ parts: [IndicatorComponents.Part], aggregation: IndicatorAggregation = .sum
    ) -> IndicatorComponents.SumCheck? {
        IndicatorComponents.check(aggregation: aggregation, unit: "triệu USD", parent: parent, parts: parts)
    }

    @Test("seed 002: 138,131 + 46 + 94,676 is 278,807, not the 278,8 reported: 0,007 apart")
    func seedTradeDisagreesByAFraction() throws {
        let result = try #require(
            check(
                figure("278.8", "2021-H1"),
                [part("138.131", "2021-H1"), part("46", "2021-H1"), part("94.676", "2021-H1")]))
        #expect(result.total == Decimal(string: "278.807"))
        #expect(result.difference == Decimal(string: "0.007"))
        #expect(!result.agrees)
    }

    @Test("exact equality agrees; 0,001 either way does not")
    func exactComparison() throws {
        let equal = try #require(check(figure("278.8", "2021-H1"), [part("138.1", "2021-H1"), part("140.7", "2021-H1")]))
        #expect(equal.agrees && equal.difference == 0)
        let above = try #require(check(figure("278.8", "2021-H1"), [part("138.101", "2021-H1"), part("140.7", "2021-H1")]))
        #expect(!above.agrees && above.difference == Decimal(string: "0.001"))
        let below = try #require(check(figure("278.8", "2021-H1"), [part("138.099", "2021-H1"), part("140.7", "2021-H1")]))
        #expect(!below.agrees && below.difference == Decimal(string: "-0.001"))
    }

    @Test("a negative part (a net figure) counts as it is")
    func negativePart() throws {
        let result = try #require(check(figure("-10", "2021-H1"), [part("5", "2021-H1"), part("-15", "2021-H1")]))
        #expect(result.agrees && result.total == -10)
    }

    @Test("the same months however reported: H1 against Q1 + Q2")
    func sameStretchOtherPeriods() throws {
        let result = try #require(check(figure("100", "2021-H1"), [part("60", "2021-Q1", "2021-Q2"), part("40", "2021-H1")]))
        #expect(result.agrees)
    }

    @Test("not checked: a part without a figure, another stretch, another year, another unit, no parts, no parent figure")
    func notChecked() {
        let parent = figure("278.8", "2021-H1")
        #expect(check(parent, [part("138.131", "2021-H1"), part(nil)]) == nil)
        #expect(check(parent, [part("138.131", "2021-H1"), part("46", "2021-Q1")]) == nil)
        #expect(check(parent, [part("138.131", "2021-H1"), part("46", "2021-9M")]) == nil)
        #expect(check(parent, [part("138.131", "2021-H1"), part("46", "2020-H1")]) == nil)
        #expect(check(parent, [part("138.131", "2021-H1"), part("46", "2021-H1", unit: "tỷ đồng")]) == nil)
        #expect(check(parent, []) == nil)
        #expect(check(nil, [part("138.131", "2021-H1")]) == nil)
    }

    @Test("an index or a level parent is never checked: GRDP growth is not the sum of its sectors'")
    func nonSumNeverChecked() {
        for aggregation in [IndicatorAggregation.level, .rate, .index, .rank] {
            #expect(check(figure("104.23", "2021-H1"), [part("104.23", "2021-H1")], aggregation: aggregation) == nil)
        }
    }

    @Test("a sum component's figure for the parent's stretch, not its own longest one")
    func componentFigureForTheParentsStretch() {
        let facts = IndicatorFacts(
            direction: .higher, aggregation: .sum, year: 2021, target: nil,
            actuals: [
                ActualFact(period: IndicatorPeriod(code: "2021-Q1")!, kind: .uoc, value: 60, recordedOn: recorded),
                ActualFact(period: IndicatorPeriod(code: "2021-Q2")!, kind: .uoc, value: 40, recordedOn: recorded),
                ActualFact(period: IndicatorPeriod(code: "2021-Q3")!, kind: .uoc, value: 50, recordedOn: recorded),
            ])
        #expect(IndicatorComponents.figure(facts, matching: figure("1", "2021-H1"), asOf: recorded)?.value == 100)
        #expect(IndicatorComponents.figure(facts, matching: figure("1", "2021-9M"), asOf: recorded)?.value == 150)
        #expect(IndicatorComponents.figure(facts, matching: figure("1", "2021"), asOf: recorded) == nil)
        // Not known yet at an earlier cut-off.
        #expect(
            IndicatorComponents.figure(facts, matching: figure("1", "2021-H1"), asOf: CivilDate(year: 2021, month: 6, day: 1)!)
                == nil)
    }

    @Test("parents: itself, unknown, a cycle, two levels, and a parent made a component are refused")
    func parentRules() {
        #expect(IndicatorComponents.problems(["XNK": nil, "XK": "XNK", "NK": "XNK"]).isEmpty)
        #expect(IndicatorComponents.problems(["XK": "XK"]) == ["XK": .itself])
        #expect(IndicatorComponents.problems(["XK": "XNK"]) == ["XK": .unknown("XNK")])
        let cycle = IndicatorComponents.problems(["A": "B", "B": "A"])
        #expect(cycle == ["A": .cycle("B"), "B": .cycle("A")])
        let deep = IndicatorComponents.problems(["XNK": nil, "XK": "XNK", "XK1": "XK"])
        #expect(deep["XK1"] == .parentIsComponent("XK"))
        #expect(deep["XK"] == .hasComponents)
    }

    @Test("the parent's sentence goes on with its parts, as seed 002 words it")
    func componentsClause() {
        func snapshot(_ value: String, _ code: String, target: String?, previous: String?) -> IndicatorSnapshot {
            var actuals = [
                ActualFact(period: IndicatorPeriod(code: code)!, kind: .uoc, value: Decimal(string: value)!, recordedOn: recorded)
            ]
            if let previous {
                let period = IndicatorPeriod(code: code)!.previousYear!
                actuals.append(
                    ActualFact(period: period, kind: .chinhThuc, value: Decimal(string: previous)!, recordedOn: recorded))
            }
            let facts = IndicatorFacts(
                direction: .higher, aggregation: .sum, year: 2021,
                target: target.map { IndicatorTarget(original: Decimal(string: $0)!) }, actuals: actuals)
            return IndicatorEvaluation.evaluate(facts, asOf: recorded)
        }
        let parts = [
            IndicatorText.ComponentLine(
                name: "Xuất khẩu", unit: "triệu USD", snapshot: snapshot("138.131", "2021-H1", target: "306.3", previous: "54.8")),
            IndicatorText.ComponentLine(
                name: "Nhập khẩu", unit: "triệu USD", snapshot: snapshot("46", "2021-H1", target: nil, previous: nil)),
            IndicatorText.ComponentLine(
                name: "Hàng tạm nhập", unit: "triệu USD", snapshot: snapshot("20", "2021-Q1", target: nil, previous: nil)),
        ]
        #expect(
            IndicatorText.componentsClause(parts, parent: figure("278.8", "2021-H1"))
                == "Trong đó: xuất khẩu 138,131 triệu USD, đạt 45,1% kế hoạch, tăng 152,1% so với cùng kỳ; "
                + "nhập khẩu 46 triệu USD; hàng tạm nhập 20 triệu USD (ước quý I năm 2021).")
        #expect(IndicatorText.componentsClause([], parent: nil) == nil)
    }
}
