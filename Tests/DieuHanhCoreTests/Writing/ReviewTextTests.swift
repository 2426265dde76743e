import Foundation
import Testing

@testable import DieuHanhCore

@Suite struct ReviewTextBlockTests {
    typealias Span = ReviewText.Span

    static func plain(_ text: String) -> Span { .text(text, bold: false, italic: false) }

    @Test func emptyOrBlankTextHasNoBlocks() {
        #expect(ReviewText("").blocks.isEmpty)
        #expect(ReviewText(" \n\t\n\r\n  ").blocks.isEmpty)
        #expect(ReviewText("").plainText == "")
        #expect(ReviewText("").footnoteCount == 0)
    }

    @Test func everyLineIsAParagraphAndBlankLinesAreIgnored() {
        let text = ReviewText("Đoạn một.\nĐoạn hai.\n\n\n  Đoạn ba.  \n")
        #expect(
            text.blocks == [
                .paragraph([Self.plain("Đoạn một.")]), .paragraph([Self.plain("Đoạn hai.")]),
                .paragraph([Self.plain("Đoạn ba.")]),
            ])
    }

    @Test func crlfAndLoneCarriageReturnsEndLinesToo() {
        let crlf = ReviewText("Một\r\n- Hai\r\n\r\nBa")
        let cr = ReviewText("Một\r- Hai\r\rBa")
        let expected: [ReviewText.Block] = [
            .paragraph([Self.plain("Một")]), .bullet([Self.plain("Hai")]), .paragraph([Self.plain("Ba")]),
        ]
        #expect(crlf.blocks == expected)
        #expect(cr.blocks == expected)
        // No carriage return is left inside any text.
        #expect(!crlf.plainText.contains("\r"))
    }

    @Test func bulletMarkersNeedASpaceAfterThem() {
        let text = ReviewText("- gạch\n+ cộng\n• chấm\n– gạch ngang\n-5 tỷ đồng\n+84 mã vùng\n-\n  -   thụt đầu dòng")
        #expect(
            text.blocks == [
                .bullet([Self.plain("gạch")]), .bullet([Self.plain("cộng")]), .bullet([Self.plain("chấm")]),
                .bullet([Self.plain("gạch ngang")]), .paragraph([Self.plain("-5 tỷ đồng")]),
                .paragraph([Self.plain("+84 mã vùng")]), .paragraph([Self.plain("-")]),
                .bullet([Self.plain("thụt đầu dòng")]),
            ])
    }

    @Test func plainTextDropsMarkersAndKeepsBulletsAndFootnotes() {
        let text = ReviewText("**Kết quả:** đạt *91,3%*[^Số liệu đến 14/6.]\n- Một\nHai")
        #expect(text.plainText == "Kết quả: đạt 91,3% (Số liệu đến 14/6.)\n- Một\nHai")
    }

    @Test func vietnameseWithCombiningMarksIsPutInNFC() {
        // setup: tones typed as combining characters, as some keyboards send them
        let nfd = "Ủy ban nhân dân tỉnh *Quảng Ngãi*".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > nfd.precomposedStringWithCanonicalMapping.unicodeScalars.count)
        // act
        let text = ReviewText(nfd)
        // check: same words, marks precomposed, italics found
        guard case .paragraph(let spans) = text.blocks.first, spans.count == 2,
            case .text(let first, false, false) = spans[0], case .text(let second, false, true) = spans[1]
        else {
            Issue.record("unexpected \(text.blocks)")
            return
        }
        #expect(first.unicodeScalars.elementsEqual("Ủy ban nhân dân tỉnh ".unicodeScalars))
        #expect(second.unicodeScalars.elementsEqual("Quảng Ngãi".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func vietnameseLettersNextToMarkersCountAsWordCharacters() {
        // "ệ" is a letter: an asterisk between two Vietnamese letters is not emphasis.
        #expect(ReviewText("Hiệ*u qu*ả").blocks == [.paragraph([Self.plain("Hiệ*u qu*ả")])])
        #expect(ReviewText("*Đạt*").blocks == [.paragraph([.text("Đạt", bold: false, italic: true)])])
    }
}

@Suite struct ReviewTextEmphasisTests {
    typealias Span = ReviewText.Span

    func spans(_ line: String) -> [Span] {
        ReviewText(line).blocks.first?.spans ?? []
    }

    static func plain(_ text: String) -> Span { .text(text, bold: false, italic: false) }

    @Test func boldAndBothItalicMarkers() {
        #expect(
            spans("a **b** *c* _d_ e") == [
                Self.plain("a "), .text("b", bold: true, italic: false), Self.plain(" "),
                .text("c", bold: false, italic: true), Self.plain(" "), .text("d", bold: false, italic: true),
                Self.plain(" e"),
            ])
    }

    @Test func boldNestedInsideItalic() {
        #expect(
            spans("*nhiệm vụ **trọng tâm** của tỉnh*") == [
                .text("nhiệm vụ ", bold: false, italic: true), .text("trọng tâm", bold: true, italic: true),
                .text(" của tỉnh", bold: false, italic: true),
            ])
    }

    @Test func italicNestedInsideBold() {
        #expect(
            spans("**Kết quả _nổi bật_ quý I**") == [
                .text("Kết quả ", bold: true, italic: false), .text("nổi bật", bold: true, italic: true),
                .text(" quý I", bold: true, italic: false),
            ])
    }

    @Test func threeMarkersAreBoldAndItalic() {
        #expect(spans("***Khẩn***") == [.text("Khẩn", bold: true, italic: true)])
    }

    @Test func unclosedMarkersAreLiteral() {
        #expect(spans("**Kết quả chưa đóng") == [Self.plain("**Kết quả chưa đóng")])
        #expect(spans("*một _hai") == [Self.plain("*một _hai")])
        // One bold pair, then a stray "**" at the end.
        #expect(spans("**a** b **") == [.text("a", bold: true, italic: false), Self.plain(" b **")])
        // A "**" opener with only a single closer: the closer takes one of the two, the other stays as text.
        #expect(spans("**a*") == [Self.plain("*"), .text("a", bold: false, italic: true)])
    }

    @Test func asterisksInNumbersAndArithmeticAreLiteral() {
        #expect(spans("5*3 = 15") == [Self.plain("5*3 = 15")])
        #expect(spans("5*3 và 2*4") == [Self.plain("5*3 và 2*4")])
        #expect(spans("2 * 3 * 4") == [Self.plain("2 * 3 * 4")])
        #expect(spans("ten_file_2025.docx") == [Self.plain("ten_file_2025.docx")])
        #expect(spans("****") == [Self.plain("****")])
    }

    @Test func markersMustHugTheirText() {
        #expect(spans("** không đậm **") == [Self.plain("** không đậm **")])
        #expect(spans("(*ghi chú*)") == [Self.plain("("), .text("ghi chú", bold: false, italic: true), Self.plain(")")])
        #expect(spans("**Kết quả:** tốt") == [.text("Kết quả:", bold: true, italic: false), Self.plain(" tốt")])
    }

    @Test func differentMarkersDoNotPair() {
        #expect(spans("*a_") == [Self.plain("*a_")])
        // Italic inside italic is just italic, one run.
        #expect(spans("_a *b* c_") == [.text("a b c", bold: false, italic: true)])
    }
}

@Suite struct ReviewTextFootnoteTests {
    typealias Span = ReviewText.Span

    func spans(_ line: String) -> [Span] {
        ReviewText(line).blocks.first?.spans ?? []
    }

    static func plain(_ text: String) -> Span { .text(text, bold: false, italic: false) }

    @Test func aFootnoteSitsAgainstItsWord() {
        let text = ReviewText("Đạt 91,3% [^Theo số liệu của Văn phòng.] so với kế hoạch.")
        #expect(
            text.blocks == [
                .paragraph([
                    Self.plain("Đạt 91,3%"), .footnote([Self.plain("Theo số liệu của Văn phòng.")]),
                    Self.plain(" so với kế hoạch."),
                ])
            ])
        #expect(text.footnoteCount == 1)
    }

    @Test func footnoteTextCarriesItsOwnBoldAndItalic() {
        #expect(
            spans("**Đạt**[^Xem **Phụ lục I**, *mục 2*.]") == [
                .text("Đạt", bold: true, italic: false),
                .footnote([
                    Self.plain("Xem "), .text("Phụ lục I", bold: true, italic: false), Self.plain(", "),
                    .text("mục 2", bold: false, italic: true), Self.plain("."),
                ]),
            ])
    }

    @Test func aFootnoteInsideBoldDoesNotTakeTheBold() {
        #expect(
            spans("**a[^b] c**") == [
                .text("a", bold: true, italic: false), .footnote([Self.plain("b")]),
                .text(" c", bold: true, italic: false),
            ])
    }

    @Test func bracketsThatAreNotFootnotesStayText() {
        #expect(spans("Văn bản [1] và [a]") == [Self.plain("Văn bản [1] và [a]")])
        #expect(spans("[^] và [^   ]") == [Self.plain("[^] và [^   ]")])
        #expect(spans("Chưa đóng [^ghi chú") == [Self.plain("Chưa đóng [^ghi chú")])
        #expect(spans("[ ^không]") == [Self.plain("[ ^không]")])
    }

    @Test func bracketsInsideAFootnoteMustPair() {
        #expect(spans("x[^xem [1], [2]] y") == [Self.plain("x"), .footnote([Self.plain("xem [1], [2]")]), Self.plain(" y")])
        // A footnote does not hold a footnote: the inner one is text.
        #expect(spans("x[^a [^b]]") == [Self.plain("x"), .footnote([Self.plain("a [^b]")])])
    }

    @Test func footnotesAreCountedInOrderAcrossBlocks() {
        let text = ReviewText("Một[^thứ nhất]\n- Hai[^thứ hai] và ba[^thứ ba]\nKhông có")
        #expect(text.footnoteCount == 3)
        #expect(text.footnotes == [[Self.plain("thứ nhất")], [Self.plain("thứ hai")], [Self.plain("thứ ba")]])
    }

    @Test func aFootnoteCannotRunOverALine() {
        let text = ReviewText("a[^b\nc]")
        #expect(text.blocks == [.paragraph([Self.plain("a[^b")]), .paragraph([Self.plain("c]")])])
        #expect(text.footnoteCount == 0)
    }
}
