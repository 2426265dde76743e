import DieuHanhCore
import DieuHanhOffice
import Foundation

/// The written report's body in the DOCX: the office's outline, each heading followed by its figure blocks
/// (computed as of the cut-off) and the office's text; the appendices and signature are the figures-only report's.
extension ReviewReportDOCX {
    static func writtenBody(_ report: ReviewReport, _ written: WrittenReview) -> [DOCXBlock] {
        var blocks = [body(report.introSentence)]
        for (title, section) in zip(written.outline.headings, written.outline.sections) {
            blocks.append(heading(title))
            for figure in section.figures {
                blocks += report.paragraphs(figure).map { body($0) }
            }
            blocks += writtenBlocks(written.texts[section.key] ?? "")
        }
        blocks.append(body(report.cutOffSentence, italic: true))
        blocks.append(
            .paragraph(
                DOCXParagraph(
                    report.closingSentence, size: bodySize, alignment: .justified,
                    firstLineIndentCm: indentCm, spacingAfterPt: 12, lineSpacing: lineSpacing,
                    keepWithNext: true)))
        return blocks
    }

    /// The office's text of a section, with its bullets, emphasis and footnotes.
    static func writtenBlocks(_ text: String) -> [DOCXBlock] {
        ReviewTextDOCX.blocks(ReviewText(text))
    }

    /// Printed last, so whoever receives the figures as JSON can check them against the signed text.
    static func checksumLine(_ report: ReviewReport) -> DOCXBlock {
        .paragraph(
            DOCXParagraph(
                "Mã kiểm tra số liệu (SHA-256): \(report.figures?.figures_sha256 ?? "")", size: 10, italic: true,
                alignment: .left, spacingBeforePt: 12))
    }
}
