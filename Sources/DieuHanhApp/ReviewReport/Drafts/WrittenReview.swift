import DieuHanhCore
import Foundation

/// What the office writes around the figures: the outline, each section's text, Nơi nhận, and once issued the
/// number, date and signature. The renderers lay it out with the figures of `ReviewReport`.
struct WrittenReview: Sendable {
    struct Issue: Sendable {
        var notation: String
        var date: CivilDate
        var signer: String
        var signerTitle: String
        var authority: SigningAuthority
    }

    var outline: ReviewOutline
    /// Each section's text by key; a section never written is missing.
    var texts: [String: String]
    var recipients: [String]
    var issue: Issue?

    init(_ content: ReviewDraftContent) {
        let draft = content.draft
        outline = draft.outline
        texts = content.texts
        recipients = draft.recipients
        if let notation = draft.notation, let date = draft.issuedDate,
            let authority = draft.authority.flatMap(SigningAuthority.parse)
        {
            issue = Issue(
                notation: notation, date: date, signer: draft.signer ?? "", signerTitle: draft.signerTitle ?? "",
                authority: authority)
        }
    }
}

extension ReviewReport {
    /// The sentences of a figure block, as the figures-only report words them (`ReviewReport+Text.swift`).
    func paragraphs(_ block: ReviewFigureBlock) -> [String] {
        switch block {
        case .documents:
            return [documentsAndMeetingsSentence].compactMap { $0 }
        case .tasks:
            return [governmentParagraph, provinceHeadline, ministriesSentence] + otherSourcesSection.flatMap(\.paragraphs)
        case .units:
            return [Self.pointing(lateUnitsSentence, to: "Phụ lục III")]
        case .programme:
            return programmeSection.paragraphs
        case .indicators:
            return indicatorsSection.paragraphs
        }
    }
}
