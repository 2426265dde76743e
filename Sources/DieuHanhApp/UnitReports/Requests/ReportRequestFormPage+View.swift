import DieuHanhCore
import Plot
import Vapor

/// The recipients picker shared by the request and regime forms: whole kinds of unit, or units one by one.
enum ReportRecipientsField {
    static func view(_ ctx: PageContext, units: [OrgUnit], kinds: [String], picked: [String], error: String?) -> BodyNode {
        let t = ctx.t
        let grouped = ReportRecipientSpec.addressableKinds.map { kind in (kind, units.filter { $0.unitKind == kind }) }
            .filter { !$0.1.isEmpty }
        return Components.fieldset(
            .attribute(named: "id", value: "f-recipients"),
            .element(named: "legend", text: t(T.reportFieldRecipients)),
            .p(.class("hint"), .text(t(T.reportRecipientsHint))),
            .unwrap(error) { .p(.class("field-error"), .text($0)) },
            .div(
                .class("grid-3"),
                .forEach(grouped) { kind, members in
                    checkbox(
                        name: "recipient_kinds[]", value: kind.rawValue, id: "kind-\(kind.rawValue)",
                        label: t(T.reportRecipientsAllOfKind, Labels.unitKind(kind, t)) + " (" + VNFormat.integer(members.count)
                            + ")",
                        checked: kinds.contains(kind.rawValue), strong: true)
                }),
            .forEach(grouped) { kind, members in
                .element(
                    named: "details",
                    nodes: [
                        .element(named: "summary", text: t(T.reportRecipientsPick, Labels.unitKind(kind, t))),
                        .div(
                            .class("grid-3"),
                            .forEach(members) { unit in
                                checkbox(
                                    name: "recipient_units[]", value: unit.id!.uuidString, id: "unit-\(unit.id!)",
                                    label: unit.name,
                                    checked: picked.contains(unit.id!.uuidString), strong: false)
                            }),
                    ])
            }
        )
    }

    private static func checkbox(name: String, value: String, id: String, label: String, checked: Bool, strong: Bool) -> BodyNode
    {
        .div(
            .class("field checkbox"),
            .input(
                .type(.checkbox), .id(id), .name(name), .value(value),
                .attribute(named: "checked", value: checked ? "checked" : nil)),
            .label(.for(id), strong ? .strong(.text(label)) : .text(label)))
    }
}

/// `/reports/requests/new`: a thematic or ad hoc request (seed 000: letter 4049/UBND-TH to every department and
/// district, due 23/10/2020).
enum ReportRequestFormPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        let f = model.form
        let kinds = [ReportRequest.Kind.adHoc, .thematic].map { (value: $0.rawValue, label: Labels.reportKind($0, t)) }
        return Layout.response(
            ctx, title: t(T.reportNew), section: .reports, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/reports/requests"), .text(t(T.reportRequestsTitle)))),
                Components.pageHeader(t(T.reportNew), lead: t(T.reportNewLead)),
                Components.errorSummary(model.errors, t),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/reports/requests"),
                    .attribute(named: "enctype", value: "multipart/form-data"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    Components.csrfField(ctx),
                    .unwrap(f.review_draft) { .input(.type(.hidden), .name("review_draft"), .value($0)) },
                    Components.fieldset(
                        .element(named: "legend", text: t(T.reportLegendRequest)),
                        .div(
                            .class("grid-2"),
                            Components.selectField(
                                .init(
                                    name: "kind", label: t(T.reportFieldKind), value: f.kind ?? "ad_hoc",
                                    error: model.errors.message(for: "kind")), options: kinds),
                            Components.selectField(
                                .init(
                                    name: "requester_id", label: t(T.reportFieldRequester), value: f.requester_id ?? "",
                                    required: true, error: model.errors.message(for: "requester_id")),
                                options: [(value: "", label: "—")]
                                    + model.requesters.map { (value: $0.id!.uuidString, label: $0.name) })),
                        Components.textField(
                            .init(
                                name: "title", label: t(T.reportFieldTitle), value: f.title ?? "", required: true,
                                hint: t(T.reportTitleHint), error: model.errors.message(for: "title"))),
                        .div(
                            .class("grid-2"),
                            Components.textField(
                                .init(
                                    name: "notation", label: t(T.reportFieldNotation), value: f.notation ?? "",
                                    hint: t(T.reportNotationHint), error: model.errors.message(for: "notation"))),
                            Components.textField(
                                .init(
                                    name: "document_date", label: t(T.reportFieldDocumentDate), value: f.document_date ?? "",
                                    hint: t(T.reportDocumentDateHint), error: model.errors.message(for: "document_date"))))
                    ),
                    Components.fieldset(
                        .element(named: "legend", text: t(T.reportLegendPeriod)),
                        .div(
                            .class("grid-3"),
                            Components.textField(
                                .init(
                                    name: "period_label", label: t(T.reportFieldPeriod), value: f.period_label ?? "",
                                    hint: t(T.reportPeriodHint), error: model.errors.message(for: "period_label"))),
                            Components.textField(
                                .init(
                                    name: "cut_off", label: t(T.reportFieldCutOff), value: f.cut_off ?? "",
                                    hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "cut_off"))),
                            Components.textField(
                                .init(
                                    name: "deadline", label: t(T.reportFieldDeadline), value: f.deadline ?? "", required: true,
                                    hint: t(T.reportDeadlineHint), error: model.errors.message(for: "deadline"))))
                    ),
                    ReportRecipientsField.view(
                        ctx, units: model.units, kinds: f.recipient_kinds ?? [], picked: f.recipient_units ?? [],
                        error: model.errors.message(for: "recipients")),
                    Components.fieldset(
                        .element(named: "legend", text: t(T.reportFieldOutline)),
                        ReportSubmissionPage.bigTextArea(
                            name: "outline", label: t(T.reportFieldOutline), hint: t(T.reportOutlineHint),
                            value: f.outline ?? "", error: model.errors.message(for: "outline")),
                        Components.fileField(
                            id: "files-request", label: t(T.reportForms), hint: t(T.attachmentHint),
                            error: model.errors.message(for: "files"))
                    ),
                    .div(
                        .class("form-actions"),
                        .button(.class("button primary"), .type(.submit), .text(t(T.reportSend))),
                        Components.linkButton(t(T.actionCancel), href: "/reports/requests"))
                ),
            ])
    }
}
