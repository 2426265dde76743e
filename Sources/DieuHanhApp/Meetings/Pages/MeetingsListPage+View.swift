import DieuHanhCore
import Plot
import Vapor

/// `/meetings`: the meetings of a period, latest first, filtered by kind and searched without diacritics. On a
/// phone the table turns into cards (`card-rows`).
enum MeetingsListPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let status: HTTPStatus = model.errors.isEmpty ? .ok : .unprocessableEntity
        return Layout.response(ctx, title: ctx.t(T.meetingsTitle), section: .meetings, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let p = model.parsed
        let e = model.errors
        return [
            Components.pageHeader(
                t(T.meetingsTitle), lead: t(T.meetingsLead, VNFormat.date(p.from), VNFormat.date(p.to)),
                actions: model.canManage ? [Components.linkButton(t(T.meetingNew), href: "/meetings/new", primary: true)] : []),
            Components.errorSummary(e, t),
            Components.form(
                .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/meetings"),
                Components.textField(
                    .init(
                        name: "from", label: t(T.meetingFrom), value: model.filter.from ?? VNFormat.date(p.from),
                        hint: t(T.dateHint), inputMode: "numeric", error: e.message(for: "from"))),
                Components.textField(
                    .init(
                        name: "to", label: t(T.meetingTo), value: model.filter.to ?? VNFormat.date(p.to),
                        hint: t(T.dateHint), inputMode: "numeric", error: e.message(for: "to"))),
                Components.selectField(
                    .init(
                        name: "kind", label: t(T.meetingFieldKind), value: p.kind?.rawValue ?? "", error: e.message(for: "kind")),
                    options: [(value: "", label: t(T.filterAll))] + MeetingLabels.kindOptions(t)),
                Components.textField(.init(name: "q", label: t(T.meetingSearch), value: p.q, type: "search")),
                .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
            ),
            rows(ctx, model),
        ]
    }

    private static func rows(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        guard model.errors.isEmpty else { return .empty }
        guard model.page.total > 0 else {
            return Components.emptyState(
                title: t(T.meetingsEmptyTitle), text: t(T.meetingsEmptyText),
                action: model.canManage ? Components.linkButton(t(T.meetingNew), href: "/meetings/new", primary: true) : nil)
        }
        let p = model.parsed
        return .group(
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data card-rows"),
                    .caption(.text(t(T.meetingsCount, VNFormat.integer(model.page.total)))),
                    .thead(
                        .tr(
                            .th(.text(t(T.meetingFieldDate))), .th(.text(t(T.meetingFieldTitle))),
                            .th(.text(t(T.meetingFieldKind))), .th(.text(t(T.meetingChaired))),
                            .th(.text(t(T.meetingNotice))))),
                    .tbody(
                        .forEach(model.page.items) { m in
                            .tr(
                                .td(.text(VNFormat.date(m.heldDate) + (m.startTime.map { " " + $0 } ?? ""))),
                                .td(.a(.href("/meetings/\(m.id!)"), .text(m.title))),
                                .td(.text(MeetingLabels.kind(m.meetingKind, t))),
                                .td(.text(m.chairName)),
                                .td(.text(m.noticeDocumentID == nil ? "—" : "✓ " + t(T.meetingNotice)))
                            )
                        })
                )),
            Components.pager(
                t, page: model.page.page, per: model.page.per, total: model.page.total, path: "/meetings",
                query: [
                    ("from", p.from.iso), ("to", p.to.iso), ("kind", p.kind?.rawValue ?? ""), ("q", p.q),
                ])
        )
    }
}
