import DieuHanhCore
import Plot
import Vapor

/// `/reports/review/drafts/{id}`: the draft at a glance — its outline with what is written and what leaders said
/// of each section, the actions, then the whole report as it will print (or as it was issued).
enum ReviewDraftPage {
    static func response(_ ctx: PageContext, content: ReviewDraftContent, report: ReviewReport?) -> Response {
        let t = ctx.t
        let draft = content.draft
        let base = "/reports/review/drafts/\(draft.id!)"
        let canWrite = ctx.role?.canManageTrackingData == true && !draft.isIssued
        let title = t(T.reviewDraftHeading, draft.period.label)
        let outline = draft.outline
        return Layout.response(
            ctx, title: title, section: .reports,
            content: [
                .p(
                    .class("breadcrumb"), .a(.href("/reports"), .text(t(T.reportsTitle))), .text(" › "),
                    .a(.href("/reports/review/drafts"), .text(t(T.reviewDraftsTitle)))),
                Components.pageHeader(
                    title,
                    lead: t(T.reviewDraftCutOff) + " " + VNFormat.date(draft.cutOff) + " · "
                        + ReviewDraftsListPage.state(draft, t),
                    actions: canWrite
                        ? [
                            draft.requestID.map {
                                Components.linkButton(t(T.reviewPartsRequest), href: "/reports/requests/\($0)")
                            }
                                ?? Components.linkButton(
                                    t(T.reviewAskUnits), href: "/reports/requests/new?review_draft=\(draft.id!)"),
                            Components.linkButton(t(T.reviewDraftEditOutline), href: base + "/outline"),
                            Components.linkButton(t(T.reviewDraftIssue), href: base + "/issue", primary: true),
                        ] : []),
                .if(
                    draft.isIssued,
                    .div(
                        .class("notice"),
                        .text(
                            t(
                                T.reviewDraftIssuedAs, draft.notation ?? "", draft.issuedDate.map(VNFormat.date) ?? "",
                                draft.signer ?? "")),
                        .if(
                            ctx.role?.canManageTrackingData == true,
                            .group(.text(" "), .a(.href(base + "/send-up"), .text(ctx.t(T.levelReviewSendLink))))))),
                .div(
                    .class("actions"),
                    .span(.class("muted"), .text(t(T.reviewDraftDownloads) + ": ")),
                    Components.linkButton("DOCX", href: base + "/report.docx"),
                    Components.linkButton("XLSX", href: base + "/report.xlsx"),
                    Components.linkButton(t(T.reviewDraftPackage), href: base + "/package.zip")),
                .h2(.text(t(T.reviewDraftOutline))),
                .ol(
                    .class("outline-list"),
                    .forEach(Array(zip(outline.headings, outline.sections))) { heading, section in
                        let text = content.text(section.key)
                        let open = content.openComments(section.key).count
                        let words = text.split(whereSeparator: \.isWhitespace).count
                        return .li(
                            .class(section.level <= 1 ? "outline-part" : "outline-point"),
                            .a(.href(base + "/sections/\(section.key)"), .text(heading)),
                            .p(
                                .class("muted"),
                                .text(
                                    [
                                        words == 0
                                            ? t(T.reviewDraftSectionEmpty)
                                            : t(T.reviewDraftSectionWritten, VNFormat.integer(words)),
                                        section.figures.isEmpty
                                            ? ""
                                            : t(
                                                T.reviewOutlineFigures,
                                                section.figures.map { ReviewDraftLabels.figure($0, t) }.joined(separator: ", ")),
                                        open == 0 ? "" : t(T.reviewDraftOpenComments, String(open)),
                                    ].filter { !$0.isEmpty }.joined(separator: " · "))))
                    }),
                .h2(.text(t(T.reviewDraftPreview))),
                .p(.class("hint"), .text(t(T.reviewDraftFiguresNote, VNFormat.date(draft.cutOff)))),
                draft.frozenSheet.map { BodyNode.raw($0) } ?? .unwrap(report) { ReviewReportHTML.sheet($0) },
            ])
    }
}
