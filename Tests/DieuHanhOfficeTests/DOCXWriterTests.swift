import Foundation
import Testing
import ZIPFoundation

@testable import DieuHanhOffice

@Suite("DOCX writer")
struct DOCXWriterTests {
    func entry(_ data: Data, _ path: String) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive[path] else { throw DOCXError("no \(path)") }
        var out = Data()
        _ = try archive.extract(entry) { out.append($0) }
        return String(decoding: out, as: UTF8.self)
    }

    func body(_ document: DOCXDocument) throws -> String {
        try entry(DOCXWriter.data(document), "word/document.xml")
    }

    @Test func writesEveryPart() throws {
        let data = try DOCXWriter.data(DOCXSample.report())
        let archive = try Archive(data: data, accessMode: .read)
        let paths = Set(archive.map(\.path))
        #expect(
            paths == [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/document.xml", "word/styles.xml", "word/settings.xml", "word/_rels/document.xml.rels",
                "word/header1.xml", "word/header2.xml",
            ])
        let types = try entry(data, "[Content_Types].xml")
        #expect(
            types.contains(
                #"<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
            ))
        let rels = try entry(data, "word/_rels/document.xml.rels")
        #expect(
            rels.contains(
                #"Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml""#
            ))
        let core = try entry(data, "docProps/core.xml")
        #expect(core.contains("<dc:title>Báo cáo kiểm điểm quý I</dc:title>"))
        #expect(core.contains("<dc:creator>DieuHanh</dc:creator>"))
        #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-15T00:00:00Z</dcterms:created>"#))
    }

    @Test func withoutPageNumbersThereAreNoHeaders() throws {
        let data = try DOCXWriter.data(DOCXDocument(blocks: [.paragraph(DOCXParagraph("x"))], pageNumbers: false))
        let archive = try Archive(data: data, accessMode: .read)
        #expect(archive["word/header1.xml"] == nil)
        let xml = try entry(data, "word/document.xml")
        #expect(!xml.contains("headerReference"))
        #expect(!xml.contains("titlePg"))
        #expect(!(try entry(data, "[Content_Types].xml")).contains("header"))
    }

    @Test func writesVietnameseTextEscaped() throws {
        let xml = try body(
            DOCXDocument(blocks: [
                .paragraph(DOCXParagraph("Độc lập - Tự do - Hạnh phúc")),
                .paragraph(DOCXParagraph("Sở <Tài chính> & \"Kế hoạch\"\u{0001}\u{000B}")),
            ]))
        #expect(xml.contains(#"<w:t xml:space="preserve">Độc lập - Tự do - Hạnh phúc</w:t>"#))
        #expect(xml.contains(#"<w:t xml:space="preserve">Sở &lt;Tài chính&gt; &amp; &quot;Kế hoạch&quot;</w:t>"#))
        #expect(DOCXWriter.escape("a\u{0000}b\u{001F}c\u{FFFF}") == "abc")
    }

    @Test func runsCarryBoldItalicUnderlineSizeAndBreaks() throws {
        let xml = try body(
            DOCXDocument(blocks: [
                .paragraph(
                    DOCXParagraph(runs: [
                        DOCXRun("Nơi nhận:", size: 12, bold: true, italic: true),
                        DOCXRun("\n- Như trên;\r\n- Lưu: VT.\tx", size: 11, underline: true),
                    ]))
            ]))
        #expect(
            xml.contains(
                #"<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">Nơi nhận:</w:t></w:r>"#
            ))
        // One break for "\r\n", not two.
        #expect(
            xml.contains(
                #"<w:r><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/><w:u w:val="single"/></w:rPr><w:br/><w:t xml:space="preserve">- Như trên;</w:t><w:br/><w:t xml:space="preserve">- Lưu: VT.</w:t><w:tab/><w:t xml:space="preserve">x</w:t></w:r>"#
            ))
        // The paragraph mark takes the last run's size.
        #expect(xml.contains(#"<w:pPr><w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:pPr>"#))
    }

    @Test func paragraphPropertiesInTwips() throws {
        let xml = try body(
            DOCXDocument(blocks: [
                .paragraph(
                    DOCXParagraph(
                        "Nội dung", alignment: .justified, firstLineIndentCm: 1, spacingBeforePt: 6, spacingAfterPt: 3,
                        lineSpacing: .multiple(1.15), keepWithNext: true, bottomBorder: true))
            ]))
        #expect(
            xml.contains(
                #"<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:spacing w:before="120" w:after="60" w:line="276" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>"#
            ))
        let exact = try body(
            DOCXDocument(blocks: [.paragraph(DOCXParagraph("x", firstLineIndentCm: -0.5, lineSpacing: .exact(18)))]))
        #expect(exact.contains(#"<w:spacing w:line="360" w:lineRule="exact"/><w:ind w:hanging="283"/>"#))
    }

    @Test func pageIsA4WithTheDecreesMarginsAndNumbersFromPageTwo() throws {
        let xml = try body(DOCXDocument(blocks: [.paragraph(DOCXParagraph("x"))]))
        // 20 mm = 1134, 15 mm = 850, 30 mm = 1701 twips; header 10 mm = 567.
        #expect(
            xml.hasSuffix(
                #"<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:titlePg/></w:sectPr></w:body></w:document>"#
            ))
        let data = try DOCXWriter.data(DOCXDocument(blocks: []))
        let header = try entry(data, "word/header1.xml")
        #expect(header.contains(#"<w:instrText xml:space="preserve"> PAGE </w:instrText>"#))
        #expect(header.contains(#"<w:jc w:val="center"/>"#))
        #expect(!(try entry(data, "word/header2.xml")).contains("PAGE"))
    }

    @Test func marginsAreConfigurable() throws {
        let setup = DOCXPageSetup(topMarginMM: 25, bottomMarginMM: 20, leftMarginMM: 35, rightMarginMM: 20)
        let xml = try body(DOCXDocument(blocks: [], pageSetup: setup))
        #expect(xml.contains(#"<w:pgMar w:top="1417" w:right="1134" w:bottom="1134" w:left="1984""#))
    }

    @Test func stylesSetTimesNewRomanAndTheDefaultSize() throws {
        let data = try DOCXWriter.data(DOCXDocument(blocks: [], defaultFontSize: 13))
        let styles = try entry(data, "word/styles.xml")
        #expect(
            styles.contains(
                #"<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/>"#
            ))
        #expect(styles.contains(#"<w:lang w:val="vi-VN""#))
    }

    @Test func sectionBreaksPutEachSectionsPropertiesInItsLastParagraph() throws {
        let xml = try body(
            DOCXDocument(blocks: [
                .paragraph(DOCXParagraph("Phần chính")),
                .sectionBreak(.landscape),
                .table(DOCXTable(columnWidths: [1], rows: [DOCXTableRow([DOCXTableCell("Phụ lục")])])),
                .sectionBreak(.portrait),
                .paragraph(DOCXParagraph("Trở lại khổ dọc")),
            ]))
        let sections = xml.components(separatedBy: "<w:sectPr>").dropFirst().map { $0.components(separatedBy: "</w:sectPr>")[0] }
        #expect(sections.count == 3)
        // 1: portrait, inside the paragraph "Phần chính", with the first-page header and titlePg.
        #expect(xml.contains(#"</w:sectPr></w:pPr><w:r><w:t xml:space="preserve">Phần chính</w:t></w:r></w:p>"#))
        #expect(
            xml.contains(
                #"<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:headerReference w:type="first" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/>"#
            ))
        #expect(sections[0].contains("<w:titlePg/>"))
        // 2: landscape, on an added paragraph after the table; numbering continues, so no first-page header.
        #expect(sections[1].contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#))
        #expect(!sections[1].contains("titlePg") && !sections[1].contains(#"w:type="first""#))
        #expect(
            xml.contains(
                #"</w:tbl><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr><w:sectPr>"#
            ))
        // 3: portrait again, the body's last child.
        #expect(sections[2].contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(xml.hasSuffix("</w:sectPr></w:body></w:document>"))
        // The landscape table spans the landscape text width: 16838 - 1701 - 850.
        #expect(xml.contains(#"<w:tblW w:w="14287" w:type="dxa"/>"#))
    }

    @Test func pageBreaksBecomePageBreakBeforeOnTheNextParagraph() throws {
        let xml = try body(
            DOCXDocument(blocks: [
                .paragraph(DOCXParagraph("Một")), .pageBreak, .paragraph(DOCXParagraph("Hai")),
            ]))
        #expect(xml.contains(#"<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t xml:space="preserve">Hai</w:t></w:r></w:p>"#))
    }

    @Test func tablesRepeatHeaderRowsKeepRowsWholeAndSpanColumns() throws {
        let table = DOCXTable(
            columnWidths: [1, 4, 2, 2],
            rows: [
                DOCXTableRow(
                    [
                        DOCXTableCell("TT", bold: true, verticalMerge: .restart),
                        DOCXTableCell("Nội dung", bold: true, verticalMerge: .restart),
                        DOCXTableCell("Tiến độ", bold: true, alignment: .center, columnSpan: 2, shading: "e9edf1"),
                    ],
                    isHeader: true),
                DOCXTableRow(
                    [
                        DOCXTableCell("", verticalMerge: .continue), DOCXTableCell("", verticalMerge: .continue),
                        DOCXTableCell("Hạn"), DOCXTableCell("Tình trạng"),
                    ], isHeader: true),
                DOCXTableRow([DOCXTableCell("1"), DOCXTableCell("Rà soát"), DOCXTableCell("31/3"), DOCXTableCell("Xong")]),
            ], fontSize: 12)
        let xml = try body(DOCXDocument(blocks: [.table(table)]))
        #expect(xml.components(separatedBy: "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>").count == 3)
        #expect(xml.contains("<w:trPr><w:cantSplit/></w:trPr><w:tc>"))
        // Portrait text width 16.5 cm = 9355 twips, split 1:4:2:2.
        #expect(
            xml.contains(
                #"<w:tblGrid><w:gridCol w:w="1039"/><w:gridCol w:w="4157"/><w:gridCol w:w="2078"/><w:gridCol w:w="2081"/></w:tblGrid>"#
            ))
        #expect(
            xml.contains(
                #"<w:tcW w:w="4159" w:type="dxa"/><w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="E9EDF1"/>"#))
        #expect(xml.contains(#"<w:vMerge w:val="restart"/>"#) && xml.contains("<w:vMerge/>"))
        #expect(xml.contains(#"<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>"#))
        #expect(xml.contains(#"<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>"#))
        // The table's size reaches runs without their own.
        #expect(
            xml.contains(
                #"<w:r><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">Rà soát</w:t></w:r>"#))
        #expect(
            xml.contains(#"<w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">Tiến độ</w:t>"#))
    }

    @Test func borderlessTablesAndCentredRules() throws {
        let table = DOCXTable(
            columnWidths: [6, 10.5],
            rows: [
                DOCXTableRow([
                    DOCXTableCell(paragraphs: [
                        DOCXParagraph("UBND TỈNH BÌNH DƯƠNG", size: 13, bold: true, alignment: .center),
                        .rule(widthCm: 2),
                    ]),
                    DOCXTableCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size: 12, bold: true, alignment: .center),
                ])
            ], bordered: false, cellPaddingCm: 0)
        let xml = try body(DOCXDocument(blocks: [.table(table)]))
        #expect(
            xml.contains(
                #"<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>"#
            ))
        #expect(!xml.contains(#"w:val="single" w:sz="4""#))
        // The left column is 6/16.5 of 9355 twips = 3401; a 2 cm (1134) line leaves 1133 on each side.
        #expect(xml.contains(#"<w:gridCol w:w="3401"/>"#))
        #expect(
            xml.contains(
                #"<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="auto"/></w:pBdr><w:spacing w:before="60" w:after="0" w:line="20" w:lineRule="exact"/><w:ind w:left="1133" w:right="1133"/>"#
            ))
    }

    @Test func adjacentTablesAreKeptApartAndTheBodyEndsWithAParagraph() throws {
        let table = DOCXTable(columnWidths: [1], rows: [DOCXTableRow([DOCXTableCell("x")])])
        let xml = try body(DOCXDocument(blocks: [.table(table), .table(table)]))
        #expect(!xml.contains("</w:tbl><w:tbl>"))
        #expect(xml.contains("</w:tbl><w:p>"))
        #expect(!xml.contains("</w:tbl><w:sectPr>"))
        #expect(try body(DOCXDocument(blocks: [])).contains("<w:body><w:p>"))
    }

    @Test func theSameDocumentGivesTheSameBytes() throws {
        #expect(try DOCXWriter.data(DOCXSample.report()) == DOCXWriter.data(DOCXSample.report()))
    }

    // MARK: Read back by real office software, when it is installed

    @Test(
        .enabled(
            if: OfficeTool.find("soffice") != nil || OfficeTool.find("libreoffice") != nil,
            "LibreOffice is not installed"))
    func libreOfficeConvertsItToPDF() throws {
        let dir = try OfficeTool.workDirectory("docx-pdf")
        defer { OfficeTool.discard(dir) }
        let file = dir.appendingPathComponent("sample.docx")
        try DOCXWriter.data(DOCXSample.report()).write(to: file)
        let office = OfficeTool.find("soffice") ?? OfficeTool.find("libreoffice")!
        // A HOME of its own, so a running LibreOffice's profile lock does not get in the way.
        let run = try OfficeTool.run(
            office, ["--headless", "--convert-to", "pdf", "--outdir", dir.path, file.path],
            environment: ["HOME": dir.appendingPathComponent("home").path])
        #expect(run.status == 0, "\(run.output)")
        let pdf = dir.appendingPathComponent("sample.pdf")
        let size = (try? FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int) ?? 0
        #expect(size > 1000)

        // With poppler's pdftotext, check what the reader made of it: no number on page 1, "2" atop page 2.
        if let pdftotext = OfficeTool.find("pdftotext") {
            func page(_ n: Int) throws -> [String] {
                let out = try OfficeTool.run(pdftotext, ["-f", "\(n)", "-l", "\(n)", "-layout", pdf.path, "-"]).output
                return out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            let first = try page(1)
            #expect(first.first?.hasPrefix("UBND TỈNH BÌNH DƯƠNG") == true, "\(first.prefix(3))")
            #expect(first.contains("BÁO CÁO"))
            #expect(try page(2).first == "2")
        }
        if let pdfinfo = OfficeTool.find("pdfinfo") {
            let info = try OfficeTool.run(pdfinfo, ["-f", "1", "-l", "99", pdf.path]).output
            let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }
            #expect(sizes.first?.contains("595.") == true, "\(sizes)")  // portrait A4: 595 x 842 pt
            #expect(sizes.last?.contains("841.") == true && sizes.last?.contains("x 595") == true, "\(sizes)")
        }
    }

    @Test(.enabled(if: OfficeTool.pythonDocxAvailable(), "python-docx is not installed"))
    func pythonDocxReadsItBack() throws {
        let dir = try OfficeTool.workDirectory("docx-python")
        defer { OfficeTool.discard(dir) }
        let file = dir.appendingPathComponent("sample.docx")
        try DOCXWriter.data(DOCXSample.report()).write(to: file)
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            for p in d.paragraphs: print("P:" + p.text.replace("\\n", "/"))
            for t in d.tables:
                for r in t.rows: print("R:" + "|".join(c.text.replace("\\n", "/") for c in r.cells))
            for s in d.sections:
                print("S:%d:%d:%d:%s:%s" % (s.page_width.twips, s.page_height.twips, s.left_margin.twips,
                                             s.orientation, s.different_first_page_header_footer))
            print("H:" + d.sections[0].header.paragraphs[0].text)
            """
        let run = try OfficeTool.run(OfficeTool.find("python3")!, ["-c", script, file.path])
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("P:BÁO CÁO"))
        #expect(lines.contains { $0.hasPrefix("P:Thực hiện Kế hoạch số 45/KH-UBND") })
        // Cells' paragraphs joined by "/"; the rules are the empty ones.
        #expect(lines.contains("R:UBND TỈNH BÌNH DƯƠNG/|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/Độc lập - Tự do - Hạnh phúc/"))
        #expect(lines.contains { $0.hasPrefix("R:TT|Nội dung nhiệm vụ|") })
        #expect(lines.contains("S:11906:16838:1701:PORTRAIT (0):True"))
        #expect(lines.contains("S:16838:11906:1701:LANDSCAPE (1):False"))
        #expect(lines.contains("H:2"))
    }
}
