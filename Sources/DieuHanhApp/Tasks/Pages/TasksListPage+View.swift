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
        if model.canCreate { actions.append(Components.linkButton(t(T.urgingTitle), href: "/tasks/urging")) }
        if model.canCreate { actions.append(Components.linkButton(t(T.trackerLink), href: "/tasks/tracker")) }
        actions.append(Components.linkButton("CSV", href: "/tasks/export.csv?" + query(model.filter)))
        actions.append(Components.linkButton("XLSX", href: "/tasks/export.xlsx?" + query(model.filter)))
        return [
            Components.pageHeader(t(T.tasksTitle), lead: t(T.tasksLead), actions: actions),
            Components.errorSummary(model.errors, t),
            filters(ctx, model),
            Components.filterChips(t, chips(ctx, model), clear: "/tasks"),
            .unwrap(model.result) { summary(ctx, $0, filter: model.filter) },
            content(ctx, model),
        ]
    }

    static func query(_ f: TaskQuery.Filter, overriding: [String: String] = [:]) -> String {
        var items: [(String, String)] = [
            ("status", f.status ?? ""), ("as_of", f.as_of ?? ""), ("lead_unit", f.lead_unit ?? ""),
            ("assigner", f.assigner ?? ""), ("document", f.document ?? ""), ("domain", f.domain ?? ""),
            ("leader", f.leader ?? ""), ("deadline_from", f.deadline_from ?? ""), ("deadline_to", f.deadline_to ?? ""),
            ("assigned_from", f.assigned_from ?? ""), ("assigned_to", f.assigned_to ?? ""), ("q", f.q ?? ""),
            ("sort", f.sort ?? ""), ("focal", f.focal ?? ""), ("urged", f.urged ?? ""), ("explained", f.explained ?? ""),
        ]
        items = items.map { ($0.0, overriding[$0.0] ?? $0.1) }
        return items.filter { !$0.1.isEmpty }.map { "\($0.0)=\($0.1.urlQueryEscaped)" }.joined(separator: "&")
    }

    private static func filters(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let f = model.filter
        let statuses =
            [
                (value: "", label: t(T.filterAll)), (value: TaskQuery.openStatus, label: t(T.statusOpen)),
                (value: "due_soon", label: t(T.dueSoon)),
            ]
            + TaskBucket.allCases.map { (value: $0.rawValue, label: Labels.bucket($0, t)) }
            + [(value: TaskQuery.cancelledStatus, label: t(T.statusCancelled))]
        let units =
            [(value: "", label: t(T.filterAll))]
            + model.units.map {
                (value: $0.code, label: Labels.unitOption(name: $0.name, validTo: $0.validTo, today: ctx.today, t))
            }
        let sorts = [
            (value: "urgent", label: t(T.sortUrgent)), (value: "deadline", label: t(T.sortDeadline)),
            (value: "assigned", label: t(T.sortAssigned)),
            (value: "document", label: t(T.sortDocument)), (value: "status", label: t(T.sortStatus)),
            (value: "priority", label: t(T.sortPriority)),
        ]
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/tasks"),
            .attribute(named: "role", value: "search"),
            Components.textField(
                .init(name: "q", label: t(T.searchLabel), value: f.q ?? "", type: "search", hint: t(T.searchHint))),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: f.as_of ?? VNFormat.date(ctx.today),
                    hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "as_of"))),
            Components.selectField(.init(name: "status", label: t(T.fieldStatus), value: f.status ?? ""), options: statuses),
            focalCheckbox(ctx, f),
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
            [f.lead_unit, f.assigner, f.domain, f.leader, f.deadline_from, f.deadline_to, f.urged, f.explained].contains {
                !($0 ?? "").isEmpty
            }
            || !["", TaskQuery.Sort.urgent.rawValue].contains(f.sort ?? "")
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
                        + model.leaders.map { (value: $0.id.uuidString, label: $0.fullName) })),
            Components.textField(
                .init(
                    name: "deadline_from", label: t(T.fieldDeadlineFrom), value: f.deadline_from ?? "",
                    error: model.errors.message(for: "deadline_from"))),
            Components.textField(
                .init(
                    name: "deadline_to", label: t(T.fieldDeadlineTo), value: f.deadline_to ?? "",
                    error: model.errors.message(for: "deadline_to"))),
            Components.selectField(.init(name: "sort", label: t(T.fieldSort), value: f.sort ?? "urgent"), options: sorts),
            Components.selectField(
                .init(name: "urged", label: t(T.urgingFilter), value: f.urged ?? ""),
                options: [(value: "", label: t(T.filterAll)), (value: "1", label: t(T.urgingFilterOnly))]),
            Components.selectField(
                .init(name: "explained", label: t(T.explanationFilter), value: f.explained ?? ""),
                options: [(value: "", label: t(T.filterAll)), (value: "1", label: t(T.explanationFilterOnly))]),
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
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data tasks card-rows"),
                    .caption(
                        .text(
                            t(T.tasksCount, VNFormat.integer(result.page.total)) + " · " + t(T.fieldAsOf) + " "
                                + VNFormat.date(result.asOf))),
                    .thead(
                        .tr(
                            .th(.text(t(T.fieldContent))), sortableHeader(ctx, model.filter, T.fieldDocument, .document),
                            .th(.text(t(T.fieldLeadUnit))), sortableHeader(ctx, model.filter, T.fieldDeadline, .deadline),
                            sortableHeader(ctx, model.filter, T.fieldStatus, .status))),
                    .tbody(rows(ctx, model, result))
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

    /// A column heading that orders the list by its column when clicked (the filters and the date are kept, the
    /// page starts again at 1); the column the list is ordered by says so to screen readers.
    private static func sortableHeader(_ ctx: PageContext, _ filter: TaskQuery.Filter, _ label: L, _ sort: TaskQuery.Sort)
        -> Node<HTML.TableRowContext>
    {
        let current = TaskQuery.Sort(rawValue: filter.sort ?? "") ?? .urgent
        return .th(
            .attribute(named: "aria-sort", value: current == sort ? (sort == .deadline ? "ascending" : "descending") : nil),
            .a(
                .class("sort-link"), .href("/tasks?" + query(filter, overriding: ["sort": sort.rawValue])),
                .title(ctx.t(T.sortBy, ctx.t(label))), .text(ctx.t(label) + (current == sort ? " ▾" : ""))))
    }

    /// The filters in force, each with a link to the same list without it.
    private static func chips(_ ctx: PageContext, _ model: Model) -> [(label: String, remove: String)] {
        let t = ctx.t
        let f = model.filter
        func unitName(_ text: String) -> String {
            model.units.first { $0.code == text || $0.id.uuidString == text }?.name ?? text
        }
        func status(_ value: String) -> String {
            if value == TaskQuery.openStatus { return t(T.statusOpen) }
            if value == TaskQuery.cancelledStatus { return t(T.statusCancelled) }
            return value == "due_soon" ? t(T.dueSoon) : TaskBucket(rawValue: value).map { Labels.bucket($0, t) } ?? value
        }
        func leader(_ id: String) -> String { model.leaders.first { $0.id.uuidString == id }?.fullName ?? id }
        func document(_ id: String) -> String { model.filterDocument?.notation ?? id }
        func same(_ text: String) -> String { text }
        typealias Shown = (key: String, label: L, text: (String) -> String)
        let shown: [Shown] = [
            ("q", T.searchLabel, same), ("status", T.fieldStatus, status), ("document", T.fieldDocument, document),
            ("lead_unit", T.fieldLeadUnit, unitName), ("assigner", T.fieldAssigner, unitName),
            ("domain", T.fieldDomain, same), ("leader", T.fieldLeader, leader),
            ("deadline_from", T.fieldDeadlineFrom, same), ("deadline_to", T.fieldDeadlineTo, same),
            ("assigned_from", T.fieldAssignedFrom, same), ("assigned_to", T.fieldAssignedTo, same),
            ("focal", T.focusFocal, { _ in t(T.focusOnly) }),
            ("urged", T.urgingFilter, { _ in t(T.urgingFilterOnly) }),
            ("explained", T.explanationFilter, { _ in t(T.explanationFilterOnly) }),
        ]
        var values: [String: String] = [
            "q": f.q ?? "", "status": f.status ?? "", "document": f.document ?? "", "lead_unit": f.lead_unit ?? "",
            "assigner": f.assigner ?? "", "domain": f.domain ?? "", "leader": f.leader ?? "",
            "deadline_from": f.deadline_from ?? "", "deadline_to": f.deadline_to ?? "",
            "assigned_from": f.assigned_from ?? "", "assigned_to": f.assigned_to ?? "", "focal": f.focal ?? "",
            "urged": f.urged ?? "", "explained": f.explained ?? "",
        ]
        // A date other than today is a filter too: the list is as of that day.
        if let asOf = f.as_of?.trimmingCharacters(in: .whitespaces), !asOf.isEmpty,
            CivilDate.parse(asOf) != ctx.today
        {
            values["as_of"] = asOf
        }
        var chips = shown.compactMap { item -> (label: String, remove: String)? in
            guard let value = values[item.key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return (t(item.label) + ": " + item.text(value), "/tasks?" + query(f, overriding: [item.key: ""]))
        }
        if let asOf = values["as_of"] {
            chips.append((t(T.fieldAsOf) + ": " + asOf, "/tasks?" + query(f, overriding: ["as_of": ""])))
        }
        return chips
    }

}

extension TasksListPage {
    /// "Chỉ nhiệm vụ trọng tâm": sent as `focal=1` when ticked, like the API's filter.
    fileprivate static func focalCheckbox(_ ctx: PageContext, _ f: TaskQuery.Filter) -> BodyNode {
        .div(
            .class("field checkbox"),
            .input(
                .type(.checkbox), .id("filter-focal"), .name("focal"), .value("1"),
                .attribute(named: "checked", value: ["1", "true", "on"].contains(f.focal ?? "") ? "checked" : nil)),
            .label(.for("filter-focal"), .text(ctx.t(T.focusOnly))))
    }
}
