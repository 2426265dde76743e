import Plot
import Vapor

enum ProfilePage {
    static func response(
        _ ctx: PageContext, user: UserAccount, unitName: String?, errors: [FieldError],
        status: HTTPStatus = .ok
    ) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.profileTitle), section: nil, status: status,
            content: [
                Components.pageHeader(t(T.profileTitle), lead: user.fullName),
                .dl(
                    .class("facts"),
                    .dt(.text(t(T.fieldUsername))), .dd(.code(.text(user.username))),
                    .dt(.text(t(T.fieldRole))), .dd(.text(Labels.role(user.userRole, t))),
                    .dt(.text(t(T.fieldUnit))), .dd(.text(unitName ?? "—")),
                    .dt(.text(t(T.fieldLanguage))), .dd(.text(user.userLanguage == .vi ? "Tiếng Việt" : "English"))
                ),
                .section(
                    .h2(.text(t(T.passwordChangeTitle))),
                    Components.errorSummary(errors, t),
                    Components.form(
                        .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/profile/password"),
                        .attribute(named: "novalidate", value: "novalidate"),
                        Components.csrfField(ctx),
                        Components.textField(
                            .init(
                                name: "current_password", label: t(T.passwordCurrent), type: "password",
                                required: true, autocomplete: "current-password",
                                error: errors.message(for: "current_password"))),
                        Components.textField(
                            .init(
                                name: "new_password", label: t(T.passwordNew), type: "password",
                                required: true, hint: t(T.passwordPolicy), autocomplete: "new-password",
                                error: errors.message(for: "new_password"))),
                        Components.textField(
                            .init(
                                name: "confirm_password", label: t(T.passwordConfirm), type: "password",
                                required: true, autocomplete: "new-password",
                                error: errors.message(for: "confirm_password"))),
                        .button(.class("button primary"), .type(.submit), .text(t(T.passwordChangeTitle)))
                    )
                ),
            ])
    }
}
