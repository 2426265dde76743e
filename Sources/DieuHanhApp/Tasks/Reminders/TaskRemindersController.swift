import DieuHanhCore
import Fluent
import Vapor

/// `/tasks/reminders`: an officer's own reminders, everyone's for those who see every unit; the office's settings.
struct TaskRemindersController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let reminders = routes.grouped("tasks", "reminders")
        reminders.get(use: list)
        let office = reminders.grouped(RequireRole.office)
        office.get("settings", use: settings)
        office.post("settings", use: save)
    }

    func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let ctx = req.pageContext()
        let failedOnly = (try? req.query.get(String.self, at: "state")) == "failed"
        let model = try await TaskRemindersPage.model(
            recipient: user.userRole.seesEveryUnit ? nil : user.id, failedOnly: failedOnly, page: req.listPage,
            on: req.db)
        return TaskRemindersPage.response(ctx, model: model)
    }

    func settings(req: Request) async throws -> Response {
        let ctx = req.pageContext()
        let form = TaskReminderSettingsForm(try await TaskReminderService.settings(on: req.db))
        return TaskReminderSettingsPage.response(ctx, form: form, errors: [])
    }

    func save(req: Request) async throws -> Response {
        let form = try req.content.decode(TaskReminderSettingsForm.self)
        let ctx = req.pageContext()
        let (parsed, errors) = form.settings(ctx.t)
        guard let settings = parsed else {
            return TaskReminderSettingsPage.response(ctx, form: form, errors: errors, status: .unprocessableEntity)
        }
        let actor = AuditActor(try req.requireUser())
        let now = req.now
        try await req.write { db in try await TaskReminderService.save(settings, actor: actor, now: now, on: db) }
        req.flash(ctx.t(T.taskRemindersSaved))
        return req.redirect(to: "/tasks/reminders/settings")
    }
}
