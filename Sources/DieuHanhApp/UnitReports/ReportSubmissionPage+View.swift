import DieuHanhCore
import Plot
import Vapor

/// `/reports/requests/{id}/units/{unitID}`: one unit's report — send or replace it (the unit, or the office on
/// its behalf), return it with a reason (the office), and every dated step.
enum ReportSubmissionPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        Layout.response(
            ctx, title: model.unit.name + " — " + model.request.title, section: .reports, status: status,
            content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let r = model.request
        let snapshot = model.status.snapshot
        let action = snapshot.map { ReportSubmissionRule.unitAction($0, today: ctx.today) } ?? .submit
        return [
            .p(
                .class("breadcrumb"), .a(.href("/reports/requests"), .text(t(T.reportRequestsTitle))), .text(" › "),
                .a(.href("/reports/requests/\(r.id!)"), .text(r.title))),
            Components.pageHeader(model.unit.name, lead: r.title),
            .p(Labels.reportStatusTag(snapshot, dueSoon: model.status.dueSoon, t)),
            .dl(
                .class("facts"),
                .dt(.text(t(T.reportFieldDeadline))), .dd(.strong(.text(VNFormat.date(r.deadlineDate)))),
                .dt(.text(t(T.reportFieldPeriod))), .dd(.text(r.periodLabel.nonEmpty ?? "—")),
                .dt(.text(t(T.reportFieldCutOff))), .dd(.text(r.cutOffDate.map(VNFormat.date) ?? "—")),
                .unwrap(r.notation) { .group(.dt(.text(t(T.reportFieldNotation))), .dd(.text($0))) },
                .dt(.text(t(T.reportColSentOn))), .dd(.text(snapshot?.submittedOn.map(VNFormat.date) ?? "—"))),
            .if(
                !r.outline.isEmpty,
                .details(
                    .summary(.text(t(T.reportFieldOutline))),
                    .div(.class("card"), .group(r.outline.split(separator: "\n").map { .p(.text(String($0))) })))),
            .if(!model.forms.isEmpty, .section(.h2(.text(t(T.reportForms))), Components.attachmentList(model.forms))),
            current(ctx, model),
            .if(
                model.maySubmit || model.canReturn,
                .section(
                    .h2(.text(t(T.taskActions))),
                    .div(
                        .class("action-forms"),
                        .if(model.maySubmit, submitForm(ctx, model, action: action)),
                        .if(model.canReturn && snapshot?.status.isSubmitted == true, returnForm(ctx, model)))
                )),
            history(ctx, model),
            .if(
                !model.reminders.isEmpty,
                .section(
                    .h2(.text(t(T.remindersTitle))),
                    .ul(
                        .class("plain"),
                        .forEach(model.reminders) { reminder in
                            .li(
                                .text(
                                    Labels.reminderKind(reminder.reminderKind, t) + " — " + VNFormat.dateTime(reminder.recordedAt)
                                        + " "),
                                Labels.mailStatusTag(reminder, t))
                        })
                )),
        ]
    }

    /// Who recorded a step: the person's full name, the account name only when the account is gone.
    private static func who(_ step: ReportSubmissionRecord, _ model: Model) -> String {
        step.actorID.flatMap { model.actorNames[$0] } ?? step.actorName
    }

    private static func current(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        guard model.status.status?.isSubmitted == true, let version = model.status.version else {
            return .section(.h2(.text(t(T.reportCurrent))), .p(.class("muted"), .text(t(T.reportNothingSent))))
        }
        return .section(
            .h2(.text(t(T.reportCurrent))),
            .div(
                .class("card"),
                .p(.class("muted"), .text(t(T.recordedOnBy, VNFormat.dateTime(version.recordedAt), who(version, model)))),
                Components.attachmentList(model.files[version.id!] ?? []),
                .group(version.text.split(separator: "\n").map { .p(.text(String($0))) }))
        )
    }

    private static func submitForm(_ ctx: PageContext, _ model: Model, action: ReportSubmissionRule.UnitAction) -> BodyNode {
        let t = ctx.t
        if action == .none {
            return .div(.class("action-form"), .h3(.text(t(T.reportReplace))), .p(.text(t(T.reportReplaceAfterDeadline))))
        }
        let errors = model.failed?.form == "submit" ? model.failed!.errors : []
        let label = action == .replace ? t(T.reportReplace) : t(T.reportSubmit)
        return Components.form(
            .class("action-form"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/reports/requests/\(model.request.id!)/units/\(model.unit.id!)/submit"),
            .attribute(named: "enctype", value: "multipart/form-data"), .attribute(named: "novalidate", value: "novalidate"),
            .h3(.text(label)),
            .if(
                action == .replace,
                .p(
                    .class("hint"),
                    .text(
                        t(
                            T.reportReplaceHint,
                            model.status.snapshot?.submittedOn.map(VNFormat.date) ?? "")))),
            Components.errorSummary(errors, t),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(String(model.status.recipient.version))),
            bigTextArea(
                name: "text", label: t(T.reportFieldText), hint: t(T.reportTextHint), value: model.typed,
                error: errors.message(for: "text")),
            Components.fileField(
                id: "files-submit", label: t(T.fieldAttachments), hint: t(T.attachmentHint),
                error: errors.message(for: "files")),
            .button(.class("button primary"), .type(.submit), .text(label))
        )
    }

    private static func returnForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let errors = model.failed?.form == "return" ? model.failed!.errors : []
        return Components.form(
            .class("action-form"), .attribute(named: "method", value: "post"),
            .attribute(named: "action", value: "/reports/requests/\(model.request.id!)/units/\(model.unit.id!)/return"),
            .attribute(named: "novalidate", value: "novalidate"),
            .h3(.text(t(T.reportReturn))),
            .p(.class("hint"), .text(t(T.reportReturnHint))),
            Components.errorSummary(errors, t),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("version"), .value(String(model.status.recipient.version))),
            Components.textArea(
                name: "reason", label: t(T.reportFieldReason), value: model.failed?.form == "return" ? model.typed : "",
                error: errors.message(for: "reason")),
            .button(.class("button danger"), .type(.submit), .text(t(T.reportReturn)))
        )
    }

    private static func history(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        return .section(
            .h2(.text(t(T.reportHistory))),
            model.status.events.isEmpty
                ? .p(.class("muted"), .text(t(T.reportHistoryEmpty)))
                : .ol(
                    .class("timeline"),
                    .forEach(model.status.events.reversed()) { step in
                        .li(
                            .strong(.text(Labels.reportStep(step.kind, t))),
                            .text(" — " + VNFormat.date(CivilDate.parse(step.recordedOn)!)),
                            .if(
                                !step.text.isEmpty,
                                .p(
                                    .text(
                                        step.kind == ReportSubmissionEvent.Kind.returned.rawValue
                                            ? t(T.reportReturnReason, step.text)
                                            : String(step.text.prefix(400))
                                                + (step.text.count > 400 ? "…" : "")))),
                            Components.attachmentList(model.files[step.id!] ?? []),
                            .p(.class("muted"), .text(t(T.recordedOnBy, VNFormat.dateTime(step.recordedAt), who(step, model)))))
                    }
                )
        )
    }

    static func bigTextArea(name: String, label: String, hint: String, value: String, error: String?) -> BodyNode {
        .div(
            .class(error == nil ? "field" : "field has-error"),
            .label(.for("f-\(name)"), .text(label)),
            .p(.class("hint"), .id("h-\(name)"), .text(hint)),
            .unwrap(error) { .p(.class("field-error"), .id("e-\(name)"), .text($0)) },
            .element(
                named: "textarea",
                nodes: [
                    .attribute(named: "id", value: "f-\(name)"), .attribute(named: "name", value: name),
                    .attribute(named: "rows", value: "8"),
                    .attribute(named: "aria-describedby", value: "h-\(name)" + (error == nil ? "" : " e-\(name)")),
                    .attribute(named: "aria-invalid", value: error != nil ? "true" : nil),
                    .text(value),
                ])
        )
    }
}
