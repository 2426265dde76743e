import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// Writes the report facts to send, inside the transaction of the change they tell (as `LevelOutbox` does for
/// tasks): a request addressed to units linked below goes down, a unit's report on a request received from above
/// goes up.
enum LevelReportOutbox {
    /// A new request goes down to each peer one of its recipients is linked to: one message per peer, naming the
    /// recipients linked to it; each is remembered as sent, so the peer's reports on it are accepted. One query
    /// when no recipient is linked.
    static func requested(_ request: ReportRequest, recipients: [UUID], now: Date, on db: Database) async throws {
        guard !recipients.isEmpty, try await LevelUnitLink.query(on: db).first() != nil else { return }
        // Each recipient through its own link or the one of a unit it took over in a merger.
        let unitLinks = try await LevelUnitLinks.load(on: db)
        let links = recipients.compactMap { unitLinks.anyLink(for: $0) }
        guard !links.isEmpty, let requestID = request.id else { return }
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ Set(links.map(\.unitID) + [request.requesterID])).all()
        let codeByID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.code) })
        for (peerID, peerLinks) in Dictionary(grouping: links, by: \.peerID).sorted(by: { $0.key.uuidString < $1.key.uuidString })
        {
            let body = LevelReportRequested(
                requestID: requestID.uuidString.lowercased(), requesterCode: codeByID[request.requesterID] ?? "",
                recipientCodes: peerLinks.compactMap { codeByID[$0.unitID] }.sorted(), kind: request.kind,
                title: request.title, notation: request.notation, documentDate: request.documentDate,
                periodLabel: request.periodLabel, cutOff: request.cutOff, issuedOn: request.issuedOn,
                deadline: request.deadline, outline: request.outline)
            try await LevelOutbox.enqueue(
                to: peerID, kind: .reportRequested, objectID: requestID, version: 1, body: body, now: now, on: db)
            try await LevelReportLink(requestID: requestID, peerID: peerID, side: .assigner, remoteRequestID: nil)
                .create(on: db)
        }
    }

    /// A report sent here on a request received from above goes up, with its files, when the unit that sends it is
    /// linked to that peer. Each report is a new version of the unit's answer (the recipient row's version), so a
    /// report replaced is stored again above, once.
    static func submitted(
        _ request: ReportRequest, step: ReportSubmissionRecord, files: [StoredFile], now: Date, on db: Database
    ) async throws {
        guard let link = try await LevelReportLink.received(request: request.id!, on: db),
            let remote = link.remoteRequestID,
            let unitLink = try await LevelUnitLinks.link(for: step.unitID, peer: link.peerID, on: db),
            let unit = try await OrgUnit.find(unitLink.unitID, on: db),
            let recipient = try await ReportRequestRecipient.query(on: db).filter(\.$requestID == request.id!)
                .filter(\.$unitID == step.unitID).first()
        else { return }
        let body = LevelReportSubmitted(
            requestRef: remote, unitCode: unit.code, recordedOn: step.recordedOn, text: step.text, actorName: step.actorName,
            files: files.map { LevelFileBody(name: $0.file.fileName, data: $0.file.data.base64EncodedString()) })
        try await LevelOutbox.enqueue(
            to: link.peerID, kind: .reportSubmitted, objectID: recipient.id!, version: recipient.version, body: body,
            now: now, on: db)
    }

    /// A report sent back here on a request sent down goes down to the peer the unit is linked to (itself or the
    /// unit it took over in a merger), where the unit owes it again. One message per return.
    static func returned(_ request: ReportRequest, step: ReportSubmissionRecord, now: Date, on db: Database) async throws {
        let sent = try await LevelReportLink.query(on: db).filter(\.$requestID == request.id!)
            .filter(\.$sideRaw == LevelSide.assigner.rawValue).all()
        guard !sent.isEmpty, let stepID = step.id else { return }
        let links = try await LevelUnitLinks.load(on: db)
        for link in sent {
            guard let unitLink = links.link(for: step.unitID, peer: link.peerID),
                let code = try await UnitDirectory.codes(of: [unitLink.unitID], on: db)[unitLink.unitID]
            else { continue }
            let body = LevelReportReturned(
                requestRef: request.id!.uuidString.lowercased(), unitCode: code, reason: step.text,
                actorName: step.actorName)
            try await LevelOutbox.enqueue(
                to: link.peerID, kind: .reportReturned, objectID: stepID, version: 1, body: body, now: now, on: db)
        }
    }

    /// What keeps a report on a request received from above from going up: files beyond what one message carries.
    /// Said at submit time, so the unit can send lighter files (or fewer) instead of a report that would not arrive.
    static func problems(_ request: ReportRequest, files: [StoredFile], on db: Database, t: Localizer) async throws
        -> [FieldError]
    {
        guard !LevelFileAllowance.fits(files.map(\.file.data.count)),
            let link = try await LevelReportLink.received(request: request.id!, on: db)
        else { return [] }
        let peer = try await LevelPeer.find(link.peerID, on: db)?.name ?? ""
        return [
            FieldError(
                field: "files",
                message: t(T.levelReportFilesTooLarge, peer, String(LevelFileAllowance.maxBytes / 1024 / 1024)))
        ]
    }

    /// A step on a unit's report that belongs to the other side (the unit is the one linked to the peer the request
    /// crosses to) is refused with a reason, never merged. Units of a request that are not linked are not concerned.
    static func refuseIfNotOurs(
        _ step: LevelReportStep, on request: ReportRequest, unitID: UUID, on db: Database, t: Localizer
    ) async throws {
        let links = try await LevelReportLink.query(on: db).filter(\.$requestID == request.id!).all()
        guard !links.isEmpty else { return }
        let unitLinks = try await LevelUnitLinks.load(on: db)
        guard let link = links.first(where: { unitLinks.link(for: unitID, peer: $0.peerID) != nil }),
            !step.isAllowedOnLinkedRequest(whereThisSideIs: link.side)
        else { return }
        let peer = try await LevelPeer.find(link.peerID, on: db)?.name ?? ""
        throw AppError(
            .conflict, code: "owned_by_peer",
            message: t(link.side == .assignee ? T.levelReportOwnedAbove : T.levelReportOwnedBelow, peer))
    }
}
