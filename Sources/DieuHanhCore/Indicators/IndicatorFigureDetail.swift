import Foundation

/// What a figure carries besides its value (CONTRACT: actuals' `score` and `classes`).
/// - A rank's score: seed 001's PCI "xếp thứ 13/63" is a place earned with a score (65,52 điểm).
/// - A distribution: seed 002, footnote 8 counts communes by the new-countryside criteria they meet ("số xã đạt 19
///   tiêu chí: 17 xã … số xã đạt 5-9 tiêu chí: 64 xã. Bình quân toàn tỉnh đạt 10,99 tiêu chí/xã"): the figure's value
///   is the average, its classes the counts.
public struct IndicatorFigureDetail: Hashable, Sendable {
    public var score: Decimal?
    public var classes: [IndicatorClassCount]

    public init(score: Decimal? = nil, classes: [IndicatorClassCount] = []) {
        (self.score, self.classes) = (score, classes)
    }

    public var isEmpty: Bool { score == nil && classes.isEmpty }
}

/// One class of a distribution and how many it counts: ("Số xã đạt 19 tiêu chí", 17).
public struct IndicatorClassCount: Hashable, Sendable, Codable {
    public var label: String
    public var count: Int

    public init(label: String, count: Int) { (self.label, self.count) = (label, count) }
}

/// Distributions: read, written, averaged and compared with the year before.
public enum IndicatorDistribution {
    /// At most this many classes: a distribution is a small table, not a list of units.
    public static let maxClasses = 20

    /// Reads "Số xã đạt 19 tiêu chí: 17; Số xã đạt 15-18 tiêu chí: 5" (a class per `;` or line, its count after the
    /// last `:`). The message says what is wrong, in Vietnamese; "" gives no classes.
    public static func parse(_ text: String) -> Result<[IndicatorClassCount], DistributionError> {
        let items = text.split(whereSeparator: { $0 == ";" || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if items.count > maxClasses { return .failure(.tooMany(items.count)) }
        var classes: [IndicatorClassCount] = []
        var seen = Set<String>()
        for item in items {
            guard let colon = item.lastIndex(of: ":") else { return .failure(.noCount(item)) }
            let label = item[..<colon].trimmingCharacters(in: .whitespaces)
            let countText = item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty else { return .failure(.noLabel(item)) }
            guard label.count <= 200 else { return .failure(.labelTooLong(label)) }
            guard !countText.isEmpty, countText.count <= 9, countText.allSatisfy({ $0.isASCII && $0.isNumber }),
                let count = Int(countText)
            else { return .failure(.badCount(label, countText)) }
            guard seen.insert(VietnameseText.fold(label)).inserted else { return .failure(.repeated(label)) }
            classes.append(IndicatorClassCount(label: label, count: count))
        }
        return .success(classes)
    }

    /// The text `parse` reads: "Số xã đạt 19 tiêu chí: 17; Số xã đạt 15-18 tiêu chí: 5".
    public static func text(_ classes: [IndicatorClassCount]) -> String {
        classes.map { "\($0.label): \($0.count)" }.joined(separator: "; ")
    }

    public static func total(_ classes: [IndicatorClassCount]) -> Int { classes.reduce(0) { $0 + $1.count } }

    /// The average of a distribution whose every class is one number ("19 tiêu chí", "Đạt 18 tiêu chí"):
    /// Σ number × count / Σ count, rounded half away from zero to two decimals. nil when a class is a range or
    /// names no number, or nothing is counted: such an average must be entered, as the seed's 10,99 is.
    public static func average(_ classes: [IndicatorClassCount]) -> Decimal? {
        let total = total(classes)
        guard total > 0 else { return nil }
        var sum = Decimal(0)
        for item in classes {
            guard let number = singleNumber(in: item.label) else { return nil }
            sum += number * Decimal(item.count)
        }
        var exact = sum / Decimal(total)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 2, .plain)
        return rounded
    }

    /// Each class with its change since the year before, matched by label without diacritics or case; nil where
    /// last year had no such class or no classes at all.
    public static func changes(_ current: [IndicatorClassCount], previous: [IndicatorClassCount]) -> [(
        IndicatorClassCount, change: Int?
    )] {
        let before = Dictionary(
            previous.map { (VietnameseText.fold($0.label), $0.count) }, uniquingKeysWith: { first, _ in first })
        return current.map { item in (item, before[VietnameseText.fold(item.label)].map { item.count - $0 }) }
    }

    /// The one whole number a label names ("Số xã đạt 19 tiêu chí" → 19); nil for none, several or a range.
    static func singleNumber(in label: String) -> Decimal? {
        let runs = label.split(whereSeparator: { !($0.isASCII && $0.isNumber) })
        guard runs.count == 1, !label.contains("-"), !label.contains("–") else { return nil }
        return Decimal(string: String(runs[0]))
    }
}

/// Why a distribution was refused, worded for the person who typed it.
public enum DistributionError: Error, Equatable, Sendable {
    case tooMany(Int)
    case noCount(String)
    case noLabel(String)
    case labelTooLong(String)
    case badCount(String, String)
    case repeated(String)

    public var message: String {
        switch self {
        case .tooMany(let n):
            "có \(n) nhóm; một bảng phân loại có tối đa \(IndicatorDistribution.maxClasses) nhóm"
        case .noCount(let item): "nhóm “\(item)” thiếu số lượng; viết tên nhóm, dấu hai chấm rồi số lượng"
        case .noLabel(let item): "“\(item)” thiếu tên nhóm trước dấu hai chấm"
        case .labelTooLong(let label): "tên nhóm “\(label.prefix(40))…” dài quá 200 ký tự"
        case .badCount(let label, let count): "số lượng của nhóm “\(label)” phải là số nguyên không âm, không phải “\(count)”"
        case .repeated(let label): "nhóm “\(label)” có hai lần"
        }
    }
}

extension IndicatorText {
    /// A distribution as seed 002 writes it: "Số xã đạt 19 tiêu chí: 17 xã (tăng 01 xã); số xã đạt từ 15-18 tiêu
    /// chí: 05 xã (giảm 02 xã)." The counted thing is the unit's part after "/" ("tiêu chí/xã" → "xã"); the change
    /// is left out where last year had no such class. nil without classes.
    public static func classesSentence(
        _ classes: [IndicatorClassCount], previous: [IndicatorClassCount], unit: String
    ) -> String? {
        guard !classes.isEmpty else { return nil }
        let noun = countedNoun(unit)
        let parts = IndicatorDistribution.changes(classes, previous: previous).enumerated().map { index, pair in
            let (item, change) = pair
            let label = index == 0 ? VietnameseText.sentenceStart(item.label) : inSentence(item.label)
            var text = label + ": " + VNFormat.count(item.count) + noun
            if let change {
                text +=
                    change == 0
                    ? " (không đổi)" : " (" + (change > 0 ? "tăng " : "giảm ") + VNFormat.count(abs(change)) + noun + ")"
            }
            return text
        }
        return parts.joined(separator: "; ") + "."
    }

    /// A rank's score and its change: "đạt 65,52 điểm (tăng 1,25 điểm)".
    public static func scorePhrase(_ score: Decimal, previous: Decimal?) -> String {
        var text = "đạt " + value(score) + " điểm"
        if let previous {
            let change = score - previous
            text += change.isZero ? " (không đổi)" : " (" + (change > 0 ? "tăng " : "giảm ") + value(abs(change)) + " điểm)"
        }
        return text
    }

    /// " xã" for "tiêu chí/xã"; "" when the unit names no counted thing.
    static func countedNoun(_ unit: String) -> String {
        guard let slash = unit.lastIndex(of: "/") else { return "" }
        let noun = unit[unit.index(after: slash)...].trimmingCharacters(in: .whitespaces)
        return noun.isEmpty ? "" : " " + noun
    }
}
