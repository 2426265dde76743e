import DieuHanhCore
import Plot
import Vapor

/// `/reports/review/drafts/{id}/sections/{key}`: one section — its figures as of the cut-off, the office's editor
/// (or the text, for readers), and the comments. After a conflict the text now saved shows above the editor,
/// which keeps what was typed.
enum ReviewSectionPage {
    struct Model {
        var content: ReviewDraftContent
        var section: ReviewOutlineSection
        var report: ReviewReport?
        /// What the writer typed, when it comes back refused.
        var typed: String?
        var comment: String
        var names: [UUID: String]
        /// The units' texts for this section, from the request tied to the draft.
        var parts: [ReviewContributionsService.Part]
        var errors: [FieldError]
    }

    static func response(_ ctx: PageContext, model m: Model, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        let draft = m.content.draft
        let base = "/reports/review/drafts/\(draft.id!)"
        let key = m.section.key
        let index = draft.outline.sections.firstIndex { $0.key == key } ?? 0
        let heading = draft.outline.headings[index]
        let canWrite = ctx.role?.canManageTrackingData == true && !draft.isIssued
        let current = m.content.text(key)
        let figures = m.report.map { report in m.section.figures.flatMap { report.paragraphs($0) } } ?? []
        return Layout.response(
            ctx, title: heading, section: .reports, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href(base), .text(t(T.reviewDraftBack)))),
                Components.pageHeader(heading, lead: t(T.reviewDraftHeading, draft.period.label)),
                Components.errorSummary(m.errors, t),
                .if(
                    !figures.isEmpty,
                    .section(
                        .class("figure-block"), .h2(.text(t(T.reviewDraftFigures))),
                        .p(.class("hint"), .text(t(T.reviewDraftFiguresNote, VNFormat.date(draft.cutOff)))),
                        .forEach(figures) { .p(.class("body figure-text"), .text($0)) })),
                .if(
                    m.typed != nil && m.errors.contains { $0.field == "text" } && status == .conflict,
                    .section(
                        .class("theirs"), .h2(.text(t(T.reviewDraftTheirs))),
                        .div(.class("report-text"), ReviewReportHTML.writtenNodes(current, prefix: "da-luu")),
                        .h3(.text(t(T.reviewDraftYoursAgainstTheirs))),
                        TextDiffHTML.node(old: current, new: m.typed ?? "", t: t))),
                canWrite
                    ? editor(ctx, m, base: base, current: current)
                    : .div(.class("report-text"), ReviewReportHTML.writtenNodes(current, prefix: key)),
                .p(.a(.href(base + "/sections/\(key)/history"), .text(t(T.reviewDraftHistory)))),
                parts(ctx, m, base: base, canWrite: canWrite),
                comments(ctx, m, base: base),
            ])
    }

    private static func editor(_ ctx: PageContext, _ m: Model, base: String, current: String) -> BodyNode {
        let t = ctx.t
        return Components.form(
            .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: base + "/sections/\(m.section.key)"),
            .attribute(named: "novalidate", value: "novalidate"),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(String(m.content.draft.version))),
            .div(
                .class("editor"),
                Components.textArea(
                    name: "text", label: t(T.reviewDraftText), value: m.typed ?? current, hint: t(T.reviewDraftTextHint),
                    error: m.errors.message(for: "text"))),
            .div(
                .class("form-actions"),
                .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))),
                .a(.class("button"), .href(base), .text(t(T.actionCancel))))
        )
    }

    /// Every unit's text for the section, marked with the unit; the office takes what it keeps into its own.
    private static func parts(_ ctx: PageContext, _ m: Model, base: String, canWrite: Bool) -> BodyNode {
        let t = ctx.t
        guard m.content.draft.requestID != nil else { return .empty }
        return .section(
            .id("don-vi"),
            .h2(.text(t(T.reviewParts))),
            m.parts.isEmpty
                ? .p(.class("muted"), .text(t(T.reviewPartsEmpty)))
                : .ul(
                    .class("comments"),
                    .forEach(m.parts) { part in
                        .li(
                            .class("comment"),
                            .p(.strong(.text(part.unitName))),
                            .div(
                                .class("report-text"),
                                ReviewReportHTML.writtenNodes(part.text, prefix: "dv-" + part.unitID.uuidString.lowercased())),
                            .if(
                                canWrite,
                                Components.form(
                                    .class("inline"), .attribute(named: "method", value: "post"),
                                    .attribute(named: "action", value: base + "/sections/\(m.section.key)/take"),
                                    Components.csrfField(ctx),
                                    .input(.type(.hidden), .name("unit"), .value(part.unitID.uuidString)),
                                    .button(.class("button"), .type(.submit), .text(t(T.reviewPartTake))))))
                    }),
            .p(
                .a(.href("/reports/requests/\(m.content.draft.requestID!)"), .text(t(T.reviewPartsRequest)))))
    }

    private static func comments(_ ctx: PageContext, _ m: Model, base: String) -> BodyNode {
        let t = ctx.t
        let draft = m.content.draft
        let list = m.content.comments.filter { $0.key == m.section.key }
        let canComment = ctx.role?.canCommentOnReviewDrafts == true && !draft.isIssued
        let canResolve = ctx.role?.canManageTrackingData == true && !draft.isIssued
        return .section(
            .id("gop-y"),
            .h2(.text(t(T.reviewComments))),
            list.isEmpty
                ? .p(.class("muted"), .text(t(T.reviewCommentsEmpty)))
                : .ul(
                    .class("comments"),
                    .forEach(list) { comment in
                        .li(
                            .class(comment.isResolved ? "comment resolved" : "comment"),
                            .p(
                                .class("muted"),
                                .text(
                                    (comment.authorID.flatMap { m.names[$0] } ?? "—") + ", "
                                        + VNFormat.dateTime(comment.createdAt))),
                            .p(.text(comment.text)),
                            .unwrap(comment.resolvedAt) { at in
                                .p(
                                    .class("muted"),
                                    .text(
                                        t(
                                            T.reviewCommentResolvedBy, comment.resolvedBy.flatMap { m.names[$0] } ?? "—",
                                            VNFormat.dateTime(at))))
                            },
                            .if(
                                canResolve && !comment.isResolved,
                                Components.postButton(
                                    ctx, label: t(T.reviewCommentResolve), action: base + "/comments/\(comment.id!)/resolve")))
                    }),
            .if(
                canComment,
                Components.form(
                    .attribute(named: "method", value: "post"),
                    .attribute(named: "action", value: base + "/sections/\(m.section.key)/comments"),
                    .attribute(named: "novalidate", value: "novalidate"),
                    Components.csrfField(ctx),
                    Components.textArea(
                        name: "comment", label: t(T.reviewComment), value: m.comment, error: m.errors.message(for: "comment")),
                    .button(.class("button"), .type(.submit), .text(t(T.reviewCommentSend)))))
        )
    }
}
