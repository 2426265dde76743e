import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// A refusal on its way to the sender as a 4xx with the refusal's code and reason.
struct LevelRefused: Error {
    let refusal: LevelRefusal
    var detail: String? = nil
}

/// Receives one message from a peer: who sent it (a registered, unrevoked peer), whether it is authentic (signature),
/// fresh (time window, unseen nonce) and new (a fact already stored is acknowledged, not applied again), then
/// applies it in one transaction with the receipt, the nonce and the audit entry.
enum LevelInbox {
    enum Outcome: String { case applied, duplicate }

    static let window = LevelReplayWindow()

    static func receive(_ envelope: LevelEnvelope, app: Application, now: Date) async throws -> Outcome {
        guard envelope.isWellFormed, let kind = LevelMessageKind(rawValue: envelope.kind) else {
            throw LevelRefused(refusal: .malformed)
        }
        guard let peer = try await LevelPeer.query(on: app.db).filter(\.$deploymentID == envelope.origin).first() else {
            throw LevelRefused(refusal: .unknownPeer)
        }
        do {
            return try await app.write { db in
                try await receive(envelope, kind: kind, from: peer, store: app.fileStore, now: now, on: db)
            }
        } catch let refused as LevelRefused {
            // The refusal is audited apart from the rolled-back transaction; a forged message is audited too, under
            // the peer it pretends to come from.
            try? await app.write { db in
                try await AuditLog.record(
                    on: db, actor: .level(peer.name), at: now, action: "level_refused_in", entity: "level_message",
                    entityID: nil,
                    summary: "\(envelope.kind) \(envelope.objectID) v\(envelope.version): \(refused.refusal.reason)",
                    before: String?.none, after: refused.detail)
            }
            throw refused
        }
    }

    private static func receive(
        _ envelope: LevelEnvelope, kind: LevelMessageKind, from peer: LevelPeer, store: FileStore, now: Date,
        on db: Database
    ) async throws -> Outcome {
        // Read again inside the transaction: a revocation that just happened wins.
        guard let peer = try await LevelPeer.find(peer.id, on: db) else { throw LevelRefused(refusal: .unknownPeer) }
        guard !peer.isRevoked else { throw LevelRefused(refusal: .revokedPeer) }
        guard LevelSigner.isValid(envelope, key: peer.inboundKey) else { throw LevelRefused(refusal: .badSignature) }
        guard window.isFresh(sentAt: envelope.sentAt, now: now) else { throw LevelRefused(refusal: .stale) }
        let nonces = LevelNonce.query(on: db).filter(\.$peerID == peer.id!)
        if try await nonces.filter(\.$nonce == envelope.nonce).first() != nil { throw LevelRefused(refusal: .replayed) }
        try await LevelNonce.query(on: db).filter(\.$peerID == peer.id!).filter(\.$seenAt < window.forgetBefore(now: now))
            .delete()
        let nonce = LevelNonce()
        nonce.peerID = peer.id!
        nonce.nonce = envelope.nonce
        nonce.seenAt = now
        try await nonce.create(on: db)

        let seen = try await LevelReceipt.query(on: db).filter(\.$peerID == peer.id!).filter(\.$kind == envelope.kind)
            .filter(\.$objectID == envelope.objectID).filter(\.$version == envelope.version).first()
        guard seen == nil else { return .duplicate }

        let body = Data(envelope.body.utf8)
        let summary: String
        switch kind {
        case .taskAssigned:
            guard let fact = try? JSONDecoder().decode(LevelTaskAssigned.self, from: body) else {
                throw LevelRefused(refusal: .malformed)
            }
            summary = try await LevelTaskIntake.assign(fact, from: peer, now: now, on: db)
        case .taskStep:
            guard let fact = try? JSONDecoder().decode(LevelTaskStep.self, from: body) else {
                throw LevelRefused(refusal: .malformed)
            }
            summary = try await LevelTaskIntake.step(fact, from: peer, store: store, now: now, on: db)
        case .figuresDay:
            guard let fact = try? JSONDecoder().decode(LevelFiguresDay.self, from: body) else {
                throw LevelRefused(refusal: .malformed)
            }
            summary = try await LevelFiguresIntake.apply(fact, envelope: envelope, from: peer, now: now, on: db)
        case .reportRequested, .reportSubmitted, .reportReturned, .reviewIssued:
            summary = try await LevelReportIntake.apply(kind, body: body, from: peer, store: store, now: now, on: db)
        }
        let receipt = LevelReceipt()
        receipt.peerID = peer.id!
        receipt.kind = envelope.kind
        receipt.objectID = envelope.objectID
        receipt.version = envelope.version
        receipt.receivedAt = now
        try await receipt.create(on: db)
        try await AuditLog.record(
            on: db, actor: .level(peer.name), at: now, action: "level_received", entity: "level_message",
            entityID: receipt.id, summary: "\(envelope.kind) \(envelope.objectID) v\(envelope.version): \(summary)",
            before: String?.none, after: kind.auditedBody(envelope.body))
        return .applied
    }
}

/// `POST /api/v1/levels/inbox`: no user signs in here; the envelope's signature is the authentication.
struct LevelInboxController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        // A report's files travel inside the message (`LevelFileAllowance`).
        routes.grouped("levels").on(
            .POST, "inbox", body: .collect(maxSize: ByteCount(value: LevelFileAllowance.maxMessageBytes)), use: receive
        )
        .acceptsPeerMessages(upTo: LevelFileAllowance.maxMessageBytes)
    }

    func receive(req: Request) async throws -> Response {
        guard let envelope = try? req.content.decode(LevelEnvelope.self) else {
            return refusal(.malformed, detail: nil)
        }
        do {
            let outcome = try await LevelInbox.receive(envelope, app: req.application, now: req.now)
            let response = Response(status: .ok)
            try response.content.encode(["status": outcome.rawValue], as: .json)
            return response
        } catch let refused as LevelRefused {
            return refusal(refused.refusal, detail: refused.detail)
        }
    }

    private func refusal(_ refusal: LevelRefusal, detail: String?) -> Response {
        let status: HTTPStatus =
            switch refusal {
            case .unknownPeer, .revokedPeer, .badSignature: .unauthorized
            case .stale, .replayed, .notOwner, .notPossible: .conflict
            case .unitNotLinked: .forbidden
            case .unknownTask, .unknownRequest: .notFound
            case .malformed: .unprocessableEntity
            }
        let response = Response(status: status)
        let message = detail.map { refusal.reason + " " + $0 } ?? refusal.reason
        try? response.content.encode(["error": ["code": refusal.rawValue, "message": message]], as: .json)
        return response
    }
}
