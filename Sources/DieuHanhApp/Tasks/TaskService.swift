import DieuHanhCore
import Fluent
import Vapor

/// What the form, the API or an import row says a new task is.
struct TaskDraft: Sendable {
    var ma: String?
    var content: String
    var assignerID: UUID?
    var leadUnitID: UUID?
    var coordinatorIDs: [UUID] = []
    var leaderID: UUID?
    var domain: String?
    var assignedOn: CivilDate?
    /// A date or "N ngày làm việc" from the assigned date (DOMAIN §7); nil: no deadline.
    var deadline: DeadlineText?
    /// Several lead units or whole kinds (DOMAIN §10): `TaskEntry` makes one draft per unit under a shared point.
    var manyLeads: LeadUnitSelection? = nil
}

/// Creating tasks: the checks, the rows, the first event and the audit entries, in one place.
enum TaskService {
    /// Problems of one draft; `prefix` names the row in a multi-task form ("tasks.3.").
    static func validate(
        _ draft: TaskDraft, prefix: String = "", documentDate: CivilDate, units: [UUID: OrgUnit],
        leaders: Set<UUID>, t: Localizer
    ) -> [FieldError] {
        var errors: [FieldError] = []
        func add(_ field: String, _ message: String) { errors.append(.init(field: prefix + field, message: message)) }
        if draft.content.isEmpty { add("content", t(T.taskContentRequired)) }
        if let problem = FieldRules.taskContent.check(draft.content) { add("content", t(problem)) }
        if let ma = draft.ma, let problem = FieldRules.externalID.check(ma) { add("ma", t(problem)) }
        if let domain = draft.domain, let problem = FieldRules.domain.check(domain) { add("domain", t(problem)) }
        if let assigned = draft.assignedOn, let problem = DateRules.check(assigned) { add("assigned_on", t(problem)) }
        if case .date(let deadline)? = draft.deadline, let problem = DateRules.check(deadline) { add("deadline", t(problem)) }
        if draft.assignerID == nil || units[draft.assignerID!] == nil { add("assigner_id", t(T.taskAssignerRequired)) }
        if let lead = draft.leadUnitID, let unit = units[lead] {
            if unit.isClosed(on: draft.assignedOn ?? documentDate) {
                add("lead_unit_id", t(T.unitParentClosed, unit.name))
            }
        } else {
            add("lead_unit_id", t(T.taskLeadRequired))
        }
        if draft.coordinatorIDs.contains(where: { units[$0] == nil }) { add("coordinator_ids", t(T.userUnitMissing)) }
        if let lead = draft.leadUnitID, draft.coordinatorIDs.contains(lead) { add("coordinator_ids", t(T.taskCoordinatorIsLead)) }
        if let leader = draft.leaderID, !leaders.contains(leader) { add("leader_id", t(T.taskLeaderInvalid)) }
        let assigned = draft.assignedOn ?? documentDate
        if assigned < documentDate { add("assigned_on", t(T.taskAssignedBeforeDocument, VNFormat.date(documentDate))) }
        switch draft.deadline {
        case .date(let deadline)? where deadline < assigned:
            add("deadline", t(T.taskDeadlineBeforeAssigned))
        case .workingDays(let n)? where n < 1 || n > 3650:
            add("deadline", t(T.taskWorkingDaysRange))
        default: break
        }
        return errors
    }

    /// Creates the tasks of one document. `recordedOn` is the day they are entered (today, or the historical day
    /// for imported history). A top-level task whose lead unit is another deployment's goes down to it
    /// (`LevelOutbox`), except a task that itself came from a linked deployment (`sendsToPeers` false).
    static func create(
        _ drafts: [TaskDraft], in document: Document, recordedOn: CivilDate, calendar: WorkingCalendar,
        parentID: UUID? = nil, actor: AuditActor, now: Date, on db: Database, sendsToPeers: Bool = true
    ) async throws -> [TaskItem] {
        var created: [TaskItem] = []
        for draft in drafts {
            let task = TaskItem()
            let assigned = draft.assignedOn ?? document.issuedDate
            task.ma = draft.ma
            task.documentID = document.id!
            task.setContent(draft.content, notation: document.notation)
            task.assignerID = draft.assignerID!
            task.leadUnitID = draft.leadUnitID!
            task.leaderID = draft.leaderID
            task.domain = draft.domain
            task.assignedOn = assigned.iso
            task.deadline = draft.deadline?.date(from: assigned, calendar: calendar).iso
            task.parentID = parentID
            task.version = 1
            try await task.create(on: db)
            for unit in Set(draft.coordinatorIDs) {
                try await TaskCoordinator(taskID: task.id!, unitID: unit).create(on: db)
            }
            let event = TaskEventRecord()
            event.taskID = task.id!
            event.kind = TaskEvent.Kind.assigned.rawValue
            event.recordedOn = recordedOn.iso
            event.effectiveOn = assigned.iso
            event.note = ""
            event.actorID = actor.id
            event.actorName = actor.name
            try await event.create(on: db)
            try await AuditLog.record(
                on: db, actor: actor, at: now, action: "create", entity: "task", entityID: task.id,
                summary: "\(document.notation): \(String(draft.content.prefix(120)))",
                before: TaskItem.Snapshot?.none, after: task.snapshot)
            created.append(task)
        }
        try await TaskStatusIndex.refresh(created.compactMap(\.id), on: db)
        if sendsToPeers && parentID == nil {
            try await LevelOutbox.tasksAssigned(created, in: document, now: now, on: db)
        }
        return created
    }
}
