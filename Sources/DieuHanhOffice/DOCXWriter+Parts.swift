import Foundation
import ZIPFoundation

/// Tables and the package parts around the document body (content types, relationships, styles, properties).
extension DOCXWriter {
    // MARK: Tables

    /// Column widths in twips summing to exactly the table's width.
    static func gridWidths(_ table: DOCXTable, available: Int) -> [Int] {
        let total = table.widthCm.map { twips(cm: $0) } ?? available
        let weights = table.columnWidths.map { $0.isFinite && $0 > 0 ? $0 : 0 }
        let sum = weights.reduce(0, +)
        guard !weights.isEmpty else { return [] }
        guard sum > 0 else { return weights.map { _ in total / weights.count } }
        var widths = weights.map { Int(($0 / sum * Double(total)).rounded(.down)) }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    static func tableXML(_ table: DOCXTable, context: Context) -> String {
        let grid = gridWidths(table, available: context.widthTwips)
        let padding = twips(cm: table.cellPaddingCm)
        // Bordered tables get a little air above and below the text so it does not touch the lines.
        let verticalPadding = table.bordered ? 28 : 0
        let border = table.bordered ? #"w:val="single" w:sz="4" w:space="0" w:color="auto""# : #"w:val="nil""#
        var xml =
            "<w:tbl><w:tblPr>"
            + #"<w:tblW w:w="\#(grid.reduce(0, +))" w:type="dxa"/><w:jc w:val="center"/>"#
            + "<w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
            + "</w:tblBorders>"
            + #"<w:tblLayout w:type="fixed"/>"#
            + #"<w:tblCellMar><w:top w:w="\#(verticalPadding)" w:type="dxa"/><w:left w:w="\#(padding)" w:type="dxa"/>"#
            + #"<w:bottom w:w="\#(verticalPadding)" w:type="dxa"/><w:right w:w="\#(padding)" w:type="dxa"/></w:tblCellMar>"#
            + #"<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>"#
            + "</w:tblPr><w:tblGrid>"
            + grid.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined()
            + "</w:tblGrid>"
        let fontSize = table.fontSize ?? context.fontSize
        for row in table.rows {
            xml += "<w:tr>"
            if row.cantSplit || row.isHeader {
                xml +=
                    "<w:trPr>" + (row.cantSplit ? "<w:cantSplit/>" : "") + (row.isHeader ? "<w:tblHeader/>" : "")
                    + "</w:trPr>"
            }
            var column = 0
            for cell in row.cells {
                let span = max(1, min(cell.columnSpan, max(1, grid.count - column)))
                let width = grid.dropFirst(column).prefix(span).reduce(0, +)
                column += span
                var tcPr = #"<w:tcW w:w="\#(width)" w:type="dxa"/>"#
                if span > 1 { tcPr += #"<w:gridSpan w:val="\#(span)"/>"# }
                switch cell.verticalMerge {
                case .restart: tcPr += #"<w:vMerge w:val="restart"/>"#
                case .continue: tcPr += "<w:vMerge/>"
                case nil: break
                }
                if let fill = cell.shading, fill.count == 6, fill.allSatisfy(\.isHexDigit) {
                    tcPr += #"<w:shd w:val="clear" w:color="auto" w:fill="\#(fill.uppercased())"/>"#
                }
                switch cell.verticalAlignment {
                case .top: break
                case .center: tcPr += #"<w:vAlign w:val="center"/>"#
                case .bottom: tcPr += #"<w:vAlign w:val="bottom"/>"#
                }
                xml += "<w:tc><w:tcPr>\(tcPr)</w:tcPr>"
                let inner = Context(
                    widthTwips: max(0, width - 2 * padding), fontSize: fontSize, footnotes: context.footnotes)
                // A cell needs at least one paragraph, merged-away cells included.
                let paragraphs =
                    cell.verticalMerge == .continue || cell.paragraphs.isEmpty
                    ? [DOCXParagraph(runs: [])] : cell.paragraphs
                xml += paragraphs.map { paragraphXML($0, context: inner) }.joined()
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    // MARK: Other parts

    static func contentTypes(pageNumbers: Bool, footnotes: Bool = false) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
            + #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#
            + #"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#
        if pageNumbers {
            xml +=
                #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
                + #"<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
        }
        if footnotes {
            xml +=
                #"<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>"#
        }
        return xml
            + #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
            + #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
            + "</Types>"
    }

    static let rootRels =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    /// rId3 and rId4 are the headers `sectionProperties` refers to; rId5 the footnotes.
    static func documentRels(pageNumbers: Bool, footnotes: Bool = false) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
            + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#
        if pageNumbers {
            xml +=
                #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#
                + #"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>"#
        }
        if footnotes {
            xml +=
                #"<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>"#
        }
        return xml + "</Relationships>"
    }

    /// A PAGE field, centred; "2" is only what shows until the reader computes the field.
    static let pageNumberHeader =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + "<w:hdr \(namespaces)>"
        + #"<w:p><w:pPr><w:jc w:val="center"/></w:pPr>"#
        + #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
        + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        + "</w:p></w:hdr>"

    /// The first page's header: nothing (Nghị định 30 numbers pages from the second).
    static let emptyHeader =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + "<w:hdr \(namespaces)><w:p/></w:hdr>"

    /// Times New Roman for every script, Vietnamese as the proofing language, single spacing with no space
    /// between paragraphs unless a paragraph asks for it.
    static func stylesXML(fontSize: Double, footnotes: Bool = false) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
            + "<w:docDefaults><w:rPrDefault><w:rPr>"
            + #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/>"#
            + sizeXML(fontSize)
            + #"<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/>"#
            + "</w:rPr></w:rPrDefault>"
            + #"<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>"#
            + "</w:docDefaults>"
            + #"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>"#
            + #"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>"#
            + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>"#
            + #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
            + #"<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>"#
            + (footnotes ? footnoteStyles : "")
            + "</w:styles>"
    }

    static func settingsXML(footnotes: Bool = false) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
            + #"<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>"#
            + (footnotes ? footnoteSettings : "")
            + #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#
            + "</w:settings>"
    }

    static func coreXML(_ document: DOCXDocument) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        if !document.title.isEmpty { xml += "<dc:title>\(escape(document.title))</dc:title>" }
        xml +=
            "<dc:creator>\(escape(document.creator))</dc:creator>"
            + "<cp:lastModifiedBy>\(escape(document.creator))</cp:lastModifiedBy>"
        if let date = document.date {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            let stamp = formatter.string(from: date)
            xml +=
                #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created>"#
                + #"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:modified>"#
        }
        return xml + "</cp:coreProperties>"
    }

    static let appXML =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
        + "<Application>DieuHanh</Application></Properties>"
}
