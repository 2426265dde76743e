import Foundation

/// The lenient reader behind `DocumentNumber.parse`: works on an array of characters, position by position.
struct DocumentNumberScanner {
    let chars: [Character]
    var position: Int

    /// Normalises what users paste: NFKC (precomposed letters, so decomposed "Số" and "Số" read alike; full-width
    /// digits and slashes; no-break spaces become spaces), every kind of dash to "-", fraction and division
    /// slashes to "/", and no spaces around "/" or "-" ("1409 /BC - UBND" → "1409/BC-UBND").
    static func clean(_ text: String) -> String {
        let dashes: Set<Character> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]
        let slashes: Set<Character> = ["\u{2044}", "\u{2215}"]
        var unified: [Character] = []
        for char in text.precomposedStringWithCompatibilityMapping {
            if dashes.contains(char) {
                unified.append("-")
            } else if slashes.contains(char) {
                unified.append("/")
            } else if char.isWhitespace {
                unified.append(" ")
            } else {
                unified.append(char)
            }
        }
        var result: [Character] = []
        for (i, char) in unified.enumerated() {
            if char == " " {
                let next = unified[(i + 1)...].first { $0 != " " }
                if result.last == " " || result.last == "/" || result.last == "-" || next == "/" || next == "-" {
                    continue
                }
            }
            result.append(char)
        }
        return String(result).trimmingCharacters(in: .whitespaces)
    }

    /// The first notation in `text` (already cleaned), with the date that follows it if any. Each run of
    /// digits starting a word is tried in turn, so leading words ("Số:", "Nghị quyết số") are skipped.
    static func scan(_ text: String) -> DocumentNumber? {
        let chars = Array(text)
        for start in chars.indices where chars[start].isASCIIDigit && (start == 0 || !chars[start - 1].isCodeChar) {
            var scanner = DocumentNumberScanner(chars: chars, position: start)
            if var result = scanner.notation() {
                result.date = firstDate(in: chars[scanner.position...])
                return result
            }
        }
        return nil
    }

    /// Reads one notation at `position`, or nil (position is then meaningless).
    mutating func notation() -> DocumentNumber? {
        guard let digits = digitRun(), digits.count <= 7, let number = Int(digits), number > 0,
            position < chars.count
        else { return nil }
        let separator = chars[position]
        position += 1
        switch separator {
        case "-": return partyNotation(number: number)
        case "/": return stateNotation(number: number)
        default: return nil
        }
    }

    /// `36-NQ/TW`: the type code comes first, the issuer after the slash.
    private mutating func partyNotation(number: Int) -> DocumentNumber? {
        guard let code = segment(), eat("/"), let issuer = segments() else { return nil }
        let type = DocumentNumber.canonicalTypeCode(code) ?? code.uppercased()
        return DocumentNumber(number: number, typeCode: type, issuer: issuer, isParty: true)
    }

    /// `1409/BC-UBND`, `4049/UBND-TH`, `42/2014/QĐ-TTg`, `45/2019/QH14`.
    private mutating func stateNotation(number: Int) -> DocumentNumber? {
        if let digits = digitRun() {
            // Only a four-digit year may follow the number ("22/7/2021" is a date, not a notation).
            guard digits.count == 4, let year = Int(digits), (1900...2999).contains(year), eat("/"),
                let first = segment()
            else { return nil }
            guard eat("-") else {
                // A law: number/year/body, no type code.
                return DocumentNumber(number: number, year: year, issuer: DocumentNumber.canonicalBody(first))
            }
            guard let issuer = segments() else { return nil }
            let type = DocumentNumber.canonicalTypeCode(first) ?? first.uppercased()
            return DocumentNumber(number: number, year: year, typeCode: type, issuer: issuer)
        }
        guard let first = segment() else { return nil }
        let type = DocumentNumber.canonicalTypeCode(first)
        let rest = eat("-") ? segments() : nil
        if let type {
            // A typed document needs its issuer.
            guard let rest else { return nil }
            return DocumentNumber(number: number, typeCode: type, issuer: rest)
        }
        // Not a type code: a công văn, issuer first, then the drafting unit.
        return DocumentNumber(number: number, issuer: DocumentNumber.canonicalBody(first), drafter: rest)
    }

    // MARK: - Pieces

    private mutating func digitRun() -> String? {
        let start = position
        while position < chars.count, chars[position].isASCIIDigit { position += 1 }
        return position > start ? String(chars[start..<position]) : nil
    }

    private mutating func eat(_ char: Character) -> Bool {
        guard position < chars.count, chars[position] == char else { return false }
        position += 1
        return true
    }

    /// A code such as "UBND", "QĐ", "QH14", "KH&ĐT": starts with a letter, then letters, digits or "&".
    private mutating func segment() -> String? {
        guard position < chars.count, chars[position].isLetter else { return nil }
        let start = position
        while position < chars.count, chars[position].isCodeChar { position += 1 }
        return String(chars[start..<position])
    }

    /// Codes joined by hyphens ("UBND", "UBND-VP"), normalised, stopping before a hyphenated "ngày" (the
    /// cleaning glues "TH - ngày" into "TH-ngày").
    private mutating func segments() -> String? {
        guard let first = segment() else { return nil }
        var parts = [DocumentNumber.canonicalBody(first)]
        while position < chars.count, chars[position] == "-" {
            let saved = position
            position += 1
            guard let next = segment(), !["NGÀY", "NGAY"].contains(next.uppercased()) else {
                position = saved
                break
            }
            parts.append(DocumentNumber.canonicalBody(next))
        }
        return parts.joined(separator: "-")
    }

    /// The first valid date among the digit runs of `tail`: d/m/yyyy (any of / - . as separators, or
    /// "ngày 22 tháng 7 năm 2021") or yyyy-mm-dd.
    static func firstDate(in tail: ArraySlice<Character>) -> CivilDate? {
        // Digit runs with the text between each run and the previous one.
        var runs: [(digits: String, gap: String)] = []
        var gap = ""
        var digits = ""
        for char in tail {
            if char.isASCIIDigit {
                digits.append(char)
            } else {
                if !digits.isEmpty {
                    runs.append((digits, gap))
                    gap = ""
                    digits = ""
                }
                gap.append(char)
            }
        }
        if !digits.isEmpty { runs.append((digits, gap)) }

        let joiners: Set<String> = ["/", "-", ".", "THÁNG", "THANG", "NĂM", "NAM"]
        func joins(_ gap: String) -> Bool {
            joiners.contains(gap.trimmingCharacters(in: .whitespaces).uppercased())
        }
        guard runs.count >= 3 else { return nil }
        for i in 0...(runs.count - 3) where joins(runs[i + 1].gap) && joins(runs[i + 2].gap) {
            let (a, b, c) = (runs[i].digits, runs[i + 1].digits, runs[i + 2].digits)
            guard let x = Int(a), let y = Int(b), let z = Int(c) else { continue }
            if a.count <= 2, b.count <= 2, c.count == 4, let date = CivilDate(year: z, month: y, day: x) { return date }
            if a.count == 4, b.count <= 2, c.count <= 2, let date = CivilDate(year: x, month: y, day: z) { return date }
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
    /// Letters, ASCII digits and "&" make up a code ("KH&ĐT").
    fileprivate var isCodeChar: Bool { isLetter || isASCIIDigit || self == "&" }
}
