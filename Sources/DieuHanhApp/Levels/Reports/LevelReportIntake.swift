import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// Applies the report facts received from a peer with the same rows the app's own services write, so requests and
/// reports received read, count and remind like local ones. Each function returns the audit summary, or throws
/// the refusal.
enum LevelReportIntake {
    /// A request from above: it arrives from the local unit linked to the sender's requester, addressed to the local
    /// units linked to the sender's recipients, with the sender's title, period, dates and outline.
    static func requested(_ fact: LevelReportRequested, from peer: LevelPeer, now: Date, on db: Database) async throws
        -> String
    {
        let requester = try await unit(linkedTo: fact.requesterCode, peer: peer, now: now, on: db)
        var recipients: [OrgUnit] = []
        for code in fact.recipientCodes { recipients.append(try await unit(linkedTo: code, peer: peer, now: now, on: db)) }
        guard !recipients.isEmpty else { throw LevelRefused(refusal: .malformed) }
        if let existing = try await LevelReportLink.query(on: db).filter(\.$peerID == peer.id!)
            .filter(\.$remoteRequestID == fact.requestID).first()
        {
            return "đã có yêu cầu \(existing.requestID)"
        }
        let title = fact.title.collapsingSpaces
        guard let kind = ReportRequest.Kind(rawValue: fact.kind), !title.isEmpty,
            title.count <= ReportRequestService.maxTitle, fact.outline.count <= ReportRequestService.maxOutline,
            let issued = CivilDate.parse(fact.issuedOn), let deadline = CivilDate.parse(fact.deadline), deadline >= issued
        else { throw LevelRefused(refusal: .malformed, detail: fact.title) }
        for text in [fact.documentDate, fact.cutOff].compactMap({ $0 }) where CivilDate.parse(text) == nil {
            throw LevelRefused(refusal: .malformed, detail: text)
        }
        let actor = AuditActor.level(peer.name)
        let request = ReportRequest()
        request.kind = kind.rawValue
        request.title = title
        request.notation = fact.notation
        request.documentDate = fact.documentDate
        request.periodLabel = fact.periodLabel.collapsingSpaces
        request.cutOff = fact.cutOff
        request.issuedOn = issued.iso
        request.deadline = deadline.iso
        request.requesterID = requester.id!
        request.recipients = ReportRecipientSpec(unitIDs: recipients.map { $0.id! }).code
        request.outline = fact.outline
        request.version = 1
        request.createdByName = actor.name
        request.setSearchText()
        try await ReportRequestService.save(
            request, recipients: recipients.map { $0.id! }, actor: actor, now: now, on: db, sendsToPeers: false)
        try await LevelReportLink(requestID: request.id!, peerID: peer.id!, side: .assignee, remoteRequestID: fact.requestID)
            .create(on: db)
        return "\(title) → \(recipients.map(\.code).joined(separator: ", "))"
    }

    /// A unit's report from below on a request sent down: recorded as that unit's report here, dated the day it
    /// was sent below, with its files.
    static func submitted(
        _ fact: LevelReportSubmitted, from peer: LevelPeer, store: FileStore, now: Date, on db: Database
    ) async throws -> String {
        let request = try await sentRequest(fact.requestRef, to: peer, on: db)
        let unit = try await unit(linkedTo: fact.unitCode, peer: peer, now: now, on: db)
        let files = try LevelFiles.accept(fact.files)
        try await recordSubmission(
            request, unit: unit, text: fact.text, files: files, actorName: fact.actorName, recordedOn: fact.recordedOn,
            peer: peer, store: store, now: now, on: db)
        return "\(request.title) ← \(unit.code)"
    }

    /// A report sent back above on a request received from there: the unit's report here is returned with the
    /// requester's reason, as the requester's own return would be, and the unit owes it again.
    static func returned(_ fact: LevelReportReturned, from peer: LevelPeer, now: Date, on db: Database) async throws
        -> String
    {
        guard
            let link = try await LevelReportLink.query(on: db).filter(\.$peerID == peer.id!)
                .filter(\.$remoteRequestID == fact.requestRef).filter(\.$sideRaw == LevelSide.assignee.rawValue).first(),
            let request = try await ReportRequest.find(link.requestID, on: db)
        else { throw LevelRefused(refusal: .unknownRequest) }
        guard LevelReportStep.returnSubmission.isAcceptedFromPeer(whereThisSideIs: link.side) else {
            throw LevelRefused(refusal: .notOwner)
        }
        let unit = try await unit(linkedTo: fact.unitCode, peer: peer, now: now, on: db)
        let reason = fact.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, FieldRules.note.check(reason) == nil else { throw LevelRefused(refusal: .malformed) }
        let today = CivilDate.today(now: now)
        guard let status = try await ReportProgress.one(request, unitID: unit.id!, asOf: today, on: db) else {
            throw LevelRefused(refusal: .unitNotLinked, detail: unit.code)
        }
        guard status.snapshot?.status.isSubmitted == true else { throw LevelRefused(refusal: .notPossible) }
        try await db.claimVersion(
            of: ReportRequestRecipient.schema, id: status.recipient.id!, loaded: status.recipient.version, expected: nil,
            conflict: LevelRefused(refusal: .notPossible))
        let step = try await createStep(
            .returned, of: unit, on: request, day: today, text: reason, actorName: fact.actorName, peer: peer, now: now,
            on: db)
        try await audit(step, of: request, action: "return", peer: peer, now: now, on: db)
        return "\(request.title): trả lại báo cáo của \(unit.code)"
    }

    /// Writes a report received from below as a step of `unit` on `request`, as `ReportSubmissionService` does for
    /// a local one: the same rule (before the deadline a report may be replaced, after it not), version and audit.
    /// The files are written last, after every check; they are removed again if the rows cannot be written.
    static func recordSubmission(
        _ request: ReportRequest, unit: OrgUnit, text: String, files: [AcceptedFile], actorName: String,
        recordedOn: String, peer: LevelPeer, store: FileStore, now: Date, on db: Database
    ) async throws {
        let today = CivilDate.today(now: now)
        // The day it was sent below decides on time or late; a day ahead of our clock counts as today, a day before
        // the request (a report issued earlier, sent as the answer) as the request's day.
        let day = max(min(CivilDate.parse(recordedOn) ?? today, today), request.issuedDate)
        guard let status = try await ReportProgress.one(request, unitID: unit.id!, asOf: day, on: db) else {
            throw LevelRefused(refusal: .unitNotLinked, detail: unit.code)
        }
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if (body.isEmpty && files.isEmpty) || FieldRules.reportSubmission.check(body) != nil {
            throw LevelRefused(refusal: .malformed)
        }
        let action = status.snapshot.map { ReportSubmissionRule.unitAction($0, today: day) } ?? .submit
        guard action != .none else {
            throw LevelRefused(refusal: .notPossible, detail: Localizer(language: .vi)(T.reportReplaceAfterDeadline))
        }
        try await db.claimVersion(
            of: ReportRequestRecipient.schema, id: status.recipient.id!, loaded: status.recipient.version, expected: nil,
            conflict: LevelRefused(refusal: .notPossible))
        let step = try await createStep(
            action == .replace ? .replaced : .submitted, of: unit, on: request, day: day, text: body,
            actorName: actorName, peer: peer, now: now, on: db)
        try await LevelFiles.attach(
            files, owner: .reportSubmission, ownerID: step.id!, actor: .level(peer.name), store: store, now: now, on: db)
        try await audit(step, of: request, action: action == .replace ? "replace" : "submit", peer: peer, now: now, on: db)
    }

    /// A step of `unit` on `request` that a linked deployment sent, in the name of its actor there.
    private static func createStep(
        _ kind: ReportSubmissionEvent.Kind, of unit: OrgUnit, on request: ReportRequest, day: CivilDate, text: String,
        actorName: String, peer: LevelPeer, now: Date, on db: Database
    ) async throws -> ReportSubmissionRecord {
        let step = ReportSubmissionRecord()
        step.requestID = request.id!
        step.unitID = unit.id!
        step.kind = kind.rawValue
        step.recordedOn = day.iso
        step.recordedAt = now
        step.text = text
        step.actorName = "\(actorName.prefix(100)) (\(peer.name))"
        try await step.create(on: db)
        return step
    }

    private static func audit(
        _ step: ReportSubmissionRecord, of request: ReportRequest, action: String, peer: LevelPeer, now: Date,
        on db: Database
    ) async throws {
        try await AuditLog.record(
            on: db, actor: .level(peer.name), at: now, action: action, entity: "report_submission", entityID: step.id,
            summary: request.title, before: ReportSubmissionRecord.Snapshot?.none, after: step.snapshot)
    }

    /// Our request that was sent down to this peer, by our id.
    static func sentRequest(_ ref: String, to peer: LevelPeer, on db: Database) async throws -> ReportRequest {
        guard let id = UUID(uuidString: ref),
            try await LevelReportLink.query(on: db).filter(\.$peerID == peer.id!).filter(\.$requestID == id)
                .filter(\.$sideRaw == LevelSide.assigner.rawValue).first() != nil,
            let request = try await ReportRequest.find(id, on: db)
        else { throw LevelRefused(refusal: .unknownRequest) }
        return request
    }

    /// Our unit the peer knows by `code` (after a merger here, the unit carrying on its work); a peer reads and
    /// writes only what concerns units linked to it.
    static func unit(linkedTo code: String, peer: LevelPeer, now: Date, on db: Database) async throws -> OrgUnit {
        let links = try await LevelUnitLinks.load(peer: peer.id!, on: db)
        guard let id = links.unit(forRemoteCode: code, peer: peer.id!, on: CivilDate.today(now: now)),
            let unit = try await OrgUnit.find(id, on: db)
        else { throw LevelRefused(refusal: .unitNotLinked, detail: code) }
        return unit
    }
}

extension LevelReportIntake {
    /// The report kinds of `LevelInbox`, decoded and applied here.
    static func apply(
        _ kind: LevelMessageKind, body: Data, from peer: LevelPeer, store: FileStore, now: Date, on db: Database
    ) async throws -> String {
        let decoder = JSONDecoder()
        switch kind {
        case .reportRequested:
            guard let fact = try? decoder.decode(LevelReportRequested.self, from: body) else {
                throw LevelRefused(refusal: .malformed)
            }
            return try await requested(fact, from: peer, now: now, on: db)
        case .reportSubmitted:
            guard let fact = try? decoder.decode(LevelReportSubmitted.self, from: body) else {
                throw LevelRefused(refusal: .malformed)
            }
            return try await submitted(fact, from: peer, store: store, now: now, on: db)
        case .reportReturned:
            guard let fact = try? decoder.decode(LevelReportReturned.self, from: body) else {
                throw LevelRefused(refusal: .malformed)
            }
            return try await returned(fact, from: peer, now: now, on: db)
        case .reviewIssued:
            guard let fact = try? decoder.decode(LevelReviewIssued.self, from: body) else {
                throw LevelRefused(refusal: .malformed)
            }
            return try await LevelReviewExchange.received(fact, from: peer, store: store, now: now, on: db)
        default:
            throw LevelRefused(refusal: .malformed)
        }
    }
}
