import DieuHanhCore
import Plot
import Vapor

enum InboxPage {
    /// `overdueTasks`: for the office, how many tasks are overdue today (they follow every one).
    static func response(_ ctx: PageContext, queues: WorkQueues.Queues, overdueTasks: Int? = nil) -> Response {
        let t = ctx.t
        // Each section has an anchor the home's figures link to.
        var sections: [(id: String, title: L, empty: L, items: [WorkQueues.Item])] = []
        let role = ctx.role
        if role == .unitOfficer {
            sections += [
                ("overdue", T.inboxOverdue, T.inboxOverdueEmpty, queues.overdue),
                ("to-explain", T.inboxToExplain, T.inboxToExplainEmpty, queues.toExplain),
                ("due-soon", T.inboxDueSoon, T.inboxDueSoonEmpty, queues.dueSoon),
                ("returned", T.inboxReturned, T.inboxReturnedEmpty, queues.returned),
                ("stale", T.inboxStale, T.inboxStaleEmpty, queues.stale),
            ]
        }
        if role == .coordinator || role == .leader || role == .admin {
            sections.append(("to-confirm", T.queueToConfirm, T.queueToConfirmEmpty, queues.toConfirm))
        }
        if role == .leader || role == .admin {
            sections.append(("to-decide", T.queueToDecide, T.queueToDecideEmpty, queues.toDecide))
        }
        return Layout.response(
            ctx, title: t(T.navInbox), section: .inbox,
            content: [
                Components.pageHeader(
                    t(T.navInbox), lead: t(T.inboxLead),
                    actions: [Components.linkButton(t(T.taskRemindersTitle), href: "/tasks/reminders")]),
                .unwrap(overdueTasks) { overdueSummary(ctx, $0) },
                sections.isEmpty && role?.canManageTrackingData != true
                    ? Components.emptyState(
                        title: t(T.inboxNothing), text: t(T.inboxViewerText),
                        action: Components.linkButton(t(T.tasksTitle), href: "/tasks"))
                    : .group(
                        sections.map { id, title, empty, items in
                            section(ctx, id: id, title: title, empty: empty, items: items, queues: queues)
                        }),
                .if(
                    role?.canDecide == true,
                    programmeSection(
                        ctx, id: "programme-to-decide", title: T.queueProgrammeToDecide, empty: T.queueProgrammeToDecideEmpty,
                        rows: queues.programmeToDecide, unitNames: queues.unitNames)),
                .if(
                    role?.canManageTrackingData == true,
                    programmeSection(
                        ctx, id: "programme-to-record", title: T.queueProgrammeToRecord,
                        empty: T.queueProgrammeToRecordEmpty, rows: queues.programmeToRecord, unitNames: queues.unitNames)),
                .if(role == .unitOfficer, reportsSection(ctx, queues.reports)),
                .if(role?.canManageTrackingData == true, lateReportsSection(ctx, queues.reports)),
            ])
    }

    /// The office's line on overdue tasks: how many, opening their list.
    private static func overdueSummary(_ ctx: PageContext, _ count: Int) -> BodyNode {
        .section(
            .id("overdue"),
            .h2(.text(ctx.t(T.queueOverdueTasks) + " (" + VNFormat.integer(count) + ")")),
            .p(
                .a(
                    .href("/tasks?status=pending_overdue"),
                    .text(ctx.t(T.queueOverdueTasksText, VNFormat.integer(count))))))
    }

    private static func section(
        _ ctx: PageContext, id: String, title: L, empty: L, items: [WorkQueues.Item],
        queues: WorkQueues.Queues
    ) -> BodyNode {
        let t = ctx.t
        return .section(
            .id(id),
            .h2(.text(t(title) + " (" + VNFormat.integer(items.count) + ")")),
            items.isEmpty
                ? .p(.class("muted"), .text(t(empty)))
                : .div(
                    .class("table-wrap"), .keyboardScrollable,
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
                                        Labels.focusSuffix(item.focus, t),
                                        .unwrap(item.waiting) { event in
                                            .p(
                                                .class("muted"),
                                                .text(
                                                    Labels.event(event.kind, t) + " "
                                                        + VNFormat.date(CivilDate.parse(event.recordedOn)!)
                                                        + (event.newDeadline.flatMap(CivilDate.parse).map {
                                                            " → " + VNFormat.date($0)
                                                        } ?? "")
                                                        + (event.answerDue.flatMap(CivilDate.parse).map {
                                                            " · " + t(T.explanationAnswerBy, VNFormat.date($0))
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
