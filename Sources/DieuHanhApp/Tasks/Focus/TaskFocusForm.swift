import DieuHanhCore
import Plot
import Vapor

/// The small form on a task's page with which the office marks a focal task and sets its priority.
enum TaskFocusForm {
    static func view(_ ctx: PageContext, taskID: UUID, focus: TaskFocus) -> BodyNode {
        let t = ctx.t
        let priorities =
            [(value: "", label: t(T.focusPriorityNone))]
            + TaskPriority.allCases.map { (value: $0.rawValue, label: $0.label) }
        return .section(
            .h2(.text(t(T.focusTitle))),
            Components.form(
                .class("action-form focus-form"), .attribute(named: "method", value: "post"),
                .attribute(named: "action", value: "/tasks/\(taskID)/focus"),
                Components.csrfField(ctx),
                .div(
                    .class("field checkbox"),
                    .input(
                        .type(.checkbox), .id("focus-focal"), .name("focal"), .value("1"),
                        .attribute(named: "checked", value: focus.focal ? "checked" : nil)),
                    .label(.for("focus-focal"), .text(t(T.focusMarkLabel)))),
                Components.selectField(
                    .init(name: "priority", label: t(T.focusPriority), value: focus.priority?.rawValue ?? ""),
                    options: priorities),
                .button(.class("button"), .type(.submit), .text(t(T.focusSave)))))
    }
}

/// `POST /tasks/{id}/focus`: the form above, through the same service as the API.
struct TaskFocusController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.post("tasks", ":taskID", "focus", use: save)
    }

    func save(req: Request) async throws -> Response {
        struct Form: Content {
            var focal: String?
            var priority: String?
        }
        let task = try await req.visibleTask()
        let form = try req.content.decode(Form.self)
        let t = req.t
        let (focus, errors) = TaskFocusService.read(focal: form.focal, priority: form.priority, t: t)
        try errors.throwIfAny()
        let user = try req.requireUser()
        let changed = try await req.write { db in
            try await TaskFocusService.set(focus, on: task, user: user, now: req.now, on: db, t: t)
        }
        req.flash(t(changed ? T.focusSaved : T.focusUnchanged))
        return req.redirect(to: "/tasks/\(task.id!)")
    }
}
