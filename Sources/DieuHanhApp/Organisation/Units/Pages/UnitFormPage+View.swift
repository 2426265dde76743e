import DieuHanhCore
import Plot
import Vapor

enum UnitFormPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus) -> Response {
        let title = model.unit == nil ? ctx.t(T.unitsNew) : ctx.t(T.unitEditTitle, model.unit!.name)
        return Layout.response(ctx, title: title, section: .units, status: status, content: view(ctx, model, title: title))
    }

    static func view(_ ctx: PageContext, _ model: Model, title: String) -> [BodyNode] {
        let t = ctx.t
        let form = model.form
        let errors = model.errors
        let action = model.unit.map { "/units/\($0.id!)" } ?? "/units"
        let kinds = UnitKind.allCases.map { (value: $0.rawValue, label: Labels.unitKind($0, t)) }
        let parents =
            [(value: "", label: t(T.unitNoParent))]
            + model.parents.map { (value: $0.id!.uuidString, label: "\($0.name) (\($0.code))") }
        return [
            .p(.class("breadcrumb"), .a(.href("/units"), .text(t(T.unitsTitle)))),
            Components.pageHeader(title),
            Components.errorSummary(errors, t),
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: action),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                .input(.type(.hidden), .name("version"), .value(form.version ?? "")),
                Components.textField(
                    .init(
                        name: "code", label: t(T.fieldCode), value: form.code ?? "", required: true,
                        hint: t(T.unitCodeHint), error: errors.message(for: "code"))),
                Components.textField(
                    .init(
                        name: "name", label: t(T.fieldUnitName), value: form.name ?? "", required: true,
                        error: errors.message(for: "name"))),
                Components.selectField(
                    .init(
                        name: "kind", label: t(T.fieldKind), value: form.kind ?? "", required: true,
                        error: errors.message(for: "kind")), options: kinds),
                Components.selectField(
                    .init(
                        name: "parent_id", label: t(T.fieldParent), value: form.parent_id ?? "",
                        error: errors.message(for: "parent_id")), options: parents),
                Components.textField(
                    .init(
                        name: "valid_from", label: t(T.fieldValidFrom), value: form.valid_from ?? "",
                        hint: t(T.dateHint), inputMode: "numeric", error: errors.message(for: "valid_from"))),
                .div(
                    .class("form-actions"),
                    .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))),
                    .a(.class("button"), .href(model.unit.map { "/units/\($0.id!)" } ?? "/units"), .text(t(T.actionCancel))))
            ),
        ]
    }
}
