import DieuHanhCore
import Foundation
import Testing

@Suite("File kinds and names")
struct FileKindTests {
    let ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0])

    @Test func recognisesEachKindByItsBytes() {
        #expect(FileKind.sniff(Data("%PDF-1.7\n".utf8), fileName: "a.PDF") == .pdf)
        #expect(FileKind.sniff(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]), fileName: "scan.png") == .png)
        #expect(FileKind.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0]), fileName: "anh.jpg") == .jpeg)
        #expect(FileKind.sniff(Data([0xFF, 0xD8, 0xFF, 0xE0]), fileName: "anh.jpeg") == .jpeg)
        #expect(FileKind.sniff(ZipBuilder.docx().build(), fileName: "bc.docx") == .docx)
        #expect(FileKind.sniff(ZipBuilder.xlsx().build(), fileName: "pl.xlsx") == .xlsx)
        #expect(FileKind.sniff(ZipBuilder.pptx().build(), fileName: "s.pptx") == .pptx)
        #expect(FileKind.sniff(ZipBuilder.odf("application/vnd.oasis.opendocument.text").build(), fileName: "b.odt") == .odt)
        #expect(
            FileKind.sniff(ZipBuilder.odf("application/vnd.oasis.opendocument.spreadsheet").build(), fileName: "b.ods") == .ods)
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
        #expect(FileKind.sniff(ZipBuilder.docx().build(), fileName: "a.xlsx") == nil)
    }

    @Test func aZipIsAnOfficeFileOnlyWhenItsDirectoryHoldsTheParts() {
        // A zip that is neither Office nor OpenDocument, and one that only mentions the names in its bytes.
        var source = ZipBuilder()
        source.add("src/main.swift")
        #expect(FileKind.sniff(source.build(), fileName: "a.docx") == nil)
        var mentions = ZipBuilder()
        mentions.add("notes.txt", "[Content_Types].xml word/document.xml xl/workbook.xml")
        #expect(FileKind.sniff(mentions.build(), fileName: "a.docx") == nil)
        // Office Open XML needs its content types beside the main part.
        var noTypes = ZipBuilder()
        noTypes.add("word/document.xml")
        #expect(FileKind.sniff(noTypes.build(), fileName: "a.docx") == nil)
        // OpenDocument: a known mimetype, first, stored, with a manifest.
        #expect(FileKind.sniff(ZipBuilder.odf("application/vnd.oasis.opendocument.graphics").build(), fileName: "a.odt") == nil)
        #expect(FileKind.sniff(ZipBuilder.odf("application/vnd.oasis.opendocument.text ").build(), fileName: "a.odt") == nil)
        #expect(
            FileKind.sniff(
                ZipBuilder.odf("application/vnd.oasis.opendocument.text", manifest: false).build(),
                fileName: "a.odt") == nil)
        var second = ZipBuilder.odf("application/vnd.oasis.opendocument.text")
        second.entries.swapAt(0, 1)
        #expect(FileKind.sniff(second.build(), fileName: "a.odt") == nil)
        var deflated = ZipBuilder.odf("application/vnd.oasis.opendocument.text")
        deflated.entries[0].method = 8
        #expect(FileKind.sniff(deflated.build(), fileName: "a.odt") == nil)
        var padded = ZipBuilder.odf("application/vnd.oasis.opendocument.text")
        padded.entries[0].localExtra = Data([0xFE, 0xCA, 0, 0])
        #expect(FileKind.sniff(padded.build(), fileName: "a.odt") == nil)
    }

    @Test func aBombOrAProgramInsideAnOfficeFileIsRefused() {
        var bomb = ZipBuilder.docx()
        bomb.addDeflated("word/media/image1.png", packed: 2_000_000, uncompressed: 2 * 1024 * 1024 * 1024)
        #expect(FileKind.sniff(bomb.build(), fileName: "a.docx") == nil)
        #expect(FileKind.sniff(ZipBuilder.docx(extra: ["word/embeddings/setup.exe"]).build(), fileName: "a.docx") == nil)
        #expect(FileKind.sniff(ZipBuilder.docx(extra: ["../../autorun.inf.xml"]).build(), fileName: "a.docx") == nil)
        var locked = ZipBuilder.docx()
        locked.entries[2].flags = 1
        #expect(FileKind.sniff(locked.build(), fileName: "a.docx") == nil)
        // Parts Office really writes stay accepted: macros and embedded objects are .bin.
        #expect(
            FileKind.sniff(
                ZipBuilder.docx(extra: ["word/vbaProject.bin", "word/embeddings/oleObject1.bin"]).build(),
                fileName: "a.docx") == .docx)
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

/// The ZIP reader's limits, each on both sides of its boundary.
@Suite("ZIP directory")
struct ZipDirectoryTests {
    func problem(_ zip: ZipBuilder, limits: ZipDirectory.Limits = .init()) -> ZipDirectory.Problem? {
        do {
            _ = try ZipDirectory.read(zip.build(), limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsTheEntriesOfASoundArchive() throws {
        // setup
        var zip = ZipBuilder.docx()
        zip.comment = Data("Tạo bởi Word".utf8)
        // act
        let directory = try ZipDirectory.read(zip.build())
        // check
        #expect(directory.entries.map(\.name) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"])
        #expect(directory.entry("word/document.xml")?.uncompressedSize == "<w:document/>".utf8.count)
    }

    @Test func atMostTenThousandEntries() {
        var zip = ZipBuilder()
        for i in 0..<10_000 { zip.add("p/\(i)", "") }
        #expect(problem(zip) == nil)
        zip.add("p/10000", "")
        #expect(problem(zip) == .tooManyEntries(10_001))
    }

    @Test func atMostTwoHundredMegabytesDeclaredInAll() {
        // Exactly the limit, at exactly the highest ratio: accepted; one byte more is refused.
        let limit = 200 * 1024 * 1024
        var zip = ZipBuilder.docx()
        zip.addDeflated("word/media/a.png", packed: limit / 100 - 80, uncompressed: UInt32(limit / 100 * 99))
        zip.addDeflated("word/media/b.png", packed: limit / 100, uncompressed: UInt32(limit - zip.declaredTotal))
        #expect(problem(zip) == nil)
        zip.entries[zip.entries.count - 1].uncompressedSize! += 1
        #expect(problem(zip) == .tooLarge(limit + 1))
        // The 2 GiB bomb of the report: its directory says so, nothing is inflated.
        var bomb = ZipBuilder.docx()
        bomb.addDeflated("word/document2.xml", packed: 2_100_000, uncompressed: 1 << 31)
        #expect(problem(bomb) == .tooLarge(1 << 31 + ZipBuilder.docx().declaredTotal))
    }

    @Test func compressionRatioOfAtMostAHundred() {
        var zip = ZipBuilder()
        zip.addDeflated("xl/worksheets/sheet1.xml", packed: 10_000, uncompressed: 1_000_000)
        #expect(problem(zip) == nil)
        zip.entries[0].uncompressedSize = 1_000_001
        #expect(problem(zip) == .ratio("xl/worksheets/sheet1.xml"))
        // Small entries are not held to it.
        var small = ZipBuilder()
        small.addDeflated("a.xml", packed: 10, uncompressed: 100 * 1024)
        #expect(problem(small) == nil)
        small.entries[0].uncompressedSize = 100 * 1024 + 1
        #expect(problem(small) == .ratio("a.xml"))
    }

    @Test func encryptedAndUnusualCompressionAreRefused() {
        for flags: UInt16 in [0x0001, 0x0040, 0x0041] {
            var zip = ZipBuilder.docx()
            zip.entries[1].flags = flags
            #expect(problem(zip) == .encrypted("_rels/.rels"))
        }
        var aes = ZipBuilder.docx()
        aes.entries[0].method = 99
        #expect(problem(aes) == .encrypted("[Content_Types].xml"))
        var bzip = ZipBuilder.docx()
        bzip.entries[0].method = 12
        #expect(problem(bzip) == .unsupportedMethod("[Content_Types].xml"))
        // Bit 3 (sizes after the data) and bit 11 (UTF-8 names) are ordinary.
        var ordinary = ZipBuilder.docx()
        ordinary.entries[0].flags = 0x0808
        #expect(problem(ordinary) == nil)
    }

    @Test func namesStayInsideAndAreNoPrograms() {
        for name in ["/etc/passwd", "\\windows\\x.xml", "C:evil.xml", "../x.xml", "word/../../x.xml", "a\u{0}b.xml", ""] {
            #expect(problem(ZipBuilder.docx(extra: [name])) == .unsafeName(name), "\(name)")
        }
        for ext in ZipDirectory.executableExtensions.sorted() {
            let name = "word/embeddings/Tệp.\(ext.uppercased())"
            #expect(problem(ZipBuilder.docx(extra: [name])) == .executable(name))
        }
        for name in ["word/media/image1.png", "docProps/app.xml", "word/setup.exe.xml", "a.b/c", "customXml/item1.xml"] {
            #expect(problem(ZipBuilder.docx(extra: [name])) == nil, "\(name)")
        }
        #expect(problem(ZipBuilder.docx(extra: ["word/document.xml"])) == .duplicate("word/document.xml"))
    }

    @Test func theDirectoryMustAgreeWithTheBytes() {
        #expect(problem(ZipBuilder()) == .notAZip)
        var notZip = ZipBuilder.docx().build()
        notZip[0] = 0x4D
        #expect(throws: ZipDirectory.Problem.notAZip) { try ZipDirectory.read(notZip) }
        #expect(throws: ZipDirectory.Problem.truncated) { try ZipDirectory.read(ZipBuilder.docx().build().dropLast(1)) }
        var trailing = ZipBuilder.docx()
        trailing.trailing = Data("MZ".utf8)
        #expect(problem(trailing) == .trailingBytes)
        var shifted = ZipBuilder.docx()
        shifted.directoryOffsetShift = -1
        #expect(problem(shifted) == .truncated)
        var moreClaimed = ZipBuilder.docx()
        moreClaimed.entryCount = 4
        #expect(problem(moreClaimed) == .truncated)
        var fewerClaimed = ZipBuilder.docx()
        fewerClaimed.entryCount = 2
        #expect(problem(fewerClaimed) == .truncated)
        var disk = ZipBuilder.docx()
        disk.disk = 1
        #expect(problem(disk) == .multiDisk)
        var zip64 = ZipBuilder.docx()
        zip64.entryCount = 0xFFFF
        #expect(problem(zip64) == .zip64)
        var zip64Size = ZipBuilder.docx()
        zip64Size.entries[0].method = 8
        zip64Size.entries[0].uncompressedSize = 0xFFFF_FFFF
        #expect(problem(zip64Size) == .zip64)
        var renamed = ZipBuilder.docx()
        renamed.entries[2].localName = "word/documenX.xml"
        #expect(problem(renamed) == .localHeaderMismatch("word/document.xml"))
        var storedLie = ZipBuilder.docx()
        storedLie.entries[0].uncompressedSize = 1
        #expect(problem(storedLie) == .localHeaderMismatch("[Content_Types].xml"))
        var overrun = ZipBuilder.docx()
        overrun.entries[2].method = 8
        overrun.entries[2].compressedSize = 1_000
        #expect(problem(overrun) == .localHeaderMismatch("word/document.xml"))
    }
}
