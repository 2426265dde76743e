import DieuHanhCore
import Plot

extension InboxPage {
    /// A unit officer's reports to send: overdue, due within 3 working days, returned.
    static func reportsSection(_ ctx: PageContext, _ items: [ReportInbox.Item]) -> BodyNode {
        let t = ctx.t
        return .section(
            .id("reports"),
            .h2(.text(t(T.inboxReports) + " (" + VNFormat.integer(items.count) + ")")),
            items.isEmpty
                ? .p(
                    .class("muted"), .text(t(T.inboxReportsEmpty)), .text(" "),
                    .a(.href("/reports/requests"), .text(t(T.reportsMineTitle))))
                : .ul(
                    .class("plain"),
                    .forEach(items) { item in
                        .li(
                            .a(
                                .href("/reports/requests/\(item.request.id!)/units/\(item.status.unitID)"),
                                .strong(.text(item.request.title))),
                            .div(Labels.reportStatusTag(item.status.snapshot, dueSoon: item.status.dueSoon, t)),
                            .div(
                                .class("muted"),
                                .text(
                                    item.unitName + " · " + t(T.reportFieldDeadline) + " "
                                        + VNFormat.date(item.request.deadlineDate))))
                    })
        )
    }

    /// The office's units late with a report: each (request, unit) whose deadline has passed with nothing received.
    static func lateReportsSection(_ ctx: PageContext, _ items: [ReportInbox.Item]) -> BodyNode {
        let t = ctx.t
        return .section(
            .id("reports"),
            .h2(.text(t(T.queueLateReports) + " (" + VNFormat.integer(items.count) + ")")),
            items.isEmpty
                ? .p(.class("muted"), .text(t(T.queueLateReportsEmpty)))
                : .ul(
                    .class("plain"),
                    .forEach(items.prefix(100)) { item in
                        .li(
                            .a(
                                .href("/reports/requests/\(item.request.id!)/units/\(item.status.unitID)"),
                                .strong(.text(item.unitName))),
                            .div(
                                .class("muted"),
                                .text(
                                    item.request.title + " · " + t(T.reportFieldDeadline) + " "
                                        + VNFormat.date(item.request.deadlineDate))))
                    })
        )
    }
}
