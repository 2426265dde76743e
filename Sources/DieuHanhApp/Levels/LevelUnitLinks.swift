import DieuHanhCore
import Fluent
import Foundation
import SQLKit

/// The unit links as the exchange reads them, through mergers (`LevelLinkSuccession`): a link matched once keeps
/// working after the matched unit is merged into another on either side.
struct LevelUnitLinks {
    private var successors: [UUID: UUID] = [:]
    private var validity: [UUID: UnitValidity] = [:]
    private var links: [UUID: [LevelUnitLink]] = [:]

    /// Reads every unit's successor and days as plain rows (a few thousand at national scale, read only when a
    /// message is written or received) and the peer's links, or every peer's.
    static func load(peer: UUID? = nil, on db: Database) async throws -> LevelUnitLinks {
        var result = LevelUnitLinks()
        let rows = try await (db as! any SQLDatabase).select().column("id").column("successor_id").column("valid_from")
            .column("valid_to").from(OrgUnit.schema).all()
        for row in rows {
            let id = try row.decode(column: "id", as: UUID.self)
            if let successor = try row.decode(column: "successor_id", as: UUID?.self) { result.successors[id] = successor }
            result.validity[id] = UnitValidity(
                validFrom: try row.decode(column: "valid_from", as: String?.self).flatMap(CivilDate.parse),
                validTo: try row.decode(column: "valid_to", as: String?.self).flatMap(CivilDate.parse))
        }
        var query = LevelUnitLink.query(on: db)
        if let peer { query = query.filter(\.$peerID == peer) }
        for link in try await query.all() { result.links[link.unitID, default: []].append(link) }
        return result
    }

    /// `load(peer:).link(for:peer:)` for one unit, with the unit's own link looked up first: each step received or
    /// sent asks this, and only a merged unit needs every unit's successor read.
    static func link(for unit: UUID, peer: UUID, on db: Database) async throws -> LevelUnitLink? {
        if let own = try await LevelUnitLink.query(on: db).filter(\.$peerID == peer).filter(\.$unitID == unit).first() {
            return own
        }
        return try await load(peer: peer, on: db).link(for: unit, peer: peer)
    }

    /// The link towards `peer` that speaks for `unit`: its own, or its nearest predecessor's.
    func link(for unit: UUID, peer: UUID) -> LevelUnitLink? {
        let linked = LevelLinkSuccession.linkedUnit(for: unit, successors: successors) { candidate in
            links[candidate]?.contains { $0.peerID == peer } ?? false
        }
        return linked.flatMap { id in links[id]?.first { $0.peerID == peer } }
    }

    /// The link that speaks for `unit` towards any peer (a unit is matched with at most one deployment below it).
    func anyLink(for unit: UUID) -> LevelUnitLink? {
        let linked = LevelLinkSuccession.linkedUnit(for: unit, successors: successors) { links[$0]?.isEmpty == false }
        return linked.flatMap { links[$0]?.min { $0.remoteCode < $1.remoteCode } }
    }

    /// The local unit the peer's `code` stands for on `day`: the matched unit while it works, else the unit carrying
    /// on its work after a merger. Nil when the code is not matched, or the unit was dissolved without successor.
    func unit(forRemoteCode code: String, peer: UUID, on day: CivilDate) -> UUID? {
        let matched = links.values.lazy.flatMap { $0 }.first { $0.peerID == peer && $0.remoteCode == code }
        guard let matched else { return nil }
        return LevelLinkSuccession.carrier(of: matched.unitID, successors: successors) { id in
            validity[id]?.isOpen(on: day) ?? true
        }
    }
}
