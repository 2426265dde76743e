import DieuHanhCore
import Foundation
import Testing

/// Scores of ranks and distributions by class (CONTRACT: actuals' `score` and `classes`).
struct IndicatorFigureDetailTests {
    /// Seed 002, footnote 8, as of 07/06/2021, and the year before as the footnote's changes imply.
    static let communes2021 =
        "Số xã đạt 19 tiêu chí: 17; số xã đạt từ 15-18 tiêu chí: 5; số xã đạt 10-14 tiêu chí: 53; "
        + "số xã đạt 5-9 tiêu chí: 64"
    static let communes2020 =
        "Số xã đạt 19 tiêu chí: 16; số xã đạt từ 15-18 tiêu chí: 7; số xã đạt 10-14 tiêu chí: 45; "
        + "số xã đạt 5-9 tiêu chí: 76"

    static func classes(_ text: String) -> [IndicatorClassCount] {
        (try? IndicatorDistribution.parse(text).get()) ?? []
    }

    @Test func aDistributionIsReadAsTyped() throws {
        let classes = try IndicatorDistribution.parse(Self.communes2021).get()
        #expect(classes.map(\.count) == [17, 5, 53, 64])
        #expect(classes[1].label == "số xã đạt từ 15-18 tiêu chí")
        #expect(IndicatorDistribution.total(classes) == 139)
        // One class per line reads the same; the text written back reads back to the same classes.
        let lines = try IndicatorDistribution.parse("A: 1\nB: 2\n\n").get()
        #expect(lines == [IndicatorClassCount(label: "A", count: 1), IndicatorClassCount(label: "B", count: 2)])
        #expect(try IndicatorDistribution.parse(IndicatorDistribution.text(classes)).get() == classes)
        // A label may hold a colon: the count is after the last one.
        #expect(try IndicatorDistribution.parse("Tỷ lệ 1:2: 4").get() == [IndicatorClassCount(label: "Tỷ lệ 1:2", count: 4)])
        #expect(try IndicatorDistribution.parse("  ").get().isEmpty)
        #expect(try IndicatorDistribution.parse("A: 0").get()[0].count == 0)
    }

    @Test func aBadDistributionSaysWhy() {
        #expect(IndicatorDistribution.parse("Số xã đạt 19 tiêu chí 17") == .failure(.noCount("Số xã đạt 19 tiêu chí 17")))
        #expect(IndicatorDistribution.parse(": 4") == .failure(.noLabel(": 4")))
        #expect(IndicatorDistribution.parse("A: -1") == .failure(.badCount("A", "-1")))
        #expect(IndicatorDistribution.parse("A: 1,5") == .failure(.badCount("A", "1,5")))
        #expect(IndicatorDistribution.parse("A:") == .failure(.badCount("A", "")))
        #expect(IndicatorDistribution.parse("A: 1234567890") == .failure(.badCount("A", "1234567890")))
        #expect(IndicatorDistribution.parse("Xã loại A: 1; xa loai a: 2") == .failure(.repeated("xa loai a")))
        let many = (1...21).map { "Nhóm \($0): 1" }.joined(separator: ";")
        #expect(IndicatorDistribution.parse(many) == .failure(.tooMany(21)))
        #expect(IndicatorDistribution.parse((1...20).map { "Nhóm \($0): 1" }.joined(separator: ";")).map(\.count) == .success(20))
        #expect(DistributionError.badCount("A", "x").message.contains("số nguyên không âm"))
    }

    @Test func anAverageNeedsOneNumberPerClass() {
        // 19 × 2 + 18 × 1 = 56 over 3 communes = 18,666… → 18,67.
        #expect(IndicatorDistribution.average(Self.classes("Đạt 19 tiêu chí: 2; Đạt 18 tiêu chí: 1")) == Decimal(string: "18.67"))
        #expect(IndicatorDistribution.average(Self.classes("19 tiêu chí: 1")) == 19)
        // A range, no number, or nothing counted: the average must be entered.
        #expect(IndicatorDistribution.average(Self.classes(Self.communes2021)) == nil)
        #expect(IndicatorDistribution.average(Self.classes("Nhóm khá: 3")) == nil)
        #expect(IndicatorDistribution.average(Self.classes("19 tiêu chí: 0")) == nil)
        #expect(IndicatorDistribution.average([]) == nil)
    }

    @Test func theSeedsFootnoteComesOutInItsWording() {
        let text = IndicatorText.classesSentence(
            Self.classes(Self.communes2021), previous: Self.classes(Self.communes2020), unit: "tiêu chí/xã")
        #expect(
            text
                == "Số xã đạt 19 tiêu chí: 17 xã (tăng 01 xã); số xã đạt từ 15-18 tiêu chí: 05 xã (giảm 02 xã); "
                + "số xã đạt 10-14 tiêu chí: 53 xã (tăng 08 xã); số xã đạt 5-9 tiêu chí: 64 xã (giảm 12 xã).")
        // A class last year did not have, or no last year at all: no change told; an unchanged class says so.
        #expect(
            IndicatorText.classesSentence(
                Self.classes("Loại mới: 3; Số xã đạt 19 tiêu chí: 16"), previous: Self.classes(Self.communes2020),
                unit: "tiêu chí/xã")
                == "Loại mới: 03 xã; số xã đạt 19 tiêu chí: 16 xã (không đổi).")
        #expect(IndicatorText.classesSentence(Self.classes("A: 12"), previous: [], unit: "điểm") == "A: 12.")
        #expect(IndicatorText.classesSentence([], previous: [], unit: "xã") == nil)
    }

    @Test func aDistributionRidesOnItsFigure() {
        let recorded = CivilDate(year: 2021, month: 6, day: 7)!
        let facts = IndicatorFacts(
            direction: .higher, aggregation: .level, year: 2021, target: IndicatorTarget(original: 11),
            actuals: [
                ActualFact(
                    period: IndicatorPeriod(code: "2020")!, kind: .chinhThuc, value: Decimal(string: "10.99")!,
                    recordedOn: recorded, detail: IndicatorFigureDetail(classes: Self.classes(Self.communes2020))),
                ActualFact(
                    period: IndicatorPeriod(code: "2021-M06")!, kind: .uoc, value: Decimal(string: "10.99")!,
                    recordedOn: recorded, detail: IndicatorFigureDetail(classes: Self.classes(Self.communes2021))),
            ])
        let s = IndicatorEvaluation.evaluate(facts, asOf: recorded)
        #expect(s.actual?.detail.classes.count == 4)
        let sentence = IndicatorText.sentence(name: "Số tiêu chí nông thôn mới bình quân", unit: "tiêu chí/xã", s) ?? ""
        #expect(sentence.hasPrefix("Số tiêu chí nông thôn mới bình quân ước thực hiện tháng 6 năm 2021 đạt 10,99/11 tiêu chí/xã"))
        // June has no same period the year before here, so the classes are told without their change.
        #expect(
            sentence.hasSuffix(
                " Số xã đạt 19 tiêu chí: 17 xã; số xã đạt từ 15-18 tiêu chí: 05 xã; số xã đạt 10-14 tiêu chí: 53 xã; số xã đạt 5-9 tiêu chí: 64 xã."
            ))
        // A sum added up from several periods carries no classes of its own.
        let summed = IndicatorEvaluation.evaluate(
            IndicatorFacts(
                direction: .higher, aggregation: .sum, year: 2021, target: nil,
                actuals: [
                    ActualFact(
                        period: IndicatorPeriod(code: "2021-Q1")!, kind: .uoc, value: 1, recordedOn: recorded,
                        detail: IndicatorFigureDetail(score: 3)),
                    ActualFact(period: IndicatorPeriod(code: "2021-Q2")!, kind: .uoc, value: 2, recordedOn: recorded),
                ]),
            asOf: recorded)
        #expect(summed.actual?.value == 3 && summed.actual?.detail.isEmpty == true)
    }

    @Test func aRankTellsItsScoreAndItsChange() {
        let recorded = CivilDate(year: 2020, month: 5, day: 6)!
        func facts(_ before: Decimal?, _ now: Decimal?) -> IndicatorSnapshot {
            IndicatorEvaluation.evaluate(
                IndicatorFacts(
                    direction: .lower, aggregation: .rank, year: 2019, target: nil,
                    actuals: [
                        ActualFact(
                            period: IndicatorPeriod(code: "2018")!, kind: .chinhThuc, value: 18, recordedOn: recorded,
                            detail: IndicatorFigureDetail(score: before)),
                        ActualFact(
                            period: IndicatorPeriod(code: "2019")!, kind: .chinhThuc, value: 13, recordedOn: recorded,
                            detail: IndicatorFigureDetail(score: now)),
                    ]),
                asOf: recorded)
        }
        let sentence = { IndicatorText.sentence(name: "Chỉ số PCI", unit: "thứ hạng", direction: .lower, aggregation: .rank, $0) }
        #expect(
            sentence(facts(Decimal(string: "64.27"), Decimal(string: "65.52")))
                == "Chỉ số PCI năm 2019 xếp thứ 13/63, đạt 65,52 điểm (tăng 1,25 điểm), tăng 5 bậc so với cùng kỳ.")
        #expect(
            sentence(facts(66, Decimal(string: "65.5")))
                == "Chỉ số PCI năm 2019 xếp thứ 13/63, đạt 65,5 điểm (giảm 0,5 điểm), tăng 5 bậc so với cùng kỳ.")
        #expect(
            sentence(facts(65, 65)) == "Chỉ số PCI năm 2019 xếp thứ 13/63, đạt 65 điểm (không đổi), tăng 5 bậc so với cùng kỳ.")
        #expect(sentence(facts(nil, 65)) == "Chỉ số PCI năm 2019 xếp thứ 13/63, đạt 65 điểm, tăng 5 bậc so với cùng kỳ.")
        #expect(sentence(facts(65, nil)) == "Chỉ số PCI năm 2019 xếp thứ 13/63, tăng 5 bậc so với cùng kỳ.")
    }
}
