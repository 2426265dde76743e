import DieuHanhCore
import Plot
import Vapor

typealias BodyNode = Node<HTML.BodyContext>

/// The page shell: header with the user and language switch, the main navigation, the content.
enum Layout {
    enum Section: String, CaseIterable {
        case home, inbox, tasks, stats, programme, meetings, indicators, reports, units, users, audit, calendar, levels
    }

    static func page(_ ctx: PageContext, title: String, section: Section?, content: [BodyNode]) -> String {
        let html = HTML(
            .lang(ctx.t.language == .vi ? .vietnamese : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) — DieuHanh"),
                .link(.rel(.stylesheet), .href(Assets.stylesheetPath)),
                .link(.rel(.icon), .href("data:,")),
                .script(.src(Assets.scriptPath), .attribute(named: "defer", value: "defer"))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text(ctx.t(T.skipToContent))),
                header(ctx),
                .if(ctx.user != nil, navigation(ctx, current: section)),
                .main(
                    .id("main"),
                    .unwrap(ctx.flash) { .div(.class("flash"), .attribute(named: "role", value: "status"), .text($0)) },
                    .group(content)
                ),
                .footer(.class("site-footer"), .p(.text(ctx.t(T.footer))))
            )
        )
        return html.render()
    }

    static func response(
        _ ctx: PageContext, title: String, section: Section?, status: HTTPStatus = .ok,
        content: [BodyNode]
    ) -> Response {
        let response = Response(status: status, body: .init(string: page(ctx, title: title, section: section, content: content)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "html", parameters: ["charset": "utf-8"])
        return response
    }

    private static func header(_ ctx: PageContext) -> BodyNode {
        .header(
            .class("topbar"),
            .a(.class("brand"), .href("/"), .span(.class("brand-mark"), .text("ĐH")), .text(" DieuHanh")),
            .div(
                .class("topbar-tools"),
                languageSwitch(ctx),
                .unwrap(ctx.user) { user in
                    .group(
                        .a(
                            .class("user-name"), .href("/profile"),
                            .text(user.fullName), .span(.class("role-tag"), .text(Labels.role(user.userRole, ctx.t)))),
                        Components.form(
                            .class("inline"), .attribute(named: "method", value: "post"),
                            .attribute(named: "action", value: "/sign-out"),
                            Components.csrfField(ctx),
                            .button(.class("link-button"), .type(.submit), .text(ctx.t(T.signOut))))
                    )
                }
            )
        )
    }

    private static func languageSwitch(_ ctx: PageContext) -> BodyNode {
        let other: Language = ctx.t.language == .vi ? .en : .vi
        return Components.form(
            .class("inline"), .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/language"),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("language"), .value(other.rawValue)),
            .input(.type(.hidden), .name("back"), .value(ctx.path)),
            .button(
                .class("link-button"), .type(.submit),
                .attribute(named: "lang", value: other.rawValue),
                .text(other == .en ? "English" : "Tiếng Việt"))
        )
    }

    /// The count on "Việc cần làm", filled in by the script from `/inbox/count` once the page is shown: no page
    /// waits for the queues to be counted. Hidden until there is something to act on.
    private static func inboxBadge(_ ctx: PageContext) -> Node<HTML.AnchorContext> {
        .span(
            .class("nav-badge"), .attribute(named: "data-count-from", value: "/inbox/count"),
            .attribute(named: "data-label", value: ctx.t(T.inboxBadge)), .attribute(named: "hidden", value: "hidden"))
    }

    private static func navigation(_ ctx: PageContext, current: Section?) -> BodyNode {
        let role = ctx.role
        let items: [(Section, L, String, Bool)] = [
            (.home, T.navHome, "/", true),
            (.inbox, T.navInbox, "/inbox", role != .viewer),
            (.tasks, T.navTasks, "/tasks", true),
            (.stats, T.navStats, "/stats", true),
            (.programme, T.navProgramme, "/programme", true),
            (.meetings, T.navMeetings, "/meetings", true),
            (.indicators, T.navIndicators, "/indicators", true),
            (.reports, T.navReports, "/reports", true),
            (.units, T.navUnits, "/units", true),
            (.users, T.navUsers, "/users", role?.canManageOrganisation == true),
            (.audit, T.navAudit, "/audit", role?.canReadAuditLog == true),
            (.calendar, T.navCalendar, "/calendar", role?.canManageOrganisation == true),
            // Leaders see the figures sent up by the deployments below; administrators the links themselves.
            (
                .levels, T.navLevels, role?.canManageOrganisation == true ? "/levels" : "/levels/figures",
                role?.canDecide == true
            ),
        ]
        return .nav(
            .class("main-nav"), .ariaLabel(ctx.t(T.navLabel)),
            .ul(
                .forEach(items.filter(\.3)) { section, label, href, _ in
                    .li(
                        .a(
                            .href(href), .if(section == current, .attribute(named: "aria-current", value: "page")),
                            .text(ctx.t(label)), .if(section == .inbox, inboxBadge(ctx))))
                })
        )
    }
}
