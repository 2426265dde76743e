import Foundation

/// The shape of a text field: what may be in it and how long it may be. The form, the API and the import all ask
/// the same rule, so a 1 MB name or a NUL byte is refused whichever way it arrives.
public struct TextRule: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// One line: names, titles, notations. No control characters at all.
        case line
        /// A code: ASCII letters and digits, then also `.`, `_`, `-` (unit and indicator codes).
        case code
        /// An identifier from another system (`ma`): printable, no spaces or control characters.
        case identifier
        /// Several lines: notes, contents, outlines. Line breaks and tabs are allowed, other control characters not.
        case long
    }

    public let kind: Kind
    /// In characters (grapheme clusters), as people count them.
    public let maxLength: Int

    public init(_ kind: Kind, maxLength: Int) {
        self.kind = kind
        self.maxLength = maxLength
    }

    /// Names and titles: at most 500 characters unless the field says otherwise.
    public static func name(max: Int = 500) -> TextRule { TextRule(.line, maxLength: max) }
    /// Codes: at most 50 characters.
    public static func code(max: Int = 50) -> TextRule { TextRule(.code, maxLength: max) }
    /// External ids (`ma`): at most 60 characters.
    public static func identifier(max: Int = 60) -> TextRule { TextRule(.identifier, maxLength: max) }
    /// Long texts: at most 10.000 characters unless the field says otherwise.
    public static func long(max: Int = 10_000) -> TextRule { TextRule(.long, maxLength: max) }

    /// The value as the forms keep it: trimmed, and for one-line kinds with every run of white space (a line break
    /// in a quoted CSV cell too) made one space.
    public func normalized(_ text: String) -> String {
        switch kind {
        case .line: return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        case .code, .identifier, .long: return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The first problem of an already trimmed value, or nil. An empty value passes: whether the field is required
    /// is the caller's rule, with its own message.
    public func check(_ text: String) -> FieldProblem? {
        // Counting characters of a huge value is slow; its UTF-8 size bounds the count from above.
        if text.utf8.count > maxLength, text.count > maxLength { return .tooLong(limit: maxLength) }
        for scalar in text.unicodeScalars where Self.isControl(scalar) {
            if kind == .long, scalar == "\n" || scalar == "\r" || scalar == "\t" { continue }
            return .controlCharacter
        }
        switch kind {
        case .code:
            guard let first = text.unicodeScalars.first else { return nil }
            if !Self.isCodeStart(first) || !text.unicodeScalars.allSatisfy(Self.isCodeCharacter) { return .codeCharacters }
        case .identifier:
            if text.unicodeScalars.contains(where: { $0.properties.isWhitespace }) { return .codeCharacters }
        case .line, .long:
            break
        }
        return nil
    }

    /// C0, DEL, C1, and the line and paragraph separators, which break a line as surely as a newline does.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func isCodeStart(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }

    private static func isCodeCharacter(_ s: Unicode.Scalar) -> Bool {
        isCodeStart(s) || s == "." || s == "_" || s == "-"
    }
}
