import DieuHanhCore
import Plot
import Vapor

/// `/indicators`: the year's indicator table as of a cut-off, with met / at risk / not met marked by colour, symbol
/// and word, the report's sentence above it, filters, and the ways in (entry of actuals, a new indicator).
enum IndicatorsListPage {
    static func response(_ ctx: PageContext, model: Model) -> Response {
        let t = ctx.t
        return Layout.response(ctx, title: t(T.indTitle), section: .indicators, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        var actions: [BodyNode] = []
        if model.canEnter {
            actions.append(
                Components.linkButton(t(T.indEnterActuals), href: "/indicators/entry?year=\(model.year)", primary: true))
        }
        if model.canManage { actions.append(Components.linkButton(t(T.indNew), href: "/indicators/new?year=\(model.year)")) }
        actions.append(Components.linkButton(t(T.indPlansLink), href: "/indicators/plans?as_of=\(model.asOf.iso)"))
        return [
            Components.pageHeader(
                t(T.indTitleYear, String(model.year)), lead: t(T.indLead, VNFormat.date(model.asOf)), actions: actions),
            Components.errorSummary(model.errors, t),
            filters(ctx, model),
            // With a bad filter there is nothing to show but the problem, in the summary and by its field.
            !model.errors.isEmpty ? .empty : model.all.isEmpty ? emptyYear(ctx, model) : .group(results(ctx, model)),
        ]
    }

    private static func filters(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let f = model.filter
        let years = Array(Set(model.years + [model.year, ctx.today.year])).sorted(by: >).map {
            (value: String($0), label: String($0))
        }
        let units =
            [(value: "", label: t(T.filterAll))]
            + model.units.map {
                (value: $0.code, label: Labels.unitOption(name: $0.name, validTo: $0.validTo, today: ctx.today, t))
            }
        let statuses =
            [(value: "", label: t(T.filterAll))]
            + IndicatorStatus.allCases.map { (value: $0.rawValue, label: IndicatorLabels.status($0, t)) }
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/indicators"),
            Components.selectField(
                .init(
                    name: "year", label: t(T.indFieldYear), value: String(model.year),
                    error: model.errors.message(for: "year")), options: years),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: f.as_of ?? VNFormat.date(model.asOf),
                    hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "as_of"))),
            Components.textField(.init(name: "q", label: t(T.searchLabel), value: f.q ?? "", hint: t(T.searchHint))),
            Components.selectField(
                .init(
                    name: "unit", label: t(T.indFieldResponsible), value: f.unit ?? "",
                    error: model.errors.message(for: "unit")), options: units),
            Components.selectField(
                .init(
                    name: "status", label: t(T.indFieldStatus), value: f.status ?? "",
                    error: model.errors.message(for: "status")), options: statuses),
            .button(.class("button"), .type(.submit), .text(t(T.searchButton)))
        )
    }

    private static func emptyYear(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return model.canManage
            ? Components.emptyState(
                title: t(T.indEmptyTitle, String(model.year)), text: t(T.indEmptyManager),
                action: Components.linkButton(t(T.indNew), href: "/indicators/new?year=\(model.year)", primary: true))
            : Components.emptyState(title: t(T.indEmptyTitle, String(model.year)), text: t(T.indEmptyReader))
    }

    private static func results(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let tally = model.tally
        func link(_ status: IndicatorStatus) -> String {
            "/indicators?year=\(model.year)&as_of=\(model.asOf.iso)&status=\(status.rawValue)"
        }
        return [
            .p(.class("lead"), .strong(.text(ReviewProse.indicators(tally)))),
            .ul(
                .class("bucket-summary"),
                .forEach(IndicatorStatus.allCases.filter { tally.count($0) > 0 }) { status in
                    .li(
                        .a(
                            .href(link(status)),
                            .if(model.filter.status == status.rawValue, .attribute(named: "aria-current", value: "true")),
                            .text(
                                IndicatorLabels.symbol(status) + " " + IndicatorLabels.status(status, t) + ": "
                                    + VNFormat.integer(tally.count(status)))))
                }),
            model.rows.isEmpty
                ? Components.emptyState(
                    title: t(T.searchNoResults), text: t(T.indNoMatch),
                    action: Components.linkButton(
                        t(T.indClearFilters), href: "/indicators?year=\(model.year)&as_of=\(model.asOf.iso)"))
                : table(ctx, model),
            .p(.class("muted"), .text(t(T.indRuleNote))),
        ]
    }

    private static func table(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let names = model.unitNames
        return .div(
            .class("table-wrap"), .keyboardScrollable,
            .table(
                .class("data tree"),
                .caption(.text(t(T.indTableCaption, String(model.year), VNFormat.date(model.asOf)))),
                .thead(
                    .tr(
                        .th(.class("num"), .text(t(T.indColNumber))), .th(.text(t(T.indColNameUnit))),
                        .th(.text(t(T.indColStatus))),
                        .th(.class("num"), .text(t(T.indColActual))), .th(.class("num"), .text(t(T.indColPercent))),
                        .th(.class("num"), .text(t(T.indColYoy))), .th(.class("num"), .text(t(T.indColTarget))),
                        .th(.class("num"), .text(t(T.indColPrevious))), .th(.text(t(T.indColResponsible)))
                    )),
                .tbody(
                    .forEach(model.lines) { line in
                        let row = line.row
                        let s = row.snapshot
                        return .tr(
                            .class(IndicatorLabels.rowClass(s.status)),
                            // A component is a part of the indicator above it, not one of the resolution's: no number.
                            .td(.class("num"), .text(line.isComponent ? "" : String(line.number))),
                            .td(
                                .if(line.isComponent, .class("depth-1 component")),
                                // Its parent filtered out, a component says whose part it is.
                                .unwrap(line.parentFilteredOut ? line.parent : nil) {
                                    .span(.class("path"), .text($0.indicator.name + " › "))
                                },
                                .a(
                                    .href("/indicators/\(row.indicator.id!)?year=\(model.year)&as_of=\(model.asOf.iso)"),
                                    .text(row.indicator.name)),
                                .br(), .span(.class("muted"), .text(row.indicator.code + " · " + row.indicator.unit))),
                            .td(IndicatorLabels.statusTag(s.status, t)),
                            .td(
                                .class("num"), .text(IndicatorLabels.value(s.actual?.value)),
                                .unwrap(s.actual) { .group(.br(), .span(.class("muted"), .text($0.label))) }),
                            .td(.class("num"), .text(IndicatorLabels.percent(s.percentOfTarget))),
                            .td(
                                .class("num"),
                                .text(
                                    IndicatorText.yoyChange(s).map {
                                        $0.replacingOccurrences(of: " so với cùng kỳ", with: "")
                                    } ?? "—")),
                            .td(
                                .class("num"), .text(IndicatorLabels.value(s.target)),
                                .if(s.revision != nil, .group(.br(), .span(.class("tag tag-neutral"), .text(t(T.indRevisedTag)))))
                            ),
                            .td(.class("num"), .text(IndicatorLabels.value(s.previous?.value))),
                            .td(.text(names[row.plan.responsibleUnitID] ?? "—"))
                        )
                    })
            ))
    }
}
