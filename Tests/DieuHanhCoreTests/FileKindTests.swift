import DieuHanhCore
import Foundation
import Testing

@Suite("File kinds and names")
struct FileKindTests {
    func zip(_ entry: String) -> Data {
        var d = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0, count: 26)
        d.append(Data(entry.utf8))
        return d
    }

    let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0])

    @Test func recognisesEachKindByItsBytes() {
        #expect(FileKind.sniff(Data("%PDF-1.7\n".utf8), fileName: "a.PDF") == .pdf)
        #expect(FileKind.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]), fileName: "scan.png") == .png)
        #expect(FileKind.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0]), fileName: "anh.jpg") == .jpeg)
        #expect(FileKind.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0]), fileName: "anh.jpeg") == .jpeg)
        #expect(FileKind.sniff(zip("[Content_Types].xml...word/document.xml"), fileName: "bc.docx") == .docx)
        #expect(FileKind.sniff(zip("[Content_Types].xml...xl/workbook.xml"), fileName: "pl.xlsx") == .xlsx)
        #expect(FileKind.sniff(zip("ppt/presentation.xml"), fileName: "s.pptx") == .pptx)
        #expect(FileKind.sniff(zip("mimetypeapplication/vnd.oasis.opendocument.text"), fileName: "b.odt") == .odt)
        #expect(FileKind.sniff(zip("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"), fileName: "b.ods") == .ods)
        // Word and Excel 97–2003 share a container: the extension decides, and only those two are accepted.
        #expect(FileKind.sniff(ole, fileName: "cv.doc") == .doc)
        #expect(FileKind.sniff(ole, fileName: "bieu.xls") == .xls)
        #expect(FileKind.sniff(ole, fileName: "x.msi") == nil)
    }

    @Test func refusesWhatTheBytesDoNotProve() {
        #expect(FileKind.sniff(Data("<html><script>".utf8), fileName: "a.pdf") == nil)
        #expect(FileKind.sniff(Data("MZ\u{90}\u{0}".utf8), fileName: "setup.pdf") == nil)
        #expect(FileKind.sniff(Data(), fileName: "empty.pdf") == nil)
        // The bytes are a PDF but the name says Word: refused, so the download never lies about its type.
        #expect(FileKind.sniff(Data("%PDF-1.4".utf8), fileName: "a.docx") == nil)
        #expect(FileKind.sniff(Data("%PDF-1.4".utf8), fileName: "noextension") == nil)
        // A zip that is neither Office nor OpenDocument.
        #expect(FileKind.sniff(zip("src/main.swift"), fileName: "a.docx") == nil)
        #expect(FileKind.sniff(zip("mimetypeapplication/vnd.oasis.opendocument.graphics"), fileName: "a.odt") == nil)
    }

    @Test func fileNamesLoseTheirPathsAndControlCharacters() {
        #expect(FileName.sanitized("../../etc/passwd") == "passwd")
        #expect(FileName.sanitized("C:\\Users\\cb\\Báo cáo.pdf") == "Báo cáo.pdf")
        #expect(FileName.sanitized("a\u{0}b\n\"c\".pdf") == "abc.pdf")
        #expect(FileName.sanitized("  ") == "tep-dinh-kem")
        #expect(FileName.sanitized("..") == "tep-dinh-kem")
        let long = String(repeating: "ả", count: 300) + ".pdf"
        let kept = FileName.sanitized(long)
        #expect(kept.count == 200)
        #expect(kept.hasSuffix(".pdf"))
    }

    @Test func fileSizesInVietnamese() {
        #expect(VNFormat.fileSize(850) == "850 B")
        #expect(VNFormat.fileSize(12_697) == "12,4 KB")
        #expect(VNFormat.fileSize(3_250_586) == "3,1 MB")
    }
}
