import DieuHanhCore
import Plot
import Vapor

/// `/reports/review/drafts/{id}/issue`: number, date, signer and authority, Nơi nhận; issuing freezes the report.
enum ReviewIssuePage {
    static func response(
        _ ctx: PageContext, draft: ReviewDraft, form: ReviewIssueForm, errors: [FieldError], status: HTTPStatus = .ok
    ) -> Response {
        let t = ctx.t
        let base = "/reports/review/drafts/\(draft.id!)"
        return Layout.response(
            ctx, title: t(T.reviewDraftIssue), section: .reports, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href(base), .text(t(T.reviewDraftBack)))),
                Components.pageHeader(t(T.reviewDraftIssue), lead: t(T.reviewIssueLead)),
                Components.errorSummary(errors, t),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: base + "/issue"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    Components.csrfField(ctx),
                    .input(.type(.hidden), .name("version"), .value(form.version ?? "")),
                    .div(
                        .class("grid-2"),
                        Components.textField(
                            .init(
                                name: "notation", label: t(T.reviewIssueNotation), value: form.notation ?? "", required: true,
                                hint: t(T.reviewIssueNotationHint), error: errors.message(for: "notation"))),
                        Components.textField(
                            .init(
                                name: "date", label: t(T.reviewIssueDate), value: form.date ?? "", required: true,
                                hint: t(T.dateHint), inputMode: "numeric", error: errors.message(for: "date")))),
                    Components.selectField(
                        .init(
                            name: "authority", label: t(T.reviewIssueAuthority), value: form.authority ?? "", required: true,
                            error: errors.message(for: "authority")),
                        options: ReviewDraftLabels.authorityOptions(t)),
                    .div(
                        .class("grid-2"),
                        Components.textField(
                            .init(
                                name: "signer_title", label: t(T.reviewIssueSignerTitle), value: form.signer_title ?? "",
                                required: true, error: errors.message(for: "signer_title"))),
                        Components.textField(
                            .init(
                                name: "signer", label: t(T.reviewIssueSigner), value: form.signer ?? "", required: true,
                                error: errors.message(for: "signer")))),
                    Components.textArea(
                        name: "recipients", label: t(T.reviewRecipients), value: form.recipients ?? "", required: true,
                        hint: t(T.reviewRecipientsHint), error: errors.message(for: "recipients")),
                    .div(
                        .class("form-actions"),
                        .button(
                            .class("button primary"), .type(.submit), .data(named: "confirm", value: t(T.reviewIssueLead)),
                            .text(t(T.reviewIssueConfirm))),
                        .a(.class("button"), .href(base), .text(t(T.actionCancel))))),
            ])
    }
}
