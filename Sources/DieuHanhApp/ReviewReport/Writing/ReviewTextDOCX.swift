import DieuHanhCore
import DieuHanhOffice

/// A section's text as the office wrote it (`ReviewText`), laid out as the review report's body
/// (`ReviewReportDOCX.bodyParagraph`): every block a justified paragraph with its first line indented, a bullet
/// item one whose text starts "- " as Vietnamese administrative documents write them (no list numbering: a Word
/// list would indent the item differently from the paragraphs around it), footnotes as Word footnotes.
enum ReviewTextDOCX {
    static func blocks(_ text: ReviewText) -> [DOCXBlock] {
        text.blocks.map { block -> DOCXBlock in
            switch block {
            case .paragraph(let spans):
                .paragraph(ReviewReportDOCX.bodyParagraph(runs(spans)))
            case .bullet(let spans):
                .paragraph(
                    ReviewReportDOCX.bodyParagraph([DOCXRun("- ", size: ReviewReportDOCX.bodySize)] + runs(spans)))
            }
        }
    }

    /// The body's runs at the body's size; a footnote's number at that size too (superscript by its style), its
    /// text left to the footnote style's 10 pt.
    static func runs(_ spans: [ReviewText.Span]) -> [DOCXRun] {
        spans.map { span -> DOCXRun in
            switch span {
            case .text(let text, let bold, let italic):
                DOCXRun(text, size: ReviewReportDOCX.bodySize, bold: bold, italic: italic)
            case .footnote(let note):
                .footnote(noteRuns(note), size: ReviewReportDOCX.bodySize)
            }
        }
    }

    static func noteRuns(_ spans: [ReviewText.Span]) -> [DOCXRun] {
        spans.compactMap { span in
            if case .text(let text, let bold, let italic) = span { return DOCXRun(text, bold: bold, italic: italic) }
            return nil  // ReviewText never puts a footnote in a footnote
        }
    }
}
