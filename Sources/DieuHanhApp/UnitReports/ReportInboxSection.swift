import DieuHanhCore
import Plot

extension InboxPage {
    /// A unit officer's reports to send: overdue, due within 3 working days, returned.
    static func reportsSection(_ ctx: PageContext, _ items: [ReportInbox.Item]) -> BodyNode {
        let t = ctx.t
        return .section(
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
}
