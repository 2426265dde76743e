import DieuHanhCore
import Plot
import Vapor

enum UnitClosePage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus) -> Response {
        let title = ctx.t(T.unitCloseTitle, model.unit.name)
        return Layout.response(ctx, title: title, section: .units, status: status, content: view(ctx, model, title: title))
    }

    static func view(_ ctx: PageContext, _ model: Model, title: String) -> [BodyNode] {
        let t = ctx.t
        let options =
            [(value: "", label: t(T.unitNoSuccessor))]
            + model.candidates.map { (value: $0.id!.uuidString, label: "\($0.name) (\($0.code))") }
        return [
            .p(.class("breadcrumb"), .a(.href("/units/\(model.unit.id!)"), .text(model.unit.name))),
            Components.pageHeader(title, lead: t(T.unitCloseLead)),
            Components.errorSummary(model.errors, t),
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/units/\(model.unit.id!)/close"),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                Components.textField(
                    .init(
                        name: "valid_to", label: t(T.fieldValidTo), value: model.date, required: true,
                        hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "valid_to"))),
                Components.selectField(
                    .init(
                        name: "successor_id", label: t(T.fieldSuccessor), value: model.successorID,
                        hint: t(T.unitSuccessorHint), error: model.errors.message(for: "successor_id")),
                    options: options),
                .div(
                    .class("form-actions"),
                    .button(.class("button danger"), .type(.submit), .text(t(T.unitCloseAction))),
                    .a(.class("button"), .href("/units/\(model.unit.id!)"), .text(t(T.actionCancel))))
            ),
        ]
    }
}
