import DieuHanhCore
import Plot

/// A section's text as the office wrote it (`ReviewText`), for the browser: paragraphs, bullet lists, bold and
/// italic, each footnote a numbered link to its note in a list after the text, and back.
enum ReviewTextHTML {
    /// The text's blocks, then its footnotes, in a `div.review-text` (which wraps long addresses and numbers
    /// rather than let them widen a phone's page). `prefix` keeps the ids of several sections on one page apart: "s2"
    /// gives footnote 1 the ids "fn-s2-1" (the note) and "fnref-s2-1" (its number in the text); give letters,
    /// digits and hyphens only, so the ids stay valid fragment targets. `paragraphClass` styles the paragraphs
    /// ("body" in the report's sheet: justified, first line indented, as printed).
    static func nodes(_ text: ReviewText, prefix: String, paragraphClass: String? = nil, t: Localizer)
        -> Node<HTML.BodyContext>
    {
        var numbering = Numbering(prefix: prefix)
        var nodes: [Node<HTML.BodyContext>] = []
        var bullets: [Node<HTML.ListContext>] = []
        func closeList() {
            if !bullets.isEmpty { nodes.append(.ul(.class("bullets"), .group(bullets))) }
            bullets = []
        }
        for block in text.blocks {
            switch block {
            case .paragraph(let spans):
                closeList()
                nodes.append(.p(.unwrap(paragraphClass) { .class($0) }, .group(inline(spans, &numbering, t))))
            case .bullet(let spans):
                bullets.append(.li(.group(inline(spans, &numbering, t))))
            }
        }
        closeList()
        if !numbering.notes.isEmpty {
            nodes.append(
                .ol(
                    .class("footnotes"),
                    // Plot's `ariaLabel` is for body elements only; this is what it does, on the list.
                    .attribute(Attribute(name: "aria-label", value: HTMLEscaping.attribute(t(T.reviewTextFootnotes)))),
                    .forEach(numbering.notes.enumerated()) { index, note in
                        let number = String(index + 1)
                        return .li(
                            .id(numbering.noteID(index + 1)), .group(noteInline(note)), .text(" "),
                            .a(
                                .href("#" + numbering.referenceID(index + 1)),
                                .ariaLabel(t(T.reviewTextFootnoteBack, number)), .text("↩\u{FE0E}")))
                    }))
        }
        return .div(.class("review-text"), .group(nodes))
    }

    /// The footnotes met so far, in order.
    struct Numbering {
        let prefix: String
        var notes: [[ReviewText.Span]] = []

        func noteID(_ number: Int) -> String { "fn-\(prefix)-\(number)" }
        func referenceID(_ number: Int) -> String { "fnref-\(prefix)-\(number)" }
    }

    /// A block's spans, numbering the footnotes among them.
    static func inline(_ spans: [ReviewText.Span], _ numbering: inout Numbering, _ t: Localizer)
        -> [Node<HTML.BodyContext>]
    {
        spans.map { span -> Node<HTML.BodyContext> in
            switch span {
            case .text(let text, let bold, let italic):
                return styled(text, bold: bold, italic: italic)
            case .footnote(let note):
                numbering.notes.append(note)
                let number = numbering.notes.count
                return .element(
                    named: "sup",
                    nodes: [
                        .class("fnref"),
                        .a(
                            .href("#" + numbering.noteID(number)), .id(numbering.referenceID(number)),
                            .ariaLabel(t(T.reviewTextFootnoteRef, String(number))), .text(String(number))),
                    ])
            }
        }
    }

    static func noteInline(_ spans: [ReviewText.Span]) -> [Node<HTML.BodyContext>] {
        spans.compactMap { span in
            if case .text(let text, let bold, let italic) = span { return styled(text, bold: bold, italic: italic) }
            return nil  // ReviewText never puts a footnote in a footnote
        }
    }

    static func styled(_ text: String, bold: Bool, italic: Bool) -> Node<HTML.BodyContext> {
        switch (bold, italic) {
        case (true, true): .strong(.em(.text(text)))
        case (true, false): .strong(.text(text))
        case (false, true): .em(.text(text))
        case (false, false): .text(text)
        }
    }
}
