import DieuHanhCore
import Plot
import Vapor

/// An indicator's page, its components' part (issue 18): the parent it belongs to, the parts it is made of, and
/// for a sum whether the parts add up to its figure.
extension IndicatorPage {
    /// The standing in the report's words, a parent's going on with its parts ("… Trong đó: xuất khẩu 138,131 triệu
    /// USD, …").
    static func standing(_ model: Model) -> String? {
        let indicator = model.indicator
        let s = model.row.snapshot
        guard
            let sentence = IndicatorText.sentence(
                name: indicator.name, unit: indicator.unit, direction: indicator.indicatorDirection,
                aggregation: indicator.indicatorAggregation, otherTargets: model.row.otherTargets, wording: model.row.wording,
                s)
        else { return nil }
        let parts = model.components.map {
            IndicatorText.ComponentLine(
                name: $0.indicator.name, unit: $0.indicator.unit, direction: $0.indicator.indicatorDirection,
                snapshot: $0.snapshot)
        }
        return IndicatorText.componentsClause(parts, parent: s.actual).map { sentence + " " + $0 } ?? sentence
    }

    /// "Thuộc chỉ tiêu: Tổng kim ngạch xuất nhập khẩu", linking up, on a component's page.
    static func parentLink(_ ctx: PageContext, _ model: Model) -> BodyNode {
        .unwrap(model.parent) { parent in
            .p(
                .class("component-of"), .text(ctx.t(T.indComponentOf) + " "),
                .a(.href("/indicators/\(parent.id!)?year=\(model.year)&as_of=\(model.asOf.iso)"), .text(parent.name)))
        }
    }

    /// The components as of the cut-off, each with its figure, share of its target, comparison and status, and the
    /// check of a sum parent against them.
    static func components(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        guard !model.components.isEmpty else { return .empty }
        return .section(
            .h2(.text(t(T.indComponentsTitle))),
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data"),
                    .caption(.text(t(T.indComponentsCaption, String(model.year), VNFormat.date(model.asOf)))),
                    .thead(
                        .tr(
                            .th(.text(t(T.indColName))), .th(.class("num"), .text(t(T.indColActual))),
                            .th(.class("num"), .text(t(T.indColTarget))), .th(.class("num"), .text(t(T.indColPercent))),
                            .th(.class("num"), .text(t(T.indColYoy))), .th(.text(t(T.indColStatus))),
                            .th(.text(t(T.indColResponsible))))),
                    .tbody(.forEach(model.components) { componentRow(ctx, model, $0) }))),
            sumCheck(ctx, model)
        )
    }

    private static func componentRow(_ ctx: PageContext, _ model: Model, _ row: IndicatorYearRow) -> Node<HTML.TableContext> {
        let s = row.snapshot
        let unit = row.indicator.unit
        return .tr(
            .class(IndicatorLabels.rowClass(s.status)),
            .td(
                .a(
                    .href("/indicators/\(row.indicator.id!)?year=\(model.year)&as_of=\(model.asOf.iso)"),
                    .text(row.indicator.name))),
            .td(
                .class("num"), .text(s.actual.map { IndicatorText.value($0.value, unit: unit) } ?? "—"),
                .unwrap(s.actual) { .group(.br(), .span(.class("muted"), .text($0.label))) }),
            .td(.class("num"), .text(s.target.map { IndicatorText.value($0, unit: unit) } ?? "—")),
            .td(.class("num"), .text(IndicatorLabels.percent(s.percentOfTarget))),
            .td(.class("num"), .text(IndicatorText.yoyChange(s) ?? "—")),
            .td(IndicatorLabels.statusTag(s.status, ctx.t)),
            .td(.text(model.unitNames[row.plan.responsibleUnitID] ?? "—")))
    }

    /// "Tổng các chỉ tiêu thành phần: 278,8 triệu USD, khớp với số của chỉ tiêu." or "… chênh lệch 0,5 triệu USD so
    /// với số của chỉ tiêu."; for a sum that cannot be checked yet, why; for an index or a level, that it is not a sum.
    private static func sumCheck(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let unit = model.indicator.unit
        guard model.indicator.indicatorAggregation.isSummed else { return .p(.class("muted"), .text(t(T.indSumNotSummed))) }
        guard let check = model.sumCheck else {
            // Without the parent's own figure there is nothing to check yet, and nothing to say.
            return model.row.snapshot.actual == nil ? .empty : .p(.class("muted"), .text(t(T.indSumNotChecked)))
        }
        let total = IndicatorText.value(check.total, unit: unit)
        if check.agrees { return .p(.class("sum-check"), .text(t(T.indSumAgrees, total))) }
        let gap = check.difference < 0 ? -check.difference : check.difference
        return .p(
            .class("sum-check"), .span(.class("tag tag-warn"), .text("!")), .text(" "),
            .text(t(T.indSumDiffers, total, IndicatorText.value(gap, unit: unit))))
    }
}
