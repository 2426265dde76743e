import DieuHanhCore
import Plot
import Vapor

/// `/programme/stats`: columns (1)–(8) for any period and cut-off, overall and per lead unit, with the late
/// submissions and what is still to be submitted.
enum ProgrammeStatsPage {
    struct Query: Content {
        var period: String?
        var from: String?
        var to: String?
        var as_of: String?
        var lead_unit: String?
    }

    static func response(_ ctx: PageContext, model: Model) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.programmeStatsTitle), section: .programme,
            content: [
                .p(.class("breadcrumb"), .a(.href("/programme"), .text(t(T.navProgramme)))),
                Components.pageHeader(t(T.programmeStatsTitle), lead: t(T.programmeStatsLead)),
                Components.errorSummary(model.errors, t),
                filters(ctx, model),
                .unwrap(model.result) { results(ctx, model, $0) },
            ])
    }

    private static func filters(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let q = model.query
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/programme/stats"),
            Components.textField(
                .init(
                    name: "period", label: t(T.fieldPeriod), value: q.period ?? "", hint: t(T.programmePeriodHint),
                    error: model.errors.message(for: "period"))),
            Components.textField(
                .init(
                    name: "from", label: t(T.fieldPeriodFrom), value: q.from ?? "", hint: t(T.dateHint), inputMode: "numeric",
                    error: model.errors.message(for: "from"))),
            Components.textField(
                .init(name: "to", label: t(T.fieldPeriodTo), value: q.to ?? "", error: model.errors.message(for: "to"))),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: q.as_of ?? VNFormat.date(ctx.today),
                    hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "as_of"))),
            Components.selectField(
                .init(
                    name: "lead_unit", label: t(T.fieldLeadUnit), value: q.lead_unit ?? "",
                    error: model.errors.message(for: "lead_unit")),
                options: [(value: "", label: t(T.filterAll))] + model.units.map { (value: $0.code, label: $0.name) }),
            .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
        )
    }

    private static func results(_ ctx: PageContext, _ model: Model, _ r: ProgrammeStatistics.Result) -> BodyNode {
        let t = ctx.t
        let range = r.filter.months
        let c = r.counts
        if c.initial + c.added == 0 {
            return Components.emptyState(title: t(T.searchNoResults), text: t(T.programmeStatsEmpty, range.label))
        }
        let sentence = ReviewProse.programme(c, periodLabel: range.label, unfinished: r.unfinished.map(\.item.title))
        let bars = r.units.filter { $0.counts.total > 0 }.map { line in
            SVGChart.Bar(
                label: line.unit.name, value: line.counts.rate ?? 0, display: line.counts.rateText ?? "—",
                color: (line.counts.rate ?? 0) >= 100 ? "#1e6b3a" : (line.counts.rate ?? 0) >= 80 ? "#0b5cad" : "#a11b1b")
        }
        return .group(
            .h2(.text(t(T.programmeStatsHeadline, range.label, VNFormat.date(r.filter.asOf)))),
            .p(.class("lead"), .text(sentence)),
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data programme-units"),
                    .thead(
                        .tr(
                            .th(.text(t(T.fieldLeadUnit))),
                            .group(ProgrammeLabels.columns(t).map { .th(.class("num"), .text($0)) }))),
                    .tbody(
                        .forEach(r.units) { line in
                            .tr(
                                .td(
                                    .a(
                                        .href("/programme?year=\(range.last.year)&lead_unit=\(line.unit.code.urlQueryEscaped)"),
                                        .text(line.unit.name))),
                                .group(ProgrammeLabels.cells(line.counts).map { .td(.class("num"), .text($0)) }))
                        },
                        .tr(
                            .td(.strong(.text(t(T.programmeTotalRow)))),
                            .group(ProgrammeLabels.cells(c).map { .td(.class("num"), .strong(.text($0))) }))
                    )
                )),
            .if(
                !bars.isEmpty,
                .section(
                    .h2(.text(t(T.programmeRateChart))),
                    .div(
                        .class("chart-wrap"), .keyboardScrollable,
                        .raw(SVGChart.bars(bars, maximum: 100, title: t(T.programmeRateChart))))
                )),
            list(
                ctx, title: t(T.programmeUnfinishedHeading, VNFormat.count(r.unfinished.count)), rows: r.unfinished,
                empty: t(T.programmeUnfinishedNone)),
            list(ctx, title: t(T.programmeLateHeading, VNFormat.count(r.late.count)), rows: r.late, empty: t(T.programmeLateNone))
        )
    }

    private static func list(_ ctx: PageContext, title: String, rows: [ProgrammeQuery.Row], empty: String) -> BodyNode {
        let t = ctx.t
        return .section(
            .h2(.text(title)),
            rows.isEmpty
                ? .p(.class("muted"), .text(empty))
                : .ol(
                    .forEach(rows) { row in
                        .li(
                            .a(.href("/programme/items/\(row.item.id!)"), .text(row.item.title)),
                            .span(
                                .class("muted"),
                                .text(
                                    " — " + t(T.programmeMonthShort, row.snapshot.plannedMonth.label)
                                        + (row.snapshot.submittedOn.map {
                                            " · " + t(T.programmeFieldSubmittedOn) + " " + VNFormat.date($0)
                                        } ?? ""))))
                    })
        )
    }
}
