import DieuHanhCore
import Foundation
import Plot

/// Small pieces every page uses, so forms and lists look and behave the same everywhere.
enum Components {
    /// A `<form>` whose children are ordinary body nodes (Plot's form context would refuse these components).
    static func form(_ nodes: BodyNode...) -> BodyNode {
        .element(named: "form", nodes: nodes)
    }

    static func fieldset(_ nodes: BodyNode...) -> BodyNode {
        .element(named: "fieldset", nodes: nodes)
    }

    static func csrfField(_ ctx: PageContext) -> BodyNode {
        .input(.type(.hidden), .name(CSRFMiddleware.field), .value(ctx.csrf))
    }

    static func pageHeader(_ title: String, lead: String? = nil, actions: [BodyNode] = []) -> BodyNode {
        .div(
            .class("page-header"),
            .div(.h1(.text(title)), .unwrap(lead) { .p(.class("lead"), .text($0)) }),
            .if(!actions.isEmpty, .div(.class("actions"), .group(actions)))
        )
    }

    static func linkButton(_ label: String, href: String, primary: Bool = false) -> BodyNode {
        .a(.class(primary ? "button primary" : "button"), .href(href), .text(label))
    }

    /// A button that posts to `action` in a form of its own (with the CSRF token).
    static func postButton(
        _ ctx: PageContext, label: String, action: String, danger: Bool = false,
        confirm: String? = nil
    ) -> BodyNode {
        Components.form(
            .class("inline"), .attribute(named: "method", value: "post"), .attribute(named: "action", value: action),
            csrfField(ctx),
            .button(
                .class(danger ? "button danger" : "button"), .type(.submit),
                .unwrap(confirm) { .data(named: "confirm", value: $0) },
                .text(label))
        )
    }

    /// Lists every problem of the submission at the top of the form, each linking to its field (`form` as the
    /// fields were given it, where a page has several forms).
    static func errorSummary(_ errors: [FieldError], _ t: Localizer, form: String? = nil) -> BodyNode {
        .if(
            !errors.isEmpty,
            .div(
                .class("error-summary"), .attribute(named: "role", value: "alert"), .attribute(named: "tabindex", value: "-1"),
                .h2(.text(t(T.formHasErrors))),
                .ul(
                    .forEach(errors) { error in
                        .li(.a(.href("#f-" + (form.map { "\($0)-" } ?? "") + error.field), .text(error.message)))
                    })
            ))
    }

    struct Field {
        var name: String
        var label: String
        var value: String = ""
        var type: String = "text"
        var required: Bool = false
        var hint: String? = nil
        /// The phone keyboard a field brings up: "decimal" for figures typed with a decimal comma, "numeric" for dates
        /// (typed 01.07.2025, 01-07-2025 or 01072025 where the keypad has no slash).
        var inputMode: String? = nil
        var autocomplete: String? = nil
        var error: String? = nil
        /// The form the field belongs to, where a page has several forms with the same fields (a task's step
        /// forms): it keeps the ids, and so the labels and messages, unique on the page.
        var form: String? = nil

        /// The id part shared by the field, its hint and its message.
        var key: String { form.map { "\($0)-\(name)" } ?? name }
    }

    static func textField(_ f: Field) -> BodyNode {
        let described = [f.hint != nil ? "h-\(f.key)" : nil, f.error != nil ? "e-\(f.key)" : nil].compactMap { $0 }
        return .div(
            .class(f.error == nil ? "field" : "field has-error"),
            .label(.for("f-\(f.key)"), .text(f.label), .if(f.required, .span(.class("required"), .text(" *")))),
            .unwrap(f.hint) { .p(.class("hint"), .id("h-\(f.key)"), .text($0)) },
            .unwrap(f.error) { .p(.class("field-error"), .id("e-\(f.key)"), .text($0)) },
            .input(
                .id("f-\(f.key)"), .name(f.name), .type(HTMLInputType(rawValue: f.type) ?? .text), .value(f.value),
                .attribute(named: "required", value: f.required ? "required" : nil),
                .attribute(named: "autocomplete", value: f.autocomplete),
                .attribute(named: "inputmode", value: f.inputMode),
                .attribute(named: "aria-invalid", value: f.error != nil ? "true" : nil),
                .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " "))
            )
        )
    }

    /// A multiple-file input named `files[]`; `id` keeps it unique when a page has several upload forms.
    static func fileField(id: String, label: String, hint: String, error: String?) -> BodyNode {
        .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for(id), .text(label)),
            .p(.class("hint"), .id("h-\(id)"), .text(hint)),
            .unwrap(error) { .p(.class("field-error"), .id("e-\(id)"), .text($0)) },
            .input(
                .id(id), .name("files[]"), .type(.file), .attribute(named: "multiple", value: "multiple"),
                .attribute(named: "accept", value: ".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.pptx,.png,.jpg,.jpeg"),
                .attribute(named: "aria-describedby", value: "h-\(id)" + (error == nil ? "" : " e-\(id)")))
        )
    }

    /// Links to attachments, with their sizes.
    static func attachmentList(_ files: [Attachment]) -> BodyNode {
        .if(
            !files.isEmpty,
            .ul(
                .class("attachments"),
                .forEach(files) { file in
                    .li(
                        .a(.href("/attachments/\(file.id!)"), .text(file.fileName)),
                        .span(.class("muted"), .text(" (" + VNFormat.fileSize(file.byteSize) + ")")))
                }))
    }

    static func textArea(
        name: String, label: String, value: String, required: Bool = false, hint: String? = nil, error: String? = nil,
        form: String? = nil
    ) -> BodyNode {
        let key = form.map { "\($0)-\(name)" } ?? name
        let described = [hint != nil ? "h-\(key)" : nil, error != nil ? "e-\(key)" : nil].compactMap { $0 }
        return .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for("f-\(key)"), .text(label), .if(required, .span(.class("required"), .text(" *")))),
            .unwrap(hint) { .p(.class("hint"), .id("h-\(key)"), .text($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("e-\(key)"), .text($0)) },
            .element(
                named: "textarea",
                nodes: [
                    .attribute(named: "id", value: "f-\(key)"), .attribute(named: "name", value: name),
                    .attribute(named: "rows", value: "3"),
                    .attribute(named: "aria-invalid", value: error != nil ? "true" : nil),
                    .attribute(named: "aria-describedby", value: described.isEmpty ? nil : described.joined(separator: " ")),
                    .text(value),
                ])
        )
    }

    static func selectField(_ f: Field, options: [(value: String, label: String)]) -> BodyNode {
        .div(
            .class(f.error == nil ? "field" : "field has-error"),
            .label(.for("f-\(f.key)"), .text(f.label), .if(f.required, .span(.class("required"), .text(" *")))),
            .unwrap(f.hint) { .p(.class("hint"), .id("h-\(f.key)"), .text($0)) },
            .unwrap(f.error) { .p(.class("field-error"), .id("e-\(f.key)"), .text($0)) },
            .element(
                named: "select",
                nodes: [
                    .attribute(named: "id", value: "f-\(f.key)"),
                    .attribute(named: "name", value: f.name),
                    .attribute(named: "aria-invalid", value: f.error != nil ? "true" : nil),
                    optionList(options, selected: f.value),
                ])
        )
    }

    /// A picker's options, written straight as HTML: a unit picker holds hundreds of them (BENCHMARKS.md).
    static func optionList(_ options: [(value: String, label: String)], selected: String) -> BodyNode {
        var html = HTMLWriter(capacity: options.count * 64)
        for option in options {
            html.startTag("option")
            html.attribute("value", option.value, keepEmpty: true)
            if option.value == selected { html.attribute("selected", "selected") }
            html.endTag()
            html.text(option.label)
            html.close("option")
        }
        return html.node()
    }

    static func emptyState(title: String, text: String, action: BodyNode? = nil) -> BodyNode {
        .div(
            .class("empty-state"),
            .h2(.text(title)),
            .p(.text(text)),
            .unwrap(action) { $0 }
        )
    }

    /// The filters a list is showing, one removable chip each ("Văn bản: 12/QĐ-UBND ×"), and a link clearing them
    /// all: a filter set by a link from another page is seen and can be taken off.
    static func filterChips(_ t: Localizer, _ chips: [(label: String, remove: String)], clear: String) -> BodyNode {
        guard !chips.isEmpty else { return .empty }
        return .div(
            .class("filter-chips"), .ariaLabel(t(T.filterActive)),
            .ul(
                .forEach(chips) { chip in
                    .li(
                        .span(.text(chip.label)),
                        .a(.href(chip.remove), .ariaLabel(t(T.filterRemove, chip.label)), .text("×")))
                }),
            .if(chips.count > 1, .a(.class("clear-filters"), .href(clear), .text(t(T.filterClearAll))))
        )
    }

    /// "Trang 2/7 · 1–50 của 312" with previous/next links that keep the other query parameters.
    static func pager(_ t: Localizer, page: Int, per: Int, total: Int, path: String, query: [(String, String)]) -> BodyNode {
        let pages = PageWindow.lastPage(total: total, per: per)
        let shown = PageWindow(page: page, per: per).shown(of: total)
        func link(_ target: Int) -> String {
            let items = query.filter { !$0.1.isEmpty && $0.0 != "page" } + [("page", String(target))]
            return path + "?" + items.map { "\($0.0)=\($0.1.urlQueryEscaped)" }.joined(separator: "&")
        }
        let first = shown?.lowerBound ?? 0
        let last = shown?.upperBound ?? 0
        return .nav(
            .class("pager"), .ariaLabel(t(T.pagerLabel)),
            .if(page > 1, .a(.href(link(page - 1)), .attribute(named: "rel", value: "prev"), .text("← " + t(T.pagerPrevious)))),
            .span(.text(t(T.pagerStatus, String(page), String(pages), String(first), String(last), String(total)))),
            .if(page < pages, .a(.href(link(page + 1)), .attribute(named: "rel", value: "next"), .text(t(T.pagerNext) + " →")))
        )
    }

    /// Who entered a record, for a column headed "Người nhập": the person (their full name from `names`, by account
    /// id; the account name kept with the record when the account is gone), or — for a record an import wrote, which
    /// names no one — that it came from a file.
    static func enteredBy(actorID: UUID?, actorName: String, names: [UUID: String], _ t: Localizer) -> String {
        guard let actorID else { return t(T.enteredByImport) }
        return names[actorID] ?? actorName
    }

    /// "ghi ngày 20/11/2026 bởi Trần Văn Bình": who recorded a step, by their full name (`names`, by user id) rather
    /// than the account name kept with the step; a step written by an import names no one.
    static func recordedBy(_ date: String, actorID: UUID?, actorName: String, names: [UUID: String], _ t: Localizer)
        -> String
    {
        guard let actorID else { return t(T.recordedOnImported, date) }
        return t(T.recordedOnBy, date, names[actorID] ?? actorName)
    }
}

extension Node where Context: HTML.BodyContext {
    /// A box that may scroll (a wide table or chart on a phone) takes the keyboard's focus, so that it can be
    /// scrolled without a mouse (WCAG 2.1.1; axe's scrollable-region-focusable).
    static var keyboardScrollable: Node { .attribute(named: "tabindex", value: "0") }
}
