import DieuHanhCore
import Plot
import Vapor

/// `/indicators/new` and `/indicators/{id}/edit`: an indicator's definition and one year's plan (office only).
enum IndicatorFormPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let title = model.indicatorID == nil ? ctx.t(T.indNew) : ctx.t(T.indEditTitle)
        return Layout.response(ctx, title: title, section: .indicators, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let f = model.form
        let e = model.errors
        let isNew = model.indicatorID == nil
        let action = model.indicatorID.map { "/indicators/\($0)" } ?? "/indicators"
        let back = model.indicatorID.map { "/indicators/\($0)?year=\(f.year)" } ?? "/indicators?year=\(f.year)"
        let units = [(value: "", label: "—")] + model.units.map { (value: $0.id!.uuidString, label: "\($0.name) (\($0.code))") }
        return [
            .p(.class("breadcrumb"), .a(.href("/indicators?year=\(f.year)"), .text(t(T.indTitle)))),
            Components.pageHeader(isNew ? t(T.indNew) : t(T.indEditTitle), lead: isNew ? t(T.indNewLead) : t(T.indEditLead)),
            Components.errorSummary(e, t),
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: action),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                .input(.type(.hidden), .name("version"), .value(f.version)),
                Components.fieldset(
                    .element(named: "legend", text: t(T.indDefinition)),
                    .div(
                        .class("grid-2"),
                        Components.textField(
                            .init(
                                name: "code", label: t(T.fieldCode), value: f.code, required: true,
                                hint: t(T.indCodeHint), error: e.message(for: "code"))),
                        Components.textField(
                            .init(
                                name: "unit", label: t(T.indColUnit), value: f.unit, required: true,
                                hint: t(T.indUnitHint), error: e.message(for: "unit")))),
                    Components.textField(
                        .init(
                            name: "name", label: t(T.indColName), value: f.name, required: true,
                            error: e.message(for: "name"))),
                    .div(
                        .class("grid-2"),
                        Components.selectField(
                            .init(
                                name: "direction", label: t(T.indFieldDirection), value: f.direction, required: true,
                                error: e.message(for: "direction")),
                            options: IndicatorDirection.allCases.map {
                                (value: $0.rawValue, label: IndicatorLabels.direction($0, t))
                            }),
                        Components.selectField(
                            .init(
                                name: "aggregation", label: t(T.indFieldAggregation), value: f.aggregation,
                                required: true, error: e.message(for: "aggregation")),
                            options: IndicatorAggregation.allCases.map {
                                (value: $0.rawValue, label: IndicatorLabels.aggregation($0, t))
                            }),
                        Components.selectField(
                            .init(name: "target_term", label: t(T.indFieldTargetTerm), value: f.targetTerm),
                            options: IndicatorTargetTerm.allCases.map {
                                (value: $0.rawValue, label: Labels.sentenceStart($0.word))
                            })),
                    parentField(ctx, model)
                ),
                Components.fieldset(
                    .element(named: "legend", text: t(T.indPlanLegend, f.year)),
                    .if(
                        isNew,
                        Components.textField(
                            .init(
                                name: "year", label: t(T.indFieldYear), value: f.year, required: true,
                                error: e.message(for: "year")))),
                    .if(!isNew, .input(.type(.hidden), .name("year"), .value(f.year))),
                    Components.selectField(
                        .init(
                            name: "responsible_unit_id", label: t(T.indFieldResponsible), value: f.responsibleUnitID,
                            required: true, error: e.message(for: "responsible_unit_id")), options: units),
                    .if(
                        isNew,
                        Components.textField(
                            .init(
                                name: "target", label: t(T.indFieldTarget), value: f.target, required: true,
                                hint: t(T.indValueHint), error: e.message(for: "target")))),
                    .if(!isNew, .p(.class("muted"), .text(t(T.indTargetByRevision)))),
                    Components.textField(
                        .init(
                            name: "target_document", label: t(T.indFieldTargetDocument), value: f.targetDocument,
                            hint: t(T.indDocumentHint), error: e.message(for: "target_document")))
                ),
                .div(
                    .class("form-actions"),
                    .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))),
                    .a(.class("button"), .href(back), .text(t(T.actionCancel))))
            ),
        ]
    }

    /// "Thuộc chỉ tiêu": none, or one of the year's indicators that are not components.
    private static func parentField(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let options =
            [(value: "", label: t(T.indParentNone))]
            + model.parents.map { (value: $0.id!.uuidString, label: "\($0.name) (\($0.code))") }
        return Components.selectField(
            .init(
                name: "parent_id", label: t(T.indFieldParent), value: model.form.parentID, hint: t(T.indParentHint),
                error: model.errors.message(for: "parent_id")), options: options)
    }
}
