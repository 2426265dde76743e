import DieuHanhCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Stores a day of figures received from a peer below. A peer only sends about itself: the unit it names must be
/// matched with it here, and be below this deployment (`LevelFiguresRule.comesFromBelow`). A newer version of a day
/// replaces the older one; an older one arriving late changes nothing.
enum LevelFiguresIntake {
    static func apply(
        _ fact: LevelFiguresDay, envelope: LevelEnvelope, from peer: LevelPeer, now: Date, on db: Database
    ) async throws -> String {
        guard let day = CivilDate.parse(fact.day), day.iso == fact.day, envelope.objectID == fact.day,
            fact.changes.keys.allSatisfy(LevelFiguresDay.keys.contains)
        else { throw LevelRefused(refusal: .malformed, detail: fact.day) }
        guard
            let link = try await LevelUnitLink.query(on: db).filter(\.$peerID == peer.id!)
                .filter(\.$remoteCode == fact.unit).first(),
            let unit = try await OrgUnit.find(link.unitID, on: db)
        else { throw LevelRefused(refusal: .unitNotLinked, detail: fact.unit) }
        guard LevelFiguresRule.comesFromBelow(unit.unitKind, highestTierHere: try await highestTier(on: db)) else {
            throw LevelRefused(refusal: .notOwner, detail: unit.code)
        }
        let existing = try await LevelFiguresRecord.query(on: db).filter(\.$peerID == peer.id!)
            .filter(\.$day == day.dayNumber).first()
        if let existing, existing.version >= envelope.version {
            return "\(unit.code) \(fact.day): đã có phiên bản \(existing.version)"
        }
        let record = existing ?? LevelFiguresRecord()
        record.peerID = peer.id!
        record.day = day.dayNumber
        record.version = envelope.version
        record.set(fact.changes)
        record.receivedAt = now
        try await record.save(on: db)
        return "\(unit.code) \(fact.day)"
    }

    /// The highest tier among this deployment's units (`LevelFiguresRule.tier`), nil when none has one.
    static func highestTier(on db: Database) async throws -> Int? {
        let rows = try await (db as! any SQLDatabase).select().distinct().column("kind").from(OrgUnit.schema).all()
        return try rows.compactMap { UnitKind(rawValue: try $0.decode(column: "kind", as: String.self)) }
            .compactMap(LevelFiguresRule.tier).min()
    }
}
