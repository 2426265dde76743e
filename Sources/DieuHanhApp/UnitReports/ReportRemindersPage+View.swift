import DieuHanhCore
import Plot
import Vapor

/// `/reports/reminders`: every reminder recorded, newest first, with what became of its e-mail.
enum ReportRemindersPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.remindersTitle), section: .reports,
            content: [
                .p(.class("breadcrumb"), .a(.href("/reports/requests"), .text(t(T.reportRequestsTitle)))),
                Components.pageHeader(t(T.remindersTitle), lead: t(T.remindersLead)),
                .p(.class("muted"), .text(model.mailing ? t(T.reportRemindMailOn) : t(T.reportRemindMailOff))),
                model.page.items.isEmpty
                    ? Components.emptyState(
                        title: t(T.remindersEmptyTitle), text: t(T.remindersEmptyText),
                        action: Components.linkButton(t(T.reportRequestsTitle), href: "/reports/requests"))
                    : .group(
                        .div(
                            .class("table-wrap"), .keyboardScrollable,
                            .table(
                                .class("data"),
                                .thead(
                                    .tr(
                                        .th(.text(t(T.reminderColWhen))), .th(.text(t(T.reminderColKind))),
                                        .th(.text(t(T.fieldUnit))),
                                        .th(.text(t(T.reportFieldTitle))), .th(.text(t(T.reminderColMail))))),
                                .tbody(
                                    .forEach(model.page.items) { reminder in
                                        .tr(
                                            .td(.text(VNFormat.dateTime(reminder.recordedAt))),
                                            .td(.text(Labels.reminderKind(reminder.reminderKind, t))),
                                            .td(
                                                .a(
                                                    .href("/reports/requests/\(reminder.requestID)/units/\(reminder.unitID)"),
                                                    .text(model.unitNames[reminder.unitID] ?? "—"))),
                                            .td(
                                                .a(
                                                    .href("/reports/requests/\(reminder.requestID)"),
                                                    .text(model.requests[reminder.requestID]?.title ?? "—")),
                                                .p(
                                                    .class("muted"),
                                                    .text(
                                                        t(T.reportFieldDeadline) + ": "
                                                            + (model.requests[reminder.requestID].map {
                                                                VNFormat.date($0.deadlineDate)
                                                            } ?? "")))),
                                            .td(Labels.mailStatusTag(reminder, t)))
                                    })
                            )),
                        Components.pager(
                            t, page: model.page.page, per: model.page.per, total: model.page.total, path: "/reports/reminders",
                            query: [("request", model.request ?? "")])
                    ),
            ])
    }
}
