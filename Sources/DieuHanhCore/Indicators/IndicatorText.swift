import Foundation

/// Indicator figures worded as provincial reports word them (seed 002: "… đạt 2.620/5.300 tỷ đồng, tăng 28,5% so với
/// cùng kỳ năm 2020, bằng 49,4% so với kế hoạch"; "bằng 100,8% so với cùng kỳ").
public enum IndicatorText {
    /// An exact value with Vietnamese marks and as many decimals as it has (at most six): 5300 → "5.300",
    /// 3669.25 → "3.669,25", 1.50 → "1,5".
    public static func value(_ d: Decimal) -> String {
        VNFormat.decimal(d, fractionDigits: fractionDigits(d))
    }

    /// The value with its unit: "2.620 tỷ đồng", "3.669,25 ha"; a percent sign sticks to the number: "1,56%".
    public static func value(_ d: Decimal, unit: String) -> String {
        let unit = unit.trimmingCharacters(in: .whitespaces)
        if unit.isEmpty { return value(d) }
        return value(d) + (unit == "%" ? "%" : " " + unit)
    }

    /// A percentage already rounded to one decimal: 49.4 → "49,4%", 100 → "100%" (",0" dropped, as `VNFormat.percent`).
    public static func percent(_ p: Decimal) -> String {
        let places = fractionDigits(p) == 0 ? 0 : 1
        return VNFormat.decimal(p, fractionDigits: places) + "%"
    }

    /// "đạt 49,4% kế hoạch"; for a lower-is-better indicator "bằng 80% kế hoạch" (reaching it is not the aim); with
    /// the indicator's own words, "đạt 47% dự toán HĐND tỉnh giao".
    public static func planPhrase(
        _ percentOfTarget: Decimal, direction: IndicatorDirection = .higher,
        wording: IndicatorTargetWording = IndicatorTargetWording()
    ) -> String {
        (direction == .higher ? "đạt " : "bằng ") + percent(percentOfTarget) + " " + wording.ownTarget
    }

    /// "tăng 28,5% so với cùng kỳ", "giảm 3,2% so với cùng kỳ", "bằng cùng kỳ". The change is the rounded ratio
    /// minus 100, so it always agrees with `yoyRatioPhrase`.
    public static func yoyPhrase(_ yoyPercent: Decimal) -> String {
        let change = yoyPercent - 100
        if change.isZero { return "bằng cùng kỳ" }
        return (change > 0 ? "tăng " : "giảm ") + percent(change > 0 ? change : -change) + " so với cùng kỳ"
    }

    /// "tăng 0,6 điểm phần trăm so với cùng kỳ", "giảm 1,2 điểm phần trăm so với cùng kỳ", "bằng cùng kỳ": the change
    /// of an indicator compared in points.
    public static func yoyPointsPhrase(_ points: Decimal) -> String {
        if points.isZero { return "bằng cùng kỳ" }
        let size = VNFormat.decimal(points > 0 ? points : -points, fractionDigits: fractionDigits(points) == 0 ? 0 : 1)
        return (points > 0 ? "tăng " : "giảm ") + size + " điểm phần trăm so với cùng kỳ"
    }

    /// "tăng 5 bậc so với cùng kỳ", "giảm 2 bậc so với cùng kỳ", "giữ nguyên thứ hạng so với cùng kỳ": the places a
    /// rank gained (18th → 13th is 5 up).
    public static func yoyPlacesPhrase(_ places: Decimal) -> String {
        if places.isZero { return "giữ nguyên thứ hạng so với cùng kỳ" }
        return (places > 0 ? "tăng " : "giảm ") + value(places > 0 ? places : -places) + " bậc so với cùng kỳ"
    }

    /// The comparison with the year before, however the indicator is compared: in places for a rank, in points for
    /// a rate, else as a change in %.
    public static func yoyChange(_ s: IndicatorSnapshot) -> String? {
        s.yoyPlaces.map(yoyPlacesPhrase) ?? s.yoyPoints.map(yoyPointsPhrase) ?? s.yoyPercent.map(yoyPhrase)
    }

    /// "bằng 100,8% so với cùng kỳ".
    public static func yoyRatioPhrase(_ yoyPercent: Decimal) -> String {
        "bằng " + percent(yoyPercent) + " so với cùng kỳ"
    }

    /// "đạt 49,4% kế hoạch, tăng 28,5% so với cùng kỳ"; what is missing is left out; "" when both are.
    public static func assessment(
        _ s: IndicatorSnapshot, direction: IndicatorDirection = .higher,
        wording: IndicatorTargetWording = IndicatorTargetWording()
    ) -> String {
        [s.percentOfTarget.map { planPhrase($0, direction: direction, wording: wording) }, yoyChange(s)]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// The sentence of a report: "Giá trị sản xuất công nghiệp ước thực hiện 6 tháng đầu năm 2021 đạt 2.620/5.300
    /// tỷ đồng, đạt 49,4% kế hoạch, tăng 28,5% so với cùng kỳ." With a percent unit the target goes in brackets:
    /// "… đạt 1,56% (kế hoạch 7,5%), …". nil without an actual.
    public static func sentence(
        name: String, unit: String, direction: IndicatorDirection = .higher, aggregation: IndicatorAggregation = .sum,
        otherTargets: [IndicatorOtherTarget] = [], wording: IndicatorTargetWording = IndicatorTargetWording(),
        _ s: IndicatorSnapshot
    ) -> String? {
        guard let actual = s.actual else { return nil }
        if aggregation.isGrowthIndex(unit: unit) { return growthIndexSentence(name: name, wording: wording, s, actual) }
        if aggregation == .rank {
            // Seed 001: "PCI năm 2019 xếp thứ 13/63"; a published rank is not "thực hiện", an estimate says "ước".
            // "Chỉ số PCI năm 2020 xếp thứ 13/63 (kế hoạch thứ 10), đạt 65,52 điểm, tăng 5 bậc so với cùng kỳ."
            let kind = actual.kind == .chinhThuc ? "" : actual.kind.label + " "
            var text =
                name + " " + kind + actual.periodLabel + " xếp thứ " + value(actual.value) + "/"
                + String(IndicatorRank.provinces(in: s.year))
            if let target = s.target { text += " (" + wording.term.word + " thứ " + value(target) + ")" }
            if let score = actual.detail.score {
                text += ", " + scorePhrase(score, previous: s.previous?.detail.score)
            }
            return text + (yoyChange(s).map { ", " + $0 } ?? "") + "."
        }
        var text = name + " " + actual.kind.verb + " " + actual.periodLabel + " đạt "
        if let target = s.target {
            text +=
                unit.trimmingCharacters(in: .whitespaces) == "%"
                ? value(actual.value, unit: unit) + " (" + wording.term.word + " " + value(target, unit: unit) + ")"
                : value(actual.value) + "/" + value(target, unit: unit)
        } else {
            text += value(actual.value, unit: unit)
        }
        let assessment = assessment(s, direction: direction, wording: wording)
        if !assessment.isEmpty { text += ", " + assessment }
        let others = otherTargetsPhrase(otherTargets, term: wording.term)
        if !others.isEmpty { text += "; " + others }
        text += "."
        if let classes = classesSentence(actual.detail.classes, previous: s.previous?.detail.classes ?? [], unit: unit) {
            text += " " + classes
        }
        return text
    }

    /// Seed 002: "Chỉ số sản xuất công nghiệp 5 tháng đầu năm 2021 tăng 2,5% so với cùng kỳ năm trước" — an index in %
    /// is itself the comparison with the same period (102,5 is up 2,5%), so the sentence tells it as such, then its
    /// own change since last year's index in points: "…, cao hơn 0,2 điểm phần trăm so với cùng kỳ năm 2020".
    static func growthIndexSentence(
        name: String, wording: IndicatorTargetWording, _ s: IndicatorSnapshot, _ actual: IndicatorActualValue
    ) -> String {
        var text = name + " " + actual.kind.verb + " " + actual.periodLabel + " "
        text += growth(actual.value).map { $0 + " so với cùng kỳ năm trước" } ?? "bằng cùng kỳ năm trước"
        if let target = s.target { text += " (" + wording.term.word + " " + (growth(target) ?? "bằng cùng kỳ") + ")" }
        if let points = s.yoyPoints, let previous = s.previous {
            let size = VNFormat.decimal(abs(points), fractionDigits: fractionDigits(points) == 0 ? 0 : 1)
            text +=
                points.isZero
                ? ", bằng cùng kỳ năm \(previous.year)"
                : ", " + (points > 0 ? "cao hơn " : "thấp hơn ") + size + " điểm phần trăm so với cùng kỳ năm \(previous.year)"
        }
        return text + "."
    }

    /// "tăng 2,5%" for an index of 102,5, "giảm 1%" for 99; nil for 100.
    static func growth(_ index: Decimal) -> String? {
        let change = index - 100
        if change.isZero { return nil }
        return (change > 0 ? "tăng " : "giảm ") + value(abs(change)) + "%"
    }

    /// An indicator's name inside a sentence: the first letter in lower case ("Tốc độ tăng trưởng kinh tế" →
    /// "tốc độ tăng trưởng kinh tế") unless the first word is an abbreviation ("GRDP bình quân đầu người").
    public static func inSentence(_ name: String) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first else { return trimmed }
        let firstWord = trimmed.prefix { !$0.isWhitespace }
        if firstWord.count > 1 && firstWord.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return trimmed }
        return first.lowercased() + trimmed.dropFirst()
    }

    /// The decimals a value has, trailing zeros dropped, at most six.
    static func fractionDigits(_ d: Decimal) -> Int {
        let text = d.description
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        let fraction = text[text.index(after: dot)...].reversed().drop { $0 == "0" }
        return min(6, fraction.count)
    }
}
