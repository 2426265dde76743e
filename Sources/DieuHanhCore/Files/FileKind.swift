import Foundation

/// The kinds of file an office attaches to a step or a document, recognised from their bytes.
/// The browser's claimed content type is never trusted: a file is accepted only when its first bytes say what
/// it is and its extension agrees, so a renamed executable or an HTML page cannot be served back as a "PDF".
public enum FileKind: String, CaseIterable, Sendable {
    case pdf, docx, xlsx, pptx, odt, ods, doc, xls, png, jpeg

    public var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        case .odt: "application/vnd.oasis.opendocument.text"
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .doc: "application/msword"
        case .xls: "application/vnd.ms-excel"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        }
    }

    /// Extensions a file of this kind may carry.
    public var extensions: Set<String> {
        switch self {
        case .jpeg: ["jpg", "jpeg"]
        default: [rawValue]
        }
    }

    /// The kind the bytes prove, given the file's name; nil when the bytes are not an accepted kind or the
    /// extension names another kind.
    public static func sniff(_ bytes: Data, fileName: String) -> FileKind? {
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard let kind = candidate(bytes, ext: ext), kind.extensions.contains(ext) else { return nil }
        return kind
    }

    private static func candidate(_ bytes: Data, ext: String) -> FileKind? {
        let head = [UInt8](bytes.prefix(64))
        func starts(_ magic: [UInt8]) -> Bool { head.count >= magic.count && Array(head[0..<magic.count]) == magic }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        // Word 97–2003 and Excel 97–2003 share one container (OLE2); only the extension tells them apart.
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return ext == "xls" ? .xls : ext == "doc" ? .doc : nil
        }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return zipKind(bytes) }
        return nil
    }

    /// Office Open XML and OpenDocument files are zip archives: the central directory (read within bounded work,
    /// see `ZipDirectory`) must be sound and hold the parts that make the kind, not merely mention their names.
    /// OpenDocument puts its `mimetype` entry first, stored, naming the kind; it also needs its manifest.
    private static func zipKind(_ bytes: Data) -> FileKind? {
        guard let zip = try? ZipDirectory.read(bytes), let first = zip.entries.first else { return nil }
        if first.name == "mimetype" {
            guard first.dataOffset == 38, zip.entry("META-INF/manifest.xml") != nil,
                let content = zip.storedContent(of: first, in: bytes)
            else { return nil }
            switch String(decoding: content, as: UTF8.self) {
            case "application/vnd.oasis.opendocument.text": return .odt
            case "application/vnd.oasis.opendocument.spreadsheet": return .ods
            default: return nil
            }
        }
        guard zip.entry("[Content_Types].xml") != nil else { return nil }
        if zip.entry("word/document.xml") != nil { return .docx }
        if zip.entry("xl/workbook.xml") != nil { return .xlsx }
        if zip.entry("ppt/presentation.xml") != nil { return .pptx }
        return nil
    }
}

/// A file name safe to store and to send back: no path, no control characters, at most 200 characters.
public enum FileName {
    public static func sanitized(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(
            String.UnicodeScalarView(
                last.unicodeScalars.filter {
                    !CharacterSet.controlCharacters.contains($0) && $0 != "\""
                })
        )
        .trimmingCharacters(in: .whitespaces)
        let ext = (cleaned as NSString).pathExtension
        let result =
            cleaned.count <= 200 || ext.isEmpty || ext.count > 10
            ? String(cleaned.prefix(200)) : String(cleaned.prefix(199 - ext.count)) + "." + ext
        return result.isEmpty || result == "." || result == ".." ? "tep-dinh-kem" : result
    }
}
