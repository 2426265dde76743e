import Crypto
import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// An issued review report crossing up: the office below sends it to a peer its issuing unit is linked to
/// (answering, if it chooses, a request received from that peer); the peer recomputes the digest over the figures
/// and keeps the report, as that request's report when it answers one.
enum LevelReviewExchange {
    /// Where an issued report may go: each unrevoked peer the issuing unit is linked to, alone or answering one of
    /// the requests received from it and addressed to that unit.
    struct Destination: Equatable {
        let peer: LevelPeer
        let request: ReportRequest?
        let remoteRequestID: String?

        var value: String { peer.id!.uuidString + (request.map { ":" + $0.id!.uuidString } ?? "") }

        static func == (a: Destination, b: Destination) -> Bool { a.value == b.value }
    }

    static func destinations(for draft: ReviewDraft, on db: Database) async throws -> [Destination] {
        guard draft.isIssued, let issuer = try await issuer(of: draft, on: db) else { return [] }
        let links = try await LevelUnitLink.query(on: db).filter(\.$unitID == issuer.id!).all()
        guard !links.isEmpty else { return [] }
        var found: [Destination] = []
        for peer in try await LevelPeer.query(on: db).filter(\.$id ~~ links.map(\.peerID)).filter(\.$revokedAt == nil)
            .sort(\.$name).all()
        {
            found.append(Destination(peer: peer, request: nil, remoteRequestID: nil))
            let received = try await LevelReportLink.query(on: db).filter(\.$peerID == peer.id!)
                .filter(\.$sideRaw == LevelSide.assignee.rawValue).all()
            let addressed = try await ReportRequestRecipient.query(on: db).filter(\.$unitID == issuer.id!)
                .filter(\.$requestID ~~ received.map(\.requestID)).all().map(\.requestID)
            for request in try await ReportRequest.query(on: db).filter(\.$id ~~ addressed).sort(\.$deadline, .descending)
                .all()
            {
                let remote = received.first { $0.requestID == request.id }?.remoteRequestID
                found.append(Destination(peer: peer, request: request, remoteRequestID: remote))
            }
        }
        return found
    }

    /// The unit that issued the report: the issuer of the document it was registered as.
    static func issuer(of draft: ReviewDraft, on db: Database) async throws -> OrgUnit? {
        guard let documentID = draft.documentID, let document = try await Document.find(documentID, on: db),
            let issuerID = document.issuerID
        else { return nil }
        return try await OrgUnit.find(issuerID, on: db)
    }

    /// Puts the issued report in the outbox to `destination`, audited; refused in words when it was sent there
    /// already or its DOCX is larger than one message carries.
    static func send(
        _ draft: ReviewDraft, to destination: Destination, actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws {
        let peer = destination.peer
        let sent = try await LevelOutboxMessage.query(on: db).filter(\.$peerID == peer.id!)
            .filter(\.$kind == LevelMessageKind.reviewIssued.rawValue)
            .filter(\.$objectID == draft.id!.uuidString.lowercased()).first()
        if sent != nil { throw ValidationFailure(errors: [.init(field: "to", message: t(T.levelReviewSentAlready, peer.name))]) }
        guard let issuer = try await issuer(of: draft, on: db), let docx = draft.frozenDOCX, let figures = draft.frozenFigures,
            let document = try await Document.find(draft.documentID, on: db)
        else { throw ValidationFailure(errors: [.init(field: "to", message: t(T.levelReviewNotIssued))]) }
        guard LevelFileAllowance.fits([docx.count]) else {
            throw ValidationFailure(errors: [
                .init(
                    field: "to",
                    message: t(T.levelReportFilesTooLarge, peer.name, String(LevelFileAllowance.maxBytes / 1024 / 1024)))
            ])
        }
        let body = LevelReviewIssued(
            draftID: draft.id!.uuidString.lowercased(), unitCode: issuer.code, notation: draft.notation ?? "",
            issuedOn: draft.issuedOn ?? "", title: document.summary, periodFrom: draft.periodFrom, periodTo: draft.periodTo,
            asOf: draft.asOf, figures: figures, docx: docx.base64EncodedString(), requestRef: destination.remoteRequestID)
        try await LevelOutbox.enqueue(
            to: peer.id!, kind: .reviewIssued, objectID: draft.id!, version: 1, body: body, now: now, on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "level_send_review", entity: "review_draft", entityID: draft.id,
            summary: "Báo cáo số \(body.notation) → \(peer.name)"
                + (destination.request.map { " (trả lời yêu cầu “\($0.title)”)" } ?? ""),
            before: String?.none, after: String?.none)
    }

    /// The digest the package claims and the one computed here over its figures (empty when they cannot be read):
    /// the same bytes the sender hashed, the figures without their digest, keys sorted.
    static func digests(_ figures: String) -> (claimed: String, computed: String) {
        guard var decoded = try? JSONDecoder().decode(ReviewFiguresJSON.self, from: Data(figures.utf8)) else {
            let claimed = (try? JSONSerialization.jsonObject(with: Data(figures.utf8)) as? [String: Any])?["figures_sha256"]
            return (claimed as? String ?? "", "")
        }
        let claimed = decoded.figures_sha256
        guard (try? decoded.seal()) != nil else { return (claimed, "") }
        return (claimed, decoded.figures_sha256)
    }

    /// A report from below: kept with its digests and DOCX; when it answers a request sent down to that unit, it is
    /// also that unit's report on the request, with the DOCX attached.
    static func received(
        _ fact: LevelReviewIssued, from peer: LevelPeer, store: FileStore, now: Date, on db: Database
    ) async throws -> String {
        let unit = try await LevelReportIntake.unit(linkedTo: fact.unitCode, peer: peer, now: now, on: db)
        if let existing = try await LevelReceivedReview.query(on: db).filter(\.$peerID == peer.id!)
            .filter(\.$remoteDraftID == fact.draftID).first()
        {
            return "đã có báo cáo \(existing.id!)"
        }
        let name = "Bao-cao-\(fact.notation.replacingOccurrences(of: "/", with: "-")).docx"
        let files = try LevelFiles.accept([LevelFileBody(name: name, data: fact.docx)])
        guard files.first?.kind == .docx, !fact.notation.isEmpty, CivilDate.parse(fact.issuedOn) != nil,
            fact.title.count <= 1000
        else { throw LevelRefused(refusal: .malformed, detail: fact.notation) }
        let request = try await fact.requestRef.flatMapAsync {
            try await LevelReportIntake.sentRequest($0, to: peer, on: db)
        }
        let (claimed, computed) = digests(fact.figures)
        if let request {
            let issued = CivilDate.parse(fact.issuedOn).map(VNFormat.date) ?? fact.issuedOn
            try await LevelReportIntake.recordSubmission(
                request, unit: unit, text: "Báo cáo số \(fact.notation) ngày \(issued): \(fact.title)", files: files,
                actorName: unit.name, recordedOn: fact.issuedOn, peer: peer, store: store, now: now, on: db)
        }
        try await AttachmentService.storing(files, in: store) { stored in
            let review = LevelReceivedReview()
            review.peerID = peer.id!
            review.remoteDraftID = fact.draftID
            review.unitID = unit.id!
            review.notation = fact.notation
            review.issuedOn = fact.issuedOn
            review.title = fact.title
            review.periodFrom = fact.periodFrom
            review.periodTo = fact.periodTo
            review.asOf = fact.asOf
            review.figures = fact.figures
            review.claimedSHA256 = claimed
            review.computedSHA256 = computed
            review.docxPath = stored[0].storagePath
            review.docxSize = stored[0].file.data.count
            review.requestID = request?.id
            review.receivedAt = now
            try await review.create(on: db)
            try await AuditLog.record(
                on: db, actor: .level(peer.name), at: now, action: "receive", entity: "level_received_review",
                entityID: review.id,
                summary: "Báo cáo số \(fact.notation) của \(unit.name): số liệu \(review.figuresMatch ? "khớp" : "không khớp")",
                before: String?.none, after: "claimed \(claimed), computed \(computed)")
        }
        return "báo cáo \(fact.notation) ← \(unit.code)" + (computed == claimed && !computed.isEmpty ? "" : " (không khớp)")
    }
}
