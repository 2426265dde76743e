import Plot

/// Escaping for attribute values, which Plot writes as they are (it escapes text nodes only).
enum HTMLEscaping {
    /// The value with `&`, `"`, `'`, `<` and `>` as character references: safe inside any quoted attribute, and
    /// read back by the browser as exactly what was given. Most values (classes, ids, plain paths) hold none of
    /// them and are returned as they are, without building a new string.
    static func attribute(_ value: String) -> String {
        guard value.utf8.contains(where: needsEscaping) else { return value }
        var html = HTMLWriter(capacity: value.utf8.count + 16)
        html.attributeValue(value)
        return html.string
    }

    /// Text with `&`, `<` and `>` as character references, worked on the UTF-8 bytes: most text holds none of them
    /// and is returned as it is. Plot's own escaping built a string per character (13% of a list request, perf) and
    /// kept `&name;` sequences as entities; here an `&` is always text.
    static func text(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
        else { return value }
        var html = HTMLWriter(capacity: value.utf8.count + 16)
        html.text(value)
        return html.string
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
    }
}

// Text nodes, shadowing Plot's `.text` (Swift prefers this module's declaration): every view gets the fast escaping.
extension Node {
    static func text(_ text: String) -> Node { .raw(HTMLEscaping.text(text)) }
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
