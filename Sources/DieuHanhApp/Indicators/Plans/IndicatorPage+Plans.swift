import DieuHanhCore
import Plot

extension IndicatorPage {
    /// The indicator's plans for several years, each with its target, its value so far, % of the target and its
    /// status as of the page's cut-off; nothing when it has none.
    static func multiYearPlans(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return .if(
            !model.multiYear.isEmpty,
            .section(
                .h2(.text(t(T.indPagePlansTitle))),
                .div(
                    .class("table-wrap"), .keyboardScrollable,
                    .table(
                        .class("data"),
                        .thead(
                            .tr(
                                .th(.text(t(T.indPagePlansPeriod))), .th(.text(t(T.indPlansColTarget))),
                                .th(.text(t(T.indPlansColResult))), .th(.class("num"), .text(t(T.indColPercent))),
                                .th(.text(t(T.indColStatus))))),
                        .tbody(
                            .forEach(model.multiYear) { row in
                                let s = row.snapshot
                                return .tr(
                                    .class(IndicatorLabels.rowClass(s.status)),
                                    .td(
                                        .a(
                                            .href(
                                                "/indicators/plans?from=\(s.period.from)&to=\(s.period.to)&as_of=\(s.asOf.iso)"),
                                            .text("\(s.period.from) - \(s.period.to)"))),
                                    .td(.text(row.targetText)),
                                    .td(
                                        .text(row.valueText ?? "—"), .br(),
                                        .span(
                                            .class("muted"),
                                            .text(
                                                t(T.indPlansYearsCovered, String(s.covered.count), String(s.period.count))))
                                    ),
                                    .td(.class("num"), .text(IndicatorLabels.percent(s.percentOfTarget))),
                                    .td(IndicatorLabels.statusTag(s.status, t)))
                            })
                    ))
            ))
    }
}

extension IndicatorPage {
    /// The office's form for a target for several years: the period, how its result is built (only the ways that
    /// fit the indicator), the target and the resolution.
    static func multiYearPlanForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let f = model.planForm
        let e = model.planErrors
        let aggregation = model.indicator.indicatorAggregation
        let methods: [(IndicatorPlanMethod, String)] = [
            (.sum, t(T.indPlanMethodSum)), (.lastYear, t(T.indPlanMethodLastYear)),
            (.averageGrowth, t(T.indPlanMethodAverageGrowth)),
        ]
        let options =
            [(value: "", label: t(T.indPlanMethodImplied))]
            + methods.filter { $0.0.allows(aggregation) }.map { (value: $0.0.rawValue, label: $0.1) }
        return Components.form(
            .class("action-form"), .id("ke-hoach-giai-doan"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/indicators/\(model.indicator.id!)/plans"),
            .attribute(named: "novalidate", value: "novalidate"),
            .h3(.text(t(T.indPlanFormTitle))),
            Components.errorSummary(e, t, form: "plan"),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(String(model.indicator.version))),
            .input(.type(.hidden), .name("year"), .value(String(model.year))),
            Components.textField(
                .init(
                    name: "period", label: t(T.indPlanFieldPeriod), value: f.period, required: true,
                    hint: t(T.indPlanFieldPeriodHint), error: e.message(for: "period"), form: "plan")),
            Components.selectField(
                .init(
                    name: "method", label: t(T.indPlanFieldMethod), value: f.method, error: e.message(for: "method"), form: "plan"
                ),
                options: options),
            Components.textField(
                .init(
                    name: "target", label: t(T.indPlanFieldTarget, model.indicator.unit), value: f.target, required: true,
                    hint: t(T.indPlanFieldTargetHint), inputMode: "decimal", error: e.message(for: "target"), form: "plan")),
            Components.textField(
                .init(
                    name: "document", label: t(T.indFieldDocument), value: f.document, hint: t(T.indDocumentHint),
                    error: e.message(for: "document"), form: "plan")),
            .button(.class("button"), .type(.submit), .text(t(T.indPlanSave)))
        )
    }
}
