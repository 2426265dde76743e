import Foundation

/// Writes ZIP archives byte by byte for the tests, honest by default (stored entries, sizes as they are) with
/// every field a test needs to lie about overridable.
struct ZipBuilder {
    struct Entry {
        var name: String
        var data: Data
        var method: UInt16 = 0
        var flags: UInt16 = 0
        /// Sizes written into the central directory (and the local header) instead of the real ones.
        var compressedSize: UInt32?
        var uncompressedSize: UInt32?
        /// A different name in the local header than in the central directory.
        var localName: String?
        var localExtra = Data()
    }

    var entries: [Entry] = []
    var entryCount: UInt16?
    var disk: UInt16 = 0
    var directoryOffsetShift = 0
    var comment = Data()
    var trailing = Data()

    init(_ entries: [Entry] = []) { self.entries = entries }

    /// A stored entry holding `text`.
    mutating func add(_ name: String, _ text: String = "<x/>") {
        entries.append(Entry(name: name, data: Data(text.utf8)))
    }

    /// An entry that says it is deflated, `uncompressed` bytes packed into `data` (never inflated by the reader).
    mutating func addDeflated(_ name: String, packed: Int, uncompressed: UInt32) {
        entries.append(
            Entry(
                name: name, data: Data(repeating: 0x4B, count: packed), method: 8,
                uncompressedSize: uncompressed))
    }

    /// The uncompressed bytes the entries declare, together.
    var declaredTotal: Int { entries.reduce(0) { $0 + Int($1.uncompressedSize ?? UInt32($1.data.count)) } }

    func build() -> Data {
        var out = Data()
        var directory = Data()
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Data(entry.name.utf8)
            let localName = Data((entry.localName ?? entry.name).utf8)
            let compressed = entry.compressedSize ?? UInt32(entry.data.count)
            let uncompressed = entry.uncompressedSize ?? UInt32(entry.data.count)
            out.u32(0x0403_4B50)
            out.u16(20)
            out.u16(entry.flags)
            out.u16(entry.method)
            out.u16(0)
            out.u16(0)
            out.u32(0)
            out.u32(compressed)
            out.u32(uncompressed)
            out.u16(UInt16(localName.count))
            out.u16(UInt16(entry.localExtra.count))
            out.append(localName)
            out.append(entry.localExtra)
            out.append(entry.data)
            directory.u32(0x0201_4B50)
            directory.u16(20)
            directory.u16(20)
            directory.u16(entry.flags)
            directory.u16(entry.method)
            directory.u16(0)
            directory.u16(0)
            directory.u32(0)
            directory.u32(compressed)
            directory.u32(uncompressed)
            directory.u16(UInt16(name.count))
            directory.u16(0)
            directory.u16(0)
            directory.u16(0)
            directory.u16(0)
            directory.u32(0)
            directory.u32(offset)
            directory.append(name)
        }
        let directoryOffset = UInt32(out.count + directoryOffsetShift)
        out.append(directory)
        let count = entryCount ?? UInt16(entries.count)
        out.u32(0x0605_4B50)
        out.u16(disk)
        out.u16(0)
        out.u16(count)
        out.u16(count)
        out.u32(UInt32(directory.count))
        out.u32(directoryOffset)
        out.u16(UInt16(comment.count))
        out.append(comment)
        out.append(trailing)
        return out
    }

    // MARK: Real containers

    static func docx(extra: [String] = []) -> ZipBuilder {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("_rels/.rels", "<Relationships/>")
        zip.add("word/document.xml", "<w:document/>")
        for name in extra { zip.add(name) }
        return zip
    }

    static func xlsx() -> ZipBuilder {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("xl/workbook.xml", "<workbook/>")
        zip.add("xl/worksheets/sheet1.xml", "<worksheet/>")
        return zip
    }

    static func pptx() -> ZipBuilder {
        var zip = ZipBuilder()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("ppt/presentation.xml", "<p:presentation/>")
        return zip
    }

    static func odf(_ mimetype: String, manifest: Bool = true) -> ZipBuilder {
        var zip = ZipBuilder()
        zip.add("mimetype", mimetype)
        if manifest { zip.add("META-INF/manifest.xml", "<manifest:manifest/>") }
        zip.add("content.xml", "<office:document-content/>")
        return zip
    }
}

extension Data {
    fileprivate mutating func u16(_ value: UInt16) { append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)]) }
    fileprivate mutating func u32(_ value: UInt32) {
        append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)])
    }
}
