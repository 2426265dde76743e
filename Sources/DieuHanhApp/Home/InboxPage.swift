import DieuHanhCore
import Plot
import Vapor

enum InboxPage {
    static func response(_ ctx: PageContext, queues: WorkQueues.Queues) -> Response {
        let t = ctx.t
        var sections: [(L, L, [WorkQueues.Item])] = []
        if ctx.role == .unitOfficer {
            sections += [
                (T.inboxOverdue, T.inboxOverdueEmpty, queues.overdue), (T.inboxDueSoon, T.inboxDueSoonEmpty, queues.dueSoon),
                (T.inboxReturned, T.inboxReturnedEmpty, queues.returned), (T.inboxStale, T.inboxStaleEmpty, queues.stale),
            ]
        }
        if ctx.role == .coordinator || ctx.role == .leader || ctx.role == .admin {
            sections.append((T.queueToConfirm, T.queueToConfirmEmpty, queues.toConfirm))
        }
        if ctx.role == .leader || ctx.role == .admin {
            sections.append((T.queueToDecide, T.queueToDecideEmpty, queues.toDecide))
        }
        return Layout.response(
            ctx, title: t(T.navInbox), section: .inbox,
            content: [
                Components.pageHeader(t(T.navInbox), lead: t(T.inboxLead)),
                sections.isEmpty
                    ? Components.emptyState(
                        title: t(T.inboxNothing), text: t(T.inboxViewerText),
                        action: Components.linkButton(t(T.tasksTitle), href: "/tasks"))
                    : .group(
                        sections.map { title, empty, items in
                            section(ctx, title: title, empty: empty, items: items, queues: queues)
                        }),
                .if(ctx.role == .unitOfficer, reportsSection(ctx, queues.reports)),
            ])
    }

    private static func section(
        _ ctx: PageContext, title: L, empty: L, items: [WorkQueues.Item],
        queues: WorkQueues.Queues
    ) -> BodyNode {
        let t = ctx.t
        return .section(
            .h2(.text(t(title) + " (" + VNFormat.integer(items.count) + ")")),
            items.isEmpty
                ? .p(.class("muted"), .text(t(empty)))
                : .div(
                    .class("table-wrap"),
                    .table(
                        .class("data tasks card-rows"),
                        .thead(
                            .tr(
                                .th(.text(t(T.fieldContent))), .th(.text(t(T.fieldDocument))), .th(.text(t(T.fieldLeadUnit))),
                                .th(.text(t(T.fieldDeadline))), .th(.text(t(T.fieldStatus))))),
                        .tbody(
                            .forEach(items.prefix(100)) { item in
                                .tr(
                                    .td(
                                        .a(.href("/tasks/\(item.task.id!)"), .text(String(item.task.content.prefix(200)))),
                                        .unwrap(item.waiting) { event in
                                            .p(
                                                .class("muted"),
                                                .text(
                                                    Labels.event(event.kind, t) + " "
                                                        + VNFormat.date(CivilDate.parse(event.recordedOn)!)
                                                        + (event.newDeadline.flatMap(CivilDate.parse).map {
                                                            " → " + VNFormat.date($0)
                                                        } ?? "")
                                                        + (event.note.isEmpty ? "" : ": " + event.note)))
                                        }),
                                    .td(
                                        .data(named: "label", value: t(T.fieldDocument)),
                                        .text(queues.documents[item.task.documentID]?.notation ?? "")),
                                    .td(
                                        .data(named: "label", value: t(T.fieldLeadUnit)),
                                        .text(queues.unitNames[item.task.leadUnitID] ?? "")),
                                    .td(
                                        .data(named: "label", value: t(T.fieldDeadline)),
                                        .text(item.snapshot.deadline.map(VNFormat.date) ?? t(T.noDeadline))),
                                    .td(Labels.statusTag(item.snapshot, dueSoon: item.dueSoon, t))
                                )
                            })
                    ))
        )
    }
}
