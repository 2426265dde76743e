import Foundation

/// The text of a section of the review report (DOMAIN §9) as the office types it in a browser textarea, in a small
/// markup that never fails: whatever is typed comes out as text, and only well-formed markers become formatting.
///
/// - Every non-blank line is a block of its own: officials type one paragraph per line, and a blank line between
///   paragraphs is only spacing, so blank lines are ignored. A line break inside a paragraph cannot be written.
/// - A line starting with "- ", "+ ", "• " or "– " (en dash, as Word's autocorrect leaves it) is a bullet item.
///   "-5 tỷ đồng" (no space) stays a paragraph.
/// - `**bold**`, `*italic*` and `_italic_`, nested either way (`*a **b** c*`, `***both***`). A marker opens only
///   before a non-space character and not right after a letter or digit, and closes only after a non-space
///   character and not right before a letter or digit; so "5*3", "2 * 4" and "file_name_2" stay as typed. A marker
///   with nothing to pair with is literal text.
/// - `[^footnote text]` is a footnote; its text may carry bold and italic, and brackets inside it must pair
///   ("[^xem [1]]"). Other brackets ("[1]") are text. A footnote cannot hold a footnote, nor run over a line.
///
/// The text is put in NFC first: Word and LibreOffice place decomposed Vietnamese marks (a tone typed as a
/// combining character) badly in Times New Roman, and search folds the two forms alike anyway.
public struct ReviewText: Sendable, Hashable {
    public enum Block: Sendable, Hashable {
        case paragraph([Span])
        case bullet([Span])

        public var spans: [Span] {
            switch self {
            case .paragraph(let spans), .bullet(let spans): spans
            }
        }
    }

    public enum Span: Sendable, Hashable {
        case text(String, bold: Bool, italic: Bool)
        /// Where the footnote's number goes; the spans are its text (its own bold and italic, not the surrounding
        /// run's).
        case footnote([Span])
    }

    public var blocks: [Block]

    public init(blocks: [Block]) {
        self.blocks = blocks
    }

    /// Parses what was typed; never fails.
    public init(_ source: String) {
        var blocks: [Block] = []
        // `isNewline` covers "\r\n" (one Character in Swift), a lone "\r" and the Unicode line separators.
        let lines = source.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isNewline)
        for rawLine in lines {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            if let content = Self.bulletContent(line) {
                blocks.append(.bullet(InlineParser.spans(content)))
            } else {
                blocks.append(.paragraph(InlineParser.spans(line)))
            }
        }
        self.blocks = blocks
    }

    /// The text after a bullet marker, when the line is a bullet item.
    static func bulletContent(_ line: String) -> String? {
        guard let first = line.first, ["-", "+", "•", "–"].contains(first) else { return nil }
        let rest = line.dropFirst()
        guard let second = rest.first, second.isWhitespace else { return nil }
        let content = rest.trimmingCharacters(in: .whitespaces)
        return content.isEmpty ? nil : content
    }

    /// One line per block, bullets starting "- ", markers dropped, each footnote's text in parentheses where it
    /// stands: what a search index or a one-line preview needs.
    public var plainText: String {
        blocks.map { block in
            let text = Self.plain(block.spans)
            if case .bullet = block { return "- " + text }
            return text
        }.joined(separator: "\n")
    }

    static func plain(_ spans: [Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text, _, _): text
            case .footnote(let note): " (" + plain(note) + ")"
            }
        }.joined()
    }

    /// The footnotes' texts in document order; footnote n (from 1) is `footnotes[n - 1]`.
    public var footnotes: [[Span]] {
        blocks.flatMap { block in
            block.spans.compactMap { span in
                if case .footnote(let note) = span { return note }
                return nil
            }
        }
    }

    public var footnoteCount: Int { footnotes.count }

    public var isEmpty: Bool { blocks.isEmpty }
}
