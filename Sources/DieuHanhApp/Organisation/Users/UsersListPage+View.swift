import DieuHanhCore
import Plot
import Vapor

enum UsersListPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.usersTitle), section: .users, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let unitNames = Dictionary(uniqueKeysWithValues: model.units.compactMap { u in u.id.map { ($0, u.name) } })
        let roles = [(value: "", label: t(T.filterAll))] + Role.allCases.map { (value: $0.rawValue, label: Labels.role($0, t)) }
        let statuses = [
            (value: "", label: t(T.filterAll)), (value: "active", label: t(T.userActive)),
            (value: "inactive", label: t(T.userInactive)),
        ]
        let filtered =
            !(model.filter.q ?? "").isEmpty || !(model.filter.role ?? "").isEmpty || !(model.filter.status ?? "").isEmpty
        return [
            Components.pageHeader(
                t(T.usersTitle), lead: t(T.usersLead),
                actions: [Components.linkButton(t(T.usersNew), href: "/users/new", primary: true)]),
            Components.form(
                .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/users"),
                .attribute(named: "role", value: "search"),
                Components.textField(
                    .init(
                        name: "q", label: t(T.searchLabel), value: model.filter.q ?? "", type: "search",
                        hint: t(T.searchHint))),
                Components.selectField(
                    .init(name: "role", label: t(T.fieldRole), value: model.filter.role ?? ""), options: roles),
                Components.selectField(
                    .init(name: "status", label: t(T.fieldStatus), value: model.filter.status ?? ""), options: statuses),
                .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
            ),
            model.page.items.isEmpty
                ? Components.emptyState(
                    title: t(filtered ? T.searchNoResults : T.usersEmptyTitle),
                    text: t(filtered ? T.usersNoMatch : T.usersEmptyText),
                    action: Components.linkButton(t(T.usersNew), href: "/users/new", primary: true))
                : .div(
                    .class("table-wrap"), .keyboardScrollable,
                    .table(
                        .class("data"),
                        .thead(
                            .tr(
                                .th(.text(t(T.fieldUsername))), .th(.text(t(T.fieldFullName))), .th(.text(t(T.fieldRole))),
                                .th(.text(t(T.fieldUnit))), .th(.text(t(T.fieldStatus))))),
                        .tbody(
                            .forEach(model.page.items) { user in
                                .tr(
                                    .td(.a(.href("/users/\(user.id!)/edit"), .text(user.username))),
                                    .td(.text(user.fullName)),
                                    .td(.text(Labels.role(user.userRole, t))),
                                    .td(.text(user.unitID.flatMap { unitNames[$0] } ?? "—")),
                                    .td(
                                        user.active
                                            ? .span(.class("tag tag-open"), .text("● " + t(T.userActive)))
                                            : .span(.class("tag tag-closed"), .text("■ " + t(T.userInactive))))
                                )
                            })
                    )
                ),
            Components.pager(
                t, page: model.page.page, per: model.page.per, total: model.page.total, path: "/users",
                query: [
                    ("q", model.filter.q ?? ""), ("role", model.filter.role ?? ""),
                    ("status", model.filter.status ?? ""),
                ]),
        ]
    }
}
