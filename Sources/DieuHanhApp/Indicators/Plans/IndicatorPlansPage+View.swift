import DieuHanhCore
import Plot
import Vapor

/// `/indicators/plans?from=2021&to=2025&as_of=`: the indicators of a plan for several years as of a cut-off, each
/// year's figure, the period's value and % of its target, the status in the year's table's colours, symbols and
/// words, and the review's sentence on top.
enum IndicatorPlansPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        Layout.response(ctx, title: title(ctx, model), section: .indicators, content: view(ctx, model))
    }

    private static func title(_ ctx: PageContext, _ model: Model) -> String {
        model.period.map { ctx.t(T.indPlansTitle, "\($0.from) - \($0.to)") } ?? ctx.t(T.indPlansTitleNone)
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        return [
            .p(.class("breadcrumb"), .a(.href("/indicators"), .text(t(T.indTitle)))),
            Components.pageHeader(title(ctx, model), lead: t(T.indPlansLead, VNFormat.date(model.asOf))),
            Components.errorSummary(model.errors, t),
            filters(ctx, model),
            !model.errors.isEmpty ? .empty : model.rows.isEmpty ? empty(ctx, model) : .group(results(ctx, model)),
        ]
    }

    private static func filters(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let periods = Array(Set(model.periods + (model.period.map { [$0] } ?? []))).sorted(by: >)
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"),
            .attribute(named: "action", value: "/indicators/plans"),
            .if(
                !periods.isEmpty,
                Components.selectField(
                    .init(
                        name: "plan", label: t(T.indPlansField), value: model.period?.code ?? "",
                        error: model.errors.message(for: "plan") ?? model.errors.message(for: "from")),
                    options: periods.map { (value: $0.code, label: "\($0.from) - \($0.to)") })),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: model.asOfText ?? VNFormat.date(model.asOf),
                    hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "as_of"))),
            .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
        )
    }

    private static func empty(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let title = model.period.map { t(T.indPlansEmptyTitle, $0.label.replacingOccurrences(of: "giai đoạn ", with: "")) }
        return Components.emptyState(
            title: title ?? t(T.indPlansEmptyTitleNone),
            text: model.canManage ? t(T.indPlansEmptyManager) : t(T.indPlansEmptyReader),
            action: Components.linkButton(t(T.indPlansYearTable), href: "/indicators"))
    }

    private static func results(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        guard let period = model.period, let tally = model.tally else { return [] }
        return [
            .p(.class("lead"), .strong(.text(ReviewProse.multiYearPlan(tally, period: period)))),
            .ul(
                .class("bucket-summary"),
                .forEach(IndicatorStatus.allCases.filter { tally.count($0) > 0 }) { status in
                    .li(
                        .text(
                            IndicatorLabels.symbol(status) + " " + IndicatorLabels.status(status, t) + ": "
                                + VNFormat.integer(tally.count(status))))
                }),
            table(ctx, model, period: period),
            .p(.class("muted"), .text(t(T.indPlansRuleNote))),
        ]
    }

    private static func table(_ ctx: PageContext, _ model: Model, period: IndicatorPlanPeriod) -> BodyNode {
        let t = ctx.t
        return .div(
            .class("table-wrap"), .keyboardScrollable,
            .table(
                .class("data"),
                .caption(.text(t(T.indPlansCaption, "\(period.from) - \(period.to)", VNFormat.date(model.asOf)))),
                .thead(
                    .tr(
                        .th(.class("num"), .text(t(T.indColNumber))), .th(.text(t(T.indColNameUnit))),
                        .th(.text(t(T.indColStatus))), .th(.text(t(T.indPlansColResult))),
                        .th(.class("num"), .text(t(T.indColPercent))), .th(.text(t(T.indPlansColTarget))),
                        .forEach(period.years) { .th(.class("num"), .text(t(T.indPlansColYear, String($0)))) },
                        .th(.text(t(T.indColResponsible)))
                    )),
                .tbody(.forEach(model.rows) { row(ctx, model, $0) })
            ))
    }

    private static func row(_ ctx: PageContext, _ model: Model, _ row: IndicatorMultiYearRow) -> Node<HTML.TableContext> {
        let t = ctx.t
        let s = row.snapshot
        return .tr(
            .class(IndicatorLabels.rowClass(s.status)),
            .td(.class("num"), .text(String(row.plan.position))),
            .td(
                model.withPage.contains(row.indicator.id!)
                    ? .a(
                        .href("/indicators/\(row.indicator.id!)?year=\(s.period.to)&as_of=\(model.asOf.iso)"),
                        .text(row.indicator.name))
                    : .text(row.indicator.name),
                .br(), .span(.class("muted"), .text(row.indicator.code + " · " + row.indicator.unit))),
            .td(IndicatorLabels.statusTag(s.status, t)),
            .td(
                .text(row.valueText ?? "—"), .br(),
                .span(.class("muted"), .text(t(T.indPlansYearsCovered, String(s.covered.count), String(s.period.count))))),
            .td(.class("num"), .text(IndicatorLabels.percent(s.percentOfTarget))),
            .td(.text(row.targetText)),
            .forEach(s.years) { year in
                .td(
                    .class("num"), .text(IndicatorLabels.value(year.actual?.value)),
                    .unwrap(year.actual) { actual in
                        .if(
                            !year.isWholeYear || actual.kind != .chinhThuc,
                            .group(.br(), .span(.class("muted"), .text(actual.label))))
                    })
            },
            .td(.text(model.unitNames[row.plan.responsibleUnitID] ?? "—"))
        )
    }
}
