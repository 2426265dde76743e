import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// Applies a fact received from a peer through the app's own services (`TaskService`, `TaskActionService`), so
/// every rule of tasks applies once. Each function returns the audit summary, or throws the refusal.
enum LevelTaskIntake {
    /// A task assigned above: it arrives from the local unit linked to the sender's assigner, to the local unit
    /// linked to the sender's lead unit, with the sender's document and deadline.
    static func assign(_ fact: LevelTaskAssigned, from peer: LevelPeer, now: Date, on db: Database) async throws -> String {
        let links = try await LevelUnitLinks.load(peer: peer.id!, on: db)
        let today = CivilDate.today(now: now)
        let assigner = try await unit(linkedTo: fact.assignerCode, peer: peer, links: links, on: today, db: db)
        let lead = try await unit(linkedTo: fact.leadCode, peer: peer, links: links, on: today, db: db)
        if let existing = try await LevelTaskLink.query(on: db).filter(\.$peerID == peer.id!)
            .filter(\.$remoteTaskID == fact.taskID).first()
        {
            return "đã có nhiệm vụ \(existing.taskID)"
        }
        guard case .success(let number) = DocumentNumber.parse(fact.notation),
            let documentDate = CivilDate.parse(fact.documentDate), let assignedOn = CivilDate.parse(fact.assignedOn)
        else { throw LevelRefused(refusal: .malformed, detail: fact.notation) }
        let deadline = try fact.deadline.map { text in
            guard let date = CivilDate.parse(text) else { throw LevelRefused(refusal: .malformed, detail: text) }
            return date
        }
        let t = Localizer(language: .vi)
        let draft = TaskDraft(
            content: fact.content, assignerID: assigner.id, leadUnitID: lead.id, assignedOn: assignedOn,
            deadline: deadline.map { .date($0) })
        let problems = TaskService.validate(
            draft, documentDate: documentDate, units: [assigner.id!: assigner, lead.id!: lead], leaders: [], t: t)
        if !problems.isEmpty {
            throw LevelRefused(refusal: .malformed, detail: problems.map(\.message).joined(separator: " "))
        }
        let actor = AuditActor.level(peer.name)
        let (document, _) = try await DocumentService.findOrCreate(
            DocumentDraft(notation: fact.notation, issuedOn: documentDate, issuerID: assigner.id, summary: fact.summary),
            number: number, actor: actor, now: now, on: db)
        let calendar = try await CalendarService.calendar(on: db)
        let created = try await TaskService.create(
            [draft], in: document, recordedOn: CivilDate.today(now: now), calendar: calendar, actor: actor, now: now,
            on: db, sendsToPeers: false)
        try await LevelTaskLink(taskID: created[0].id!, peerID: peer.id!, side: .assignee, remoteTaskID: fact.taskID)
            .create(on: db)
        return "\(document.notation) → \(lead.code)"
    }

    /// A step taken on the other side: a report from below on a task sent down, a decision from above on a task
    /// received. Refused when it is not the sender's to take, or the task's state does not allow it.
    static func step(_ fact: LevelTaskStep, from peer: LevelPeer, store: FileStore, now: Date, on db: Database) async throws
        -> String
    {
        guard let action = TaskAction(rawValue: fact.action) else { throw LevelRefused(refusal: .malformed) }
        let links = LevelTaskLink.query(on: db).filter(\.$peerID == peer.id!)
        var link = try await links.filter(\.$remoteTaskID == fact.taskRef).filter(\.$sideRaw == LevelSide.assignee.rawValue)
            .first()
        if link == nil, let id = UUID(uuidString: fact.taskRef) {
            link = try await LevelTaskLink.query(on: db).filter(\.$peerID == peer.id!).filter(\.$taskID == id)
                .filter(\.$sideRaw == LevelSide.assigner.rawValue).first()
        }
        guard let link, let task = try await TaskItem.find(link.taskID, on: db) else {
            throw LevelRefused(refusal: .unknownTask)
        }
        guard action.isAcceptedFromPeer(whereThisSideIs: link.side) else { throw LevelRefused(refusal: .notOwner) }
        // The peer reads and writes only what concerns the units linked to it: here, the task's lead unit.
        if link.side == .assigner,
            try await LevelUnitLinks.link(for: task.leadUnitID, peer: peer.id!, on: db) == nil
        {
            throw LevelRefused(refusal: .unitNotLinked)
        }
        let events = (try await TaskFactsLoader.events(for: [task.id!], on: db)[task.id!] ?? []).compactMap(\.coreEvent)
        let today = CivilDate.today(now: now)
        let facts = TaskFacts(assignedOn: task.assignedDate, originalDeadline: task.deadlineDate, events: events)
        let state = TaskLifecycleState(facts: facts, asOf: today)
        guard action.isPossible(in: state) else { throw LevelRefused(refusal: .notPossible) }
        let current = TaskStatus.evaluate(facts, asOf: today)
        let input = TaskActionInput(
            note: fact.note, percent: fact.percent, date: fact.date.flatMap(CivilDate.parse),
            newDeadline: fact.newDeadline.flatMap(CivilDate.parse), answerDue: fact.answerDue.flatMap(CivilDate.parse))
        let problems = try await TaskActionService.validate(
            action, input: input, task: task, state: state, currentDeadline: current?.deadline, today: today, on: db,
            t: Localizer(language: .vi))
        if !problems.isEmpty {
            throw LevelRefused(refusal: .notPossible, detail: problems.map(\.message).joined(separator: " "))
        }
        // The step's files are checked by their bytes before anything is written.
        let files = try LevelFiles.accept(fact.files ?? [])
        let actor = AuditActor(id: nil, name: "\(fact.actorName) (\(peer.name))")
        let event = try await TaskActionService.record(
            action, on: task, input: input, state: state, currentDeadline: current?.deadline, actor: actor, today: today,
            now: now, on: db)
        try await LevelFiles.attach(files, owner: .taskEvent, ownerID: event.id!, actor: actor, store: store, now: now, on: db)
        return "\(action.rawValue) trên nhiệm vụ \(task.id!)"
    }

    /// The local unit a code of the peer's stands for today: the matched unit, or after a merger here the unit that
    /// carries on its work (a task is not assigned to a closed unit).
    private static func unit(
        linkedTo code: String, peer: LevelPeer, links: LevelUnitLinks, on day: CivilDate, db: Database
    ) async throws -> OrgUnit {
        guard let id = links.unit(forRemoteCode: code, peer: peer.id!, on: day), let unit = try await OrgUnit.find(id, on: db)
        else { throw LevelRefused(refusal: .unitNotLinked, detail: code) }
        return unit
    }
}
