import Plot
import Vapor

enum SignInPage {
    static func response(_ ctx: PageContext, status: HTTPStatus = .ok, model: Model) -> Response {
        Layout.response(ctx, title: ctx.t(T.signInTitle), section: nil, status: status, content: [view(ctx, model)])
    }

    static func view(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return .div(
            .class("sign-in"),
            .h1(.text(t(T.signInTitle))),
            .p(.class("lead"), .text(t(T.signInLead))),
            .unwrap(model.error) { .div(.class("error-summary"), .attribute(named: "role", value: "alert"), .p(.text($0))) },
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/sign-in"),
                Components.csrfField(ctx),
                .input(.type(.hidden), .name("next"), .value(model.next)),
                Components.textField(
                    .init(
                        name: "username", label: t(T.fieldUsername), value: model.username,
                        required: true, autocomplete: "username")),
                Components.textField(
                    .init(
                        name: "password", label: t(T.fieldPassword), type: "password",
                        required: true, autocomplete: "current-password")),
                .button(.class("button primary"), .type(.submit), .text(t(T.signInButton)))
            )
        )
    }
}
