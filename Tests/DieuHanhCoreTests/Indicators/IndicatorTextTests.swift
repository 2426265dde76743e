import Foundation
import Testing

@testable import DieuHanhCore

@Suite("Indicator periods, values and prose")
struct IndicatorTextTests {
    func d(_ s: String) -> CivilDate { CivilDate.parse(s)! }

    @Test func periodCodesOfTheContract() {
        #expect(IndicatorPeriod(code: "2021")?.code == "2021")
        #expect(IndicatorPeriod(code: "2021-h1")?.code == "2021-H1")
        #expect(IndicatorPeriod(code: " 2021-9M ")?.label == "9 tháng đầu năm 2021")
        #expect(IndicatorPeriod(code: "2021-Q2")?.label == "quý II năm 2021")
        #expect(IndicatorPeriod(code: "2021-M05")?.label == "tháng 5 năm 2021")
        #expect(IndicatorPeriod(code: "2021-M5")?.code == "2021-M05")
        #expect(IndicatorPeriod(code: "2021-H2")?.firstMonth == 7)
        for bad in [
            "2021-Q5", "2021-Q0", "2021-M13", "2021-M00", "2021-H3", "21-H1", "2021-", "abc", "", "2021-13M", "2021-M123",
        ] {
            #expect(IndicatorPeriod(code: bad) == nil, "\(bad)")
        }
        // The year, H1, 9M, H2, seven other cumulative stretches (2M … 11M), four quarters, twelve months.
        #expect(IndicatorPeriod.all(in: 2021).count == 27)
        #expect(IndicatorPeriod(code: "2021-Q2")?.previousYear?.code == "2020-Q2")
        let sorted = ["2021-M06", "2021", "2021-H1", "2021-Q2", "2021-M01"].compactMap { IndicatorPeriod(code: $0) }.sorted()
        #expect(sorted.map(\.code) == ["2021-M01", "2021-H1", "2021-Q2", "2021-M06", "2021"])
    }

    @Test func kindsFromCodesAndWords() {
        #expect(ActualKind(text: "uoc") == .uoc)
        #expect(ActualKind(text: "Ước") == .uoc)
        #expect(ActualKind(text: "so_bo") == .soBo)
        #expect(ActualKind(text: "sơ bộ") == .soBo)
        #expect(ActualKind(text: "chinh_thuc") == .chinhThuc)
        #expect(ActualKind(text: "Chính thức") == .chinhThuc)
        #expect(ActualKind(text: "official") == nil)
        #expect(ActualKind.uoc < .soBo && ActualKind.soBo < .chinhThuc)
    }

    @Test func valuesInVietnameseFormat() {
        #expect(IndicatorText.value(Decimal(5300)) == "5.300")
        #expect(IndicatorText.value(DecimalText.parse("3669.25")!, unit: "ha") == "3.669,25 ha")
        #expect(IndicatorText.value(DecimalText.parse("49.40")!) == "49,4")
        #expect(IndicatorText.value(DecimalText.parse("6.01")!, unit: "%") == "6,01%")
        #expect(IndicatorText.value(DecimalText.parse("-1.5")!) == "-1,5")
        #expect(IndicatorText.percent(Decimal(100)) == "100%")
        #expect(IndicatorText.percent(DecimalText.parse("49.4")!) == "49,4%")
    }

    @Test func canonicalDecimalsRoundTripAndRefuseAnythingElse() {
        for text in ["0", "5300", "-1234.5", "0.05", "3669.25"] {
            #expect(DecimalText.parse(text).map(DecimalText.canonical) == text, "\(text)")
        }
        for bad in ["12a", "1,5", "1.234,5", "", "-", ".5", "5.", "1e3", " 5"] {
            #expect(DecimalText.parse(bad) == nil, "\(bad)")
        }
        // What people type goes through VNFormat.parseDecimal: both conventions, "12a" refused.
        #expect(VNFormat.parseDecimal("1.234,5") == DecimalText.parse("1234.5"))
        #expect(VNFormat.parseDecimal("1234.5") == DecimalText.parse("1234.5"))
        #expect(VNFormat.parseDecimal("12a") == nil)
    }

    @Test func namesInsideASentence() {
        #expect(IndicatorText.inSentence("Tốc độ tăng trưởng kinh tế") == "tốc độ tăng trưởng kinh tế")
        #expect(IndicatorText.inSentence("GRDP bình quân đầu người") == "GRDP bình quân đầu người")
        #expect(IndicatorText.inSentence("Đ") == "đ")
    }

    // MARK: Prose

    static let notMet = [
        "Tốc độ tăng trưởng kinh tế", "Tốc độ tăng giá trị sản xuất ngành thủy sản",
        "Tốc độ tăng giá trị sản xuất ngành công nghiệp", "Tổng kim ngạch xuất khẩu",
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", "Tổng vốn đầu tư toàn xã hội",
    ]

    @Test func seed004HeadlineReadsAsTheNoticeDid() {
        let items =
            (1...16).map { (name: "Chỉ tiêu \($0)", status: IndicatorStatus.met) }
            + Self.notMet.map { (name: $0, status: IndicatorStatus.notMet) }
        let tally = IndicatorTally(year: 2020, asOf: d("2021-01-07"), items: items)
        #expect(tally.total == 22)
        #expect(
            ReviewProse.indicators(tally)
                == "Kết quả thực hiện 22 chỉ tiêu kinh tế - xã hội năm 2020: đạt và vượt 16/22 chỉ tiêu; 06 chỉ tiêu không đạt "
                + "(tốc độ tăng trưởng kinh tế, tốc độ tăng giá trị sản xuất ngành thủy sản, tốc độ tăng giá trị sản xuất ngành "
                + "công nghiệp, tổng kim ngạch xuất khẩu, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ, tổng vốn đầu tư toàn xã hội)."
        )
    }

    @Test func midYearProseNamesTheOnesAtRiskAndWithoutFigures() {
        let tally = IndicatorTally(
            year: 2021, asOf: d("2021-06-14"),
            items: [
                ("Thu ngân sách", .onTrack), ("Tổng kim ngạch xuất khẩu", .atRisk), ("Tỷ lệ hộ nghèo", .noData),
                ("Số xã nông thôn mới", .onTrack),
            ])
        #expect(
            ReviewProse.indicators(tally) == "Kết quả thực hiện 04 chỉ tiêu kinh tế - xã hội năm 2021: 02 chỉ tiêu đạt tiến độ "
                + "kế hoạch năm; 01 chỉ tiêu có nguy cơ không đạt kế hoạch năm (tổng kim ngạch xuất khẩu); 01 chỉ tiêu chưa có số liệu "
                + "(tỷ lệ hộ nghèo).")
    }

    /// Mid-year nothing is judged on the year yet: the tally says how many are on track and at risk, not "met 0/22",
    /// and counts are plain numbers ("6", not "06", which reads like a date in a table cell).
    @Test func theTallyNamesOnlyTheStatusesThatOccur() {
        let midYear = IndicatorTally(
            year: 2020, asOf: d("2020-06-30"),
            items: (1...16).map { ("Chỉ tiêu \($0)", IndicatorStatus.onTrack) } + Self.notMet.map { ($0, .atRisk) })
        #expect(midYear.summary == "22 chỉ tiêu: 16 đạt tiến độ, 6 có nguy cơ không đạt")
        #expect(midYear.counts.map(\.status) == [.onTrack, .atRisk])
        let yearEnd = IndicatorTally(
            year: 2020, asOf: d("2021-01-07"),
            items: (1...16).map { ("Chỉ tiêu \($0)", IndicatorStatus.met) } + Self.notMet.map { ($0, .notMet) })
        #expect(yearEnd.summary == "22 chỉ tiêu: 16 đạt và vượt kế hoạch, 6 không đạt kế hoạch")
        let mixed = IndicatorTally(
            year: 2020, asOf: d("2021-01-07"), items: [("A", .noData), ("B", .atRisk), ("C", .met), ("D", .notMet)])
        #expect(
            mixed.summary == "4 chỉ tiêu: 1 đạt và vượt kế hoạch, 1 không đạt kế hoạch, 1 có nguy cơ không đạt, 1 chưa có số liệu"
        )
        #expect(IndicatorTally(year: 2020, asOf: d("2021-01-07"), items: []).summary == "0 chỉ tiêu")
    }

    @Test func allMetAndNoneAtAll() {
        let all = IndicatorTally(year: 2020, asOf: d("2021-01-07"), items: [("A", .met), ("B", .met)])
        #expect(
            ReviewProse.indicators(all) == "Kết quả thực hiện 02 chỉ tiêu kinh tế - xã hội năm 2020: đạt và vượt 2/2 chỉ tiêu.")
        let none = IndicatorTally(year: 2020, asOf: d("2021-01-07"), items: [])
        #expect(ReviewProse.indicators(none) == "Chưa có chỉ tiêu kinh tế - xã hội nào được giao cho năm 2020.")
    }
}
