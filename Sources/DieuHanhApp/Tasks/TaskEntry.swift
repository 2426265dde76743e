import DieuHanhCore
import Fluent
import Vapor

/// One document and its tasks, entered together: all problems of the document and of every row are reported
/// at once, and either the document and all its tasks are saved or nothing is.
enum TaskEntry {
    /// Names a row's field in error messages: the form uses `lead_3`; the API passes `tasks.3.lead_unit`.
    typealias FieldNamer = @Sendable (_ index: Int, _ field: String) -> String

    static let formFieldName: FieldNamer = { index, field in
        switch field {
        case "lead_unit_id": "lead_\(index)"
        case "leader_id": "leader_\(index)"
        case "coordinator_ids": "coordinators_\(index)"
        default: "\(field)_\(index)"
        }
    }

    static func save(document draft: DocumentDraft, tasks: [(index: Int, draft: TaskDraft)], formErrors: [FieldError],
                     units: [OrgUnit], actor user: UserAccount, now: Date, on db: Database, t: Localizer,
                     fieldName: FieldNamer = formFieldName) async throws -> (document: Document, tasks: [TaskItem]) {
        let (number, documentErrors) = try await DocumentService.validate(draft, on: db, t: t)
        let unitsByID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let leaders = Set(try await UserAccount.query(on: db).filter(\.$role == Role.leader.rawValue).all().compactMap(\.id))
        let documentDate = draft.issuedOn ?? number?.date ?? CivilDate.today(now: now)
        var errors = formErrors.merging(documentErrors)
        for (index, task) in tasks {
            let rowErrors = TaskService.validate(task, documentDate: documentDate, units: unitsByID, leaders: leaders, t: t)
            // Document-wide fields keep their own names; the others are named for their row.
            errors = errors.merging(rowErrors.map { error in
                ["assigner_id", "assigned_on"].contains(error.field)
                    ? error : FieldError(field: fieldName(index, error.field), message: error.message)
            })
        }
        try errors.throwIfAny()
        let actor = AuditActor(user)
        let (document, _) = try await DocumentService.findOrCreate(draft, number: number!, actor: actor, now: now, on: db)
        let calendar = try await CalendarService.calendar(on: db)
        let created = try await TaskService.create(tasks.map(\.draft), in: document, recordedOn: CivilDate.today(now: now),
                                                   calendar: calendar, actor: actor, now: now, on: db)
        return (document, created)
    }
}

/// Who may see a task: everyone but unit officers; they see tasks their subtree leads or coordinates.
enum TaskVisibility {
    static func canSee(_ task: TaskItem, scope: AccessScope, on db: Database) async throws -> Bool {
        guard let ids = scope.unitIDs else { return true }
        if ids.contains(task.leadUnitID) { return true }
        return try await TaskCoordinator.query(on: db).filter(\.$taskID == task.id!).filter(\.$unitID ~~ Array(ids)).count() > 0
    }
}

/// Gathers what a task's page shows.
enum TaskPageLoader {
    static func response(_ req: Request, task: TaskItem, failed: (action: TaskAction, errors: [FieldError])?,
                         status: HTTPStatus = .ok) async throws -> Response {
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
        let actions = TaskAction.allCases.filter {
            $0.isAllowed(for: user.userRole, ownsTask: scope.allows(task.leadUnitID)) && $0.isPossible(in: state)
                && ($0 != .delegate || !subUnits.isEmpty)
        }
        let children = try await TaskItem.query(on: req.db).filter(\.$parentID == task.id!).sort(\.$assignedOn).all()
        let childEvents = try await TaskFactsLoader.events(for: children.compactMap(\.id), on: req.db)
        let subTasks = children.map { child in
            (task: child, snapshot: TaskStatus.evaluate(TaskFactsLoader.facts(child, events: childEvents[child.id!] ?? []), asOf: ctx.today))
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

extension Optional {
    func flatMapAsync<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
