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

    /// "đạt 49,4% kế hoạch"; for a lower-is-better indicator "bằng 80% kế hoạch" (reaching it is not the aim).
    public static func planPhrase(_ percentOfTarget: Decimal, direction: IndicatorDirection = .higher) -> String {
        (direction == .higher ? "đạt " : "bằng ") + percent(percentOfTarget) + " kế hoạch"
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
    public static func assessment(_ s: IndicatorSnapshot, direction: IndicatorDirection = .higher) -> String {
        [s.percentOfTarget.map { planPhrase($0, direction: direction) }, yoyChange(s)]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// The sentence of a report: "Giá trị sản xuất công nghiệp ước thực hiện 6 tháng đầu năm 2021 đạt 2.620/5.300
    /// tỷ đồng, đạt 49,4% kế hoạch, tăng 28,5% so với cùng kỳ." With a percent unit the target goes in brackets:
    /// "… đạt 1,56% (kế hoạch 7,5%), …". nil without an actual.
    public static func sentence(
        name: String, unit: String, direction: IndicatorDirection = .higher, isRank: Bool = false,
        otherTargets: [IndicatorOtherTarget] = [], _ s: IndicatorSnapshot
    ) -> String? {
        guard let actual = s.actual else { return nil }
        if isRank {
            // "Chỉ số PCI thực hiện năm 2020 xếp thứ 13/63 (kế hoạch thứ 10), tăng 5 bậc so với cùng kỳ."
            var text =
                name + " " + actual.kind.verb + " " + actual.periodLabel + " xếp thứ " + value(actual.value) + "/"
                + String(IndicatorRank.provinces(in: s.year))
            if let target = s.target { text += " (kế hoạch thứ " + value(target) + ")" }
            return text + (yoyChange(s).map { ", " + $0 } ?? "") + "."
        }
        var text = name + " " + actual.kind.verb + " " + actual.periodLabel + " đạt "
        if let target = s.target {
            text +=
                unit.trimmingCharacters(in: .whitespaces) == "%"
                ? value(actual.value, unit: unit) + " (kế hoạch " + value(target, unit: unit) + ")"
                : value(actual.value) + "/" + value(target, unit: unit)
        } else {
            text += value(actual.value, unit: unit)
        }
        let assessment = assessment(s, direction: direction)
        if !assessment.isEmpty { text += ", " + assessment }
        let others = otherTargetsPhrase(otherTargets)
        if !others.isEmpty { text += "; " + others }
        return text + "."
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
