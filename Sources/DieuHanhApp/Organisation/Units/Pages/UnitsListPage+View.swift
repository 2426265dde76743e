import DieuHanhCore
import Plot
import Vapor

enum UnitsListPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.unitsTitle), section: .units, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let isAdmin = ctx.role?.canManageOrganisation == true
        return [
            Components.pageHeader(
                t(T.unitsTitle), lead: t(T.unitsLead),
                actions: isAdmin ? [Components.linkButton(t(T.unitsNew), href: "/units/new", primary: true)] : []),
            Components.form(
                .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/units"),
                .attribute(named: "role", value: "search"),
                Components.textField(
                    .init(
                        name: "q", label: t(T.searchLabel), value: model.query, type: "search",
                        hint: t(T.searchHint))),
                .div(
                    .class("field checkbox"),
                    .input(.type(.checkbox), .id("f-closed"), .name("closed"), .value("1"), .checked(model.showClosed)),
                    .label(.for("f-closed"), .text(t(T.unitsShowClosed)))),
                .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
            ),
            content(ctx, model, isAdmin: isAdmin),
        ]
    }

    private static func content(_ ctx: PageContext, _ model: Model, isAdmin: Bool) -> BodyNode {
        let t = ctx.t
        if model.totalUnits == 0 {
            return Components.emptyState(
                title: t(T.unitsEmptyTitle), text: t(isAdmin ? T.unitsEmptyAdmin : T.unitsEmptyOther),
                action: isAdmin ? Components.linkButton(t(T.unitsNew), href: "/units/new", primary: true) : nil)
        }
        if model.rows.isEmpty {
            return Components.emptyState(title: t(T.searchNoResults), text: t(T.searchNoResultsText, model.query))
        }
        return .div(
            .class("table-wrap"), .keyboardScrollable,
            .table(
                .class("data tree"),
                .caption(.text(t(T.unitsCount, VNFormat.integer(model.rows.count)))),
                .thead(
                    .tr(
                        .th(.text(t(T.fieldUnitName))), .th(.text(t(T.fieldCode))), .th(.text(t(T.fieldKind))),
                        .th(.text(t(T.fieldStatus))))),
                .tbody(
                    .forEach(model.rows) { row in
                        .tr(
                            .if(row.closed, .class("closed")),
                            .td(
                                .class("depth-\(min(row.depth, 6))"),
                                .if(
                                    !model.query.isEmpty && !row.path.isEmpty,
                                    .span(.class("path"), .text(row.path.joined(separator: " › ") + " › "))),
                                .a(.href("/units/\(row.unit.id!)"), .text(row.unit.name))),
                            .td(.code(.text(row.unit.code))),
                            .td(.text(Labels.unitKind(row.unit.kind, t))),
                            .td(statusTag(row.unit, closed: row.closed, t))
                        )
                    })
            )
        )
    }

    static func statusTag(_ unit: OrgUnit, closed: Bool, _ t: Localizer) -> BodyNode {
        if closed, let end = unit.validTo.flatMap(CivilDate.parse) {
            return .span(.class("tag tag-closed"), .text("■ " + t(T.unitClosedOn, VNFormat.date(end))))
        }
        return .span(.class("tag tag-open"), .text("● " + t(T.unitOpen)))
    }
}
