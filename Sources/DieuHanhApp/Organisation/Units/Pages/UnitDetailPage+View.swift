import DieuHanhCore
import Plot
import Vapor

enum UnitDetailPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: model.unit.name, section: .units, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let unit = model.unit
        let closed = unit.validTo != nil
        let isAdmin = ctx.role?.canManageOrganisation == true
        var actions: [BodyNode] = []
        if isAdmin {
            actions.append(Components.linkButton(t(T.actionEdit), href: "/units/\(unit.id!)/edit"))
            if !closed {
                actions.append(Components.linkButton(t(T.unitsNewChild), href: "/units/new?parent=\(unit.id!)"))
                actions.append(Components.linkButton(t(T.unitCloseAction), href: "/units/\(unit.id!)/close"))
            }
        }
        return [
            .p(.class("breadcrumb"), .a(.href("/units"), .text(t(T.unitsTitle)))),
            Components.pageHeader(unit.name, lead: Labels.unitKind(unit.kind, t), actions: actions),
            .dl(
                .class("facts"),
                .dt(.text(t(T.fieldCode))), .dd(.code(.text(unit.code))),
                .dt(.text(t(T.fieldParent))), .dd(link(model.parent, model, t)),
                .dt(.text(t(T.fieldValidFrom))), .dd(.text(unit.validFrom.flatMap(CivilDate.parse).map(VNFormat.date) ?? "—")),
                .dt(.text(t(T.fieldStatus))), .dd(UnitsListPage.statusTag(unit, closed: closed, t)),
                .if(model.successor != nil, .group(.dt(.text(t(T.fieldSuccessor))), .dd(link(model.successor, model, t)))),
                .if(
                    !model.predecessors.isEmpty,
                    .group(
                        .dt(.text(t(T.unitPredecessors))),
                        .dd(.ul(.forEach(model.predecessors) { .li(link($0, model, t)) }))))
            ),
            .section(
                .h2(.text(t(T.unitChildren))),
                model.children.isEmpty
                    ? .p(.class("muted"), .text(t(T.unitNoChildren)))
                    : .ul(
                        .class("plain"),
                        .forEach(model.children) { child in
                            .li(
                                link(child, model, t), .text(" "), UnitsListPage.statusTag(child, closed: child.validTo != nil, t)
                            )
                        })
            ),
            .section(
                .h2(.text(t(T.unitUsers))),
                model.users.isEmpty
                    ? .p(.class("muted"), .text(t(T.unitNoUsers)))
                    : .ul(
                        .class("plain"),
                        .forEach(model.users) { user in
                            // Logins are the administrators' business (the users' list is theirs alone).
                            .li(
                                .text(
                                    ctx.role == .admin
                                        ? "\(user.fullName) (\(user.username)) — \(Labels.role(user.userRole, t))"
                                        : "\(user.fullName) — \(Labels.role(user.userRole, t))"),
                                .if(!user.active, .span(.class("tag tag-closed"), .text(" " + t(T.userInactive)))))
                        })
            ),
            .if(isAdmin, AuditListPage.historySection(ctx, entries: model.history)),
        ]
    }

    /// A unit's name, a link when the reader may open its page (a unit officer reads only their subtree).
    private static func link(_ unit: OrgUnit?, _ model: Model, _ t: Localizer) -> BodyNode {
        guard let unit else { return .text("—") }
        guard model.readable?.contains(unit.id!) ?? true else { return .text(unit.name) }
        return .a(.href("/units/\(unit.id!)"), .text(unit.name))
    }
}
