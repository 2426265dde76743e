import Foundation
import ZIPFoundation

public enum DOCXWriter {
    /// The .docx bytes. The same document gives the same bytes (fixed zip dates, no "now" in the properties).
    public static func data(_ document: DOCXDocument) throws -> Data {
        let archive = try Archive(accessMode: .create)
        // The body first: it numbers the footnotes, and the other parts mention footnotes only when there are
        // some, so a document without them keeps the bytes it had before footnotes existed.
        let footnotes = Footnotes()
        let body = documentXML(document, footnotes: footnotes)
        let hasFootnotes = !footnotes.texts.isEmpty
        var files: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(pageNumbers: document.pageNumbers, footnotes: hasFootnotes)),
            ("_rels/.rels", rootRels),
            ("docProps/core.xml", coreXML(document)),
            ("docProps/app.xml", appXML),
            ("word/document.xml", body),
            ("word/styles.xml", stylesXML(fontSize: document.defaultFontSize, footnotes: hasFootnotes)),
            ("word/settings.xml", settingsXML(footnotes: hasFootnotes)),
            ("word/_rels/document.xml.rels", documentRels(pageNumbers: document.pageNumbers, footnotes: hasFootnotes)),
        ]
        if document.pageNumbers {
            files.append(("word/header1.xml", pageNumberHeader))
            files.append(("word/header2.xml", emptyHeader))
        }
        if hasFootnotes { files.append(("word/footnotes.xml", footnotesXML(footnotes.texts))) }
        for (path, text) in files {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: Date(timeIntervalSince1970: 1_577_836_800), compressionMethod: .deflate,
                provider: { position, size in bytes.subdata(in: Int(position)..<Int(position) + size) })
        }
        guard let data = archive.data else { throw DOCXError("the archive has no data") }
        return data
    }

    // MARK: Units

    /// Word measures pages in twentieths of a point: 1440 to the inch.
    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }
    static func twips(cm: Double) -> Int { twips(mm: cm * 10) }
    static func twips(pt: Double) -> Int { Int((pt * 20).rounded()) }
    /// Font sizes are written in half-points.
    static func halfPoints(_ pt: Double) -> Int { Int((pt * 2).rounded()) }

    static let a4Short = 11906
    static let a4Long = 16838

    /// Text without markup: & < > " escaped, and every control character dropped, since XML 1.0 forbids most of
    /// them; line breaks and tabs are turned into elements before text reaches here.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\u{FFFE}", "\u{FFFF}": break
            default: if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    // MARK: Body

    static let namespaces =
        #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// What a paragraph needs to know about where it sits.
    struct Context {
        /// The width its text can take: the page's text width, or a cell's less its padding.
        var widthTwips: Int
        /// Points, for runs without a size of their own.
        var fontSize: Double?
        /// Where footnotes met in the body are numbered; nil inside a footnote, which cannot hold one.
        var footnotes: Footnotes?
    }

    static func documentXML(_ document: DOCXDocument, footnotes: Footnotes = Footnotes()) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + "<w:document \(namespaces)><w:body>"
        // Split into sections: the first takes the document's setup, each `.sectionBreak` starts the next.
        var sections: [(setup: DOCXPageSetup, blocks: [DOCXBlock])] = [(document.pageSetup, [])]
        for block in document.blocks {
            if case .sectionBreak(let setup) = block {
                sections.append((setup, []))
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        for (index, section) in sections.enumerated() {
            let sectPr = sectionProperties(section.setup, isFirst: index == 0, pageNumbers: document.pageNumbers)
            let context = Context(widthTwips: textWidth(section.setup), fontSize: nil, footnotes: footnotes)
            let isLast = index == sections.count - 1
            xml += blocksXML(section.blocks, context: context, closingSectPr: isLast ? nil : sectPr)
            if isLast { xml += sectPr }
        }
        return xml + "</w:body></w:document>"
    }

    /// A section's blocks. Word keeps the properties of every section but the last in its last paragraph, so
    /// `closingSectPr` goes there, on an added empty paragraph when the section ends with a table or is empty.
    static func blocksXML(_ blocks: [DOCXBlock], context: Context, closingSectPr: String?) -> String {
        var xml = ""
        var pageBreakPending = false
        var previousWasTable = false
        for (index, block) in blocks.enumerated() {
            let isLastBlock = index == blocks.count - 1
            switch block {
            case .paragraph(let paragraph):
                xml += paragraphXML(
                    paragraph, context: context, pageBreakBefore: pageBreakPending,
                    sectPr: isLastBlock ? closingSectPr : nil)
                pageBreakPending = false
                previousWasTable = false
            case .table(let table):
                if pageBreakPending {
                    // A break paragraph as small as can be, so the new page does not start with an empty line.
                    xml +=
                        #"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr><w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:br w:type="page"/></w:r></w:p>"#
                    pageBreakPending = false
                } else if previousWasTable {
                    // Two tables with nothing between them are read as one; keep them apart.
                    xml += spacerParagraph(sectPr: nil)
                }
                xml += tableXML(table, context: context)
                previousWasTable = true
            case .pageBreak:
                pageBreakPending = true
            case .sectionBreak:
                break  // split out by documentXML
            }
        }
        // A trailing page break is dropped: a section break starts a new page anyway, and a document does not end
        // in a blank page.
        if let sectPr = closingSectPr {
            if case .paragraph = blocks.last {} else { xml += spacerParagraph(sectPr: sectPr) }
        } else if previousWasTable || blocks.isEmpty {
            // Word wants a paragraph after a table before the end of the body, and at least one in it.
            xml += spacerParagraph(sectPr: nil)
        }
        return xml
    }

    static func spacerParagraph(sectPr: String?) -> String {
        #"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr>"#
            + (sectPr ?? "") + "</w:pPr></w:p>"
    }

    static func textWidth(_ setup: DOCXPageSetup) -> Int {
        let width = setup.landscape ? a4Long : a4Short
        return max(0, width - twips(mm: setup.leftMarginMM) - twips(mm: setup.rightMarginMM))
    }

    static func sectionProperties(_ setup: DOCXPageSetup, isFirst: Bool, pageNumbers: Bool) -> String {
        var xml = "<w:sectPr>"
        if pageNumbers {
            xml += #"<w:headerReference w:type="default" r:id="rId3"/>"#
            // Only the first section has a distinct first page; later ones (a landscape appendix) keep numbering.
            if isFirst { xml += #"<w:headerReference w:type="first" r:id="rId4"/>"# }
        }
        if setup.landscape {
            xml += #"<w:pgSz w:w="\#(a4Long)" w:h="\#(a4Short)" w:orient="landscape"/>"#
        } else {
            xml += #"<w:pgSz w:w="\#(a4Short)" w:h="\#(a4Long)"/>"#
        }
        xml +=
            #"<w:pgMar w:top="\#(twips(mm: setup.topMarginMM))" w:right="\#(twips(mm: setup.rightMarginMM))" "#
            + #"w:bottom="\#(twips(mm: setup.bottomMarginMM))" w:left="\#(twips(mm: setup.leftMarginMM))" "#
            + #"w:header="\#(twips(mm: setup.headerDistanceMM))" w:footer="\#(twips(mm: setup.headerDistanceMM))" w:gutter="0"/>"#
        if pageNumbers && isFirst { xml += "<w:titlePg/>" }
        return xml + "</w:sectPr>"
    }

    static func paragraphXML(
        _ paragraph: DOCXParagraph, context: Context, pageBreakBefore: Bool = false,
        sectPr: String? = nil
    ) -> String {
        // Properties in the order the schema gives them; Word rejects a file that mixes it up.
        var pPr = ""
        if paragraph.keepWithNext { pPr += "<w:keepNext/>" }
        if pageBreakBefore { pPr += "<w:pageBreakBefore/>" }
        if let rule = paragraph.ruleWidthCm {
            let inset = max(0, (context.widthTwips - twips(cm: rule)) / 2)
            return "<w:p><w:pPr>" + pPr
                + #"<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="auto"/></w:pBdr>"#
                + #"<w:spacing w:before="\#(twips(pt: paragraph.spacingBeforePt))" w:after="\#(twips(pt: paragraph.spacingAfterPt))" w:line="20" w:lineRule="exact"/>"#
                + #"<w:ind w:left="\#(inset)" w:right="\#(inset)"/><w:jc w:val="center"/><w:rPr><w:sz w:val="2"/></w:rPr>"#
                + (sectPr ?? "") + "</w:pPr></w:p>"
        }
        if paragraph.bottomBorder {
            pPr += #"<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>"#
        }
        var spacing = ""
        if paragraph.spacingBeforePt != 0 { spacing += #" w:before="\#(twips(pt: paragraph.spacingBeforePt))""# }
        if paragraph.spacingAfterPt != 0 { spacing += #" w:after="\#(twips(pt: paragraph.spacingAfterPt))""# }
        switch paragraph.lineSpacing {
        case .multiple(let factor) where factor == 1: break  // the default
        case .multiple(let factor): spacing += #" w:line="\#(Int((factor * 240).rounded()))" w:lineRule="auto""#
        case .exact(let pt): spacing += #" w:line="\#(twips(pt: pt))" w:lineRule="exact""#
        case .atLeast(let pt): spacing += #" w:line="\#(twips(pt: pt))" w:lineRule="atLeast""#
        }
        if !spacing.isEmpty { pPr += "<w:spacing\(spacing)/>" }
        var ind = ""
        if let left = paragraph.leftIndentCm { ind += #" w:left="\#(twips(cm: left))""# }
        if let right = paragraph.rightIndentCm { ind += #" w:right="\#(twips(cm: right))""# }
        if let first = paragraph.firstLineIndentCm {
            ind += first < 0 ? #" w:hanging="\#(twips(cm: -first))""# : #" w:firstLine="\#(twips(cm: first))""#
        }
        if !ind.isEmpty { pPr += "<w:ind\(ind)/>" }
        switch paragraph.alignment {
        case .left: break  // the default
        case .center: pPr += #"<w:jc w:val="center"/>"#
        case .right: pPr += #"<w:jc w:val="right"/>"#
        case .justified: pPr += #"<w:jc w:val="both"/>"#
        }
        // The paragraph mark takes the last run's size, so an empty paragraph is an empty line of that size
        // and the last line is not stretched by a bigger default.
        if let size = paragraph.runs.last?.size ?? context.fontSize {
            pPr += "<w:rPr>\(sizeXML(size))</w:rPr>"
        }
        pPr += sectPr ?? ""
        var xml = "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")
        for run in paragraph.runs { xml += runXML(run, fontSize: context.fontSize, footnotes: context.footnotes) }
        return xml + "</w:p>"
    }

    static func sizeXML(_ pt: Double) -> String {
        #"<w:sz w:val="\#(halfPoints(pt))"/><w:szCs w:val="\#(halfPoints(pt))"/>"#
    }

    static func runXML(_ run: DOCXRun, fontSize: Double?, footnotes: Footnotes? = nil) -> String {
        if let note = run.footnote {
            guard let footnotes else { return "" }
            return footnoteReferenceXML(id: footnotes.add(note), size: run.size ?? fontSize)
        }
        guard !run.text.isEmpty else { return "" }
        var rPr = ""
        if run.bold { rPr += "<w:b/><w:bCs/>" }
        if run.italic { rPr += "<w:i/><w:iCs/>" }
        if let size = run.size ?? fontSize { rPr += sizeXML(size) }
        if run.underline { rPr += #"<w:u w:val="single"/>"# }
        var xml = "<w:r>" + (rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>")
        var segment = ""
        func flush() {
            let text = escape(segment)
            if !text.isEmpty { xml += #"<w:t xml:space="preserve">\#(text)</w:t>"# }
            segment = ""
        }
        var afterCR = false
        for scalar in run.text.unicodeScalars {
            switch scalar {
            case "\r":
                flush()
                xml += "<w:br/>"
            case "\n":
                if !afterCR {
                    flush()
                    xml += "<w:br/>"
                }
            case "\t":
                flush()
                xml += "<w:tab/>"
            default: segment.unicodeScalars.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        flush()
        return xml + "</w:r>"
    }
}

public struct DOCXError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
