import Foundation

/// Numbers and dates written the Vietnamese way: `.` groups thousands, `,` is the decimal mark, dates are
/// `dd/mm/yyyy`. Everything here is hand-written rather than built on `NumberFormatter`/`DateFormatter`, so the
/// output never depends on the machine's locale, ICU data or time zone.
public enum VNFormat {

    // MARK: - Numbers

    /// 5300 → "5.300", -1234 → "-1.234", 999 → "999".
    public static func integer(_ n: Int) -> String {
        // `magnitude` keeps Int.min working.
        (n < 0 ? "-" : "") + grouped(String(n.magnitude))
    }

    /// `value` rounded half away from zero to `fractionDigits` places, with "," as decimal mark and "." between
    /// thousands: 3669.25 (2) → "3.669,25", 88.06 (1) → "88,1", 5 (2) → "5,00".
    public static func decimal(_ value: Decimal, fractionDigits: Int) -> String {
        if value.isNaN { return "NaN" }
        let places = max(0, fractionDigits)
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, places, .plain)  // .plain is half away from zero
        // `description` is locale-independent: "-1234.5", "0.05", "12".
        var text = rounded.description
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: max(0, places - fraction.count))
        // A value that rounds to zero is written without a sign ("-0,0" would only confuse).
        if rounded.isZero { negative = false }
        return (negative ? "-" : "") + grouped(whole) + (places > 0 ? "," + fraction : "")
    }

    /// `numerator / denominator` as a percentage with one decimal, rounded half up, the ",0" dropped:
    /// 42 of 46 → "91,3%", 37 of 42 → "88,1%", 5 of 5 → "100%". `nil` when the denominator is 0.
    public static func percent(_ numerator: Int, of denominator: Int) -> String? {
        guard let tenths = percentTenths(numerator, of: denominator) else { return nil }
        let whole = integer(tenths / 10)
        let digit = (tenths % 10).magnitude
        let sign = tenths < 0 && tenths / 10 == 0 ? "-" : ""  // -0,5% keeps its sign
        return digit == 0 ? whole + "%" : sign + whole + "," + String(digit) + "%"
    }

    /// The same percentage as a number with one decimal (37 of 42 → 88.1), for JSON. Computed in integer tenths
    /// and divided once, so it is the closest `Double` to the printed value. `nil` when the denominator is 0.
    public static func percentValue(_ numerator: Int, of denominator: Int) -> Double? {
        percentTenths(numerator, of: denominator).map { Double($0) / 10 }
    }

    /// Counts as Vietnamese reports write them: 1 … 9 with a leading zero ("04 nhiệm vụ"), 0 and 10 upwards
    /// plainly ("0", "12", "1.250").
    public static func count(_ n: Int) -> String {
        (1...9).contains(n) ? "0" + String(n) : integer(n)
    }

    /// File sizes with Vietnamese decimals: "850 B", "12,4 KB", "3,1 MB".
    public static func fileSize(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        if bytes < 1024 * 1024 { return decimal(Decimal(bytes) / 1024, fractionDigits: 1) + " KB" }
        return decimal(Decimal(bytes) / 1024 / 1024, fractionDigits: 1) + " MB"
    }

    // MARK: - Dates

    /// "19/10/2020".
    public static func date(_ d: CivilDate) -> String {
        twoDigits(d.day) + "/" + twoDigits(d.month) + "/" + String(d.year)
    }

    /// "ngày 19 tháng 10 năm 2020"; day and month below 10 keep their leading zero as official documents write
    /// them: "ngày 05 tháng 01 năm 2021".
    public static func proseDate(_ d: CivilDate) -> String {
        "ngày " + twoDigits(d.day) + " tháng " + twoDigits(d.month) + " năm " + String(d.year)
    }

    /// "14:05 19/10/2020", in Vietnam time (UTC+7) whatever the machine's time zone.
    public static func dateTime(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + CivilDate.utcOffsetSeconds
        let dayNumber = floorDiv(seconds, 86_400)
        let secondOfDay = seconds - dayNumber * 86_400
        let day = CivilDate(dayNumber: dayNumber)
        return twoDigits(secondOfDay / 3600) + ":" + twoDigits(secondOfDay % 3600 / 60) + " " + date(day)
    }

    // MARK: - Parsing

    /// Reads a decimal typed by a person or exported by a spreadsheet in either convention:
    /// "1.234,5", "1234,5", "1234.5", "1,234.5", "-12", "+3", "5.300", "1.234.567", "1,234,567".
    ///
    /// Rules, in order:
    /// - With both "." and ",", the one that comes last is the decimal mark and the other groups thousands.
    /// - A mark that occurs more than once groups thousands ("1.234.567").
    /// - A single "," is a decimal mark: Vietnamese use it so ("5,3" is five point three).
    /// - A single "." is ambiguous ("5.300" is 5300 in Vietnamese, 5.3 in English). It is read as a thousands
    ///   separator when it is followed by exactly three digits and preceded by one to three digits that do not
    ///   start with 0, as Vietnamese would write them: "5.300" → 5300, "12.345" → 12345. Otherwise it is a
    ///   decimal point: "1234.5", "0.500", "5.30", "1234.567". Write "5,3" to mean five point three.
    /// - Thousands groups must be well formed (1–3 digits, then groups of exactly 3), and there must be digits on
    ///   both sides of the decimal mark: "1,2,3", "12a", ".5", "5." and "" are refused.
    ///
    /// The result is exact (decimal arithmetic, no binary floating point). Surrounding whitespace is ignored.
    public static func parseDecimal(_ s: String) -> Decimal? {
        var bytes = Array(s.trimmingCharacters(in: .whitespacesAndNewlines).utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let dot = UInt8(ascii: ".")
        let comma = UInt8(ascii: ",")
        guard !bytes.isEmpty,
            bytes.allSatisfy({ isDigit($0) || $0 == dot || $0 == comma })
        else { return nil }

        let dots = bytes.count(where: { $0 == dot })
        let commas = bytes.count(where: { $0 == comma })
        var decimalMark: UInt8?
        var thousands: UInt8?
        switch (dots, commas) {
        case (0, 0): break
        case (_, 0) where dots > 1: thousands = dot
        case (0, _) where commas > 1: thousands = comma
        case (0, 1): decimalMark = comma
        case (1, 0):
            let parts = bytes.split(separator: dot, omittingEmptySubsequences: false)
            let lead = parts[0]
            if parts[1].count == 3, (1...3).contains(lead.count), lead.first != UInt8(ascii: "0") {
                thousands = dot
            } else {
                decimalMark = dot
            }
        default:
            // Both present: the last one is the decimal mark, and it may occur only once.
            let last = bytes.last(where: { $0 == dot || $0 == comma })!
            decimalMark = last
            thousands = last == dot ? comma : dot
            guard (last == dot ? dots : commas) == 1 else { return nil }
        }

        var whole = bytes
        var fraction: ArraySlice<UInt8> = []
        if let mark = decimalMark {
            let index = bytes.firstIndex(of: mark)!
            whole = bytes[..<index]
            fraction = bytes[(index + 1)...]
            guard !fraction.isEmpty else { return nil }
        }
        guard !whole.isEmpty else { return nil }
        if let separator = thousands {
            let groups = whole.split(separator: separator, omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return nil
            }
            whole = ArraySlice(groups.joined())
        }

        // Build the value from its digits: exact, and independent of any locale.
        var mantissa = Decimal(0)
        for digit in whole + fraction {
            mantissa = mantissa * 10 + Decimal(Int(digit - UInt8(ascii: "0")))
        }
        let value = fraction.isEmpty ? mantissa : Decimal(sign: .plus, exponent: -fraction.count, significand: mantissa)
        return negative ? -value : value
    }

    // MARK: - Private

    /// Inserts "." between groups of three digits in a string of ASCII digits.
    private static func grouped(_ digits: String) -> String {
        let chars = Array(digits)
        var out = ""
        out.reserveCapacity(chars.count + chars.count / 3)
        for (i, c) in chars.enumerated() {
            if i > 0, (chars.count - i) % 3 == 0 { out.append(".") }
            out.append(c)
        }
        return out
    }

    private static func twoDigits(_ n: Int) -> String {
        n < 10 && n >= 0 ? "0" + String(n) : String(n)
    }

    private static func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : (a - b + 1) / b
    }

    /// Percentage in tenths of a percent, rounded half away from zero, in integer arithmetic only.
    private static func percentTenths(_ numerator: Int, of denominator: Int) -> Int? {
        guard denominator != 0 else { return nil }
        let n = numerator.magnitude
        let d = denominator.magnitude
        // 1000 · n / d, split as whole and remainder so that only 1000 · (n mod d) has to fit in 64 bits.
        let whole = n / d
        let (product, overflow) = (n % d).multipliedReportingOverflow(by: 1000)
        let tenths: UInt
        if overflow {
            // Only with denominators above 10^16; fall back to floating point there.
            tenths = UInt((Double(n) / Double(d) * 1000).rounded())
        } else {
            let q = product / d
            let r = product % d
            tenths = whole * 1000 + q + (r >= d - r ? 1 : 0)
        }
        let negative = (numerator < 0) != (denominator < 0)
        return negative ? -Int(tenths) : Int(tenths)
    }
}
