import DieuHanhCore
import Foundation
import Plot

/// The written report in the browser's sheet: the office's outline with the figure blocks and texts, then the
/// signature; `ReviewReportHTML.sheet` places them.
extension ReviewReportHTML {
    static func writtenBody(_ r: ReviewReport, _ written: WrittenReview) -> BodyNode {
        .forEach(Array(zip(written.outline.headings, written.outline.sections))) { heading, section in
            .section(
                .id("muc-\(section.key)"),
                .h4(.text(heading)),
                .forEach(section.figures) { figure in
                    .forEach(r.paragraphs(figure)) { .p(.class("body figure-text"), .text($0)) }
                },
                writtenNodes(written.texts[section.key] ?? "", prefix: section.key, paragraphClass: "body"))
        }
    }

    /// The office's text of a section, with its bullets, emphasis and footnotes (numbered within the section,
    /// whose key keeps their ids apart from other sections' on one page). The report is written in Vietnamese
    /// whatever the reader's interface language.
    static func writtenNodes(_ text: String, prefix: String, paragraphClass: String? = nil) -> BodyNode {
        ReviewTextHTML.nodes(ReviewText(text), prefix: prefix, paragraphClass: paragraphClass, t: Localizer(language: .vi))
    }

    /// Nơi nhận and the signature, as the DOCX lays them out.
    static func signature(_ r: ReviewReport, _ written: WrittenReview) -> BodyNode {
        let lines =
            written.issue.map { $0.authority.lines(body: "Ủy ban nhân dân", signerTitle: $0.signerTitle) }
            ?? ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
        return .div(
            .class("doc-signature"),
            .div(
                .p(.strong(.em(.text("Nơi nhận:")))),
                .forEach(written.recipients) { .p(.class("recipient"), .text($0)) }),
            .div(
                .class("signer"),
                .forEach(lines) { .p(.strong(.text($0))) },
                .unwrap(written.issue) { .p(.class("signer-name"), .strong(.text($0.signer))) }))
    }
}
