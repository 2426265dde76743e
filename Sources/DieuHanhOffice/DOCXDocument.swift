import Foundation

/// A word-processing document as plain values: paragraphs, tables, page and section breaks. `DOCXWriter` turns it
/// into a .docx file. The defaults follow Nghị định 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Times New Roman 14,
/// page numbers centred at the top from page 2 on.
public struct DOCXDocument: Sendable {
    public var blocks: [DOCXBlock]
    /// The page setup of the first section; `.sectionBreak` blocks start the following ones.
    public var pageSetup: DOCXPageSetup
    /// Points. Runs, tables and paragraphs without their own size use it.
    public var defaultFontSize: Double
    /// Page numbers centred in the header, none on the first page (Nghị định 30: "từ trang thứ hai").
    public var pageNumbers: Bool
    /// Written to docProps/core.xml.
    public var title: String
    public var creator: String
    /// Written as the created and modified dates when given; left out otherwise. Never "now": the same document
    /// must give the same bytes.
    public var date: Date?

    public init(
        blocks: [DOCXBlock], pageSetup: DOCXPageSetup = DOCXPageSetup(), defaultFontSize: Double = 14,
        pageNumbers: Bool = true, title: String = "", creator: String = "DieuHanh", date: Date? = nil
    ) {
        self.blocks = blocks
        self.pageSetup = pageSetup
        self.defaultFontSize = defaultFontSize
        self.pageNumbers = pageNumbers
        self.title = title
        self.creator = creator
        self.date = date
    }
}

/// A4 paper, margins in millimetres.
public struct DOCXPageSetup: Sendable, Equatable {
    public var landscape: Bool
    public var topMarginMM: Double
    public var bottomMarginMM: Double
    public var leftMarginMM: Double
    public var rightMarginMM: Double
    /// From the paper's top edge to the header (the page number); must stay inside the top margin.
    public var headerDistanceMM: Double

    public init(
        landscape: Bool = false, topMarginMM: Double = 20, bottomMarginMM: Double = 20,
        leftMarginMM: Double = 30, rightMarginMM: Double = 15, headerDistanceMM: Double = 10
    ) {
        self.landscape = landscape
        self.topMarginMM = topMarginMM
        self.bottomMarginMM = bottomMarginMM
        self.leftMarginMM = leftMarginMM
        self.rightMarginMM = rightMarginMM
        self.headerDistanceMM = headerDistanceMM
    }

    public static let portrait = DOCXPageSetup()
    public static let landscape = DOCXPageSetup(landscape: true)
}

public enum DOCXBlock: Sendable {
    case paragraph(DOCXParagraph)
    case table(DOCXTable)
    /// The next block starts on a new page.
    case pageBreak
    /// Ends the current section; what follows starts on a new page laid out with this setup (e.g. a landscape
    /// appendix, then `.sectionBreak(.portrait)` to come back). Page numbering continues.
    case sectionBreak(DOCXPageSetup)
}

public struct DOCXRun: Sendable, Equatable {
    /// "\n" becomes a line break and "\t" a tab; other control characters are dropped.
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var underline: Bool
    /// Points; nil takes the table's or the document's size.
    public var size: Double?
    /// When set, the run is a footnote's number (superscript, numbered 1… in document order by the writer) and
    /// these runs are the footnote's text at the foot of the page, 10 pt unless they carry a size; `text`, `bold`
    /// and the rest are ignored but `size`, which sizes the number. A footnote inside a footnote is dropped.
    public var footnote: [DOCXRun]?

    public init(_ text: String, size: Double? = nil, bold: Bool = false, italic: Bool = false, underline: Bool = false) {
        self.text = text
        self.size = size
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.footnote = nil
    }

    /// A footnote's number where the run stands, with `text` at the foot of the page.
    public static func footnote(_ text: [DOCXRun], size: Double? = nil) -> DOCXRun {
        var run = DOCXRun("", size: size)
        run.footnote = text
        return run
    }
}

public struct DOCXParagraph: Sendable {
    public enum Alignment: Sendable, Equatable {
        case left, center, right, justified
    }

    public enum LineSpacing: Sendable, Equatable {
        /// 1.0 is single spacing, 1.5 one and a half.
        case multiple(Double)
        /// Points.
        case exact(Double)
        /// Points.
        case atLeast(Double)

        public static let single = LineSpacing.multiple(1)
    }

    public var runs: [DOCXRun]
    public var alignment: Alignment
    /// Negative values hang the first line out.
    public var firstLineIndentCm: Double?
    public var leftIndentCm: Double?
    public var rightIndentCm: Double?
    public var spacingBeforePt: Double
    public var spacingAfterPt: Double
    public var lineSpacing: LineSpacing
    /// Stays on the same page as the next paragraph (headings, the last line before a signature).
    public var keepWithNext: Bool
    /// A line under the paragraph, across its whole width.
    public var bottomBorder: Bool
    /// When set, the paragraph is a short horizontal line this long, centred in its column or cell, and its runs
    /// are ignored. Nghị định 30 wants such a line under the tiêu ngữ and under the issuing body's name; its
    /// length is the text's, which only the caller can judge (font metrics are not known here).
    public var ruleWidthCm: Double?

    public init(
        runs: [DOCXRun], alignment: Alignment = .left, firstLineIndentCm: Double? = nil,
        leftIndentCm: Double? = nil, rightIndentCm: Double? = nil,
        spacingBeforePt: Double = 0, spacingAfterPt: Double = 0, lineSpacing: LineSpacing = .single,
        keepWithNext: Bool = false, bottomBorder: Bool = false
    ) {
        self.runs = runs
        self.alignment = alignment
        self.firstLineIndentCm = firstLineIndentCm
        self.leftIndentCm = leftIndentCm
        self.rightIndentCm = rightIndentCm
        self.spacingBeforePt = spacingBeforePt
        self.spacingAfterPt = spacingAfterPt
        self.lineSpacing = lineSpacing
        self.keepWithNext = keepWithNext
        self.bottomBorder = bottomBorder
        self.ruleWidthCm = nil
    }

    /// One run of text. An empty text gives an empty line of that size.
    public init(
        _ text: String, size: Double? = nil, bold: Bool = false, italic: Bool = false, underline: Bool = false,
        alignment: Alignment = .left, firstLineIndentCm: Double? = nil,
        spacingBeforePt: Double = 0, spacingAfterPt: Double = 0, lineSpacing: LineSpacing = .single,
        keepWithNext: Bool = false, bottomBorder: Bool = false
    ) {
        self.init(
            runs: [DOCXRun(text, size: size, bold: bold, italic: italic, underline: underline)],
            alignment: alignment, firstLineIndentCm: firstLineIndentCm,
            spacingBeforePt: spacingBeforePt, spacingAfterPt: spacingAfterPt, lineSpacing: lineSpacing,
            keepWithNext: keepWithNext, bottomBorder: bottomBorder)
    }

    /// A centred horizontal line `widthCm` long (see `ruleWidthCm`). The space before keeps it clear of the
    /// descenders and diacritics below the line of text above (the dot of "ậ").
    public static func rule(widthCm: Double, spacingBeforePt: Double = 3, spacingAfterPt: Double = 0) -> DOCXParagraph {
        var paragraph = DOCXParagraph(
            runs: [], alignment: .center, spacingBeforePt: spacingBeforePt,
            spacingAfterPt: spacingAfterPt)
        paragraph.ruleWidthCm = widthCm
        return paragraph
    }
}

public struct DOCXTable: Sendable {
    /// Relative widths, one per grid column: `[1, 3]` gives the second column three times the first's width.
    public var columnWidths: [Double]
    public var rows: [DOCXTableRow]
    /// Centimetres; nil spans the text width of the page (portrait or landscape). Narrower tables are centred.
    public var widthCm: Double?
    /// Single thin lines around every cell; false for layout tables (the header block, the signature block).
    public var bordered: Bool
    /// Points, for runs without their own size; nil takes the document's.
    public var fontSize: Double?
    /// Space between a cell's edge and its text, left and right.
    public var cellPaddingCm: Double

    public init(
        columnWidths: [Double], rows: [DOCXTableRow], widthCm: Double? = nil, bordered: Bool = true,
        fontSize: Double? = nil, cellPaddingCm: Double = 0.19
    ) {
        self.columnWidths = columnWidths
        self.rows = rows
        self.widthCm = widthCm
        self.bordered = bordered
        self.fontSize = fontSize
        self.cellPaddingCm = cellPaddingCm
    }
}

public struct DOCXTableRow: Sendable {
    public var cells: [DOCXTableCell]
    /// Header rows are repeated at the top of each page the table runs onto; they must come first.
    public var isHeader: Bool
    /// A row stays whole on one page rather than splitting across the break.
    public var cantSplit: Bool

    public init(_ cells: [DOCXTableCell], isHeader: Bool = false, cantSplit: Bool = true) {
        self.cells = cells
        self.isHeader = isHeader
        self.cantSplit = cantSplit
    }
}

public struct DOCXTableCell: Sendable {
    public enum VerticalAlignment: Sendable, Equatable { case top, center, bottom }
    /// Cells merged down a column: the top one `.restart`s, the ones below `.continue` (their content is ignored).
    public enum VerticalMerge: Sendable, Equatable { case restart, `continue` }

    public var paragraphs: [DOCXParagraph]
    /// How many grid columns the cell covers.
    public var columnSpan: Int
    public var verticalMerge: VerticalMerge?
    public var verticalAlignment: VerticalAlignment
    /// Background colour as hex "RRGGBB", e.g. "E9EDF1".
    public var shading: String?

    public init(
        paragraphs: [DOCXParagraph], columnSpan: Int = 1, verticalMerge: VerticalMerge? = nil,
        verticalAlignment: VerticalAlignment = .top, shading: String? = nil
    ) {
        self.paragraphs = paragraphs
        self.columnSpan = columnSpan
        self.verticalMerge = verticalMerge
        self.verticalAlignment = verticalAlignment
        self.shading = shading
    }

    /// One paragraph of text.
    public init(
        _ text: String, size: Double? = nil, bold: Bool = false, italic: Bool = false,
        alignment: DOCXParagraph.Alignment = .left, columnSpan: Int = 1, verticalMerge: VerticalMerge? = nil,
        verticalAlignment: VerticalAlignment = .top, shading: String? = nil
    ) {
        self.init(
            paragraphs: [DOCXParagraph(text, size: size, bold: bold, italic: italic, alignment: alignment)],
            columnSpan: columnSpan, verticalMerge: verticalMerge, verticalAlignment: verticalAlignment,
            shading: shading)
    }
}
