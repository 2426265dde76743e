import DieuHanhCore
import Fluent
import Vapor

extension TaskPage {
    /// What a task's page shows to `user` (who acts within `scope`) on `today`: its document, units, history with
    /// files, status, sub-tasks, and the steps the user may take now. `failed` is the step whose form was refused.
    static func model(
        _ task: TaskItem, failed: RefusedStep<TaskAction>?, user: UserAccount, scope: AccessScope,
        today: CivilDate, on db: Database
    ) async throws -> Model {
        guard let document = try await Document.find(task.documentID, on: db) else { throw Abort(.notFound) }
        let units = try await UnitDirectory.all(on: db)
        let coordinatorIDs = Set(try await TaskCoordinator.query(on: db).filter(\.$taskID == task.id!).all().map(\.unitID))
        let records = try await TaskFactsLoader.events(for: [task.id!], on: db)[task.id!] ?? []
        let facts = TaskFactsLoader.facts(task, events: records)
        let snapshot = TaskStatus.evaluate(facts, asOf: today)
        let calendar = try await CalendarService.calendar(on: db)
        let state = TaskLifecycleState(facts: facts, asOf: today)
        let tree = try await UnitDirectory.tree(on: db)
        let below = tree.subtree(of: task.leadUnitID).subtracting([task.leadUnitID])
        let subUnits = units.filter { below.contains($0.id!) && !$0.isClosed(on: today) }
        // Delegating needs a sub-unit to delegate to: without one the page does not offer it.
        let linked = try await LevelTaskLink.described(task: task.id!, on: db)
        let actions = TaskAction.available(to: user.userRole, ownsTask: scope.allows(task.leadUnitID), in: state)
            .filter { $0 != .delegate || !subUnits.isEmpty }
            .filter { linked == nil || $0.isAllowedOnLinkedTask(whereThisSideIs: linked!.side) }
        let children = try await TaskItem.query(on: db).filter(\.$parentID == task.id!).sort(\.$assignedOn).all()
        let childEvents = try await TaskFactsLoader.events(for: children.compactMap(\.id), on: db)
        let subTasks = children.map { child in
            (
                task: child,
                snapshot: TaskStatus.evaluate(TaskFactsLoader.facts(child, events: childEvents[child.id!] ?? []), asOf: today)
            )
        }
        let attachments = try await AttachmentService.list(.taskEvent, ids: records.compactMap(\.id), on: db)
        let leaderName = try await task.leaderID.flatMapAsync { try await UserAccount.find($0, on: db)?.fullName }
        var point: (id: UUID, units: Int)? = nil
        if let found = try await TaskPointService.point(of: task.id!, on: db) {
            point = (found.id!, try await TaskPointService.taskIDs(of: found.id!, on: db).count)
        }
        var model = Model(
            task: task, document: document, unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) }),
            coordinators: units.filter { coordinatorIDs.contains($0.id!) }, leaderName: leaderName, events: records,
            attachments: attachments,
            snapshot: snapshot, dueSoon: snapshot.map { TaskStatus.isDueSoon($0, asOf: today, calendar: calendar) } ?? false,
            actions: actions, openUnits: units.filter { !$0.isClosed(on: today) }, subUnits: subUnits, subTasks: subTasks,
            failed: failed, requestedDeadline: state.extensionPending ? state.requestedDeadline : nil,
            awaitingConfirmation: state.completionAwaitingConfirmation,
            actorNames: try await UserDirectory.fullNames(of: records.compactMap(\.actorID), on: db),
            remindedOn: try await TaskReminderService.remindedDays(of: task.id!, on: db), point: point)
        model.focus = try await TaskFocusService.focus(of: [task.id!], on: db)[task.id!] ?? .none
        model.canMarkFocus = TaskFocus.mayChange(user.userRole)
        model.cancellation = TaskQuery.Cancellation.of(facts, records: records, asOf: today)
        model.explanations = TaskExplanation.pairs(records)
        model.urgings = try await TaskUrging.query(on: db).filter(\.$taskID == task.id!).sort(\.$issuedOn).all()
        model.linked = linked
        return model
    }
}
