import DieuHanhCore
import Plot
import Vapor

enum HomePage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.navHome), section: .home, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        return [
            Components.pageHeader(
                t(T.homeGreeting, model.fullName),
                lead: t(T.homeToday, VNFormat.date(ctx.today)) + (model.unitName.map { " · " + $0 } ?? "")),
            .if(
                model.noUnits && ctx.role?.canManageOrganisation == true,
                Components.emptyState(
                    title: t(T.homeUnitsEmptyTitle), text: t(T.homeUnitsEmpty),
                    action: Components.linkButton(t(T.navUnits), href: "/units", primary: true))),
            .section(
                .ariaLabel(t(T.homeFiguresLabel)),
                .ul(.class("home-figures"), .forEach(tiles(model)) { tile(ctx, $0) })),
            .if(!model.figures.worstUnits.isEmpty, worstUnits(ctx, model.figures.worstUnits)),
            shortcuts(ctx),
        ]
    }

    private static func tile(_ ctx: PageContext, _ tile: Tile) -> Node<HTML.ListContext> {
        .li(
            .a(
                .class("figure" + (tile.count > 0 ? " tone-\(tile.tone.rawValue)" : "")), .href(tile.href),
                .strong(.text(VNFormat.integer(tile.count))), .span(.text(ctx.t(tile.label)))))
    }

    /// "Đơn vị có nhiều nhiệm vụ quá hạn nhất": who is late, each opening its overdue tasks.
    private static func worstUnits(_ ctx: PageContext, _ units: [HomeFigures.UnitOverdue]) -> BodyNode {
        let t = ctx.t
        return .section(
            .class("card home-ranking"),
            .h2(.text(t(T.homeWorstUnits, String(units.count)))),
            .ol(
                .forEach(units) { unit in
                    .li(
                        .a(
                            .href("/tasks?status=pending_overdue&lead_unit=" + unit.code.urlQueryEscaped),
                            .text(unit.name)),
                        .span(.class("tag tag-bad"), .text(t(T.homeOverdueCount, VNFormat.integer(unit.overdue)))))
                }),
            .p(.a(.href("/stats"), .text(t(T.homeWorstUnitsMore))))
        )
    }

    /// The modules, and the steps each role takes most often.
    private static func shortcuts(_ ctx: PageContext) -> BodyNode {
        let t = ctx.t
        let role = ctx.role
        let links: [(L, String, Bool)] = [
            (T.tasksNew, "/tasks/new", role?.canManageTrackingData == true),
            (T.indEnterActuals, "/indicators/entry", IndicatorAccess.canEnterActuals(role)),
            (T.navTasks, "/tasks", true),
            (T.statsTitle, "/stats", true),
            (T.navProgramme, "/programme", true),
            (T.programmeDueTitle, "/programme/due", true),
            (T.indTitle, "/indicators", true),
            (T.reportsUnitRequests, "/reports/requests", true),
            (T.reviewTitle, "/reports/review", role?.seesEveryUnit == true),
            (T.navUnits, "/units", true),
        ]
        return .nav(
            .class("home-shortcuts"), .ariaLabel(t(T.homeShortcuts)),
            .h2(.text(t(T.homeShortcuts))),
            .ul(.forEach(links.filter(\.2)) { label, href, _ in .li(.a(.href(href), .text(t(label)))) }))
    }
}
