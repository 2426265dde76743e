import DieuHanhCore
import Plot
import Vapor

enum TasksListPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.tasksTitle), section: .tasks, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        var actions: [BodyNode] = []
        if model.canCreate { actions.append(Components.linkButton(t(T.tasksNew), href: "/tasks/new", primary: true)) }
        actions.append(Components.linkButton(t(T.docsTitle), href: "/documents"))
        actions.append(Components.linkButton("CSV", href: "/tasks/export.csv?" + query(model.filter)))
        actions.append(Components.linkButton("XLSX", href: "/tasks/export.xlsx?" + query(model.filter)))
        return [
            Components.pageHeader(t(T.tasksTitle), lead: t(T.tasksLead), actions: actions),
            Components.errorSummary(model.errors, t),
            filters(ctx, model),
            .unwrap(model.result) { summary(ctx, $0, filter: model.filter) },
            content(ctx, model),
        ]
    }

    static func query(_ f: TaskQuery.Filter, overriding: [String: String] = [:]) -> String {
        var items: [(String, String)] = [
            ("status", f.status ?? ""), ("as_of", f.as_of ?? ""), ("lead_unit", f.lead_unit ?? ""),
            ("assigner", f.assigner ?? ""), ("document", f.document ?? ""), ("domain", f.domain ?? ""),
            ("leader", f.leader ?? ""), ("deadline_from", f.deadline_from ?? ""), ("deadline_to", f.deadline_to ?? ""),
            ("q", f.q ?? ""), ("sort", f.sort ?? ""),
        ]
        items = items.map { ($0.0, overriding[$0.0] ?? $0.1) }
        return items.filter { !$0.1.isEmpty }.map { "\($0.0)=\($0.1.urlQueryEscaped)" }.joined(separator: "&")
    }

    private static func filters(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let f = model.filter
        let statuses =
            [(value: "", label: t(T.filterAll)), (value: "due_soon", label: t(T.dueSoon))]
            + TaskBucket.allCases.map { (value: $0.rawValue, label: Labels.bucket($0, t)) }
        let units = [(value: "", label: t(T.filterAll))] + model.units.map { (value: $0.code, label: $0.name) }
        let sorts = [
            (value: "deadline", label: t(T.sortDeadline)), (value: "assigned", label: t(T.sortAssigned)),
            (value: "document", label: t(T.sortDocument)), (value: "status", label: t(T.sortStatus)),
        ]
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/tasks"),
            .attribute(named: "role", value: "search"),
            Components.textField(
                .init(name: "q", label: t(T.searchLabel), value: f.q ?? "", type: "search", hint: t(T.searchHint))),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: f.as_of ?? VNFormat.date(ctx.today),
                    hint: t(T.dateHint), error: model.errors.message(for: "as_of"))),
            Components.selectField(.init(name: "status", label: t(T.fieldStatus), value: f.status ?? ""), options: statuses),
            // The other filters fold away (on a phone they would fill the screen), open while one of them is set.
            .element(
                named: "details",
                nodes: [
                    .class("more-filters"),
                    .attribute(named: "open", value: moreFiltersSet(model) ? "open" : nil),
                    .element(named: "summary", nodes: [.text(t(T.filterMore))]),
                    .div(.class("filter-fields"), .group(moreFilters(ctx, model, units: units, sorts: sorts))),
                ]),
            .if(!(f.document ?? "").isEmpty, .input(.type(.hidden), .name("document"), .value(f.document ?? ""))),
            .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
        )
    }

    /// Whether any of the folded filters is set (or refused), so that the fold opens.
    private static func moreFiltersSet(_ model: Model) -> Bool {
        let f = model.filter
        // The sort is sent with every search: only another order than the default counts as set.
        let set =
            [f.lead_unit, f.assigner, f.domain, f.leader, f.deadline_from, f.deadline_to].contains { !($0 ?? "").isEmpty }
            || !["", "deadline"].contains(f.sort ?? "")
        return set || !model.errors.filter { $0.field != "as_of" }.isEmpty
    }

    private static func moreFilters(
        _ ctx: PageContext, _ model: Model, units: [(value: String, label: String)], sorts: [(value: String, label: String)]
    ) -> [BodyNode] {
        let t = ctx.t
        let f = model.filter
        return [
            Components.selectField(
                .init(
                    name: "lead_unit", label: t(T.fieldLeadUnit), value: f.lead_unit ?? "",
                    error: model.errors.message(for: "lead_unit")), options: units),
            Components.selectField(
                .init(
                    name: "assigner", label: t(T.fieldAssigner), value: f.assigner ?? "",
                    error: model.errors.message(for: "assigner")), options: units),
            Components.textField(.init(name: "domain", label: t(T.fieldDomain), value: f.domain ?? "")),
            .if(
                !model.leaders.isEmpty,
                Components.selectField(
                    .init(name: "leader", label: t(T.fieldLeader), value: f.leader ?? ""),
                    options: [(value: "", label: t(T.filterAll))]
                        + model.leaders.map { (value: $0.id!.uuidString, label: $0.fullName) })),
            Components.textField(
                .init(
                    name: "deadline_from", label: t(T.fieldDeadlineFrom), value: f.deadline_from ?? "",
                    error: model.errors.message(for: "deadline_from"))),
            Components.textField(
                .init(
                    name: "deadline_to", label: t(T.fieldDeadlineTo), value: f.deadline_to ?? "",
                    error: model.errors.message(for: "deadline_to"))),
            Components.selectField(.init(name: "sort", label: t(T.fieldSort), value: f.sort ?? "deadline"), options: sorts),
        ]
    }

    /// One chip per bucket with its count, each a link that filters the list to it.
    private static func summary(_ ctx: PageContext, _ result: TaskQuery.Result, filter: TaskQuery.Filter) -> BodyNode {
        let t = ctx.t
        return .ul(
            .class("bucket-summary"),
            .forEach(TaskBucket.allCases) { bucket in
                .li(
                    .a(
                        .href(
                            "/tasks?"
                                + query(filter, overriding: ["status": bucket.rawValue, "as_of": VNFormat.date(result.asOf)])),
                        .if(filter.status == bucket.rawValue, .attribute(named: "aria-current", value: "true")),
                        .strong(.text(VNFormat.integer(result.counts[bucket]))), .text(" " + Labels.bucket(bucket, t))))
            }
        )
    }

    private static func content(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        guard let result = model.result else { return .empty }
        if !model.anyTasks {
            return Components.emptyState(
                title: t(T.tasksEmptyTitle), text: t(T.tasksEmptyText),
                action: model.canCreate ? Components.linkButton(t(T.tasksNew), href: "/tasks/new", primary: true) : nil)
        }
        if result.page.items.isEmpty {
            return Components.emptyState(title: t(T.searchNoResults), text: t(T.tasksNoMatch, VNFormat.date(result.asOf)))
        }
        return .group(
            .div(
                .class("table-wrap"),
                .table(
                    .class("data tasks card-rows"),
                    .caption(
                        .text(
                            t(T.tasksCount, VNFormat.integer(result.page.total)) + " · " + t(T.fieldAsOf) + " "
                                + VNFormat.date(result.asOf))),
                    .thead(
                        .tr(
                            .th(.text(t(T.fieldContent))), .th(.text(t(T.fieldDocument))), .th(.text(t(T.fieldLeadUnit))),
                            .th(.text(t(T.fieldDeadline))), .th(.text(t(T.fieldStatus))))),
                    .tbody(
                        .forEach(result.page.items) { row in
                            .tr(
                                .class(rowClass(row)),
                                .td(.a(.href("/tasks/\(row.task.id!)"), .text(String(row.task.content.prefix(220))))),
                                .td(
                                    .data(named: "label", value: t(T.fieldDocument)),
                                    .text(result.documents[row.task.documentID]?.notation ?? "")),
                                .td(
                                    .data(named: "label", value: t(T.fieldLeadUnit)),
                                    .text(model.unitNames[row.task.leadUnitID] ?? "")),
                                .td(
                                    .data(named: "label", value: t(T.fieldDeadline)),
                                    .text(row.snapshot.deadline.map(VNFormat.date) ?? t(T.noDeadline))),
                                .td(Labels.statusTag(row.snapshot, dueSoon: row.dueSoon, t))
                            )
                        })
                )
            ),
            Components.pager(
                t, page: result.page.page, per: result.page.per, total: result.page.total, path: "/tasks",
                query: query(model.filter).split(separator: "&").map { pair in
                    let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                    return (parts[0], (parts.count > 1 ? parts[1] : "").removingPercentEncoding ?? "")
                })
        )
    }

    private static func rowClass(_ row: TaskQuery.Row) -> String {
        if row.snapshot.bucket == .pendingOverdue { return "row-overdue" }
        if row.dueSoon { return "row-due-soon" }
        return ""
    }
}
