import DieuHanhCore
import Fluent
import Foundation
import NIOCore
import Vapor

extension AuditActor {
    /// The actor of what the linking machinery does by itself (sending, receiving).
    static func level(_ peerName: String) -> AuditActor { AuditActor(id: nil, name: "liên thông: \(peerName)") }
}

/// Sends the outbox to each peer, oldest first: a message is sent only when the ones before it to the same peer
/// were acknowledged (or finally refused), so a peer that was down catches up in order. A failed attempt waits
/// `LevelBackoff` before the next; a refusal that will not change (the content is refused) is kept with its reason
/// and the queue moves on.
enum LevelDelivery {
    struct Summary: Equatable {
        var delivered = 0
        var refused = 0
        var failed = 0
    }

    static let path = "/api/v1/levels/inbox"

    /// One round over every peer whose key is not revoked. `timeout` bounds an attempt: the HTTP client keeps trying
    /// to connect to a peer that is down until then. `ignoringBackOff`: an administrator who knows the peer is back
    /// sends now, without waiting for the next attempt the back-off set.
    @discardableResult
    static func round(
        _ app: Application, timeout: TimeAmount = .seconds(15), ignoringBackOff: Bool = false
    ) async throws -> Summary {
        var summary = Summary()
        let origin = try await LevelDeployment.current(on: app.db)
        for peer in try await LevelPeer.query(on: app.db).filter(\.$revokedAt == nil).all() {
            try await deliver(
                to: peer, origin: origin, app: app, timeout: timeout, ignoringBackOff: ignoringBackOff, summary: &summary)
        }
        return summary
    }

    private static func deliver(
        to peer: LevelPeer, origin: String, app: Application, timeout: TimeAmount, ignoringBackOff: Bool,
        summary: inout Summary
    ) async throws {
        while let message = try await LevelOutboxMessage.query(on: app.db).filter(\.$peerID == peer.id!)
            .filter(\.$state == LevelOutboxMessage.State.pending.rawValue).sort(\.$seq).first()
        {
            let now = app.config.now()
            guard ignoringBackOff || message.nextAttemptAt <= now else { return }
            let outcome = await send(message, to: peer, origin: origin, now: now, timeout: timeout, client: app.client)
            try await app.write { db in
                message.attempts += 1
                switch outcome {
                case .acknowledged:
                    message.state = LevelOutboxMessage.State.delivered.rawValue
                    message.deliveredAt = now
                    message.lastError = nil
                case .refused(let refusal):
                    message.state = LevelOutboxMessage.State.refused.rawValue
                    message.lastError = refusal.reason
                case .failed(let reason):
                    message.lastError = reason
                    message.nextAttemptAt = now.addingTimeInterval(LevelBackoff.delay(afterAttempts: message.attempts))
                }
                try await message.update(on: db)
                if case .failed = outcome { return }
                try await AuditLog.record(
                    on: db, actor: .level(peer.name), at: now,
                    action: message.state == LevelOutboxMessage.State.delivered.rawValue ? "level_sent" : "level_refused",
                    entity: "level_message", entityID: message.id,
                    summary: "\(message.kind) #\(message.seq) → \(peer.name)\(message.lastError.map { ": " + $0 } ?? "")",
                    before: String?.none, after: message.objectID)
            }
            switch outcome {
            case .acknowledged: summary.delivered += 1
            case .refused: summary.refused += 1
            case .failed:
                summary.failed += 1
                return
            }
        }
    }

    enum Outcome {
        case acknowledged
        case refused(LevelRefusal)
        case failed(String)
    }

    /// One attempt: a fresh nonce and time (a message tried again a day later must still be fresh), signed with
    /// the key we use for this peer.
    static func send(
        _ message: LevelOutboxMessage, to peer: LevelPeer, origin: String, now: Date, timeout: TimeAmount,
        client: Client
    ) async -> Outcome {
        let envelope = LevelSigner.signed(
            LevelEnvelope(
                origin: origin, kind: message.kind, objectID: message.objectID, version: message.version,
                sentAt: Int(now.timeIntervalSince1970), nonce: LevelSigner.newNonce(), body: message.body),
            key: peer.outboundKey)
        let base = peer.baseURL.hasSuffix("/") ? String(peer.baseURL.dropLast()) : peer.baseURL
        do {
            let response = try await client.send(.POST, to: URI(string: base + path)) { request in
                request.timeout = timeout
                try request.content.encode(envelope, as: .json)
            }
            if (200..<300).contains(response.status.code) { return .acknowledged }
            let code = try? response.content.get(String.self, at: "error", "code")
            if let refusal = code.flatMap(LevelRefusal.init(rawValue:)), !refusal.isWorthRetrying {
                return .refused(refusal)
            }
            let message = (try? response.content.get(String.self, at: "error", "message")) ?? ""
            return .failed("HTTP \(response.status.code) \(message)".trimmingCharacters(in: .whitespaces))
        } catch {
            return .failed("Không kết nối được: \(String(describing: error).prefix(200))")
        }
    }

    /// Every minute while the server serves: enough for a task to reach the province within minutes, little load
    /// when the outbox is empty (one query per peer).
    static let job = ServingJob(name: "levels delivery", initialDelay: .seconds(20), delay: .minutes(1)) { app in
        let summary = try await LevelDelivery.round(app)
        if summary != Summary() {
            app.logger.info(
                "levels: \(summary.delivered) delivered, \(summary.refused) refused, \(summary.failed) failed")
        }
    }
}
