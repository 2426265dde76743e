import Foundation

/// Footnotes: the number in the text (a `DOCXRun.footnote`) and the note at the foot of the page, in
/// word/footnotes.xml. Word numbers footnotes itself from their order in the body; the ids here follow the same
/// order (1…n) so that the file reads the way it prints.
extension DOCXWriter {
    /// The footnotes met while the body is written, in order; footnote n is `texts[n - 1]`.
    final class Footnotes {
        private(set) var texts: [[DOCXRun]] = []

        /// The new footnote's id.
        func add(_ text: [DOCXRun]) -> Int {
            texts.append(text)
            return texts.count
        }
    }

    static func footnoteReferenceXML(id: Int, size: Double?) -> String {
        var rPr = #"<w:rStyle w:val="FootnoteReference"/>"#
        if let size { rPr += sizeXML(size) }
        return #"<w:r><w:rPr>\#(rPr)</w:rPr><w:footnoteReference w:id="\#(id)"/></w:r>"#
    }

    /// Word requires the two separator notes (ids -1 and 0: the short line above the notes, and the long one when
    /// a note runs on to the next page) before the document's own, and refuses the file without them.
    static func footnotesXML(_ texts: [[DOCXRun]]) -> String {
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + "<w:footnotes \(namespaces)>"
            + #"<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"#
            + #"<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"#
        for (index, runs) in texts.enumerated() {
            // The note repeats its number (footnoteRef) and a space before its text, as Word writes it.
            xml +=
                #"<w:footnote w:id="\#(index + 1)"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>"#
                + #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>"#
                + #"<w:r><w:t xml:space="preserve"> </w:t></w:r>"#
                + runs.map { runXML($0, fontSize: nil, footnotes: nil) }.joined()
                + "</w:p></w:footnote>"
        }
        return xml + "</w:footnotes>"
    }

    /// The note's text 10 pt, justified like the body, single spaced; the number superscript. The names are the
    /// built-in ones ("footnote text", "footnote reference"), so Word and LibreOffice use them as their own.
    static let footnoteStyles =
        #"<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>"#
        + #"<w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>"#
        + #"<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>"#
        + #"<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>"#

    /// Which notes are the separators, as Word writes it in the settings of a document with footnotes.
    static let footnoteSettings = #"<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>"#
}
