import DieuHanhCore
import Fluent
import Foundation
import Vapor

/// What an administrator types to register a peer (the page's form and the command line).
struct LevelPeerDraft: Sendable {
    var name: String
    var baseURL: String
    var deploymentID: String
    var inboundKey: String
    var outboundKey: String

    init(_ fields: [String: String]) {
        func field(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        name = field("name")
        baseURL = field("base_url")
        deploymentID = field("deployment_id").lowercased()
        inboundKey = field("inbound_key")
        outboundKey = field("outbound_key")
    }
}

/// Registering peers, matching units and revoking keys: checked, written and audited in one place.
enum LevelPeerService {
    static let minimumKeyLength = 32

    static func keyErrors(_ draft: LevelPeerDraft, t: Localizer) -> [FieldError] {
        var errors: [FieldError] = []
        if draft.inboundKey.count < minimumKeyLength {
            errors.append(.init(field: "inbound_key", message: t(T.levelsKeyTooShort)))
        }
        if draft.outboundKey.count < minimumKeyLength {
            errors.append(.init(field: "outbound_key", message: t(T.levelsKeyTooShort)))
        }
        if errors.isEmpty && draft.inboundKey == draft.outboundKey {
            errors.append(.init(field: "outbound_key", message: t(T.levelsKeysSame)))
        }
        return errors
    }

    static func register(_ draft: LevelPeerDraft, actor: AuditActor, now: Date, on db: Database, t: Localizer) async throws
        -> LevelPeer
    {
        var errors: [FieldError] = []
        if draft.name.isEmpty { errors.append(.init(field: "name", message: t(T.levelsNameRequired))) }
        if let problem = FieldRules.unitName.check(draft.name) { errors.append(.init(field: "name", message: t(problem))) }
        let url = URL(string: draft.baseURL)
        if !(draft.baseURL.hasPrefix("http://") || draft.baseURL.hasPrefix("https://")) || url?.host == nil {
            errors.append(.init(field: "base_url", message: t(T.levelsURLInvalid)))
        }
        if UUID(uuidString: draft.deploymentID) == nil {
            errors.append(.init(field: "deployment_id", message: t(T.levelsIDInvalid)))
        } else if draft.deploymentID == (try await LevelDeployment.current(on: db)) {
            errors.append(.init(field: "deployment_id", message: t(T.levelsIDOwn)))
        } else if try await LevelPeer.query(on: db).filter(\.$deploymentID == draft.deploymentID).first() != nil {
            errors.append(.init(field: "deployment_id", message: t(T.levelsIDTaken)))
        }
        errors += keyErrors(draft, t: t)
        try errors.throwIfAny()
        let peer = LevelPeer()
        peer.name = draft.name
        peer.baseURL = draft.baseURL
        peer.deploymentID = draft.deploymentID
        peer.inboundKey = draft.inboundKey
        peer.outboundKey = draft.outboundKey
        peer.createdAt = now
        try await peer.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "level_peer", entityID: peer.id, summary: peer.name,
            before: LevelPeer.Snapshot?.none, after: peer.snapshot)
        return peer
    }

    /// Matches a local unit (by its code here) with a code on the peer's side; each once per peer.
    static func link(
        peer: LevelPeer, localCode: String, remoteCode: String, actor: AuditActor, now: Date, on db: Database, t: Localizer
    ) async throws -> (LevelUnitLink, OrgUnit) {
        let localCode = localCode.trimmingCharacters(in: .whitespaces)
        let remoteCode = remoteCode.trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        let unit = try await OrgUnit.query(on: db).filter(\.$code == localCode).first()
        if unit == nil {
            errors.append(.init(field: "unit_code", message: t(T.levelsUnitUnknown, localCode)))
        } else if try await LevelUnitLink.query(on: db).filter(\.$peerID == peer.id!).filter(\.$unitID == unit!.id!).first()
            != nil
        {
            errors.append(.init(field: "unit_code", message: t(T.levelsUnitTaken)))
        }
        if remoteCode.isEmpty {
            errors.append(.init(field: "remote_code", message: t(T.levelsCodeRequired)))
        } else if let problem = FieldRules.unitCode.check(remoteCode) {
            errors.append(.init(field: "remote_code", message: t(problem)))
        } else if try await LevelUnitLink.query(on: db).filter(\.$peerID == peer.id!).filter(\.$remoteCode == remoteCode)
            .first() != nil
        {
            errors.append(.init(field: "remote_code", message: t(T.levelsCodeTaken)))
        }
        try errors.throwIfAny()
        let link = LevelUnitLink(peerID: peer.id!, unitID: unit!.id!, remoteCode: remoteCode)
        try await link.create(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "create", entity: "level_unit_link", entityID: link.id,
            summary: "\(peer.name): \(unit!.code) = \(remoteCode)", before: String?.none, after: remoteCode)
        return (link, unit!)
    }

    /// Nothing is sent to or accepted from the peer until new keys are set.
    static func revoke(_ peer: LevelPeer, actor: AuditActor, now: Date, on db: Database) async throws {
        let before = peer.snapshot
        peer.revokedAt = now
        try await peer.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "revoke", entity: "level_peer", entityID: peer.id, summary: peer.name,
            before: before, after: peer.snapshot)
    }

    /// New keys (after a revocation, or to rotate them); the peer is linked again.
    static func rekey(
        _ peer: LevelPeer, inboundKey: String, outboundKey: String, actor: AuditActor, now: Date, on db: Database,
        t: Localizer
    ) async throws {
        var draft = LevelPeerDraft([:])
        draft.inboundKey = inboundKey.trimmingCharacters(in: .whitespacesAndNewlines)
        draft.outboundKey = outboundKey.trimmingCharacters(in: .whitespacesAndNewlines)
        try keyErrors(draft, t: t).throwIfAny()
        let before = peer.snapshot
        peer.inboundKey = draft.inboundKey
        peer.outboundKey = draft.outboundKey
        peer.revokedAt = nil
        try await peer.update(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "rekey", entity: "level_peer", entityID: peer.id, summary: peer.name,
            before: before, after: peer.snapshot)
    }
}
