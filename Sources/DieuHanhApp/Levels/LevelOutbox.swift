import DieuHanhCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// What a "task assigned" message says: the sender's own codes for its units (the receiver translates them through
/// its links), the document and the deadline.
struct LevelTaskAssigned: Codable, Sendable {
    var taskID: String
    var assignerCode: String
    var leadCode: String
    var content: String
    var notation: String
    var documentDate: String
    var summary: String
    var assignedOn: String
    var deadline: String?

    enum CodingKeys: String, CodingKey {
        case content, notation, summary, deadline
        case taskID = "task_id"
        case assignerCode = "assigner_code"
        case leadCode = "lead_code"
        case documentDate = "document_date"
        case assignedOn = "assigned_on"
    }
}

/// What a "step" message says: which task (the receiver's id when it is the assigner, the sender's when it is the
/// assignee), which step and its input, and who took it.
struct LevelTaskStep: Codable, Sendable {
    var taskRef: String
    var action: String
    var note: String
    var percent: Int?
    var date: String?
    var newDeadline: String?
    /// For an explanation asked: the day the answer is due.
    var answerDue: String? = nil
    var actorName: String
    /// The step's files (a completion report's result document, an answer's scan), within `LevelFileAllowance`.
    var files: [LevelFileBody]? = nil

    enum CodingKeys: String, CodingKey {
        case action, note, percent, date
        case taskRef = "task_ref"
        case files
        case newDeadline = "new_deadline"
        case answerDue = "answer_due"
        case actorName = "actor_name"
    }
}

/// Writes the facts to send, always inside the transaction of the change they tell (so a change is never lost
/// nor sent without having happened). `LevelDelivery` sends them.
enum LevelOutbox {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func enqueue<Body: Encodable>(
        to peerID: UUID, kind: LevelMessageKind, objectID: UUID, version: Int, body: Body, now: Date, on db: Database
    ) async throws {
        try await enqueue(
            to: peerID, kind: kind, objectID: objectID.uuidString.lowercased(), version: version, body: body, now: now,
            on: db)
    }

    /// The same for an object that is not a row here (a day of figures).
    static func enqueue<Body: Encodable>(
        to peerID: UUID, kind: LevelMessageKind, objectID: String, version: Int, body: Body, now: Date, on db: Database
    ) async throws {
        // Two transactions adding to the same peer's queue must not take the same place: on PostgreSQL this update
        // holds the peer's row until the transaction ends (the second waits, then sees the first's message); on
        // SQLite writers are queued already (WriteGate).
        try await (db as! any SQLDatabase).raw("UPDATE level_peers SET name = name WHERE id = \(bind: peerID)").run()
        let last = try await LevelOutboxMessage.query(on: db).filter(\.$peerID == peerID).max(\.$seq) ?? 0
        let message = LevelOutboxMessage()
        message.peerID = peerID
        message.seq = last + 1
        message.kind = kind.rawValue
        message.objectID = objectID
        message.version = version
        message.body = String(decoding: try encoder.encode(body), as: UTF8.self)
        message.state = LevelOutboxMessage.State.pending.rawValue
        message.attempts = 0
        message.nextAttemptAt = now
        message.createdAt = now
        try await message.create(on: db)
    }

    /// New tasks whose lead unit is linked to a peer (itself, or a unit it took over in a merger) go down to that
    /// peer under the codes the peer knows; each is remembered as sent, so the peer's reports on it are accepted and
    /// steps here follow the ownership rules. One query when no unit is linked at all.
    static func tasksAssigned(_ tasks: [TaskItem], in document: Document, now: Date, on db: Database) async throws {
        guard !tasks.isEmpty, try await LevelUnitLink.query(on: db).first() != nil else { return }
        let links = try await LevelUnitLinks.load(on: db)
        let sent = tasks.compactMap { task in links.anyLink(for: task.leadUnitID).map { (task, $0) } }
        guard !sent.isEmpty else { return }
        let assignerLinks = sent.map { task, link in links.link(for: task.assignerID, peer: link.peerID) }
        let unitIDs = sent.flatMap { [$0.0.assignerID, $0.1.unitID] } + assignerLinks.compactMap { $0?.unitID }
        let codeByID = try await UnitDirectory.codes(of: unitIDs, on: db)
        for ((task, link), assignerLink) in zip(sent, assignerLinks) {
            guard let taskID = task.id else { continue }
            let body = LevelTaskAssigned(
                taskID: taskID.uuidString.lowercased(),
                assignerCode: codeByID[assignerLink?.unitID ?? task.assignerID] ?? "",
                leadCode: codeByID[link.unitID] ?? "", content: task.content, notation: document.notation,
                documentDate: document.issuedOn, summary: document.summary, assignedOn: task.assignedOn,
                deadline: task.deadline)
            try await enqueue(to: link.peerID, kind: .taskAssigned, objectID: taskID, version: 1, body: body, now: now, on: db)
            try await LevelTaskLink(taskID: taskID, peerID: link.peerID, side: .assigner, remoteTaskID: nil).create(on: db)
        }
    }

    /// A step taken here on a linked task, sent to the peer when it crosses.
    static func step(
        _ action: TaskAction, event: TaskEventRecord, task: TaskItem, link: LevelTaskLink, files: [StoredFile] = [],
        now: Date, on db: Database
    ) async throws {
        guard action.crossesLevels, let eventID = event.id else { return }
        let ref = link.side == .assignee ? (link.remoteTaskID ?? "") : task.id!.uuidString.lowercased()
        let body = LevelTaskStep(
            taskRef: ref, action: action.rawValue, note: event.note, percent: event.percent,
            date: action == .reportCompletion ? event.effectiveOn : nil, newDeadline: event.newDeadline,
            answerDue: event.answerDue, actorName: event.actorName,
            files: files.isEmpty
                ? nil : files.map { LevelFileBody(name: $0.file.fileName, data: $0.file.data.base64EncodedString()) })
        try await enqueue(to: link.peerID, kind: .taskStep, objectID: eventID, version: 1, body: body, now: now, on: db)
    }
}
