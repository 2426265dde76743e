import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// This deployment's id: one row, made by the migration. Peers know us by it.
final class LevelDeployment: Model, @unchecked Sendable {
    static let schema = "level_deployment"
    @ID(key: .id) var id: UUID?

    init() {}
    init(id: UUID) { self.id = id }

    static func current(on db: Database) async throws -> String {
        guard let row = try await query(on: db).first(), let id = row.id else {
            throw Abort(.internalServerError, reason: "level_deployment is empty")
        }
        return id.uuidString.lowercased()
    }
}

/// Another deployment this one exchanges tasks with, as an administrator registered it. The keys are secrets
/// shared with that deployment's administrator: kept only here, never shown again once saved (a fingerprint is).
final class LevelPeer: Model, @unchecked Sendable {
    static let schema = "level_peers"
    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "base_url") var baseURL: String
    /// The peer's own deployment id: messages from it carry it as their origin.
    @Field(key: "deployment_id") var deploymentID: String
    /// The key the peer signs its messages to us with.
    @Field(key: "inbound_key") var inboundKey: String
    /// The key we sign our messages to the peer with.
    @Field(key: "outbound_key") var outboundKey: String
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    var isRevoked: Bool { revokedAt != nil }

    /// What the audit log keeps of a peer: never the keys.
    struct Snapshot: Codable {
        let name: String
        let baseURL: String
        let deploymentID: String
        let inboundKey: String
        let outboundKey: String
        let revoked: Bool
    }

    var snapshot: Snapshot {
        Snapshot(
            name: name, baseURL: baseURL, deploymentID: deploymentID, inboundKey: LevelSigner.fingerprint(inboundKey),
            outboundKey: LevelSigner.fingerprint(outboundKey), revoked: isRevoked)
    }
}

/// "Our unit T01 is their unit X": matched once, by an administrator. A peer only reads and writes what concerns
/// units linked to it.
final class LevelUnitLink: Model, @unchecked Sendable {
    static let schema = "level_unit_links"
    @ID(key: .id) var id: UUID?
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "unit_id") var unitID: UUID
    @Field(key: "remote_code") var remoteCode: String

    init() {}
    init(peerID: UUID, unitID: UUID, remoteCode: String) {
        self.peerID = peerID
        self.unitID = unitID
        self.remoteCode = remoteCode
    }
}

/// A task that lives on both sides: sent down to a peer (`side` assigner here) or received from one (`side`
/// assignee here, with the peer's task id).
final class LevelTaskLink: Model, @unchecked Sendable {
    static let schema = "level_task_links"
    @ID(key: .id) var id: UUID?
    @Field(key: "task_id") var taskID: UUID
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "side") var sideRaw: String
    @OptionalField(key: "remote_task_id") var remoteTaskID: String?

    init() {}
    init(taskID: UUID, peerID: UUID, side: LevelSide, remoteTaskID: String?) {
        self.taskID = taskID
        self.peerID = peerID
        self.sideRaw = side.rawValue
        self.remoteTaskID = remoteTaskID
    }

    var side: LevelSide { LevelSide(rawValue: sideRaw) ?? .assignee }

    static func find(task: UUID, on db: Database) async throws -> LevelTaskLink? {
        try await query(on: db).filter(\.$taskID == task).first()
    }

    /// This side and the peer's name, for the task's page.
    static func described(task: UUID, on db: Database) async throws -> (side: LevelSide, peer: String)? {
        guard let link = try await find(task: task, on: db) else { return nil }
        return (link.side, try await LevelPeer.find(link.peerID, on: db)?.name ?? "")
    }
}

/// A fact to send to a peer, written in the transaction of the change itself; sent in `seq` order per peer.
final class LevelOutboxMessage: Model, @unchecked Sendable {
    static let schema = "level_outbox"
    enum State: String { case pending, delivered, refused }

    @ID(key: .id) var id: UUID?
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "seq") var seq: Int
    @Field(key: "kind") var kind: String
    @Field(key: "object_id") var objectID: String
    @Field(key: "version") var version: Int
    @Field(key: "body") var body: String
    @Field(key: "state") var state: String
    @Field(key: "attempts") var attempts: Int
    @OptionalField(key: "last_error") var lastError: String?
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "delivered_at") var deliveredAt: Date?

    init() {}
}

/// A fact received and applied: the receiver's proof that (peer, kind, object, version) is stored once.
final class LevelReceipt: Model, @unchecked Sendable {
    static let schema = "level_receipts"
    @ID(key: .id) var id: UUID?
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "object_id") var objectID: String
    @Field(key: "version") var version: Int
    @Field(key: "received_at") var receivedAt: Date

    init() {}
}

/// A nonce seen from a peer, kept while a message carrying it could still be fresh.
final class LevelNonce: Model, @unchecked Sendable {
    static let schema = "level_nonces"
    @ID(key: .id) var id: UUID?
    @Field(key: "peer_id") var peerID: UUID
    @Field(key: "nonce") var nonce: String
    @Field(key: "seen_at") var seenAt: Date

    init() {}
}
