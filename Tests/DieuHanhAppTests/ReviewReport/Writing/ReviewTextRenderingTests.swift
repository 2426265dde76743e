import DieuHanhCore
import DieuHanhOffice
import Foundation
import Plot
import Testing
import ZIPFoundation

@testable import DieuHanhApp

/// A section's written text in the browser and in the report's DOCX, and the changes between two versions.
@Suite("Review report: written text rendered")
struct ReviewTextRenderingTests {
    /// Bullets, bold, italic, two footnotes (one with bold in it), and characters HTML must escape.
    static let text = ReviewText(
        """
        **Kết quả nổi bật:** tỉnh đã ban hành *45 văn bản* [^Gồm **12 quyết định** và 33 công văn.] chỉ đạo.

        - Hoàn thành 42 nhiệm vụ đúng hạn[^Tính đến ngày 14/6/2020.];
        - Còn 4 nhiệm vụ <trong hạn> & đang thực hiện.
        Đoạn cuối.
        """)

    static let t = Localizer(language: .vi)

    // MARK: HTML

    @Test func htmlHasParagraphsABulletListBoldItalicAndNumberedFootnotes() {
        // act
        let html = ReviewTextHTML.nodes(Self.text, prefix: "s2", t: Self.t).render()
        // check: the blocks in order, the bullets in one list, the markup escaped
        #expect(
            html.hasPrefix(
                ##"<div class="review-text"><p><strong>Kết quả nổi bật:</strong> tỉnh đã ban hành <em>45 văn bản</em><sup class="fnref"><a href="#fn-s2-1" id="fnref-s2-1" aria-label="Chú thích 1">1</a></sup> chỉ đạo.</p>"##
                    + ##"<ul class="bullets"><li>Hoàn thành 42 nhiệm vụ đúng hạn<sup class="fnref"><a href="#fn-s2-2" id="fnref-s2-2" aria-label="Chú thích 2">2</a></sup>;</li>"##
                    + "<li>Còn 4 nhiệm vụ &lt;trong hạn&gt; &amp; đang thực hiện.</li></ul>"
                    + "<p>Đoạn cuối.</p>"),
            "\(html)")
        // the notes after the text, each linking back to its number
        #expect(
            html.hasSuffix(
                #"<ol class="footnotes" aria-label="Chú thích">"#
                    + ##"<li id="fn-s2-1">Gồm <strong>12 quyết định</strong> và 33 công văn. <a href="#fnref-s2-1" aria-label="Về chỗ đặt chú thích 1">"##
                    + "↩\u{FE0E}</a></li>"
                    + ##"<li id="fn-s2-2">Tính đến ngày 14/6/2020. <a href="#fnref-s2-2" aria-label="Về chỗ đặt chú thích 2">"##
                    + "↩\u{FE0E}</a></li></ol></div>"),
            "\(html)")
    }

    @Test func twoSectionsOnOnePageGetDifferentIds() {
        let first = ReviewTextHTML.nodes(Self.text, prefix: "s1", t: Self.t).render()
        let second = ReviewTextHTML.nodes(Self.text, prefix: "s2", t: Self.t).render()
        let ids = { (html: String) in Set(html.components(separatedBy: #" id=""#).dropFirst().map { $0.prefix { $0 != "\"" } }) }
        #expect(ids(first).count == 4)
        #expect(ids(first).isDisjoint(with: ids(second)))
    }

    @Test func textWithoutFootnotesHasNoFootnoteList() {
        let html = ReviewTextHTML.nodes(ReviewText("***Khẩn***\n- một"), prefix: "x", t: Self.t).render()
        #expect(
            html == #"<div class="review-text"><p><strong><em>Khẩn</em></strong></p><ul class="bullets"><li>một</li></ul></div>"#)
        #expect(ReviewTextHTML.nodes(ReviewText(""), prefix: "x", t: Self.t).render() == #"<div class="review-text"></div>"#)
    }

    @Test func inTheReportsSheetParagraphsTakeTheBodyClass() {
        let html = ReviewTextHTML.nodes(ReviewText("Một\n- hai"), prefix: "x", paragraphClass: "body", t: Self.t).render()
        #expect(html == #"<div class="review-text"><p class="body">Một</p><ul class="bullets"><li>hai</li></ul></div>"#)
    }

    // MARK: DOCX

    @Test func docxBlocksUseTheReportsBodyStyleWithDashBullets() throws {
        // act
        let blocks = ReviewTextDOCX.blocks(Self.text)
        // check: four paragraphs, each justified and indented like the report's body
        let paragraphs = blocks.compactMap { block -> DOCXParagraph? in
            if case .paragraph(let paragraph) = block { return paragraph }
            return nil
        }
        #expect(paragraphs.count == 4 && blocks.count == 4)
        let reference = ReviewReportDOCX.bodyParagraph([])
        for paragraph in paragraphs {
            #expect(paragraph.alignment == .justified)
            #expect(paragraph.firstLineIndentCm == ReviewReportDOCX.indentCm)
            #expect(paragraph.lineSpacing == ReviewReportDOCX.lineSpacing)
            #expect(paragraph.spacingAfterPt == reference.spacingAfterPt)
            #expect(paragraph.runs.allSatisfy { $0.size == ReviewReportDOCX.bodySize })
        }
        // the first: bold, plain, italic, a footnote with its bold kept and no size (the footnote style's 10 pt)
        let first = paragraphs[0].runs
        #expect(first.map(\.text) == ["Kết quả nổi bật:", " tỉnh đã ban hành ", "45 văn bản", "", " chỉ đạo."])
        #expect(first.map(\.bold) == [true, false, false, false, false])
        #expect(first.map(\.italic) == [false, false, true, false, false])
        let note = try #require(first[3].footnote)
        #expect(note == [DOCXRun("Gồm "), DOCXRun("12 quyết định", bold: true), DOCXRun(" và 33 công văn.")])
        // the bullets: "- " then the item, as a plain paragraph
        #expect(paragraphs[1].runs.first?.text == "- ")
        #expect(paragraphs[1].runs.first?.bold == false)
        #expect(paragraphs[1].runs.map(\.text).joined() == "- Hoàn thành 42 nhiệm vụ đúng hạn;")
        #expect(paragraphs[1].runs[2].footnote == [DOCXRun("Tính đến ngày 14/6/2020.")])
        #expect(paragraphs[2].runs.map(\.text).joined() == "- Còn 4 nhiệm vụ <trong hạn> & đang thực hiện.")
        #expect(paragraphs[3].runs.map(\.text) == ["Đoạn cuối."])
    }

    @Test func docxWritesTheTwoFootnotesInOrder() throws {
        // setup
        let document = DOCXDocument(blocks: ReviewTextDOCX.blocks(Self.text))
        // act
        let archive = try Archive(data: try DOCXWriter.data(document), accessMode: .read)
        func part(_ path: String) throws -> String {
            let entry = try #require(archive[path])
            var out = Data()
            _ = try archive.extract(entry) { out.append($0) }
            return String(decoding: out, as: UTF8.self)
        }
        // check
        let body = try part("word/document.xml")
        let notes = try part("word/footnotes.xml")
        let first = try #require(body.range(of: #"<w:footnoteReference w:id="1"/>"#))
        let second = try #require(body.range(of: #"<w:footnoteReference w:id="2"/>"#))
        #expect(first.upperBound <= second.lowerBound)
        #expect(body.contains(#"<w:t xml:space="preserve">- </w:t>"#))
        let one = try #require(notes.range(of: "12 quyết định"))
        let two = try #require(notes.range(of: "Tính đến ngày 14/6/2020."))
        #expect(one.upperBound <= two.lowerBound)
    }

    // MARK: Changes

    @Test func theDiffStrikesOutWhatWasRemovedAndUnderlinesWhatWasAdded() {
        // act
        let html = TextDiffHTML.node(
            old: "Hoàn thành 42 nhiệm vụ.\nCòn <4>.", new: "Hoàn thành 44 nhiệm vụ.\nCòn <4>.", t: Self.t
        )
        .render()
        // check: one block, line end kept as typed (pre-wrap), the change marked for eyes and for screen readers
        #expect(
            html
                == #"<div class="text-diff">Hoàn thành <del><span class="visually-hidden">Đã xóa: </span>42<span class="visually-hidden"> (hết phần sửa)</span></del>"#
                + #"<ins><span class="visually-hidden">Đã thêm: </span>44<span class="visually-hidden"> (hết phần sửa)</span></ins>"#
                + " nhiệm vụ.\nCòn &lt;4&gt;.</div>")
    }

    @Test func theStylesheetKeepsADiffWithinAPhonesWidth() {
        let css = Assets.stylesheet
        #expect(css.contains(".text-diff { white-space: pre-wrap; overflow-wrap: anywhere;"))
        #expect(css.contains(".text-diff del { color: var(--bad); background: var(--bad-bg); text-decoration: line-through; }"))
        #expect(css.contains(".text-diff ins { color: var(--ok); background: var(--ok-bg); text-decoration: underline; }"))
    }
}
