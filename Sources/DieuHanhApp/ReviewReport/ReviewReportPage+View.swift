import DieuHanhCore
import Plot
import Vapor

/// Choose period and cut-off; read the report; download it.
enum ReviewReportPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.reviewTitle), section: .reports, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/reports"), .text(t(T.reportsTitle)))),
                Components.pageHeader(
                    t(T.reviewTitle), lead: t(T.reviewLead),
                    actions: [Components.linkButton(t(T.reviewDraftsTitle), href: "/reports/review/drafts")]),
                Components.errorSummary(model.errors, t),
                form(ctx, model),
                .unwrap(model.report) { report in
                    .group(
                        .div(
                            .class("actions"),
                            .group(
                                ReviewReportRequest.Format.allCases.map { format in
                                    Components.linkButton(
                                        t(T.reviewDownload) + " " + format.rawValue.uppercased(),
                                        href: "/reports/review.\(format.rawValue)?" + query(model), primary: format == .docx)
                                }),
                            .if(ctx.role?.canManageTrackingData == true, startDraft(ctx, model)),
                            // The office adds the documents and meetings that only the e-office system holds.
                            .if(
                                ctx.role?.canManageTrackingData ?? false,
                                Components.linkButton(t(T.countsLink), href: "/reports/review/counts?" + query(model)))),
                        ReviewReportHTML.sheet(report)
                    )
                },
            ])
    }

    /// The office starts writing this period's report from what it reads.
    private static func startDraft(_ ctx: PageContext, _ model: Model) -> BodyNode {
        guard let request = model.request else { return .empty }
        return Components.form(
            .class("inline"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/reports/review/drafts"),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("from"), .value(VNFormat.date(request.period.from))),
            .input(.type(.hidden), .name("to"), .value(VNFormat.date(request.period.to))),
            .input(.type(.hidden), .name("as_of"), .value(VNFormat.date(request.asOf))),
            .button(.class("button"), .type(.submit), .text(ctx.t(T.reviewDraftWrite))))
    }

    static func query(_ model: Model) -> String {
        guard let request = model.request else { return "" }
        return "from=\(request.period.from.iso)&to=\(request.period.to.iso)&as_of=\(request.asOf.iso)"
    }

    private static func form(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let q = model.query
        let options = [(value: "", label: "—")] + model.periods.map { (value: $0.code, label: $0.label) }
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/reports/review"),
            Components.selectField(
                .init(
                    name: "period", label: t(T.fieldPeriod), value: q.period ?? "",
                    error: model.errors.message(for: "period")), options: options),
            Components.textField(
                .init(
                    name: "from", label: t(T.fieldPeriodFrom), value: q.from ?? "", hint: t(T.dateHint), inputMode: "numeric",
                    error: model.errors.message(for: "from"))),
            Components.textField(
                .init(name: "to", label: t(T.fieldPeriodTo), value: q.to ?? "", error: model.errors.message(for: "to"))),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: q.as_of ?? "", hint: t(T.reviewCutOffHint),
                    error: model.errors.message(for: "as_of"))),
            .button(.class("button primary"), .type(.submit), .text(t(T.reviewShow)))
        )
    }
}
