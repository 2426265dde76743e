import Foundation
import Testing
import ZIPFoundation

@testable import DieuHanhOffice

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("DOCX footnotes")
struct DOCXFootnoteTests {
    /// Two footnotes, the second in a table cell, and a third written inside the second, which a footnote cannot
    /// hold; the body's paragraphs as the review report writes them.
    static func document() -> DOCXDocument {
        func body(_ runs: [DOCXRun]) -> DOCXBlock {
            .paragraph(
                DOCXParagraph(
                    runs: runs, alignment: .justified, firstLineIndentCm: 1.27, spacingAfterPt: 6,
                    lineSpacing: .multiple(1.15)))
        }
        let cell = DOCXTableCell(paragraphs: [
            DOCXParagraph(runs: [
                DOCXRun("Đạt 91,3%"),
                .footnote([DOCXRun("Tính đến ngày 14/6/2020"), .footnote([DOCXRun("lồng nhau")]), DOCXRun(".")]),
            ])
        ])
        return DOCXDocument(blocks: [
            body([
                DOCXRun("Trong kỳ, Ủy ban nhân dân tỉnh đã ban hành ", size: 14),
                DOCXRun("45 văn bản", size: 14, bold: true),
                .footnote([DOCXRun("Gồm "), DOCXRun("12 quyết định", bold: true), DOCXRun(" và 33 công văn.")], size: 14),
                DOCXRun(" chỉ đạo, điều hành các sở, ban, ngành.", size: 14),
            ]),
            body([DOCXRun("- Hoàn thành các nhiệm vụ trọng tâm theo kế hoạch.", size: 14)]),
            .table(DOCXTable(columnWidths: [1], rows: [DOCXTableRow([cell])])),
            body([DOCXRun("Kết thúc phần nội dung.", size: 14)]),
        ])
    }

    func parts(_ document: DOCXDocument) throws -> [String: String] {
        let archive = try Archive(data: try DOCXWriter.data(document), accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive {
            var out = Data()
            _ = try archive.extract(entry) { out.append($0) }
            parts[entry.path] = String(decoding: out, as: UTF8.self)
        }
        return parts
    }

    @Test func aDocumentWithoutFootnotesMentionsNone() throws {
        let parts = try parts(DOCXSample.report())
        #expect(parts["word/footnotes.xml"] == nil)
        for (path, xml) in parts {
            #expect(!xml.lowercased().contains("footnote"), "\(path)")
        }
    }

    @Test func footnotesAreNumberedInDocumentOrderAndWrittenAfterTheSeparators() throws {
        // act
        let parts = try parts(Self.document())
        let body = try #require(parts["word/document.xml"])
        let notes = try #require(parts["word/footnotes.xml"])
        // check: the numbers in the body, superscript by style, the body's size kept in the paragraph
        #expect(
            body.contains(
                #"<w:t xml:space="preserve">45 văn bản</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:footnoteReference w:id="1"/></w:r>"#
            ))
        #expect(body.contains(#"<w:footnoteReference w:id="2"/>"#))
        #expect(body.components(separatedBy: "<w:footnoteReference ").count == 3)
        // the notes: separators -1 and 0, then 1 and 2 in order, each repeating its number before its text
        let ids = notes.components(separatedBy: #"<w:footnote "#).dropFirst().map { $0.prefix(while: { $0 != ">" }) }
        #expect(
            ids == [
                #"w:type="separator" w:id="-1""#, #"w:type="continuationSeparator" w:id="0""#, #"w:id="1""#,
                #"w:id="2""#,
            ])
        #expect(notes.contains("<w:r><w:separator/></w:r>") && notes.contains("<w:r><w:continuationSeparator/></w:r>"))
        #expect(
            notes.contains(
                #"<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t xml:space="preserve">Gồm </w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">12 quyết định</w:t></w:r>"#
            ))
        // the footnote written inside the second is dropped, its text around it kept
        #expect(
            notes.contains(#"Tính đến ngày 14/6/2020</w:t></w:r><w:r><w:t xml:space="preserve">.</w:t></w:r></w:p></w:footnote>"#)
        )
        #expect(!notes.contains("lồng nhau") && !notes.contains("footnoteReference"))
    }

    @Test func thePackageDeclaresTheFootnotesAndTheirStyles() throws {
        let parts = try parts(Self.document())
        #expect(
            parts["[Content_Types].xml"]?.contains(
                #"<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>"#
            ) == true)
        #expect(
            parts["word/_rels/document.xml.rels"]?.contains(
                #"<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>"#
            ) == true)
        let styles = try #require(parts["word/styles.xml"])
        #expect(styles.contains(#"<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>"#))
        #expect(styles.contains(#"<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>"#))
        #expect(styles.contains(#"w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>"#))
        #expect(styles.contains(#"<w:vertAlign w:val="superscript"/>"#))
        #expect(
            parts["word/settings.xml"]?.contains(
                #"<w:characterSpacingControl w:val="doNotCompress"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat>"#
            ) == true)
    }

    #if canImport(FoundationXML) || canImport(Darwin)
        @Test func everyPartIsWellFormedXML() throws {
            for (path, xml) in try parts(Self.document()) {
                let parser = XMLParser(data: Data(xml.utf8))
                #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
            }
        }
    #endif

    // MARK: Read back by LibreOffice, when it is installed

    @Test(
        .enabled(
            if: (OfficeTool.find("soffice") != nil || OfficeTool.find("libreoffice") != nil)
                && OfficeTool.find("pdftotext") != nil,
            "LibreOffice or poppler is not installed"))
    func libreOfficePrintsTheFootnotesAtTheFootOfThePage() throws {
        // setup
        let dir = try OfficeTool.workDirectory("docx-footnotes")
        defer { OfficeTool.discard(dir) }
        let file = dir.appendingPathComponent("footnotes.docx")
        try DOCXWriter.data(Self.document()).write(to: file)
        let office = OfficeTool.find("soffice") ?? OfficeTool.find("libreoffice")!
        // act
        let run = try OfficeTool.run(
            office, ["--headless", "--convert-to", "pdf", "--outdir", dir.path, file.path],
            environment: ["HOME": dir.appendingPathComponent("home").path])
        #expect(run.status == 0, "\(run.output)")
        // check: pdftotext's words with their boxes; y grows down the page
        let pdf = dir.appendingPathComponent("footnotes.pdf").path
        let boxes = try OfficeTool.run(OfficeTool.find("pdftotext")!, ["-bbox", pdf, "-"]).output
        let words = PDFWord.parse(boxes)
        let pageHeight = try #require(PDFWord.pageHeight(boxes))
        func top(_ word: String) -> Double? { words.first { $0.text == word }?.yMin }
        let lastBodyLine = try #require(top("Kết"))
        let firstNote = try #require(top("Gồm"))
        let secondNote = try #require(top("Tính"))
        #expect(firstNote > lastBodyLine, "the first note is below the body")
        #expect(secondNote > firstNote, "the notes are in order")
        #expect(firstNote > pageHeight * 0.75, "the notes are at the foot of the page: \(firstNote) of \(pageHeight)")
        // The notes' words are printed smaller than the body's.
        let bodyHeight = try #require(words.first { $0.text == "Kết" }.map { $0.yMax - $0.yMin })
        let noteHeight = try #require(words.first { $0.text == "Gồm" }.map { $0.yMax - $0.yMin })
        #expect(noteHeight < bodyHeight * 0.85, "\(noteHeight) vs \(bodyHeight)")
        let text = try OfficeTool.run(OfficeTool.find("pdftotext")!, [pdf, "-"]).output
        #expect(text.contains("12 quyết định và 33 công văn"))
        #expect(!text.contains("lồng nhau"))
    }
}

/// A word of `pdftotext -bbox` output: `<word xMin="…" yMin="…" xMax="…" yMax="…">text</word>`.
struct PDFWord {
    var text: String
    var yMin: Double
    var yMax: Double

    static func parse(_ html: String) -> [PDFWord] {
        html.components(separatedBy: "<word ").dropFirst().compactMap { chunk in
            guard let close = chunk.firstIndex(of: ">"), let end = chunk.range(of: "</word>") else { return nil }
            let attributes = String(chunk[..<close])
            let text = String(chunk[chunk.index(after: close)..<end.lowerBound])
            guard let yMin = number(attributes, "yMin"), let yMax = number(attributes, "yMax") else { return nil }
            return PDFWord(text: text, yMin: yMin, yMax: yMax)
        }
    }

    static func pageHeight(_ html: String) -> Double? {
        guard let page = html.components(separatedBy: "<page ").dropFirst().first else { return nil }
        return number(page, "height")
    }

    static func number(_ attributes: String, _ name: String) -> Double? {
        guard let start = attributes.range(of: "\(name)=\"") else { return nil }
        return Double(attributes[start.upperBound...].prefix { $0 != "\"" })
    }
}
