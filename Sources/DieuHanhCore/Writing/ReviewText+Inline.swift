import Foundation

/// Bold, italic and footnotes inside one line of `ReviewText`. Emphasis pairs its markers the way CommonMark's
/// delimiter runs do (each closer takes the nearest opener of its character, two markers when both runs have two,
/// so nesting either way and `***both***` come out right), with simpler rules for which runs may open or close
/// (see `ReviewText`): the office types prose with numbers in it, not code.
enum InlineParser {
    /// A line's spans: adjacent runs of the same style merged, the spaces typed before a footnote's mark dropped
    /// (the mark sits against its word, as Word places it).
    static func spans(_ line: String) -> [ReviewText.Span] {
        let items = process(tokenize(Array(line), footnotes: true))
        return tidy(flatten(items, bold: false, italic: false))
    }

    enum Item {
        case text(String)
        /// A run of `*` or `_` that may still pair; `count` is how many markers are left unused.
        case delimiter(Character, count: Int, canOpen: Bool, canClose: Bool)
        case emphasis(strong: Bool, [Item])
        case footnote([Item])
    }

    static func tokenize(_ chars: [Character], footnotes: Bool) -> [Item] {
        var items: [Item] = []
        var buffer = ""
        func flush() {
            if !buffer.isEmpty { items.append(.text(buffer)) }
            buffer = ""
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if footnotes, c == "[", i + 1 < chars.count, chars[i + 1] == "^", let end = closingBracket(chars, from: i) {
                let inner = String(chars[(i + 2)..<end]).trimmingCharacters(in: .whitespaces)
                if !inner.isEmpty {
                    flush()
                    items.append(.footnote(process(tokenize(Array(inner), footnotes: false))))
                    i = end + 1
                    continue
                }
            }
            if c == "*" || c == "_" {
                var end = i
                while end < chars.count && chars[end] == c { end += 1 }
                let before = i > 0 ? chars[i - 1] : nil
                let after = end < chars.count ? chars[end] : nil
                let canOpen = after.map { !$0.isWhitespace } == true && !isWordCharacter(before)
                let canClose = before.map { !$0.isWhitespace } == true && !isWordCharacter(after)
                if canOpen || canClose {
                    flush()
                    items.append(.delimiter(c, count: end - i, canOpen: canOpen, canClose: canClose))
                } else {
                    buffer += String(repeating: c, count: end - i)
                }
                i = end
                continue
            }
            buffer.append(c)
            i += 1
        }
        flush()
        return items
    }

    static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }

    /// The index of the "]" that closes the "[" at `start`, counting the brackets between.
    static func closingBracket(_ chars: [Character], from start: Int) -> Int? {
        var depth = 0
        for k in start..<chars.count {
            if chars[k] == "[" {
                depth += 1
            } else if chars[k] == "]" {
                depth -= 1
                if depth == 0 { return k }
            }
        }
        return nil
    }

    /// Pairs delimiter runs into emphasis. Runs left between a pair stay inside it unpaired and end up as text,
    /// as in CommonMark.
    static func process(_ input: [Item]) -> [Item] {
        var items = input
        var i = 0
        while i < items.count {
            guard case .delimiter(let char, let closeCount, let closerCanOpen, true) = items[i] else {
                i += 1
                continue
            }
            var openerIndex: Int?
            for j in stride(from: i - 1, through: 0, by: -1) {
                if case .delimiter(char, _, true, _) = items[j] {
                    openerIndex = j
                    break
                }
            }
            guard let j = openerIndex, case .delimiter(_, let openCount, let openerCanOpen, let openerCanClose) = items[j]
            else {
                if !closerCanOpen { items[i] = .text(String(repeating: char, count: closeCount)) }
                i += 1
                continue
            }
            let used = openCount >= 2 && closeCount >= 2 ? 2 : 1
            let node = Item.emphasis(strong: used == 2, Array(items[(j + 1)..<i]))
            var replacement: [Item] = []
            if openCount > used {
                replacement.append(
                    .delimiter(char, count: openCount - used, canOpen: openerCanOpen, canClose: openerCanClose))
            }
            replacement.append(node)
            let closerLeft = closeCount - used
            if closerLeft > 0 {
                replacement.append(.delimiter(char, count: closerLeft, canOpen: closerCanOpen, canClose: true))
            }
            items.replaceSubrange(j...i, with: replacement)
            // Look at what is left of the closer next, or at the item after the new node.
            i = j + replacement.count - (closerLeft > 0 ? 1 : 0)
        }
        return items
    }

    static func flatten(_ items: [Item], bold: Bool, italic: Bool) -> [ReviewText.Span] {
        items.flatMap { item -> [ReviewText.Span] in
            switch item {
            case .text(let text): [.text(text, bold: bold, italic: italic)]
            case .delimiter(let char, let count, _, _):
                [.text(String(repeating: char, count: count), bold: bold, italic: italic)]
            case .emphasis(let strong, let children):
                flatten(children, bold: bold || strong, italic: italic || !strong)
            case .footnote(let children): [.footnote(tidy(flatten(children, bold: false, italic: false)))]
            }
        }
    }

    static func tidy(_ spans: [ReviewText.Span]) -> [ReviewText.Span] {
        var out: [ReviewText.Span] = []
        for span in spans {
            switch span {
            case .text(let text, let bold, let italic):
                guard !text.isEmpty else { continue }
                if case .text(let previous, bold, italic) = out.last {
                    out[out.count - 1] = .text(previous + text, bold: bold, italic: italic)
                } else {
                    out.append(span)
                }
            case .footnote:
                if case .text(let previous, let bold, let italic) = out.last {
                    let trimmed = String(previous.reversed().drop(while: \.isWhitespace).reversed())
                    if trimmed.isEmpty {
                        out.removeLast()
                    } else {
                        out[out.count - 1] = .text(trimmed, bold: bold, italic: italic)
                    }
                }
                out.append(span)
            }
        }
        return out
    }
}
