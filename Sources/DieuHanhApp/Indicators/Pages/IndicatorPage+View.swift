import DieuHanhCore
import Plot
import Vapor

/// `/indicators/{id}?year=&as_of=`: one indicator in one year: its standing in the report's words, the targets
/// (original and revisions), a chart of target against actuals with the same figures in a table, every figure ever
/// entered (which one is in force, which were superseded), and the forms the user's role allows.
enum IndicatorPage {
    struct ActualForm {
        var period = ""
        var kind = ActualKind.uoc.rawValue
        var value = ""
        var note = ""
        var score = ""
        var classes = ""
    }

    struct RevisionForm {
        var value = ""
        var decidedOn = ""
        var document = ""
        var note = ""
        /// Which target: "" for the plan's own, else an other target's kind.
        var targetKind = ""
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        Layout.response(ctx, title: model.indicator.name, section: .indicators, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let indicator = model.indicator
        let s = model.row.snapshot
        let base = "/indicators/\(indicator.id!)"
        var actions: [BodyNode] = []
        if model.canManage { actions.append(Components.linkButton(t(T.actionEdit), href: base + "/edit?year=\(model.year)")) }
        return [
            .p(
                .class("breadcrumb"),
                .a(.href("/indicators?year=\(model.year)&as_of=\(model.asOf.iso)"), .text(t(T.indTitleYear, String(model.year))))),
            Components.pageHeader(
                indicator.name,
                lead: indicator.code + " · " + indicator.unit + " · "
                    + (model.unitNames[model.row.plan.responsibleUnitID] ?? "—"), actions: actions),
            parentLink(ctx, model),
            .p(
                IndicatorLabels.statusTag(s.status, t), .text(" "),
                .text(standing(model) ?? t(T.indNoActualYet, VNFormat.date(model.asOf)))),
            yearsAndCutOff(ctx, model),
            facts(ctx, model),
            classes(ctx, model),
            components(ctx, model),
            chart(ctx, model),
            history(ctx, model),
            revisions(ctx, model),
            multiYearPlans(ctx, model),
            .if(
                model.canEnter || model.canManage,
                .section(
                    .h2(.text(t(T.indUpdateHeading))),
                    .div(
                        .class("action-forms"),
                        .if(model.canEnter, actualForm(ctx, model)),
                        .if(model.canManage, revisionForm(ctx, model)),
                        .if(model.canManage, multiYearPlanForm(ctx, model)))
                )),
        ]
    }

    private static func yearsAndCutOff(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let base = "/indicators/\(model.indicator.id!)"
        return Components.form(
            .class("filters"), .attribute(named: "method", value: "get"), .attribute(named: "action", value: base),
            Components.selectField(
                .init(name: "year", label: t(T.indFieldYear), value: String(model.year)),
                options: model.years.map { (value: String($0), label: String($0)) }),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.fieldAsOf), value: VNFormat.date(model.asOf), hint: t(T.dateHint),
                    inputMode: "numeric")),
            .button(.class("button"), .type(.submit), .text(t(T.indShow)))
        )
    }

    private static func facts(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let indicator = model.indicator
        let s = model.row.snapshot
        let unit = indicator.unit
        func pair(_ term: String, _ value: String) -> Node<HTML.DescriptionListContext> {
            .group(.dt(.text(term)), .dd(.text(value)))
        }
        let original =
            (s.originalTarget.map { IndicatorText.value($0, unit: unit) } ?? "—")
            + (model.row.plan.targetDocument.map { " — " + $0 } ?? "")
        let actual = s.actual.map { IndicatorText.value($0.value, unit: unit) + " (" + $0.label + ")" } ?? "—"
        let previous = s.previous.map { IndicatorText.value($0.value, unit: unit) + " (" + $0.label + ")" } ?? "—"
        // A rank is compared in places, a rate in points; another figure as a ratio, with the change it means.
        let yoy =
            s.yoyPlaces.map(IndicatorText.yoyPlacesPhrase) ?? s.yoyPoints.map(IndicatorText.yoyPointsPhrase)
            ?? s.yoyPercent.map { IndicatorText.yoyRatioPhrase($0) + " (" + IndicatorText.yoyPhrase($0) + ")" } ?? "—"
        let revisedValue: Node<HTML.BodyContext> = .group(
            .text((s.target.map { IndicatorText.value($0, unit: unit) } ?? "—") + " "),
            .span(.class("tag tag-neutral"), .text(t(T.indRevisedTag))),
            .text(s.revision.map { " " + t(T.indRevisedOn, VNFormat.date($0.decidedOn)) } ?? ""))
        let revised: Node<HTML.DescriptionListContext> =
            s.revision == nil
            ? .empty
            : .group(.dt(.text(t(T.indTargetInForce))), .dd(revisedValue))
        return .dl(
            .class("facts"),
            pair(t(T.indFieldDirection), IndicatorLabels.direction(indicator.indicatorDirection, t)),
            pair(t(T.indFieldAggregation), IndicatorLabels.aggregation(indicator.indicatorAggregation, t)),
            pair(t(T.indFieldResponsible), model.unitNames[model.row.plan.responsibleUnitID] ?? "—"),
            pair(t(T.indOriginalTarget, String(model.year)), original),
            revised,
            pair(t(T.indColActual), actual),
            pair(t(T.indColPrevious), previous),
            pair(t(T.indColPercent), IndicatorLabels.percent(s.percentOfTarget)),
            .unwrap(s.actual?.detail.score) {
                pair(t(T.indColScore), IndicatorText.scorePhrase($0, previous: s.previous?.detail.score))
            },
            .group(
                model.row.otherTargets.map { other in
                    pair(
                        Labels.sentenceStart(other.kind.label(indicator.indicatorTargetTerm)),
                        IndicatorText.value(other.value, unit: unit)
                            + (other.percentOfTarget.map { " (" + t(T.indReached, IndicatorText.percent($0)) + ")" } ?? "")
                            + (other.revision.map { revision in
                                " — " + t(T.indRevisedOn, VNFormat.date(revision.decidedOn))
                                    + (other.original.map { ", " + t(T.indOriginalWas, IndicatorText.value($0, unit: unit)) }
                                        ?? "")
                            } ?? ""))
                }),
            pair(t(T.indColYoy), yoy)
        )
    }

    private static func chart(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let row = model.row
        let current = IndicatorEvaluation.series(row.facts, year: model.year, asOf: model.asOf)
        let previous = IndicatorEvaluation.series(row.facts, year: model.year - 1, asOf: model.asOf)
        guard !current.isEmpty || !previous.isEmpty else {
            return .section(.h2(.text(t(T.indChartTitle))), .p(.class("muted"), .text(t(T.indChartEmpty))))
        }
        let input = IndicatorChart.Input(
            aggregation: model.indicator.indicatorAggregation, unit: model.indicator.unit, year: model.year,
            target: row.snapshot.target,
            originalTarget: row.snapshot.revision == nil ? nil : row.snapshot.originalTarget,
            current: current, previous: previous)
        let previousByMonth = Dictionary(previous.map { ($0.lastMonth, $0) }, uniquingKeysWith: { a, _ in a })
        let currentMonths = Set(current.map(\.lastMonth))
        let months = (currentMonths.union(previousByMonth.keys)).sorted()
        let currentByMonth = Dictionary(current.map { ($0.lastMonth, $0) }, uniquingKeysWith: { a, _ in a })
        return .section(
            .h2(.text(t(T.indChartTitle))),
            .div(
                .class("chart-wrap"), .keyboardScrollable,
                .raw(IndicatorChart.svg(input, title: t(T.indChartTitle) + " — " + model.indicator.name))),
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data"),
                    .caption(.text(t(T.indChartTableCaption))),
                    .thead(
                        .tr(
                            .th(.text(t(T.indColMonth))), .th(.class("num"), .text(t(T.indColActualYear, String(model.year)))),
                            .th(.class("num"), .text(t(T.indColActualYear, String(model.year - 1)))))),
                    .tbody(
                        .forEach(months) { month in
                            .tr(
                                .td(.text(t(T.indUntilMonth, String(month)))),
                                .td(
                                    .class("num"),
                                    .text(
                                        currentByMonth[month].map { IndicatorText.value($0.value) + " (" + $0.label + ")" } ?? "—"
                                    )),
                                .td(
                                    .class("num"),
                                    .text(
                                        previousByMonth[month].map { IndicatorText.value($0.value) + " (" + $0.label + ")" }
                                            ?? "—")))
                        })
                ))
        )
    }

    private static func history(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let row = model.row
        let inForce = IndicatorEvaluation.inForce(row.facts.actuals, asOf: model.asOf)
        let ordered = row.actuals.indices.sorted { a, b in
            let fa = row.facts.actuals[a]
            let fb = row.facts.actuals[b]
            return (fb.period, row.actuals[b].seq) < (fa.period, row.actuals[a].seq)
        }
        return .section(
            .h2(.text(t(T.indHistoryTitle))),
            ordered.isEmpty
                ? .p(.class("muted"), .text(model.canEnter ? t(T.indHistoryEmptyEnter) : t(T.indHistoryEmpty)))
                : .div(
                    .class("table-wrap"), .keyboardScrollable,
                    .table(
                        .class("data"),
                        .thead(
                            .tr(
                                .th(.text(t(T.indColPeriod))), .th(.text(t(T.indColKind))),
                                .th(.class("num"), .text(t(T.indColValue))),
                                .th(.text(t(T.indColRecordedOn))), .th(.text(t(T.indColBy))), .th(.text(t(T.indColInForce))),
                                .th(.text(t(T.indFieldNote))))),
                        .tbody(
                            .forEach(ordered) { i in
                                let record = row.actuals[i]
                                let fact = row.facts.actuals[i]
                                let state: BodyNode =
                                    inForce.contains(i)
                                    ? .span(.class("tag tag-open"), .text("✓ " + t(T.indInForce)))
                                    : fact.isKnown(asOf: model.asOf)
                                        ? .span(.class("tag tag-closed"), .text(t(T.indSuperseded)))
                                        : .span(.class("tag tag-neutral"), .text(t(T.indAfterCutOff)))
                                return .tr(
                                    .td(.text(fact.period.label)), .td(.text(IndicatorLabels.kind(fact.kind, t))),
                                    .td(.class("num"), .text(IndicatorText.value(fact.value))),
                                    .td(.text(VNFormat.date(fact.recordedOn))),
                                    .td(
                                        .text(
                                            Components.enteredBy(
                                                actorID: record.actorID, actorName: record.actorName, names: model.actorNames, t))
                                    ),
                                    .td(state), .td(.text(record.note)))
                            })
                    ))
        )
    }

    private static func revisions(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let revisions = model.row.revisions
        let hasKinds = !model.row.otherTargets.isEmpty
        return .if(
            !revisions.isEmpty,
            .section(
                .h2(.text(t(T.indRevisionsTitle))),
                .div(
                    .class("table-wrap"), .keyboardScrollable,
                    .table(
                        .class("data"),
                        .thead(
                            .tr(
                                .if(hasKinds, .th(.text(t(T.indColWhichTarget)))),
                                .th(.class("num"), .text(t(T.indColTarget))), .th(.text(t(T.indFieldDecidedOn))),
                                .th(.text(t(T.indFieldDocument))), .th(.text(t(T.indColRecordedOn))), .th(.text(t(T.indColBy))),
                                .th(.text(t(T.indFieldNote))))),
                        .tbody(
                            .forEach(revisions) { r in
                                .tr(
                                    .if(
                                        hasKinds,
                                        .td(
                                            .text(
                                                Labels.sentenceStart(
                                                    r.otherKind.map { $0.label(model.indicator.indicatorTargetTerm) }
                                                        ?? model.row.wording.ownTarget)))),
                                    .td(.class("num"), .text(DecimalText.parse(r.value).map(IndicatorText.value) ?? r.value)),
                                    .td(.text(CivilDate.parse(r.decidedOn).map(VNFormat.date) ?? r.decidedOn)),
                                    .td(.text(r.document)),
                                    .td(.text(CivilDate.parse(r.recordedOn).map(VNFormat.date) ?? r.recordedOn)),
                                    .td(
                                        .text(
                                            Components.enteredBy(
                                                actorID: r.actorID, actorName: r.actorName, names: model.actorNames, t))),
                                    .td(.text(r.note)))
                            })
                    ))
            ))
    }

    private static func actualForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let f = model.actualForm
        let e = model.actualErrors
        return Components.form(
            .class("action-form"), .id("nhap-so-lieu"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/indicators/\(model.indicator.id!)/actuals"),
            .attribute(named: "novalidate", value: "novalidate"),
            .h3(.text(t(T.indEnterOne))),
            Components.errorSummary(e, t, form: "actual"),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(String(model.indicator.version))),
            .input(.type(.hidden), .name("year"), .value(String(model.year))),
            Components.selectField(
                .init(
                    name: "period", label: t(T.indFieldPeriod), value: f.period, required: true,
                    error: e.message(for: "period"), form: "actual"),
                options: IndicatorLabels.periodOptions(year: model.year) + IndicatorLabels.periodOptions(year: model.year - 1)),
            Components.selectField(
                .init(
                    name: "kind", label: t(T.indFieldKind), value: f.kind, required: true, hint: t(T.indKindHint),
                    error: e.message(for: "kind"), form: "actual"), options: IndicatorLabels.kindOptions(t)),
            Components.textField(
                .init(
                    name: "value", label: t(T.indFieldValue, model.indicator.unit), value: f.value, required: true,
                    hint: t(T.indValueHint), inputMode: "decimal",
                    error: e.message(for: "value") ?? e.message(for: "value_\(model.indicator.id!)"), form: "actual")),
            .if(
                model.indicator.indicatorAggregation == .rank,
                Components.textField(
                    .init(
                        name: "score", label: t(T.indFieldScore), value: f.score, hint: t(T.indScoreHint), inputMode: "decimal",
                        error: e.message(for: "score") ?? e.message(for: "score_\(model.indicator.id!)"), form: "actual"))),
            Components.textArea(
                name: "classes", label: t(T.indFieldClasses), value: f.classes, hint: t(T.indClassesHint),
                error: e.message(for: "classes"), form: "actual"),
            Components.textArea(
                name: "note", label: t(T.indFieldNote), value: f.note, error: e.message(for: "note"), form: "actual"),
            .button(.class("button primary"), .type(.submit), .text(t(T.indSaveActual)))
        )
    }

    private static func revisionForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let f = model.revisionForm
        let e = model.revisionErrors
        return Components.form(
            .class("action-form"), .id("dieu-chinh"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/indicators/\(model.indicator.id!)/revisions"),
            .attribute(named: "novalidate", value: "novalidate"),
            .h3(.text(t(T.indReviseTarget, String(model.year)))),
            Components.errorSummary(e, t, form: "revision"),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(String(model.indicator.version))),
            .input(.type(.hidden), .name("year"), .value(String(model.year))),
            // With targets of several kinds (seed 002's budget: the centre's and the council's), say which one.
            .if(
                !model.row.otherTargets.isEmpty,
                Components.selectField(
                    .init(
                        name: "target_kind", label: t(T.indFieldWhichTarget), value: f.targetKind, required: true,
                        error: e.message(for: "target_kind"), form: "revision"),
                    options: [(value: "", label: Labels.sentenceStart(model.row.wording.ownTarget))]
                        + model.row.otherTargets.map {
                            (
                                value: $0.kind.rawValue,
                                label: Labels.sentenceStart($0.kind.label(model.indicator.indicatorTargetTerm))
                            )
                        })),
            Components.textField(
                .init(
                    name: "value", label: t(T.indFieldRevisedTarget, model.indicator.unit), value: f.value, required: true,
                    hint: t(T.indValueHint), inputMode: "decimal", error: e.message(for: "value"), form: "revision")),
            Components.textField(
                .init(
                    name: "decided_on", label: t(T.indFieldDecidedOn), value: f.decidedOn, required: true,
                    hint: t(T.dateHint), inputMode: "numeric", error: e.message(for: "decided_on"), form: "revision")),
            Components.textField(
                .init(
                    name: "document", label: t(T.indFieldDocument), value: f.document, required: true,
                    hint: t(T.indDocumentHint), error: e.message(for: "document"), form: "revision")),
            Components.textArea(name: "note", label: t(T.indFieldNote), value: f.note, form: "revision"),
            .button(.class("button"), .type(.submit), .text(t(T.indSaveRevision)))
        )
    }
}
