import DieuHanhCore
import Plot
import Vapor

/// `/reports/review/drafts/{id}/sections/{key}/history`: every save of a section (who, when), one of them shown
/// with what it changed from the save before it.
enum ReviewSectionHistoryPage {
    static func response(
        _ ctx: PageContext, content: ReviewDraftContent, section: ReviewOutlineSection, versions: [ReviewSectionVersion],
        names: [UUID: String], chosen: ReviewSectionVersion?
    ) -> Response {
        let t = ctx.t
        let draft = content.draft
        let base = "/reports/review/drafts/\(draft.id!)/sections/\(section.key)"
        let previous = chosen.flatMap { c in versions.first { $0.draftVersion < c.draftVersion } }
        return Layout.response(
            ctx, title: t(T.reviewDraftHistory), section: .reports,
            content: [
                .p(.class("breadcrumb"), .a(.href(base), .text(section.title))),
                Components.pageHeader(t(T.reviewDraftHistory), lead: section.title),
                versions.isEmpty
                    ? .p(.class("muted"), .text(t(T.reviewDraftHistoryEmpty)))
                    : .ol(
                        .class("history"),
                        .forEach(versions) { version in
                            .li(
                                .a(
                                    .href(base + "/history?v=\(version.draftVersion)"),
                                    .attribute(
                                        named: "aria-current", value: version.draftVersion == chosen?.draftVersion ? "true" : nil),
                                    .text(
                                        t(
                                            T.reviewDraftHistoryBy, version.savedBy.flatMap { names[$0] } ?? "—",
                                            VNFormat.dateTime(version.savedAt)))))
                        }),
                .unwrap(chosen) { version in
                    .section(
                        .h2(.text(t(T.reviewDraftShowVersion, VNFormat.dateTime(version.savedAt)))),
                        .h3(.text(t(T.reviewDraftCompare))),
                        TextDiffHTML.node(old: previous?.text ?? "", new: version.text, t: t))
                },
            ])
    }
}
