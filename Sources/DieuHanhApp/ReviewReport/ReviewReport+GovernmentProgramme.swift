import DieuHanhCore
import DieuHanhOffice
import Foundation

/// The province's items in the Government's and the Prime Minister's work programme (trình cấp CP, TTg), apart from
/// its own programme: a sentence in section 5 and seed 001's "Ghi chú" under Phụ lục IV. The figures are the
/// programme's columns over those items alone (`ProgrammeStatistics` with the bodies filter), the same object as
/// the figures' `government_programme`.
extension ReviewReport {
    /// "UBND tỉnh không có nội dung trong Chương trình công tác của Chính phủ, Thủ tướng Chính phủ." or the
    /// submitted count.
    var governmentProgrammeSentence: String {
        ReviewProse.governmentProgramme(programme.government)
    }

    /// The appendix's closing line, as seed 001 writes it.
    var governmentProgrammeNote: String { "Ghi chú: " + governmentProgrammeSentence }
}

extension ReviewReportDOCX {
    static func governmentProgrammeNote(_ report: ReviewReport) -> DOCXBlock {
        .paragraph(
            DOCXParagraph(
                report.governmentProgrammeNote, size: bodySize, italic: true, alignment: .justified, spacingBeforePt: 8,
                spacingAfterPt: 4, lineSpacing: lineSpacing))
    }
}
