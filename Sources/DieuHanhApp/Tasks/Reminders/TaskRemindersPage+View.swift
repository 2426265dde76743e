import DieuHanhCore
import Plot
import Vapor

/// `/tasks/reminders`: the reminders recorded, newest first, with what became of their e-mail and its retries.
enum TaskRemindersPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let t = ctx.t
        let mayManage = ctx.role?.canManageTrackingData == true
        var actions: [BodyNode] = []
        if mayManage { actions.append(Components.linkButton(t(T.taskRemindersSettingsTitle), href: "/tasks/reminders/settings")) }
        return Layout.response(
            ctx, title: t(T.taskRemindersTitle), section: .tasks,
            content: [
                .p(.class("breadcrumb"), .a(.href("/tasks"), .text(t(T.tasksTitle)))),
                Components.pageHeader(
                    t(T.taskRemindersTitle), lead: t(model.mine ? T.taskRemindersLeadMine : T.taskRemindersLeadOffice),
                    actions: actions),
                .if(
                    !model.mine,
                    .p(
                        model.failedOnly
                            ? .a(.href("/tasks/reminders"), .text(t(T.taskRemindersShowAll)))
                            : .a(.href("/tasks/reminders?state=failed"), .text(t(T.taskRemindersShowFailed))))),
                model.page.items.isEmpty
                    ? Components.emptyState(
                        title: t(T.taskRemindersEmptyTitle), text: t(T.taskRemindersEmptyText),
                        action: Components.linkButton(t(T.tasksTitle), href: "/tasks"))
                    : .group(
                        table(model, t),
                        Components.pager(
                            t, page: model.page.page, per: model.page.per, total: model.page.total, path: "/tasks/reminders",
                            query: [("state", model.failedOnly ? "failed" : "")])),
            ])
    }

    private static func table(_ model: Model, _ t: Localizer) -> BodyNode {
        .div(
            .class("table-wrap"), .keyboardScrollable,
            .table(
                .class("data"),
                .thead(
                    .tr(
                        .th(.text(t(T.taskRemindColDay))), .th(.text(t(T.taskRemindColKind))),
                        .th(.text(t(T.taskRemindColTask))), .if(!model.mine, .th(.text(t(T.taskRemindColTo)))),
                        .th(.text(t(T.taskRemindColMail))))),
                .tbody(
                    .forEach(model.page.items) { row in
                        .tr(
                            .td(.text(VNFormat.date(row.reminder.dueDate))),
                            .td(.text(kind(row.reminder.reminderKind, t))),
                            .td(
                                .a(.href("/tasks/\(row.reminder.taskID)"), .text(row.taskContent)),
                                .if(!row.unit.isEmpty, .p(.class("muted"), .text(row.unit)))),
                            .if(!model.mine, .td(.text(row.recipient))),
                            .td(stateTag(row.reminder, t)))
                    })))
    }

    static func kind(_ kind: TaskReminderKind, _ t: Localizer) -> String {
        switch kind {
        case .beforeDeadline: t(T.taskRemindKindBefore)
        case .overdueFirst: t(T.taskRemindKindOverdue)
        case .overdueRepeat: t(T.taskRemindKindRepeat)
        }
    }

    /// The e-mail's fate, in words as well as colour.
    static func stateTag(_ reminder: TaskReminder, _ t: Localizer) -> BodyNode {
        switch reminder.reminderState {
        case .queued: .span(.class("tag tag-neutral"), .text("◷ " + t(T.taskRemindQueued)))
        case .inApp: .span(.class("tag tag-neutral"), .text("○ " + t(T.taskRemindInApp)))
        case .sent:
            .span(.class("tag tag-open"), .text("✓ " + t(T.taskRemindSent, reminder.sentAt.map(VNFormat.dateTime) ?? "")))
        case .failed:
            .span(
                .class("tag tag-bad"),
                .text(
                    "! " + t(T.taskRemindFailed, String(reminder.attempts)) + ", "
                        + t(
                            reminder.attempts < TaskReminderService.maxAttempts
                                ? T.taskRemindFailedRetry : T.taskRemindFailedGiveUp)
                        + (reminder.lastError.map { ": " + $0 } ?? "")))
        }
    }
}
