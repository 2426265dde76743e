import DieuHanhCore
import Plot
import Vapor

enum DocumentsListPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.docsTitle), section: .tasks,
            content: [
                .p(.class("breadcrumb"), .a(.href("/tasks"), .text(t(T.tasksTitle)))),
                Components.pageHeader(t(T.docsTitle), lead: t(T.docsLead)),
                Components.form(
                    .class("filters"), .attribute(named: "method", value: "get"),
                    .attribute(named: "action", value: "/documents"),
                    .attribute(named: "role", value: "search"),
                    Components.textField(
                        .init(
                            name: "q", label: t(T.searchLabel), value: model.query, type: "search",
                            hint: t(T.searchHint))),
                    .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
                ),
                model.page.items.isEmpty
                    ? Components.emptyState(
                        title: t(model.query.isEmpty ? T.tasksEmptyTitle : T.searchNoResults),
                        text: model.query.isEmpty ? t(T.docsEmpty) : t(T.searchNoResultsText, model.query))
                    : .div(
                        .class("table-wrap"), .keyboardScrollable,
                        .table(
                            .class("data"),
                            .thead(
                                .tr(
                                    .th(.text(t(T.fieldNotation))), .th(.text(t(T.fieldIssuedOn))), .th(.text(t(T.fieldSummary))),
                                    .th(.text(t(T.tasksTitle))))),
                            .tbody(
                                .forEach(model.page.items) { doc in
                                    .tr(
                                        .td(.a(.href("/documents/\(doc.id!)"), .text(doc.notation))),
                                        .td(.text(VNFormat.date(doc.issuedDate))),
                                        .td(.text(doc.summary)),
                                        .td(.text(VNFormat.integer(model.taskCounts[doc.id!] ?? 0))))
                                }))),
                Components.pager(
                    t, page: model.page.page, per: model.page.per, total: model.page.total, path: "/documents",
                    query: [("q", model.query)]),
            ])
    }
}
