import DieuHanhCore
import Plot
import Vapor

enum AuditListPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.auditTitle), section: .audit, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let f = model.filter
        let entities =
            [(value: "", label: t(T.filterAll))]
            + Labels.auditEntities.map { (value: $0, label: Labels.auditEntity($0, t)) }
        let actions =
            [(value: "", label: t(T.filterAll))]
            + Labels.auditActions.map { (value: $0, label: Labels.auditAction($0, t)) }
        return [
            Components.pageHeader(t(T.auditTitle), lead: t(T.auditLead)),
            Components.errorSummary(model.errors, t),
            Components.form(
                .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/audit"),
                .attribute(named: "role", value: "search"),
                Components.textField(.init(name: "actor", label: t(T.auditActor), value: f.actor ?? "")),
                Components.selectField(.init(name: "entity", label: t(T.auditEntity), value: f.entity ?? ""), options: entities),
                Components.selectField(.init(name: "action", label: t(T.auditAction), value: f.action ?? ""), options: actions),
                Components.textField(
                    .init(
                        name: "from", label: t(T.filterFrom), value: f.from ?? "", hint: t(T.dateHint), inputMode: "numeric",
                        error: model.errors.message(for: "from"))),
                Components.textField(
                    .init(
                        name: "to", label: t(T.filterTo), value: f.to ?? "", hint: t(T.dateHint), inputMode: "numeric",
                        error: model.errors.message(for: "to"))),
                .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
            ),
            model.page.items.isEmpty
                ? Components.emptyState(title: t(T.auditEmptyTitle), text: t(T.auditEmptyText))
                : table(ctx, model.page.items),
            Components.pager(
                t, page: model.page.page, per: model.page.per, total: model.page.total, path: "/audit",
                query: [
                    ("actor", f.actor ?? ""), ("entity", f.entity ?? ""), ("action", f.action ?? ""),
                    ("from", f.from ?? ""), ("to", f.to ?? ""),
                ]),
        ]
    }

    static func table(_ ctx: PageContext, _ entries: [AuditEntry]) -> BodyNode {
        let t = ctx.t
        return .div(
            .class("table-wrap"), .keyboardScrollable,
            .table(
                .class("data"),
                .thead(
                    .tr(
                        .th(.text("#")), .th(.text(t(T.auditWhen))), .th(.text(t(T.auditActor))),
                        .th(.text(t(T.auditAction))), .th(.text(t(T.auditEntity))), .th(.text(t(T.auditSummary))))),
                .tbody(
                    .forEach(entries) { entry in
                        .tr(
                            .td(.a(.href("/audit/\(entry.seq)"), .text(String(entry.seq)))),
                            .td(.text(displayTime(entry.recordedAt))),
                            .td(.text(entry.actorName)),
                            .td(.text(Labels.auditAction(entry.action, t))),
                            .td(.text(Labels.auditEntity(entry.entity, t))),
                            .td(.text(entry.summary))
                        )
                    })
            )
        )
    }

    /// The history block of an object's page.
    static func historySection(_ ctx: PageContext, entries: [AuditEntry]) -> BodyNode {
        .section(
            .h2(.text(ctx.t(T.auditHistory))),
            entries.isEmpty ? .p(.class("muted"), .text(ctx.t(T.auditEmptyTitle))) : table(ctx, entries)
        )
    }

    static func displayTime(_ stamp: String) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: stamp).map(VNFormat.dateTime) ?? stamp
    }
}

enum AuditDetailPage {
    static func response(_ ctx: PageContext, entry: AuditEntry) -> Response {
        let t = ctx.t
        let title = t(T.auditEntryTitle, String(entry.seq))
        return Layout.response(
            ctx, title: title, section: .audit,
            content: [
                .p(.class("breadcrumb"), .a(.href("/audit"), .text(t(T.auditTitle)))),
                Components.pageHeader(title, lead: entry.summary),
                .dl(
                    .class("facts"),
                    .dt(.text(t(T.auditWhen))), .dd(.text(AuditListPage.displayTime(entry.recordedAt))),
                    .dt(.text(t(T.auditActor))), .dd(.text(entry.actorName)),
                    .dt(.text(t(T.auditAction))), .dd(.text(Labels.auditAction(entry.action, t))),
                    .dt(.text(t(T.auditEntity))), .dd(.text(Labels.auditEntity(entry.entity, t) + " " + (entry.entityID ?? ""))),
                    .dt(.text(t(T.auditHash))), .dd(.code(.class("hash"), .text(entry.hash))),
                    .dt(.text(t(T.auditPrevHash))), .dd(.code(.class("hash"), .text(entry.prevHash)))
                ),
                .div(
                    .class("compare"),
                    .section(.h2(.text(t(T.auditBefore))), .pre(.text(pretty(entry.beforeJSON) ?? "—"))),
                    .section(.h2(.text(t(T.auditAfter))), .pre(.text(pretty(entry.afterJSON) ?? "—")))
                ),
            ])
    }

    private static func pretty(_ json: String?) -> String? {
        guard let json, let data = json.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data),
            let pretty = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        else {
            return json
        }
        return String(data: pretty, encoding: .utf8)
    }
}
