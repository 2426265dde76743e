import DieuHanhCore
import Plot
import Vapor

/// `/indicators/entry`: a unit enters its figures for one period in one go. A unit officer sees only the indicators
/// their unit is responsible for (and can post nothing else); the office sees them all, by unit.
enum IndicatorEntryPage {
    struct Line {
        var row: IndicatorYearRow
        /// The figure in force for the chosen period today, if any.
        var current: IndicatorActualValue?

        /// Whether the indicator's figures are counted by class (this period's, the year's or last year's were):
        /// the form then asks for the classes too.
        var countsByClass: Bool {
            [current, row.snapshot.actual, row.snapshot.previous].contains { !($0?.detail.classes.isEmpty ?? true) }
        }
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        Layout.response(ctx, title: ctx.t(T.indEnterActuals), section: .indicators, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let lead = model.unitName.map { t(T.indEntryLeadUnit, $0) } ?? t(T.indEntryLeadOffice)
        return [
            .p(.class("breadcrumb"), .a(.href("/indicators?year=\(model.year)"), .text(t(T.indTitleYear, String(model.year))))),
            Components.pageHeader(t(T.indEnterActuals), lead: lead),
            Components.form(
                .class("filters"), .attribute(named: "method", value: "get"),
                .attribute(named: "action", value: "/indicators/entry"),
                Components.selectField(
                    .init(name: "year", label: t(T.indFieldYear), value: String(model.year)),
                    options: model.years.map { (value: String($0), label: String($0)) }),
                Components.selectField(
                    .init(name: "period", label: t(T.indFieldPeriod), value: model.period.code),
                    options: IndicatorLabels.periodOptions(year: model.year) + IndicatorLabels.periodOptions(year: model.year - 1)
                ),
                .button(.class("button"), .type(.submit), .text(t(T.indShowPeriod)))
            ),
            model.lines.isEmpty
                ? Components.emptyState(
                    title: t(T.indEntryEmptyTitle, String(model.year)),
                    text: model.unitName == nil ? t(T.indEntryEmptyOffice) : t(T.indEntryEmptyUnit),
                    action: Components.linkButton(t(T.indTitle), href: "/indicators?year=\(model.year)"))
                : entryForm(ctx, model),
        ]
    }

    private static func entryForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let e = model.errors
        return Components.form(
            .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/indicators/entry"),
            .attribute(named: "novalidate", value: "novalidate"),
            Components.errorSummary(e, t),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("year"), .value(String(model.year))),
            .input(.type(.hidden), .name("period"), .value(model.period.code)),
            .h2(.id("f-period"), .text(t(T.indEntryPeriodHeading, model.period.label))),
            .unwrap(e.message(for: "period")) { .p(.class("field-error"), .text($0)) },
            Components.selectField(
                .init(
                    name: "kind", label: t(T.indFieldKind), value: model.form.kind, required: true,
                    hint: t(T.indKindHint), error: e.message(for: "kind")), options: IndicatorLabels.kindOptions(t)),
            .p(.class("hint"), .id("h-values"), .text(t(T.indEntryHint))),
            .unwrap(e.message(for: "values")) { .p(.class("field-error"), .id("f-values"), .text($0)) },
            // One labelled field per indicator (not a table): it reads the same on a phone, and each error sits by its box.
            .div(
                .class("grid-2"),
                .forEach(model.lines) { line in
                    let indicator = line.row.indicator
                    let field = "value_\(indicator.id!)"
                    var hint = t(
                        T.indEntryTarget, line.row.snapshot.target.map { IndicatorText.value($0, unit: indicator.unit) } ?? "—")
                    hint +=
                        " · "
                        + (line.current.map {
                            t(T.indEntryCurrent, IndicatorText.value($0.value), $0.kind.label, VNFormat.date($0.recordedOn))
                        }
                            ?? t(T.indEntryNoCurrent))
                    if model.unitName == nil { hint += " · " + (model.unitNames[line.row.plan.responsibleUnitID] ?? "") }
                    return .div(
                        Components.textField(
                            .init(
                                name: field, label: indicator.name + " (" + indicator.unit + ")",
                                value: model.form.values[indicator.id!] ?? "", hint: hint, inputMode: "decimal",
                                error: e.message(for: field))),
                        .if(
                            indicator.indicatorAggregation == .rank,
                            Components.textField(
                                .init(
                                    name: "score_\(indicator.id!)", label: t(T.indFieldScore),
                                    value: model.form.scores[indicator.id!] ?? "", inputMode: "decimal",
                                    error: e.message(for: "score_\(indicator.id!)")))),
                        .if(
                            line.countsByClass || model.form.classes[indicator.id!] != nil,
                            Components.textArea(
                                name: "classes_\(indicator.id!)", label: t(T.indFieldClasses),
                                value: model.form.classes[indicator.id!] ?? "", hint: t(T.indClassesHint),
                                error: e.message(for: "classes_\(indicator.id!)"))),
                        .input(.type(.hidden), .name("version_\(indicator.id!)"), .value(String(indicator.version)))
                    )
                }),
            Components.textArea(name: "note", label: t(T.indFieldNote), value: model.form.note, error: e.message(for: "note")),
            .div(
                .class("form-actions"),
                .button(.class("button primary"), .type(.submit), .text(t(T.indSaveActuals))),
                .a(.class("button"), .href("/indicators?year=\(model.year)"), .text(t(T.actionCancel))))
        )
    }
}
