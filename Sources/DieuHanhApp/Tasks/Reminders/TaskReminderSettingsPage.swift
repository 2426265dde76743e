import DieuHanhCore
import Plot
import Vapor

/// `/tasks/reminders/settings`: the office chooses when tasks are reminded (DOMAIN §11).
enum TaskReminderSettingsPage {
    static func response(
        _ ctx: PageContext, form: TaskReminderSettingsForm, errors: [FieldError], status: HTTPStatus = .ok
    ) -> Response {
        let t = ctx.t
        func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }
        return Layout.response(
            ctx, title: t(T.taskRemindersSettingsTitle), section: .tasks, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/tasks/reminders"), .text(t(T.taskRemindersTitle)))),
                Components.pageHeader(t(T.taskRemindersSettingsTitle), lead: t(T.taskRemindersSettingsLead)),
                Components.errorSummary(errors, t),
                Components.form(
                    .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/tasks/reminders/settings"),
                    Components.csrfField(ctx),
                    checkbox("enabled", label: t(T.taskRemindFieldEnabled), checked: form.enabled != nil),
                    Components.textField(
                        .init(
                            name: "days_before", label: t(T.taskRemindFieldDaysBefore), value: form.days_before ?? "",
                            inputMode: "numeric", error: error("days_before"))),
                    checkbox("on_overdue", label: t(T.taskRemindFieldOnOverdue), checked: form.on_overdue != nil),
                    Components.textField(
                        .init(
                            name: "repeat_every", label: t(T.taskRemindFieldRepeat), value: form.repeat_every ?? "",
                            inputMode: "numeric", error: error("repeat_every"))),
                    .button(.class("button primary"), .type(.submit), .text(t(T.actionSave)))),
            ])
    }

    private static func checkbox(_ name: String, label: String, checked: Bool) -> BodyNode {
        .div(
            .class("field checkbox"),
            .input(.type(.checkbox), .id("f-\(name)"), .name(name), .value("1"), .checked(checked)),
            .label(.for("f-\(name)"), .text(label)))
    }
}
