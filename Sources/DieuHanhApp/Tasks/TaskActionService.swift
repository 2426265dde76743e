import DieuHanhCore
import Fluent
import Vapor

/// What a user sends with a lifecycle step.
struct TaskActionInput: Sendable {
    var note: String = ""
    var percent: Int?
    /// The completion date reported (date of the result document).
    var date: CivilDate?
    /// For an extension: the date asked for or granted.
    var newDeadline: CivilDate?
    /// For a reassignment: the new lead unit.
    var unitID: UUID?
    /// For an explanation request: the day the answer is due.
    var answerDue: CivilDate?
    var expectedVersion: Int?
}

/// Records one lifecycle step (DOMAIN §3): checks who may, whether the task's state allows it and the input,
/// then writes the event (never changing an earlier one), bumps the task's version and audits.
enum TaskActionService {
    static func perform(
        _ action: TaskAction, on task: TaskItem, input: TaskActionInput, user: UserAccount,
        scope: AccessScope, files: [StoredFile] = [], now: Date, on db: Database,
        t: Localizer
    ) async throws -> TaskEventRecord {
        guard action.isAllowed(for: user.userRole, ownsTask: scope.allows(task.leadUnitID)) else {
            throw AppError(.forbidden, code: "forbidden", message: t(T.errForbidden))
        }
        // A task linked with another deployment: each side takes only its own steps (issue 20).
        let link = try await LevelTaskLink.find(task: task.id!, on: db)
        if let link, !action.isAllowedOnLinkedTask(whereThisSideIs: link.side) {
            throw AppError(
                .conflict, code: "owned_by_peer",
                message: t(link.side == .assignee ? T.levelsStepOwnedAbove : T.levelsStepOwnedBelow))
        }
        // Its files travel with the step inside one message: more than a message carries is said now, in words.
        if let link, action.crossesLevels, !LevelFileAllowance.fits(files.map(\.file.data.count)) {
            let peer = try await LevelPeer.find(link.peerID, on: db)?.name ?? ""
            throw ValidationFailure(errors: [
                FieldError(
                    field: "files",
                    message: t(T.levelsStepFilesTooLarge, peer, String(LevelFileAllowance.maxBytes / 1024 / 1024)))
            ])
        }
        try await db.claimVersion(
            of: TaskItem.schema, id: task.id!, loaded: task.version, expected: input.expectedVersion,
            conflict: AppError(.conflict, code: "conflict", message: t(T.errConflict)))
        let records = try await TaskFactsLoader.events(for: [task.id!], on: db)[task.id!] ?? []
        let today = CivilDate.today(now: now)
        let facts = TaskFacts(
            assignedOn: task.assignedDate, originalDeadline: task.deadlineDate, events: records.compactMap(\.coreEvent))
        let state = TaskLifecycleState(facts: facts, asOf: today)
        guard action.isPossible(in: state) else {
            throw AppError(.conflict, code: "not_possible", message: t(T.taskActionNotPossible))
        }
        let current = TaskStatus.evaluate(facts, asOf: today)
        try await validate(
            action, input: input, task: task, state: state, currentDeadline: current?.deadline,
            today: today, on: db, t: t
        ).throwIfAny()

        let event = try await record(
            action, on: task, input: input, state: state, currentDeadline: current?.deadline, actor: AuditActor(user),
            today: today, now: now, on: db)
        try await AttachmentService.record(files, owner: .taskEvent, ownerID: event.id!, user: user, now: now, on: db)
        if let link {
            try await LevelOutbox.step(action, event: event, task: task, link: link, files: files, now: now, on: db)
        }
        return event
    }

    /// Writes a checked step: the event, a delegated sub-task, the task's new version, the status index and the
    /// audit entry. A step arriving from a linked deployment is recorded here too, so every step is written once.
    static func record(
        _ action: TaskAction, on task: TaskItem, input: TaskActionInput, state: TaskLifecycleState,
        currentDeadline: CivilDate?, actor: AuditActor, today: CivilDate, now: Date, on db: Database
    ) async throws -> TaskEventRecord {
        let event = TaskEventRecord()
        event.taskID = task.id!
        event.kind = action.eventKind.rawValue
        event.recordedOn = today.iso
        event.effectiveOn = (action == .reportCompletion ? input.date! : today).iso
        event.note = input.note
        event.percent = action == .reportProgress ? input.percent : nil
        let subTaskDeadline = input.newDeadline ?? currentDeadline
        event.newDeadline =
            (action == .approveExtension
            ? (input.newDeadline ?? state.requestedDeadline)
            : action == .delegate ? subTaskDeadline : input.newDeadline)?.iso
        event.unitID = action == .reassign || action == .delegate ? input.unitID : nil
        event.answerDue = action == .requestExplanation ? input.answerDue?.iso : nil
        event.actorID = actor.id
        event.actorName = actor.name
        try await event.create(on: db)

        if action == .delegate, let unitID = input.unitID, let document = try await Document.find(task.documentID, on: db) {
            let draft = TaskDraft(
                content: input.note, assignerID: task.leadUnitID, leadUnitID: unitID, leaderID: task.leaderID,
                domain: task.domain, assignedOn: today, deadline: subTaskDeadline.map { .date($0) } ?? .none)
            _ = try await TaskService.create(
                [draft], in: document, recordedOn: today, calendar: WorkingCalendar(),
                parentID: task.id, actor: actor, now: now, on: db)
        }
        let before = task.snapshot
        if action == .reassign, let unitID = input.unitID { task.leadUnitID = unitID }
        task.version += 1
        try await task.update(on: db)
        try await TaskStatusIndex.refresh([task.id!], on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: action.eventKind.rawValue, entity: "task",
            entityID: task.id, summary: String(input.note.prefix(200)),
            before: before, after: task.snapshot)
        return event
    }

    static func validate(
        _ action: TaskAction, input: TaskActionInput, task: TaskItem, state: TaskLifecycleState,
        currentDeadline: CivilDate?, today: CivilDate, on db: Database, t: Localizer
    ) async throws -> [FieldError] {
        var errors: [FieldError] = []
        if action.requiresNote && input.note.isEmpty {
            errors.append(.init(field: "note", message: t(T.taskNoteRequired)))
        }
        var checks = FieldChecks(t)
        checks.text(input.note, FieldRules.note, field: "note")
        checks.date(input.date, field: "date")
        checks.date(input.newDeadline, field: "new_deadline")
        checks.date(input.answerDue, field: "answer_due")
        errors += checks.errors
        errors += action.dateIssues(
            date: input.date, newDeadline: input.newDeadline, requestedDeadline: state.requestedDeadline,
            currentDeadline: currentDeadline, assignedOn: task.assignedDate, today: today, answerDue: input.answerDue
        ).map { FieldError(field: $0.field, message: t($0.problem)) }
        switch action {
        case .reportProgress:
            if let percent = input.percent, !(0...100).contains(percent) {
                errors.append(.init(field: "percent", message: t(T.taskPercentRange)))
            }
        case .reassign:
            if let unitID = input.unitID, let unit = try await OrgUnit.find(unitID, on: db) {
                if unit.isClosed(on: today) { errors.append(.init(field: "unit_id", message: t(T.unitParentClosed, unit.name))) }
                if unitID == task.leadUnitID { errors.append(.init(field: "unit_id", message: t(T.taskReassignSame))) }
            } else {
                errors.append(.init(field: "unit_id", message: t(T.taskLeadRequired)))
            }
        case .delegate:
            let tree = try await UnitDirectory.tree(on: db)
            if let unitID = input.unitID, unitID != task.leadUnitID, tree.subtree(of: task.leadUnitID).contains(unitID),
                let unit = try await OrgUnit.find(unitID, on: db)
            {
                if unit.isClosed(on: today) { errors.append(.init(field: "unit_id", message: t(T.unitParentClosed, unit.name))) }
            } else {
                errors.append(.init(field: "unit_id", message: t(T.taskDelegateUnit)))
            }
        case .requestExtension, .approveExtension, .reportCompletion, .refuseExtension, .confirmCompletion,
            .returnCompletion, .cancel, .requestExplanation, .explain:
            break
        }
        return errors
    }
}
