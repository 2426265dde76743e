import Foundation

/// A unit's answer to a request tied to a review report, cut into the report's sections (DOMAIN §9: units answer
/// section by section, the request's outline being the draft's). The unit writes under the headings it was given;
/// a line that names a heading — numbered or not, in any case, with or without diacritics — starts that section.
public enum ReviewContributions {
    public struct Split: Equatable, Sendable {
        /// Each section's text by its position in the outline; sections the unit left empty are missing.
        public var bySection: [Int: String]
        /// What the unit wrote before any heading.
        public var unplaced: String
    }

    /// The template a unit fills in: each heading on its own line with an empty line under it.
    public static func template(headings: [String]) -> String {
        headings.map { $0 + "\n" }.joined(separator: "\n")
    }

    public static func split(_ text: String, titles: [String]) -> Split {
        let keys = titles.map(key)
        var bySection: [Int: [String]] = [:]
        var unplaced: [String] = []
        var current: Int?
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if let found = keys.firstIndex(of: key(line)), !key(line).isEmpty {
                current = found
                continue
            }
            if let current { bySection[current, default: []].append(line) } else { unplaced.append(line) }
        }
        func joined(_ lines: [String]) -> String {
            lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return Split(
            bySection: bySection.mapValues(joined).filter { !$0.value.isEmpty }, unplaced: joined(unplaced))
    }

    /// A heading as compared: without its number ("II.", "1.", "a)"), folded, spaces collapsed.
    static func key(_ line: String) -> String {
        var words = VietnameseText.fold(line).split(whereSeparator: \.isWhitespace).map(String.init)
        if let first = words.first, isNumber(first) { words.removeFirst() }
        return words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".:;"))
    }

    /// "I.", "IV.", "1.", "12)", "a)": the numbering a heading may carry.
    private static func isNumber(_ word: String) -> Bool {
        guard let last = word.last, last == "." || last == ")" else { return false }
        let body = word.dropLast()
        return !body.isEmpty && (body.allSatisfy(\.isNumber) || body.allSatisfy { "ivxlc".contains($0) } || body.count == 1)
    }
}
