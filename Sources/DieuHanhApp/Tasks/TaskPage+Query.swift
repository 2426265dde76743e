import DieuHanhCore
import Fluent
import Vapor

/// Gathers what a task's page shows.
enum TaskPageLoader {
    static func response(
        _ req: Request, task: TaskItem, failed: (action: TaskAction, errors: [FieldError])?,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let ctx = req.pageContext()
        let user = try req.requireUser()
        let scope = try await req.accessScope()
        guard let document = try await Document.find(task.documentID, on: req.db) else { throw Abort(.notFound) }
        let units = try await UnitDirectory.all(on: req.db)
        let coordinatorIDs = Set(try await TaskCoordinator.query(on: req.db).filter(\.$taskID == task.id!).all().map(\.unitID))
        let records = try await TaskFactsLoader.events(for: [task.id!], on: req.db)[task.id!] ?? []
        let facts = TaskFactsLoader.facts(task, events: records)
        let snapshot = TaskStatus.evaluate(facts, asOf: ctx.today)
        let calendar = try await CalendarService.calendar(on: req.db)
        let state = TaskLifecycleState(events: facts.events)
        let tree = try await UnitDirectory.tree(on: req.db)
        let below = tree.subtree(of: task.leadUnitID).subtracting([task.leadUnitID])
        let subUnits = units.filter { below.contains($0.id!) && !$0.isClosed(on: ctx.today) }
        // Delegating needs a sub-unit to delegate to: without one the page does not offer it.
        let actions = TaskAction.available(to: user.userRole, ownsTask: scope.allows(task.leadUnitID), in: state)
            .filter { $0 != .delegate || !subUnits.isEmpty }
        let children = try await TaskItem.query(on: req.db).filter(\.$parentID == task.id!).sort(\.$assignedOn).all()
        let childEvents = try await TaskFactsLoader.events(for: children.compactMap(\.id), on: req.db)
        let subTasks = children.map { child in
            (
                task: child,
                snapshot: TaskStatus.evaluate(TaskFactsLoader.facts(child, events: childEvents[child.id!] ?? []), asOf: ctx.today)
            )
        }
        let attachments = try await AttachmentService.list(.taskEvent, ids: records.compactMap(\.id), on: req.db)
        let leaderName = try await task.leaderID.flatMapAsync { try await UserAccount.find($0, on: req.db)?.fullName }
        let model = TaskPage.Model(
            task: task, document: document, unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) }),
            coordinators: units.filter { coordinatorIDs.contains($0.id!) }, leaderName: leaderName, events: records,
            attachments: attachments,
            snapshot: snapshot, dueSoon: snapshot.map { TaskStatus.isDueSoon($0, asOf: ctx.today, calendar: calendar) } ?? false,
            actions: actions, openUnits: units.filter { !$0.isClosed(on: ctx.today) }, subUnits: subUnits, subTasks: subTasks,
            failed: failed)
        return TaskPage.response(ctx, model: model, status: status)
    }
}
