import Foundation

/// Search and sorting for Vietnamese text.
///
/// Both work on the canonical decomposition (NFD) of the text, so a name typed on a Windows keyboard (often NFC)
/// and one pasted from a PDF or macOS (often NFD) fold, match and sort identically.
public enum VietnameseText {
    /// A phrase at the start of a sentence: its first letter in capitals ("số xã đạt…" → "Số xã đạt…").
    public static func sentenceStart(_ phrase: String) -> String { phrase.prefix(1).uppercased() + phrase.dropFirst() }

    // MARK: - Folding and search

    /// Lowercases, removes every diacritic (tones and vowel marks), turns `đ` into `d`, collapses runs of
    /// whitespace into one space and trims: "Sở Kế hoạch và Đầu tư" → "so ke hoach va dau tu".
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in decomposedLowercase(s) {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if isMark(scalar) { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            // đ has no decomposition in Unicode: it is a letter of its own, not d plus a mark.
            out.append(scalar == "\u{0111}" ? "d" : scalar)
        }
        return String(out)
    }

    /// True when every word of the query occurs somewhere in the text, both folded: "so ke hoach" finds
    /// "Sở Kế hoạch và Đầu tư", and so does "dau tu so". An empty (or all-blank) query matches everything.
    public static func matches(_ text: String, query: String) -> Bool {
        let words = fold(query).split(separator: " ")
        if words.isEmpty { return true }
        let folded = fold(text)
        return words.allSatisfy { folded.contains($0) }
    }

    // MARK: - Sorting

    /// A sort key for Vietnamese alphabetical order; compare keys with `<`.
    ///
    /// The key is plain ASCII for Latin text (other scripts keep their own characters after every Latin letter),
    /// so it also sorts correctly byte by byte: it can be stored in a column and ordered by SQLite's default
    /// BINARY collation or PostgreSQL's `COLLATE "C"`.
    ///
    /// Layout: the primary part (base letters, with ă â ê ô ơ ư đ as letters of their own), a space, then the
    /// tone part (one digit per letter: 0 none, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng). The space sorts below
    /// every primary character, so tones are only looked at when the base letters are equal throughout, and a
    /// name that is a prefix of another sorts first ("An" < "An Giang" < "Anh").
    ///
    /// Runs of digits sort by numeric value, so "Phường 2" comes before "Phường 10".
    public static func sortKey(_ s: String) -> String {
        var primary: [UInt8] = []
        var tones: [UInt8] = []
        var key = String.UnicodeScalarView()
        primary.reserveCapacity(s.utf8.count)

        var digits: [UInt8] = []
        func flushDigits() {
            guard !digits.isEmpty else { return }
            // Leading zeros do not change the value; the length comes first so that 9 < 10.
            var start = 0
            while start < digits.count - 1, digits[start] == UInt8(ascii: "0") { start += 1 }
            var rest = digits[start...]
            while !rest.isEmpty {
                // Absurdly long numbers are cut into chunks of the longest length the key can express.
                let chunk = rest.prefix(maxNumberLength)
                primary.append(numberBase + UInt8(chunk.count - 1))
                primary.append(contentsOf: chunk)
                rest = rest.dropFirst(chunk.count)
            }
            digits.removeAll(keepingCapacity: true)
        }
        func flushPrimary() {
            for b in primary { key.append(Unicode.Scalar(b)) }
            primary.removeAll(keepingCapacity: true)
        }

        var scalars = decomposedLowercase(s).makeIterator()
        var next = scalars.next()
        var pendingSpace = false
        while let scalar = next {
            next = scalars.next()
            if scalar.properties.isWhitespace {
                flushDigits()
                pendingSpace = !(key.isEmpty && primary.isEmpty)
                continue
            }
            if isMark(scalar) { continue }  // a mark with no letter before it
            if pendingSpace {
                primary.append(spaceWeight)
                tones.append(UInt8(ascii: "0"))
                pendingSpace = false
            }
            if scalar.isASCII, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(UInt8(scalar.value)) {
                digits.append(UInt8(scalar.value))
                continue
            }
            flushDigits()

            // Gather the marks that follow the base character (NFD puts them right after it).
            var breve = false
            var circumflex = false
            var horn = false
            var tone: UInt8 = 0
            while let mark = next, isMark(mark) {
                switch mark.value {
                case 0x0306: breve = true
                case 0x0302: circumflex = true
                case 0x031B: horn = true
                case 0x0300: tone = 1  // huyền
                case 0x0301: tone = 2  // sắc
                case 0x0309: tone = 3  // hỏi
                case 0x0303: tone = 4  // ngã
                case 0x0323: tone = 5  // nặng
                default: break  // marks foreign to Vietnamese (ç, ö…) are ignored
                }
                next = scalars.next()
            }

            if let weight = letterWeight(scalar, breve: breve, circumflex: circumflex, horn: horn) {
                primary.append(weight)
                tones.append(UInt8(ascii: "0") + tone)
            } else if scalar.isASCII {
                // Punctuation and symbols keep their ASCII order, before digits and letters.
                primary.append(punctuationBase + punctuationRank(UInt8(scalar.value)))
                tones.append(UInt8(ascii: "0"))
            } else {
                // Letters of other scripts and non-ASCII symbols sort after all Latin letters, by code point.
                flushPrimary()
                key.append(scalar)
            }
        }
        flushDigits()
        flushPrimary()
        key.append(" ")
        for t in tones { key.append(Unicode.Scalar(t)) }
        return String(key)
    }

    /// Vietnamese alphabetical order, case-insensitive; strings with equal keys (differing only in case or in
    /// marks foreign to Vietnamese) are ordered by their code points so that sorting is deterministic.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let ka = sortKey(a)
        let kb = sortKey(b)
        if ka != kb { return ka < kb }
        return a < b
    }

    /// Sorts values by a Vietnamese name, computing each key once.
    public static func sorted<T>(_ values: [T], by name: (T) -> String) -> [T] {
        values.map { (sortKey(name($0)), name($0), $0) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            .map(\.2)
    }

    // MARK: - Private

    private static func decomposedLowercase(_ s: String) -> String.UnicodeScalarView {
        s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        // The Vietnamese marks are all in Combining Diacritical Marks; the general category check also removes
        // marks of other alphabets (and the combining dot that lowercasing "İ" leaves behind).
        if (0x0300...0x036F).contains(scalar.value) { return true }
        if scalar.isASCII { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    // Primary weights, all printable ASCII and all above the space that separates the primary and tone parts.
    private static let spaceWeight = UInt8(ascii: "!")  // 0x21
    private static let punctuationBase = UInt8(ascii: "\"")  // 0x22 ... 0x41, 32 symbols
    private static let numberBase: UInt8 = 0x42  // 0x42 ... 0x5D, length 1 ... 28
    private static let maxNumberLength = 28
    private static let letterBase: UInt8 = 0x5E  // 0x5E ... 0x7E, 33 letters

    /// Position of a letter in the Vietnamese alphabet, extended with f j w z where Latin puts them:
    /// a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z (33 letters).
    private static func letterWeight(_ scalar: Unicode.Scalar, breve: Bool, circumflex: Bool, horn: Bool)
        -> UInt8?
    {
        let rank: UInt8
        switch scalar {
        case "\u{0111}": rank = 6  // đ, right after d
        case "a": rank = breve ? 1 : circumflex ? 2 : 0
        case "b"..."d": rank = UInt8(scalar.value - 0x62) + 3  // b c d → 3 4 5
        case "e": rank = circumflex ? 8 : 7
        case "f"..."n": rank = UInt8(scalar.value - 0x66) + 9  // f … n → 9 … 17
        case "o": rank = circumflex ? 19 : horn ? 20 : 18
        case "p"..."t": rank = UInt8(scalar.value - 0x70) + 21  // p … t → 21 … 25
        case "u": rank = horn ? 27 : 26
        case "v"..."z": rank = UInt8(scalar.value - 0x76) + 28  // v … z → 28 … 32
        default: return nil
        }
        // A vowel mark that does not belong to the letter (an "ŭ", say) is ignored above: it leaves the plain letter.
        return letterBase + rank
    }

    /// Rank of an ASCII symbol among the 32 printable ASCII symbols, in ASCII order.
    private static func punctuationRank(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x21...0x2F: return byte - 0x21  // ! " # $ % & ' ( ) * + , - . /   (15)
        case 0x3A...0x40: return byte - 0x3A + 15  // : ; < = > ? @                    (7)
        case 0x5B...0x60: return byte - 0x5B + 22  // [ \ ] ^ _ `                      (6)
        case 0x7B...0x7E: return byte - 0x7B + 28  // { | } ~                          (4)
        default: return 0  // control characters
        }
    }
}
