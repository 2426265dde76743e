import Foundation

/// Figures people type (targets, actuals): finite, |x| < 10^15 and at most 15 significant digits, so every value is
/// held exactly, survives a round trip through a spreadsheet (Excel keeps 15 digits) and is never NaN. A 400-digit
/// target used to overflow into NaN, be stored, and be shown as 0.
public enum NumberRule {
    public static let maxSignificantDigits = 15
    public static let magnitudeLimit = Decimal(sign: .plus, exponent: 15, significand: 1)

    /// Nil when the value is acceptable.
    public static func check(_ value: Decimal) -> FieldProblem? {
        guard value.isFinite, !value.isNaN else { return .notFinite }
        if abs(value) >= magnitudeLimit { return .tooLarge }
        if significantDigits(value) > maxSignificantDigits { return .tooManyDigits(limit: maxSignificantDigits) }
        return nil
    }

    /// The same rule for a binary number (a JSON number): NaN and infinities refused, then as a decimal.
    public static func check(_ value: Double) -> FieldProblem? {
        guard value.isFinite else { return .notFinite }
        if abs(value) >= 1e15 { return .tooLarge }
        return nil
    }

    /// Digits from the first non-zero one to the last non-zero one ("0.0120" has 2, "1200" has 2).
    static func significantDigits(_ value: Decimal) -> Int {
        let digits = value.description.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard let first = digits.firstIndex(where: { $0 != UInt8(ascii: "0") }),
            let last = digits.lastIndex(where: { $0 != UInt8(ascii: "0") })
        else { return 0 }
        return last - first + 1
    }
}
