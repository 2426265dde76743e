import DieuHanhCore
import Fluent
import Plot
import Vapor

/// `/reports/review/drafts`: the reports being written and issued, newest period first, and the form that starts
/// one for a period and cut-off.
enum ReviewDraftsListPage {
    static func response(
        _ ctx: PageContext, drafts: Page<ReviewDraft>, periods: [ReportPeriodChoice], form: [String: String],
        errors: [FieldError], status: HTTPStatus = .ok
    ) -> Response {
        let t = ctx.t
        let canWrite = ctx.role?.canManageTrackingData == true
        return Layout.response(
            ctx, title: t(T.reviewDraftsTitle), section: .reports, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/reports"), .text(t(T.reportsTitle)))),
                Components.pageHeader(t(T.reviewDraftsTitle), lead: t(T.reviewDraftsLead)),
                Components.errorSummary(errors, t),
                .if(canWrite, startForm(ctx, periods: periods, form: form, errors: errors)),
                drafts.items.isEmpty
                    ? Components.emptyState(title: t(T.reviewDraftsEmptyTitle), text: t(T.reviewDraftsEmptyText))
                    : .ul(
                        .class("draft-list"),
                        .forEach(drafts.items) { draft in
                            .li(
                                .a(.href("/reports/review/drafts/\(draft.id!)"), .strong(.text(title(draft, t)))),
                                .p(
                                    .class("muted"),
                                    .text(
                                        [
                                            t(T.reviewDraftCutOff) + " " + VNFormat.date(draft.cutOff),
                                            state(draft, t),
                                            draft.updatedAt.map { t(T.reviewDraftUpdated, VNFormat.dateTime($0)) } ?? "",
                                        ].filter { !$0.isEmpty }.joined(separator: " · "))))
                        }),
                Components.pager(
                    t, page: drafts.metadata.page, per: drafts.metadata.per, total: drafts.metadata.total,
                    path: "/reports/review/drafts", query: []),
            ])
    }

    /// "Báo cáo 6 tháng đầu năm 2021", or its number once issued.
    static func title(_ draft: ReviewDraft, _ t: Localizer) -> String {
        let heading = t(T.reviewDraftHeading, draft.period.label)
        return draft.notation.map { heading + " (số \($0))" } ?? heading
    }

    static func state(_ draft: ReviewDraft, _ t: Localizer) -> String {
        draft.isIssued
            ? t(T.reviewDraftStateIssued) + " " + (draft.issuedDate.map(VNFormat.date) ?? "")
            : t(T.reviewDraftStateDraft) + " · " + t(T.reviewDraftVersion, String(draft.version))
    }

    private static func startForm(
        _ ctx: PageContext, periods: [ReportPeriodChoice], form: [String: String], errors: [FieldError]
    ) -> BodyNode {
        let t = ctx.t
        let options = [(value: "", label: "—")] + periods.map { (value: $0.code, label: $0.label) }
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/reports/review/drafts"),
            Components.csrfField(ctx),
            Components.selectField(
                .init(name: "period", label: t(T.fieldPeriod), value: form["period"] ?? "", error: errors.message(for: "period")),
                options: options),
            Components.textField(
                .init(
                    name: "from", label: t(T.fieldPeriodFrom), value: form["from"] ?? "", hint: t(T.dateHint),
                    inputMode: "numeric", error: errors.message(for: "from"))),
            Components.textField(
                .init(
                    name: "to", label: t(T.fieldPeriodTo), value: form["to"] ?? "", inputMode: "numeric",
                    error: errors.message(for: "to"))),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: form["as_of"] ?? "", hint: t(T.reviewCutOffHint),
                    inputMode: "numeric", error: errors.message(for: "as_of"))),
            .button(.class("button primary"), .type(.submit), .text(t(T.reviewDraftStart)))
        )
    }
}
