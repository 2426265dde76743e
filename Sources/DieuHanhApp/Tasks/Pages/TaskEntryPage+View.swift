import DieuHanhCore
import Plot
import Vapor

enum TaskEntryPage {
    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        Layout.response(ctx, title: ctx.t(T.tasksNew), section: .tasks, status: status, content: view(ctx, model))
    }

    static func view(_ ctx: PageContext, _ model: Model) -> [BodyNode] {
        let t = ctx.t
        let f = model.form
        let e = model.errors
        let units = [(value: "", label: "—")] + model.units.map { (value: $0.id!.uuidString, label: "\($0.name) (\($0.code))") }
        let leaders = [(value: "", label: "—")] + model.leaders.map { (value: $0.id!.uuidString, label: $0.fullName) }
        return [
            .p(.class("breadcrumb"), .a(.href("/tasks"), .text(t(T.tasksTitle)))),
            Components.pageHeader(t(T.tasksNew), lead: t(T.taskRowsHint)),
            .unwrap(model.meeting) { MeetingNoticeEntry.banner($0, t) },
            Components.errorSummary(summaryErrors(e, t), t),
            Components.form(
                .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/tasks"),
                .attribute(named: "novalidate", value: "novalidate"),
                Components.csrfField(ctx),
                .input(.type(.hidden), .name("rows"), .value(String(f.rows.count))),
                .if(!f.meetingID.isEmpty, .input(.type(.hidden), .name("meeting"), .value(f.meetingID))),
                Components.fieldset(
                    .element(named: "legend", text: t(T.fieldDocument)),
                    .div(
                        .class("grid-2"),
                        Components.textField(
                            .init(
                                name: "notation", label: t(T.fieldNotation), value: f.notation, required: true,
                                hint: t(T.notationHint), error: e.message(for: "notation"))),
                        Components.textField(
                            .init(
                                name: "issued_on", label: t(T.fieldIssuedOn), value: f.issuedOn, required: true,
                                hint: t(T.dateHint), inputMode: "numeric", error: e.message(for: "issued_on"))),
                        Components.selectField(
                            .init(
                                name: "issuer_id", label: t(T.fieldIssuer), value: f.issuerID,
                                error: e.message(for: "issuer_id")), options: units),
                        Components.textField(.init(name: "signer", label: t(T.fieldSigner), value: f.signer))),
                    Components.textField(
                        .init(
                            name: "summary", label: t(T.fieldSummary), value: f.summary,
                            error: e.message(for: "summary"))),
                    .div(
                        .class("grid-2"),
                        Components.selectField(
                            .init(
                                name: "assigner_id", label: t(T.fieldAssigner), value: f.assignerID,
                                required: true, error: e.message(for: "assigner_id")), options: units),
                        Components.textField(
                            .init(
                                name: "assigned_on", label: t(T.fieldAssignedOn), value: f.assignedOn,
                                hint: t(T.dateHint), inputMode: "numeric", error: e.message(for: "assigned_on"))))
                ),
                .group(
                    f.rows.enumerated().map { i, row in
                        rowFields(ctx, i, row, e, options: units, units: model.units, leaders: leaders)
                    }),
                .div(
                    .class("form-actions"),
                    .button(.class("button primary"), .type(.submit), .text(t(T.actionSave))),
                    .a(
                        .class("button"),
                        .href(
                            "/tasks/new?rows=\(min(TaskEntryForm.maxRows, f.rows.count + 10))"
                                + (f.meetingID.isEmpty ? "" : "&meeting=\(f.meetingID)")),
                        .text(t(T.taskMoreRows))),
                    .a(.class("button"), .href("/tasks"), .text(t(T.actionCancel))))
            ),
        ]
    }

    private static func rowFields(
        _ ctx: PageContext, _ i: Int, _ row: TaskEntryForm.Row, _ e: [FieldError],
        options units: [(value: String, label: String)], units openUnits: [OrgUnit],
        leaders: [(value: String, label: String)]
    ) -> BodyNode {
        let t = ctx.t
        return Components.fieldset(
            .class("task-row"),
            .element(named: "legend", text: "\(t(T.tasksTitle)) \(i + 1)"),
            Components.textArea(
                name: "content_\(i)", label: t(T.fieldContent), value: row.content,
                error: e.message(for: "content_\(i)")),
            .div(
                .class("grid-3"),
                Components.selectField(
                    .init(
                        name: "lead_\(i)", label: t(T.fieldLeadUnit), value: row.lead,
                        error: e.message(for: "lead_\(i)")), options: units),
                Components.textField(
                    .init(
                        name: "coordinators_\(i)", label: t(T.fieldCoordinators), value: row.coordinators,
                        hint: "SNV; STC", error: e.message(for: "coordinators_\(i)"))),
                Components.textField(
                    .init(
                        name: "deadline_\(i)", label: t(T.fieldDeadline), value: row.deadline,
                        hint: t(T.taskDeadlineHint), error: e.message(for: "deadline_\(i)"))),
                Components.selectField(
                    .init(
                        name: "leader_\(i)", label: t(T.fieldLeader), value: row.leader,
                        error: e.message(for: "leader_\(i)")), options: leaders),
                Components.textField(.init(name: "domain_\(i)", label: t(T.fieldDomain), value: row.domain))),
            LeadUnitsField.view(ctx, row: i, picked: row.leads, units: openUnits)
        )
    }

    /// The summary names the task row of each problem ("Nhiệm vụ 2: …"), as the rows' fields are named `deadline_1`;
    /// next to the field the message stands alone.
    static func summaryErrors(_ errors: [FieldError], _ t: Localizer) -> [FieldError] {
        errors.map { error in
            guard let underscore = error.field.lastIndex(of: "_"),
                let index = Int(error.field[error.field.index(after: underscore)...])
            else { return error }
            return FieldError(field: error.field, message: "\(t(T.tasksTitle)) \(index + 1): \(error.message)")
        }
    }
}
