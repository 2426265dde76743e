import DieuHanhCore
import Plot
import Vapor

/// One directive document: its particulars, its files (the office attaches the signed text) and a way to its tasks.
enum DocumentPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        let doc = model.document
        return Layout.response(
            ctx, title: doc.notation, section: .tasks, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/documents"), .text(t(T.docsTitle)))),
                Components.pageHeader(
                    doc.notation, lead: doc.summary,
                    actions: [
                        Components.linkButton(
                            t(T.tasksTitle) + " (" + VNFormat.integer(model.taskCount) + ")",
                            href: "/tasks?document=\(doc.id!)", primary: true)
                    ]),
                .dl(
                    .class("facts"),
                    .dt(.text(t(T.fieldNotation))), .dd(.text(doc.notation)),
                    .dt(.text(t(T.fieldIssuedOn))), .dd(.text(VNFormat.date(doc.issuedDate))),
                    .dt(.text(t(T.fieldIssuer))), .dd(.text(model.issuerName ?? "—")),
                    .dt(.text(t(T.fieldSigner))), .dd(.text(doc.signer ?? "—")),
                    .dt(.text(t(T.fieldSummary))), .dd(.text(doc.summary))
                ),
                .section(
                    .h2(.text(t(T.documentAttachments))),
                    model.attachments.isEmpty
                        ? .p(.class("muted"), .text(t(T.documentNoAttachments)))
                        : Components.attachmentList(model.attachments),
                    .if(
                        model.canAttach,
                        Components.form(
                            .attribute(named: "method", value: "post"),
                            .attribute(named: "action", value: "/documents/\(doc.id!)/attachments"),
                            .attribute(named: "enctype", value: "multipart/form-data"),
                            Components.errorSummary(model.errors, t),
                            Components.csrfField(ctx),
                            Components.fileField(
                                id: "files-document", label: t(T.fieldAttachments), hint: t(T.attachmentHint),
                                error: model.errors.message(for: "files")),
                            .button(.class("button primary"), .type(.submit), .text(t(T.attachmentAdd)))
                        ))
                ),
            ])
    }
}
