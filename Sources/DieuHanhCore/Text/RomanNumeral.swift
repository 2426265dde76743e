/// Roman numerals as Vietnamese documents number their parts and quarters: I, II, III, IV, … (1 to 3999).
public enum RomanNumeral {
    private static let symbols: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
        (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// The numeral for `n`; outside 1…3999 the Arabic digits, which no report reaches but which never crash.
    public static func string(_ n: Int) -> String {
        guard (1...3999).contains(n) else { return String(n) }
        var rest = n
        var result = ""
        for (value, symbol) in symbols {
            while rest >= value {
                result += symbol
                rest -= value
            }
        }
        return result
    }
}
