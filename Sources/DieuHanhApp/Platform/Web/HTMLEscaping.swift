import Plot

/// Escaping for attribute values, which Plot writes as they are (it escapes text nodes only).
enum HTMLEscaping {
    /// The value with `&`, `"`, `'`, `<` and `>` as character references: safe inside any quoted attribute, and
    /// read back by the browser as exactly what was given. Most values (classes, ids, plain paths) hold none of
    /// them and are returned as they are, without building a new string.
    static func attribute(_ value: String) -> String {
        guard value.utf8.contains(where: needsEscaping) else { return value }
        var out = ""
        out.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
    }
}

// The custom-attribute functions, shadowed like the generated ones in EscapedAttributes.swift.
extension Node {
    static func attribute(named name: String, value: String?, ignoreIfValueIsEmpty: Bool = true) -> Node {
        .attribute(Attribute(name: name, value: value.map(HTMLEscaping.attribute), ignoreIfValueIsEmpty: ignoreIfValueIsEmpty))
    }
}

extension Attribute {
    static func attribute(named name: String, value: String?) -> Self {
        Attribute(name: name, value: value.map(HTMLEscaping.attribute))
    }
}
