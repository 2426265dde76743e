import Foundation

/// The table of contents of a ZIP archive (Office Open XML and OpenDocument files are ZIPs), read from its end
/// record and central directory without inflating anything, so checking a 20 MB upload costs one pass over at
/// most `maxEntries` headers. An archive is refused when it could harm whoever opens it or the server:
/// too many entries, a declared size or compression ratio of a zip bomb, encrypted or oddly compressed entries,
/// names that escape a folder or are programs, entries the directory and the local headers disagree about, or
/// bytes hidden after the end record. Zip64 and multi-disk archives are refused: a 20 MB office file never
/// needs them.
public struct ZipDirectory: Sendable {
    public struct Entry: Sendable, Equatable {
        public let name: String
        public let method: UInt16
        public let compressedSize: Int
        public let uncompressedSize: Int
        /// Where the entry's data (after its local header) starts in the archive.
        public let dataOffset: Int
    }

    public struct Limits: Sendable {
        public var maxEntries = 10_000
        public var maxTotalUncompressedBytes = 200 * 1024 * 1024
        /// Uncompressed ÷ compressed for one entry; XML rarely packs better than 1:30, bombs pack 1:1000.
        public var maxRatio = 100
        /// Entries smaller than this are not held to the ratio (a tiny file of repeated bytes is no bomb).
        public var ratioGraceBytes = 100 * 1024

        public init() {}
    }

    public enum Problem: Error, Equatable, Sendable {
        case notAZip, truncated, multiDisk, zip64, trailingBytes
        case tooManyEntries(Int)
        case tooLarge(Int)
        case ratio(String)
        case encrypted(String)
        case unsupportedMethod(String)
        case unsafeName(String)
        case executable(String)
        case duplicate(String)
        case localHeaderMismatch(String)
    }

    public let entries: [Entry]

    public func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The bytes of a stored (uncompressed) entry, for the small ones read as they are (ODF's `mimetype`).
    public func storedContent(of entry: Entry, in bytes: Data) -> Data? {
        guard entry.method == 0, entry.compressedSize == entry.uncompressedSize else { return nil }
        let start = bytes.startIndex + entry.dataOffset
        return Data(bytes[start..<start + entry.compressedSize])
    }

    /// Extensions of programs and scripts that Windows or a browser runs when opened.
    public static let executableExtensions: Set<String> = [
        "exe", "dll", "bat", "cmd", "com", "scr", "js", "jse", "vbs", "vbe", "ps1", "psm1", "jar", "msi", "msp",
        "wsf", "wsh", "hta", "cpl", "pif", "lnk", "reg", "sh", "app", "apk", "msc", "scf", "inf", "ocx", "sys",
    ]

    public static func read(_ bytes: Data, limits: Limits = Limits()) throws(Problem) -> ZipDirectory {
        let data = Bytes(bytes)
        guard data.u32(0) == 0x0403_4B50 else { throw .notAZip }
        let end = try endRecord(data)
        guard end.disk == 0, end.directoryDisk == 0, end.entriesOnDisk == end.entries else { throw .multiDisk }
        if end.entries == 0xFFFF || end.directorySize == 0xFFFF_FFFF || end.directoryOffset == 0xFFFF_FFFF {
            throw .zip64
        }
        guard end.entries <= limits.maxEntries else { throw .tooManyEntries(end.entries) }
        // The directory sits right before the end record, and nothing follows the end record's comment.
        guard end.directoryOffset + end.directorySize == end.offset else { throw .truncated }
        guard end.offset + 22 + end.commentLength == data.count else { throw .trailingBytes }

        var entries: [Entry] = []
        var names = Set<String>()
        var total = 0
        var at = end.directoryOffset
        for _ in 0..<end.entries {
            guard at + 46 <= end.offset, data.u32(at) == 0x0201_4B50 else { throw .truncated }
            let flags = data.u16(at + 8)!
            let method = data.u16(at + 10)!
            let compressed = Int(data.u32(at + 20)!)
            let uncompressed = Int(data.u32(at + 24)!)
            let nameLength = Int(data.u16(at + 28)!)
            let extraLength = Int(data.u16(at + 30)!)
            let commentLength = Int(data.u16(at + 32)!)
            let localOffset = Int(data.u32(at + 42)!)
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= end.offset else { throw .truncated }
            let rawName = data.slice(at + 46, nameLength)
            let name = String(decoding: rawName, as: UTF8.self)
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF { throw .zip64 }
            try check(name: name, raw: rawName)
            guard names.insert(name).inserted else { throw .duplicate(name) }
            // Bit 0: encrypted; bit 6: strong encryption. Method 99 is AES.
            guard flags & 0x0041 == 0, method != 99 else { throw .encrypted(name) }
            guard method == 0 || method == 8 else { throw .unsupportedMethod(name) }
            if method == 0, compressed != uncompressed { throw .localHeaderMismatch(name) }
            total += uncompressed
            guard total <= limits.maxTotalUncompressedBytes else { throw .tooLarge(total) }
            if uncompressed > limits.ratioGraceBytes, uncompressed > compressed * limits.maxRatio { throw .ratio(name) }
            // The local header must be where the directory says, name the same entry, and hold its data before
            // the directory starts.
            guard localOffset + 30 <= end.directoryOffset, data.u32(localOffset) == 0x0403_4B50 else {
                throw .localHeaderMismatch(name)
            }
            let localNameLength = Int(data.u16(localOffset + 26)!)
            let localExtraLength = Int(data.u16(localOffset + 28)!)
            let dataOffset = localOffset + 30 + localNameLength + localExtraLength
            guard localNameLength == nameLength, dataOffset + compressed <= end.directoryOffset,
                data.slice(localOffset + 30, nameLength) == rawName
            else { throw .localHeaderMismatch(name) }
            entries.append(
                Entry(
                    name: name, method: method, compressedSize: compressed, uncompressedSize: uncompressed,
                    dataOffset: dataOffset))
            at = next
        }
        guard at == end.offset else { throw .truncated }
        return ZipDirectory(entries: entries)
    }

    /// Names must stay inside the archive's folder and not be programs.
    private static func check(name: String, raw: ArraySlice<UInt8>) throws(Problem) {
        guard !name.isEmpty, !raw.contains(0) else { throw .unsafeName(name) }
        let drive = name.count >= 2 && name.dropFirst().first == ":"
        guard !name.hasPrefix("/"), !name.hasPrefix("\\"), !drive, !name.contains("..") else { throw .unsafeName(name) }
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        if let dot = last.lastIndex(of: "."),
            executableExtensions.contains(last[last.index(after: dot)...].lowercased())
        {
            throw .executable(name)
        }
    }

    private struct EndRecord {
        var offset: Int, disk: Int, directoryDisk: Int, entriesOnDisk: Int, entries: Int
        var directorySize: Int, directoryOffset: Int, commentLength: Int
    }

    /// The end record is the last 22 bytes plus a comment of at most 65 535: searched backwards in that window only.
    private static func endRecord(_ data: Bytes) throws(Problem) -> EndRecord {
        guard data.count >= 22 + 30 else { throw .truncated }
        let lowest = max(0, data.count - 22 - 0xFFFF)
        var at = data.count - 22
        while at >= lowest {
            if data.u32(at) == 0x0605_4B50 {
                return EndRecord(
                    offset: at, disk: Int(data.u16(at + 4)!), directoryDisk: Int(data.u16(at + 6)!),
                    entriesOnDisk: Int(data.u16(at + 8)!), entries: Int(data.u16(at + 10)!),
                    directorySize: Int(data.u32(at + 12)!), directoryOffset: Int(data.u32(at + 16)!),
                    commentLength: Int(data.u16(at + 20)!))
            }
            at -= 1
        }
        throw .truncated
    }
}

/// Little-endian reads with bounds checks, on a copy of the bytes indexed from 0.
private struct Bytes {
    let raw: [UInt8]
    init(_ data: Data) { raw = [UInt8](data) }
    var count: Int { raw.count }

    func u16(_ at: Int) -> UInt16? {
        guard at >= 0, at + 2 <= raw.count else { return nil }
        return UInt16(raw[at]) | UInt16(raw[at + 1]) << 8
    }

    func u32(_ at: Int) -> UInt32? {
        guard at >= 0, at + 4 <= raw.count else { return nil }
        return UInt32(raw[at]) | UInt32(raw[at + 1]) << 8 | UInt32(raw[at + 2]) << 16 | UInt32(raw[at + 3]) << 24
    }

    func slice(_ at: Int, _ length: Int) -> ArraySlice<UInt8> {
        guard at >= 0, length >= 0, at + length <= raw.count else { return [] }
        return raw[at..<at + length]
    }
}
