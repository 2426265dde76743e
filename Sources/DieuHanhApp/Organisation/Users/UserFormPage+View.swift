import DieuHanhCore
import Plot
import Vapor

enum UserFormPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus) -> Response {
        let title = model.user == nil ? ctx.t(T.usersNew) : ctx.t(T.userEditTitle, model.user!.username)
        return Layout.response(ctx, title: title, section: .users, status: status, content: view(ctx, model, title: title))
    }

    static func view(_ ctx: PageContext, _ model: Model, title: String) -> [BodyNode] {
        let t = ctx.t
        let form = model.form
        let errors = model.errors
        let roles: [(value: String, label: String)] = Role.allCases.map { (value: $0.rawValue, label: Labels.role($0, t)) }
        var units: [(value: String, label: String)] = [(value: "", label: t(T.userNoUnit))]
        units += model.units.map { (value: $0.id!.uuidString, label: $0.name) }
        return [
            .p(.class("breadcrumb"), .a(.href("/users"), .text(t(T.usersTitle)))),
            Components.pageHeader(title),
            Components.errorSummary(errors, t),
            Components.form(
                .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: model.user.map { "/users/\($0.id!)" } ?? "/users"),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                .input(.type(.hidden), .name("version"), .value(form.version ?? "")),
                model.user == nil
                    ? Components.textField(
                        .init(
                            name: "username", label: t(T.fieldUsername), value: form.username ?? "",
                            required: true, hint: t(T.userUsernameHint), autocomplete: "off",
                            error: errors.message(for: "username")))
                    : .group(
                        .input(.type(.hidden), .name("username"), .value(form.username ?? "")),
                        .p(.strong(.text(t(T.fieldUsername) + ": ")), .code(.text(form.username ?? "")))),
                Components.textField(
                    .init(
                        name: "full_name", label: t(T.fieldFullName), value: form.full_name ?? "",
                        required: true, error: errors.message(for: "full_name"))),
                Components.selectField(
                    .init(
                        name: "role", label: t(T.fieldRole), value: form.role ?? "", required: true,
                        hint: t(T.userRoleHint), error: errors.message(for: "role")), options: roles),
                Components.selectField(
                    .init(
                        name: "unit_id", label: t(T.fieldUnit), value: form.unit_id ?? "",
                        hint: t(T.userUnitHint), error: errors.message(for: "unit_id")), options: units),
                .if(
                    model.user == nil,
                    Components.textField(
                        .init(
                            name: "password", label: t(T.fieldPassword), type: "password",
                            hint: t(T.userPasswordHint), autocomplete: "new-password",
                            error: errors.message(for: "password")))),
                .div(
                    .class("form-actions"),
                    .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))),
                    .a(.class("button"), .href("/users"), .text(t(T.actionCancel))))
            ),
            .unwrap(model.user) { user in accountActions(ctx, user) },
        ]
    }

    private static func accountActions(_ ctx: PageContext, _ user: UserAccount) -> BodyNode {
        let t = ctx.t
        // One's own password is changed on one's own page, with the current one; one cannot lock oneself out.
        if user.id == ctx.user?.id {
            return .p(.class("muted"), .text(t(T.userCannotResetSelf) + " "), .a(.href("/profile"), .text(t(T.profileTitle))))
        }
        return .section(
            .class("danger-zone"),
            .h2(.text(t(T.userAccountActions))),
            .div(
                .class("actions"),
                Components.postButton(
                    ctx, label: t(T.userResetPassword), action: "/users/\(user.id!)/reset-password",
                    confirm: t(T.userResetConfirm, user.username)),
                user.active
                    ? Components.postButton(
                        ctx, label: t(T.userDeactivate), action: "/users/\(user.id!)/deactivate",
                        danger: true, confirm: t(T.userDeactivateConfirm, user.username))
                    : Components.postButton(ctx, label: t(T.userActivate), action: "/users/\(user.id!)/activate"))
        )
    }
}

/// Shows a new password once; it is not stored anywhere in clear.
enum PasswordShownPage {
    static func response(_ ctx: PageContext, user: UserAccount, password: String, generated: Bool) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.passwordShownTitle), section: .users,
            content: [
                Components.pageHeader(t(T.passwordShownTitle), lead: t(T.passwordShownLead, user.username)),
                .if(
                    generated,
                    .div(
                        .class("secret"),
                        .p(.text(t(T.fieldPassword) + ": ")),
                        .p(.code(.class("password"), .text(password))))),
                .p(.text(t(T.passwordShownOnce))),
                .p(.a(.class("button primary"), .href("/users"), .text(t(T.usersTitle)))),
            ])
    }
}
