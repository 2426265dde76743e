import DieuHanhCore
import Plot
import Vapor

/// `/reports/review/drafts/{id}/outline`: the sections as rows (order, title, level, remove), a row to add one,
/// Nơi nhận, and whether to keep all of it for the next report.
enum ReviewOutlinePage {
    static func response(
        _ ctx: PageContext, draft: ReviewDraft, form: ReviewDraftsController.OutlineForm, errors: [FieldError],
        status: HTTPStatus = .ok
    ) -> Response {
        let t = ctx.t
        let base = "/reports/review/drafts/\(draft.id!)"
        let levels = [(value: "1", label: t(T.reviewOutlinePart)), (value: "2", label: t(T.reviewOutlinePoint))]
        return Layout.response(
            ctx, title: t(T.reviewDraftEditOutline), section: .reports, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href(base), .text(t(T.reviewDraftBack)))),
                Components.pageHeader(t(T.reviewDraftEditOutline), lead: t(T.reviewOutlineLead)),
                Components.errorSummary(errors, t),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: base + "/outline"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    Components.csrfField(ctx),
                    .input(.type(.hidden), .name("version"), .value(form.version)),
                    .unwrap(errors.message(for: "version")) { .p(.class("field-error"), .id("f-version"), .text($0)) },
                    .forEach(Array(form.rows.enumerated())) { i, row in
                        Components.fieldset(
                            .class("outline-row"),
                            .input(.type(.hidden), .name("key_\(i)"), .value(row.key)),
                            .div(
                                .class("grid-3"),
                                Components.textField(
                                    .init(
                                        name: "position_\(i)", label: t(T.reviewOutlinePosition), value: row.position,
                                        inputMode: "numeric", error: errors.message(for: "position_\(i)"))),
                                Components.selectField(
                                    .init(
                                        name: "level_\(i)", label: t(T.reviewOutlineLevel), value: row.level,
                                        error: errors.message(for: "level_\(i)")), options: levels),
                                .div(
                                    .class("field checkbox"),
                                    .input(
                                        .type(.checkbox), .name("remove_\(i)"), .id("f-remove_\(i)"), .value("1"),
                                        .attribute(named: "checked", value: row.remove ? "checked" : nil)),
                                    .label(.for("f-remove_\(i)"), .text(t(T.reviewOutlineRemove))))),
                            Components.textField(
                                .init(
                                    name: "title_\(i)", label: t(T.reviewOutlineTitle, String(i + 1)), value: row.title,
                                    required: true, error: errors.message(for: "title_\(i)"))))
                    },
                    Components.fieldset(
                        .class("outline-row"),
                        .element(named: "legend", text: t(T.reviewOutlineAdd)),
                        .div(
                            .class("grid-3"),
                            Components.textField(
                                .init(
                                    name: "new_position", label: t(T.reviewOutlinePosition), value: form.newPosition,
                                    inputMode: "numeric")),
                            Components.selectField(
                                .init(name: "new_level", label: t(T.reviewOutlineLevel), value: form.newLevel), options: levels)),
                        Components.textField(
                            .init(
                                name: "new_title", label: t(T.reviewOutlineTitle, String(form.rows.count + 1)),
                                value: form.newTitle))),
                    Components.textArea(
                        name: "recipients", label: t(T.reviewRecipients), value: form.recipients,
                        hint: t(T.reviewRecipientsHint), error: errors.message(for: "recipients")),
                    .div(
                        .class("field checkbox"),
                        .input(
                            .type(.checkbox), .name("as_default"), .id("f-as_default"), .value("1"),
                            .attribute(named: "checked", value: form.asDefault ? "checked" : nil)),
                        .label(.for("f-as_default"), .text(t(T.reviewOutlineDefault)))),
                    .div(
                        .class("form-actions"),
                        .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))),
                        .a(.class("button"), .href(base), .text(t(T.actionCancel))))),
            ])
    }
}
