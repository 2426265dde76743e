import Foundation
import Plot
import Testing

@testable import DieuHanhApp

/// The HTML written straight into a buffer (a list's rows, a picker's options) is the HTML Plot writes for the same
/// elements, escaping included; interface strings take their arguments in one pass.
@Suite struct HTMLWriterTests {
    static let awkward = [
        "", "Sở Nội vụ", #"a"b'c<d>e&f"#, "&amp;", "<script>alert(1)</script>", "Văn bản 12/QĐ-UBND & 13/KH",
        #""><meta http-equiv="refresh" content="0">"#, "🙂 ✓ ◷", "100%",
    ]

    func plot(_ node: Node<HTML.BodyContext>) -> String { HTML(.body(node)).render() }

    func text<Context>(_ value: String) -> Node<Context> { .raw(HTMLEscaping.text(value)) }

    func attribute<Context>(_ name: String, _ value: String?, ignoreIfEmpty: Bool = true) -> Node<Context> {
        .attribute(Attribute(name: name, value: value.map(HTMLEscaping.attribute), ignoreIfValueIsEmpty: ignoreIfEmpty))
    }

    @Test(arguments: awkward)
    func aCellIsWhatPlotWrites(value: String) {
        var html = HTMLWriter()
        html.startTag("td")
        html.attribute("data-label", value)
        html.endTag()
        html.text(value)
        html.close("td")
        html.element("span", class: "tag " + value, text: value)
        html.element("p", text: value)
        // Plot's own elements, with the text and attribute escaping every view uses (the app's `.text` and
        // attribute functions; spelled out here, where Plot's twins would be ambiguous).
        let cell: Node<HTML.BodyContext> = .element(named: "td", nodes: [attribute("data-label", value), text(value)])
        let tag: Node<HTML.BodyContext> = .span(attribute("class", "tag " + value), text(value))
        let paragraph: Node<HTML.BodyContext> = .p(text(value))
        let expected = plot(.group([cell, tag, paragraph]))
        #expect(plot(html.node()) == expected)
    }

    @Test func optionsAreWhatPlotWrites() {
        let options = Self.awkward.filter { !$0.isEmpty }.map { (value: $0, label: $0 + " — nhãn") }
        for selected in [options[2].value, "không có", ""] {
            let nodes: [Node<HTML.BodyContext>] = options.map { option in
                let value: Node<HTML.BodyContext> = attribute("value", option.value, ignoreIfEmpty: false)
                let chosen: Node<HTML.BodyContext> = attribute("selected", option.value == selected ? "selected" : nil)
                return .element(named: "option", nodes: [value, chosen, text(option.label)])
            }
            let expected = plot(.group(nodes))
            #expect(plot(Components.optionList(options, selected: selected)) == expected)
        }
        // An empty value is written as an empty attribute (Plot writes it bare); both mean the same to a browser.
        #expect(
            plot(Components.optionList([("", "Tất cả")], selected: "")).contains(
                #"<option value="" selected="selected">Tất cả</option>"#))
    }

    /// A link's query values: the quick path for plain values writes what Foundation's percent-encoding writes.
    @Test func queryValuesAreEscapedAsFoundationEscapes() {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~/"))
        for value in [
            "T01.SNV", "07/12/2026", "pending_overdue", "a~b", "", "Sở Nội vụ", "a b&c=d", "50%", "x+y", "#1", "?",
            "Ủy ban nhân dân", "\u{00A0}", #"""#,
        ] {
            #expect(value.urlQueryEscaped == value.addingPercentEncoding(withAllowedCharacters: allowed))
        }
    }

    @Test func argumentsAreTakenInOnePass() {
        #expect(Localizer.format("trễ {0} ngày", ["3"]) == "trễ 3 ngày")
        #expect(Localizer.format("{1} của {0}", ["a", "b"]) == "b của a")
        #expect(Localizer.format("{0}{0}", ["x"]) == "xx")
        // An argument holding a placeholder is not read again; a placeholder without its argument stays.
        #expect(Localizer.format("{0} và {1}", ["{1}", "b"]) == "{1} và b")
        #expect(Localizer.format("{0} và {2}", ["a", "b"]) == "a và {2}")
        #expect(Localizer.format("{} {a} { 0} {0", ["x"]) == "{} {a} { 0} {0")
        #expect(Localizer.format("{10}", Array(repeating: "-", count: 10) + ["mười"]) == "mười")
        #expect(Localizer.format("không có gì", []) == "không có gì")
        #expect(Localizer.format("Đã hủy ngày {0}", ["07/12/2026"]) == "Đã hủy ngày 07/12/2026")
        #expect(Localizer(language: .vi)(T.daysLate, "1.234").contains("1.234"))
    }
}
