import DieuHanhCore
import Plot
import Vapor

/// `/tasks/urging/{id}`: the letter — its text to edit while a draft, the tasks it lists, the DOCX, and issuing
/// with a number and date; once issued, the letter as issued.
enum UrgingDraftPage {
    /// The draft's own text, as the form starts from it.
    static func form(_ urging: Urging) -> UrgingForm {
        UrgingForm(
            summary: urging.summary, addressees: urging.addresseesText, opening: urging.opening, request: urging.request,
            report_by: VNFormat.date(urging.reportByDate), signer: urging.signer, signer_title: urging.signerTitle,
            authority: urging.authority, recipients: urging.recipientsText, notation: urging.notation,
            date: urging.issuedDate.map(VNFormat.date), version: String(urging.version))
    }

    static func response(
        _ ctx: PageContext, urging: Urging, lines: [UrgingLine], form: UrgingForm, errors: [FieldError],
        status: HTTPStatus = .ok
    ) -> Response {
        let t = ctx.t
        let base = "/tasks/urging/\(urging.id!)"
        return Layout.response(
            ctx, title: UrgingListPage.title(urging, t), section: .tasks, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/tasks/urging"), .text(t(T.urgingBack)))),
                Components.pageHeader(
                    UrgingListPage.title(urging, t),
                    lead: t(T.urgingListItem, VNFormat.count(lines.count), VNFormat.date(urging.cutOff)),
                    actions: [Components.linkButton(t(T.urgingDownload), href: base + "/letter.docx")]),
                .unwrap(urging.notation) { notation in
                    .p(
                        .class("notice"),
                        .text(t(T.urgingIssuedAs, notation, urging.issuedDate.map(VNFormat.date) ?? "")),
                        .unwrap(urging.documentID) { id in
                            .group(.text(" "), .a(.href("/documents/\(id)"), .text(t(T.fieldDocument))))
                        })
                },
                Components.errorSummary(errors, t),
                urging.isIssued ? issued(ctx, urging, lines) : editor(ctx, urging, lines, form: form, errors: errors),
            ])
    }

    private static func issued(_ ctx: PageContext, _ urging: Urging, _ lines: [UrgingLine]) -> BodyNode {
        let t = ctx.t
        return .group(
            .dl(
                .class("facts"),
                .dt(.text(t(T.urgingSummary))), .dd(.text(urging.summary)),
                .dt(.text(t(T.urgingAddressees))), .dd(.text(urging.addressees.joined(separator: " "))),
                .dt(.text(t(T.reviewIssueSigner))),
                .dd(.text([urging.signerTitle, urging.signer].compactMap { $0 }.joined(separator: " "))),
            ),
            .p(.text(urging.opening)),
            table(ctx, lines),
            .p(.text(UrgingText.closing(urging.request, reportBy: urging.reportByDate))))
    }

    private static func editor(
        _ ctx: PageContext, _ urging: Urging, _ lines: [UrgingLine], form: UrgingForm, errors: [FieldError]
    ) -> BodyNode {
        let t = ctx.t
        func area(_ name: String, _ label: L, _ value: String?, hint: String? = nil, required: Bool = true) -> BodyNode {
            Components.textArea(
                name: name, label: t(label), value: value ?? "", required: required, hint: hint,
                error: errors.message(for: name))
        }
        return Components.form(
            .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/tasks/urging/\(urging.id!)"),
            .attribute(named: "novalidate", value: "novalidate"),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(form.version ?? String(urging.version))),
            Components.textField(
                .init(
                    name: "summary", label: t(T.urgingSummary), value: form.summary ?? "", required: true,
                    error: errors.message(for: "summary"))),
            area("addressees", T.urgingAddressees, form.addressees, hint: t(T.urgingLinesHint)),
            area("opening", T.urgingOpening, form.opening),
            .h2(.text(t(T.urgingListHeading, VNFormat.integer(lines.count)))),
            table(ctx, lines),
            area("request", T.urgingRequest, form.request, hint: t(T.urgingRequestHint)),
            Components.textField(
                .init(
                    name: "report_by", label: t(T.urgingReportBy), value: form.report_by ?? "", required: true,
                    hint: t(T.dateHint), inputMode: "numeric", error: errors.message(for: "report_by"))),
            Components.selectField(
                .init(
                    name: "authority", label: t(T.reviewIssueAuthority), value: form.authority ?? "",
                    error: errors.message(for: "authority")),
                options: ReviewDraftLabels.authorityOptions(t)),
            .div(
                .class("grid-2"),
                Components.textField(
                    .init(
                        name: "signer_title", label: t(T.reviewIssueSignerTitle), value: form.signer_title ?? "",
                        error: errors.message(for: "signer_title"))),
                Components.textField(
                    .init(
                        name: "signer", label: t(T.reviewIssueSigner), value: form.signer ?? "",
                        error: errors.message(for: "signer")))),
            area("recipients", T.reviewRecipients, form.recipients, hint: t(T.urgingLinesHint), required: false),
            .div(
                .class("form-actions"),
                .button(.class("button"), .type(.submit), .name("action"), .value("save"), .text(t(T.urgingSaveDraft)))),
            .h2(.text(t(T.urgingIssueHeading))),
            .p(.class("hint"), .text(t(T.urgingIssueLead))),
            .div(
                .class("grid-2"),
                Components.textField(
                    .init(
                        name: "notation", label: t(T.urgingNotation), value: form.notation ?? "", required: true,
                        hint: t(T.urgingNotationHint), error: errors.message(for: "notation"))),
                Components.textField(
                    .init(
                        name: "date", label: t(T.reviewIssueDate), value: form.date ?? "", required: true,
                        hint: t(T.dateHint), inputMode: "numeric", error: errors.message(for: "date")))),
            .div(
                .class("form-actions"),
                .button(
                    .class("button primary"), .type(.submit), .name("action"), .value("issue"),
                    .data(named: "confirm", value: t(T.urgingIssueLead)), .text(t(T.reviewIssueConfirm)))))
    }

    /// The letter's list: TT, document, content, lead unit, deadline, days overdue; cards on a phone.
    static func table(_ ctx: PageContext, _ lines: [UrgingLine]) -> BodyNode {
        let columns = UrgingText.columns
        return .div(
            .class("table-wrap"), .keyboardScrollable,
            .table(
                .class("data card-rows"),
                .thead(.tr(.forEach(columns) { .th(.text($0)) })),
                .tbody(
                    .forEach(Array(lines.enumerated())) { index, line in
                        .tr(
                            .td(.data(named: "label", value: columns[0]), .text(String(index + 1))),
                            .td(.data(named: "label", value: columns[1]), .text(line.document)),
                            .td(
                                .data(named: "label", value: columns[2]), .a(.href("/tasks/\(line.taskID)"), .text(line.content))),
                            .td(.data(named: "label", value: columns[3]), .text(line.unit)),
                            .td(.data(named: "label", value: columns[4]), .text(line.deadline.map(VNFormat.date) ?? "")),
                            .td(.data(named: "label", value: columns[5]), .text(line.daysOverdue.map(VNFormat.integer) ?? "")))
                    })))
    }
}
