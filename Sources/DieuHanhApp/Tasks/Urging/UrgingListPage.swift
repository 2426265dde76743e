import DieuHanhCore
import Fluent
import Plot
import Vapor

/// `/tasks/urging`: the urging letters, drafts and issued, newest first.
enum UrgingListPage {
    static func response(_ ctx: PageContext, urgings: Page<Urging>, counts: [UUID: Int]) -> Response {
        let t = ctx.t
        let write = Components.linkButton(t(T.urgingNew), href: "/tasks/urging/new", primary: true)
        return Layout.response(
            ctx, title: t(T.urgingTitle), section: .tasks,
            content: [
                .p(.class("breadcrumb"), .a(.href("/tasks"), .text(t(T.tasksTitle)))),
                Components.pageHeader(t(T.urgingTitle), lead: t(T.urgingLead), actions: [write]),
                urgings.items.isEmpty
                    ? Components.emptyState(title: t(T.urgingEmptyTitle), text: t(T.urgingEmptyText), action: write)
                    : .ul(
                        .class("draft-list"),
                        .forEach(urgings.items) { urging in
                            .li(
                                .a(.href("/tasks/urging/\(urging.id!)"), .strong(.text(title(urging, t)))),
                                .p(
                                    .class("muted"),
                                    .text(
                                        t(T.urgingListItem, VNFormat.count(counts[urging.id!] ?? 0), VNFormat.date(urging.cutOff))
                                            + " · " + urging.addressees.joined(separator: " ").prefix(160))))
                        }),
                Components.pager(
                    t, page: urgings.metadata.page, per: urgings.metadata.per, total: urgings.metadata.total,
                    path: "/tasks/urging", query: []),
            ])
    }

    /// "Công văn số 120/UBND-TH ngày 25/11/2026", or "Dự thảo" and its trích yếu.
    static func title(_ urging: Urging, _ t: Localizer) -> String {
        guard let notation = urging.notation, let date = urging.issuedDate else {
            return t(T.urgingStateDraft) + ": " + urging.summary
        }
        return t(T.urgingTimelineLetter, notation) + " ngày " + VNFormat.date(date) + " — " + urging.summary
    }
}
