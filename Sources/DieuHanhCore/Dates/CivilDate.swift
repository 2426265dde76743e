import Foundation

/// A calendar day in Vietnam (Asia/Ho_Chi_Minh), without a time.
///
/// Every rule of the domain works on whole days ("as of the end of day D"), so dates are kept as plain
/// year-month-day values and stored as ISO strings (`yyyy-mm-dd`), which sort correctly as text in both
/// SQLite and PostgreSQL.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Vietnam has kept UTC+7 without daylight saving since 1975.
    public static let utcOffsetSeconds = 7 * 3600

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CivilDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day numbered `dayNumber` days after 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let w = (dayNumber + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// `yyyy-mm-dd`, the storage and API form.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public var description: String { iso }

    /// The day it is in Vietnam at the instant `now`.
    public static func today(now: Date) -> CivilDate {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CivilDate(dayNumber: days)
    }

    /// Parses `yyyy-mm-dd` or `dd/mm/yyyy` (also `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`), surrounding spaces allowed.
    public static func parse(_ text: String) -> CivilDate? {
        if let stored = parseStored(text) { return stored }
        let s = text.trimmingCharacters(in: .whitespaces)
        if let (day, month, year) = eightDigits(s) { return CivilDate(year: year, month: month, day: day) }
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
            let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        else { return nil }
        if parts[0].count == 4 {
            // ISO order only with hyphens, as the contract says.
            guard s.contains("-") else { return nil }
            return CivilDate(year: a, month: b, day: c)
        }
        guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        return CivilDate(year: c, month: b, day: a)
    }

    /// "01072025": day, month and year typed without separators, as a phone's number pad (which has no slash) types
    /// them. Always day first: a year-first "20250701" would read as month 25 and is no date.
    private static func eightDigits(_ s: String) -> (day: Int, month: Int, year: Int)? {
        guard s.utf8.count == 8, s.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let number = Int(s)
        else { return nil }
        return (number / 1_000_000, number / 10_000 % 100, number % 10_000)
    }

    /// The stored form, exactly `YYYY-MM-DD`, read byte by byte: every task and event a page or a report shows
    /// has its dates parsed, and the general path (trimming, splitting) was a twentieth of a list request.
    private static func parseStored(_ text: String) -> CivilDate? {
        let bytes = text.utf8
        guard bytes.count == 10 else { return nil }
        var value = [0, 0, 0]
        var part = 0
        for (i, byte) in bytes.enumerated() {
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                part += 1
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value[part] = value[part] * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        return CivilDate(year: value[0], month: value[1], day: value[2])
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CivilDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// Why a typed date was not read.
public enum DateTextProblem: Equatable, Sendable {
    /// Not written as a date at all.
    case notADate
    /// Written as one, but that day does not exist (31/02/2027): `lastDay` is the month's last day.
    case noSuchDay(day: Int, month: Int, year: Int, lastDay: Int)
}

extension CivilDate {
    /// Why `text` is not a date, or nil when `parse` reads it: a day that does not exist in its month is told
    /// apart from text that is not a date, so that the message can say which.
    public static func problem(_ text: String) -> DateTextProblem? {
        guard parse(text) == nil else { return nil }
        let s = text.trimmingCharacters(in: .whitespaces)
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        let (day, month, year): (Int, Int, Int)
        if let typed = eightDigits(s) {
            (day, month, year) = typed
        } else {
            guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return .notADate }
            guard parts[0].count == 4 || parts[2].count == 4 else { return .notADate }
            (day, month, year) = parts[0].count == 4 ? (c, b, a) : (a, b, c)
        }
        // A day that exists but is written in another order ("2026/01/01") is not a date as the forms read them.
        guard (1...12).contains(month), (1...31).contains(day),
            CivilDate(year: year, month: month, day: day) == nil,
            let lastDay = (28...31).reversed().first(where: { CivilDate(year: year, month: month, day: $0) != nil })
        else { return .notADate }
        return .noSuchDay(day: day, month: month, year: year, lastDay: lastDay)
    }
}
