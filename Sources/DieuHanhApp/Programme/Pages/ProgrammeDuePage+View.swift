import DieuHanhCore
import Plot
import Vapor

/// `/programme/due`: what each unit still has to submit this month, and what it has not submitted from earlier
/// months, as of a cut-off. A unit officer sees their own units only.
enum ProgrammeDuePage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.programmeDueTitle), section: .programme, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        return [
            .p(
                .class("breadcrumb"),
                .a(.href("/programme?year=\(model.month.year)"), .text(t(T.programmeYearTitle, String(model.month.year))))),
            Components.pageHeader(
                t(T.programmeDueTitle), lead: t(T.programmeDueLead, model.month.label, VNFormat.date(model.asOf))),
            Components.errorSummary(model.errors, t),
            Components.form(
                .class("filters"), .attribute(named: "method", value: "get"),
                .attribute(named: "action", value: "/programme/due"),
                Components.textField(
                    .init(
                        name: "month", label: t(T.programmeFieldMonth), value: model.monthText,
                        hint: t(T.programmeMonthHint), error: model.errors.message(for: "month"))),
                Components.textField(
                    .init(
                        name: "as_of", label: t(T.fieldAsOf), value: VNFormat.date(model.asOf), hint: t(T.dateHint),
                        inputMode: "numeric",
                        error: model.errors.message(for: "as_of"))),
                Components.selectField(
                    .init(
                        name: "lead_unit", label: t(T.fieldLeadUnit), value: model.leadUnit,
                        error: model.errors.message(for: "lead_unit")),
                    options: [(value: "", label: t(T.filterAll))] + model.units.map { (value: $0.code, label: $0.name) }),
                .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
            ),
            content(ctx, model),
        ]
    }

    private static func content(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        guard model.errors.isEmpty else { return .empty }
        if model.page.total == 0 {
            return Components.emptyState(
                title: t(T.programmeDueEmptyTitle), text: t(T.programmeDueEmptyText, model.month.label),
                action: Components.linkButton(
                    t(T.programmeYearTitle, String(model.month.year)),
                    href: "/programme?year=\(model.month.year)"))
        }
        var rows: [Node<HTML.TableContext>] = []
        var lastUnit: UUID?
        for (i, row) in model.page.items.enumerated() {
            if row.item.leadUnitID != lastUnit {
                lastUnit = row.item.leadUnitID
                let count = model.page.items.filter { $0.item.leadUnitID == row.item.leadUnitID }.count
                let name = (model.unitNames[row.item.leadUnitID] ?? "") + " (" + VNFormat.count(count) + ")"
                rows.append(
                    .tr(
                        .class("group-row"),
                        .th(
                            .attribute(named: "colspan", value: "5"), .attribute(named: "scope", value: "colgroup"),
                            .text(name))))
            }
            let s = row.snapshot
            let overdue = s.plannedMonth < model.month || s.status == .overdue
            let number = String(PageWindow(page: model.page.page, per: model.page.per).offset + i + 1)
            let tag: BodyNode = ProgrammeLabels.statusTag(s.status, snapshot: s, t)
            rows.append(
                .tr(
                    .class(overdue ? "row-overdue" : "row-due-soon"),
                    .td(.class("num"), .text(number)),
                    .td(.a(.href("/programme/items/\(row.item.id!)"), .text(row.item.title))),
                    .td(.text(ProgrammeLabels.body(row.item.itemBody, t))),
                    .td(.text(s.plannedMonth.label)),
                    .td(tag)
                ))
        }
        return .group(
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data programme-due"),
                    .caption(.text(t(T.programmeDueCount, VNFormat.integer(model.page.total)))),
                    .thead(
                        .tr(
                            .th(.class("num"), .text(t(T.programmeColNo))), .th(.text(t(T.programmeFieldTitle))),
                            .th(.text(t(T.programmeFieldBody))), .th(.text(t(T.programmeFieldMonth))),
                            .th(.text(t(T.fieldStatus))))),
                    .tbody(.group(rows))
                )),
            Components.pager(
                t, page: model.page.page, per: model.page.per, total: model.page.total, path: "/programme/due",
                query: [("month", model.month.iso), ("as_of", model.asOf.iso), ("lead_unit", model.leadUnit)])
        )
    }
}
