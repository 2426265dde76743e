import Plot

/// HTML written straight into a byte buffer, for the parts of a page that repeat hundreds of times (a list's rows,
/// a unit picker's options). Plot builds a node per element and attribute and renders them one by one: for a list
/// page of 36 rows and two pickers of 180 units that was most of the request's CPU spent on HTML (BENCHMARKS.md).
/// The page's frame stays in Plot; what is written here goes into it as one raw node. The output is what Plot
/// writes for the same elements, so pages and their tests read the same.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    /// Markup written as it is: tag names, fixed attributes, punctuation — never text from data.
    mutating func markup(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `<tag`, to be followed by attributes and `endTag()`.
    mutating func startTag(_ tag: StaticString) {
        markup("<")
        markup(tag)
    }

    mutating func endTag() { markup(">") }

    /// `<tag class="…">`; no class attribute when `cssClass` is empty.
    mutating func open(_ tag: StaticString, class cssClass: String = "") {
        startTag(tag)
        attribute("class", cssClass)
        endTag()
    }

    mutating func close(_ tag: StaticString) {
        markup("</")
        markup(tag)
        markup(">")
    }

    /// `<tag class="…">text</tag>`.
    mutating func element(_ tag: StaticString, class cssClass: String = "", text: String) {
        open(tag, class: cssClass)
        self.text(text)
        close(tag)
    }

    /// Text between tags, with `&`, `<` and `>` as character references (as `HTMLEscaping.text`).
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            // Most text holds none of the three: copied whole.
            guard utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
            else { return bytes.append(contentsOf: utf8) }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "&"): markup("&amp;")
                case UInt8(ascii: "<"): markup("&lt;")
                case UInt8(ascii: ">"): markup("&gt;")
                default: bytes.append(byte)
                }
            }
        }
    }

    /// ` name="value"`, the value with `&`, `"`, `'`, `<` and `>` as character references (as
    /// `HTMLEscaping.attribute`); nothing when `value` is nil, or empty unless `keepEmpty` (as Plot).
    mutating func attribute(_ name: StaticString, _ value: String?, keepEmpty: Bool = false) {
        guard let value, keepEmpty || !value.isEmpty else { return }
        markup(" ")
        markup(name)
        markup("=\"")
        attributeValue(value)
        markup("\"")
    }

    /// An attribute's value alone, escaped as `attribute(_:_:)` writes it.
    mutating func attributeValue(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "&"): markup("&amp;")
                case UInt8(ascii: "\""): markup("&quot;")
                case UInt8(ascii: "'"): markup("&#39;")
                case UInt8(ascii: "<"): markup("&lt;")
                case UInt8(ascii: ">"): markup("&gt;")
                default: bytes.append(byte)
                }
            }
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// What was written, as one node of a Plot page.
    func node<Context>() -> Node<Context> { .raw(string) }
}
