import DieuHanhCore
import Plot
import Vapor

/// `/tasks/urging/new`: choose one, some or all units with overdue tasks and the day, then tick the tasks the
/// letter lists (all ticked at first) and draft it.
enum UrgingChoosePage {
    struct Model {
        var fields: [String: String]
        var asOf: CivilDate
        var units: [(id: UUID, name: String, count: Int)]
        var choice: UrgingChoice
        /// The chosen units' overdue tasks, once units are chosen.
        var lines: [UrgingLine]?
        var errors: [FieldError]
    }

    static func response(_ ctx: PageContext, model: Model, status: HTTPStatus = .ok) -> Response {
        let t = ctx.t
        return Layout.response(
            ctx, title: t(T.urgingNew), section: .tasks, status: status,
            content: [
                .p(.class("breadcrumb"), .a(.href("/tasks/urging"), .text(t(T.urgingBack)))),
                Components.pageHeader(t(T.urgingNew), lead: t(T.urgingChooseLead)),
                Components.errorSummary(model.errors, t),
                unitsForm(ctx, model),
                .unwrap(model.lines) { tasksForm(ctx, model, $0) },
            ])
    }

    private static func checkbox(name: String, label: String, checked: Bool) -> BodyNode {
        .div(
            .class("field checkbox"),
            .input(
                .type(.checkbox), .name(name), .id("f-\(name)"), .value("1"),
                .attribute(named: "checked", value: checked ? "checked" : nil)),
            .label(.for("f-\(name)"), .text(label)))
    }

    private static func unitsForm(_ ctx: PageContext, _ model: Model) -> BodyNode {
        let t = ctx.t
        let chosen = Set(model.choice.unitIDs ?? [])
        return Components.form(
            .attribute(named: "method", value: "get"), .attribute(named: "action", value: "/tasks/urging/new"),
            .input(.type(.hidden), .name("show"), .value("1")),
            Components.textField(
                .init(
                    name: "as_of", label: t(T.urgingAsOf), value: model.fields["as_of"] ?? VNFormat.date(model.asOf),
                    hint: t(T.dateHint), inputMode: "numeric", error: model.errors.message(for: "as_of"))),
            model.units.isEmpty
                ? .p(.class("muted"), .text(t(T.urgingNoUnits, VNFormat.date(model.asOf))))
                : Components.fieldset(
                    .element(named: "legend", nodes: [.text(t(T.fieldLeadUnit))]),
                    .unwrap(model.errors.message(for: "units")) { .p(.class("field-error"), .text($0)) },
                    checkbox(name: "all", label: t(T.urgingAllUnits), checked: model.choice.all),
                    .forEach(model.units) { unit in
                        checkbox(
                            name: "unit_\(unit.id)", label: t(T.urgingUnitCount, unit.name, VNFormat.integer(unit.count)),
                            checked: chosen.contains(unit.id))
                    }),
            .button(.class("button"), .type(.submit), .text(t(T.urgingShow))))
    }

    private static func tasksForm(_ ctx: PageContext, _ model: Model, _ lines: [UrgingLine]) -> BodyNode {
        let t = ctx.t
        let ticked = Set(model.choice.taskIDs ?? [])
        // Back from a refusal the ticks are as they were sent; arriving from the units' form every task is ticked.
        let tickAll = model.fields["_csrf"] == nil
        return Components.form(
            .attribute(named: "method", value: "post"), .attribute(named: "action", value: "/tasks/urging"),
            Components.csrfField(ctx),
            .input(.type(.hidden), .name("as_of"), .value(VNFormat.date(model.asOf))),
            .if(model.choice.all, .input(.type(.hidden), .name("all"), .value("1"))),
            .forEach(model.choice.unitIDs ?? []) { .input(.type(.hidden), .name("unit_\($0)"), .value("1")) },
            .h2(.text(t(T.urgingTasksHeading, VNFormat.date(model.asOf)))),
            .unwrap(model.errors.message(for: "tasks")) { .p(.class("field-error"), .text($0)) },
            .div(
                .class("table-wrap"), .keyboardScrollable,
                .table(
                    .class("data card-rows"),
                    .thead(
                        .tr(
                            .th(.text("")), .th(.text(t(T.fieldContent))), .th(.text(t(T.fieldDocument))),
                            .th(.text(t(T.fieldLeadUnit))), .th(.text(t(T.fieldDeadline))),
                            .th(.text(UrgingText.columns[5])))),
                    .tbody(
                        .forEach(lines) { line in
                            .tr(
                                .td(
                                    .input(
                                        .type(.checkbox), .name("task_\(line.taskID)"), .id("f-task_\(line.taskID)"),
                                        .value("1"),
                                        .attribute(
                                            named: "checked", value: tickAll || ticked.contains(line.taskID) ? "checked" : nil))),
                                .td(.label(.for("f-task_\(line.taskID)"), .text(line.content))),
                                .td(.data(named: "label", value: t(T.fieldDocument)), .text(line.document)),
                                .td(.data(named: "label", value: t(T.fieldLeadUnit)), .text(line.unit)),
                                .td(
                                    .data(named: "label", value: t(T.fieldDeadline)),
                                    .text(line.deadline.map(VNFormat.date) ?? "")),
                                .td(
                                    .data(named: "label", value: UrgingText.columns[5]),
                                    .text(line.daysOverdue.map(VNFormat.integer) ?? "")))
                        }))),
            lines.isEmpty
                ? .p(.class("muted"), .text(t(T.urgingNoOverdue, VNFormat.date(model.asOf))))
                : .button(.class("button primary"), .type(.submit), .text(t(T.urgingCreate))))
    }
}
