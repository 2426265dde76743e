import DieuHanhCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Puts in the outbox, for each peer above this deployment (`LevelFiguresRule.ownCode`), the days whose figures
/// changed since they were last sent to it. A task write does not wait for this: a round compares the running totals
/// (a few thousand rows for ten years) with what was sent, so a back-dated change re-sends exactly the days it
/// touched, with the next version of each.
enum LevelFiguresOutbox {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// One round over the peers whose key is not revoked; returns how many days were put in the outbox.
    @discardableResult
    static func enqueueChanged(_ app: Application) async throws -> Int {
        var enqueued = 0
        for peer in try await LevelPeer.query(on: app.db).filter(\.$revokedAt == nil).all() {
            guard let code = try await ownCode(at: peer, on: app.db) else { continue }
            let now = app.config.now()
            enqueued += try await app.write { db in try await enqueueChanged(to: peer, as: code, now: now, on: db) }
        }
        return enqueued
    }

    /// This deployment's own unit code, as `peer` matched it, when the peer is above; nil when it is not.
    static func ownCode(at peer: LevelPeer, on db: Database) async throws -> String? {
        let links = try await LevelUnitLink.query(on: db).filter(\.$peerID == peer.id!).all()
        guard !links.isEmpty else { return nil }
        let units = try await OrgUnit.query(on: db).filter(\.$id ~~ links.map(\.unitID)).all()
        // As in every message, the sender names its units by its own codes; the receiver translates them.
        return LevelFiguresRule.ownCode(links: units.map { (kind: $0.unitKind, remoteCode: $0.code) })
    }

    private static func enqueueChanged(to peer: LevelPeer, as code: String, now: Date, on db: Database) async throws -> Int {
        // Two rounds at once (the serving job and the command line) compare one after the other: on PostgreSQL this
        // holds the peer's row until the transaction ends; on SQLite writers are queued already (WriteGate).
        try await (db as! any SQLDatabase).raw("UPDATE level_peers SET name = name WHERE id = \(bind: peer.id!)").run()
        let current = try await dailyChanges(on: db)
        let sent = try await LevelFiguresSent.query(on: db).filter(\.$peerID == peer.id!).all()
        let sentByDay = Dictionary(sent.map { ($0.day, $0) }, uniquingKeysWith: { first, _ in first })
        var enqueued = 0
        // A day sent before and now without any change is sent again, empty: its old changes must go.
        for day in Set(current.keys).union(sentByDay.keys).sorted() {
            let date = CivilDate(dayNumber: day)
            let fact = LevelFiguresDay(unit: code, day: date.iso, changes: current[day] ?? [:])
            let body = String(decoding: try encoder.encode(fact), as: UTF8.self)
            let record = sentByDay[day] ?? LevelFiguresSent()
            guard record.id == nil || record.body != body else { continue }
            record.peerID = peer.id!
            record.day = day
            record.version = record.id == nil ? 1 : record.version + 1
            record.body = body
            try await record.save(on: db)
            try await LevelOutbox.enqueue(
                to: peer.id!, kind: .figuresDay, objectID: date.iso, version: record.version, body: fact, now: now, on: db)
            enqueued += 1
        }
        return enqueued
    }

    /// The running totals by day: day number → key → net change, zero changes left out.
    static func dailyChanges(on db: Database) async throws -> [Int: [String: Int]] {
        let rows = try await (db as! any SQLDatabase).select().column("bucket").column("day").column("delta")
            .from(TaskStatsTotals.schema).where("delta", .notEqual, SQLBind(0)).all()
        var changes: [Int: [String: Int]] = [:]
        for row in rows {
            let key = try row.decode(column: "bucket", as: String.self)
            guard LevelFiguresDay.keys.contains(key) else { continue }
            changes[try row.decode(column: "day", as: Int.self), default: [:]][key] = try row.decode(
                column: "delta", as: Int.self)
        }
        return changes
    }

    /// Every five minutes while the server serves: figures are for the day's overview, not the minute; the delivery
    /// job sends them on.
    static let job = ServingJob(name: "levels figures", initialDelay: .seconds(10), delay: .minutes(5)) { app in
        let enqueued = try await LevelFiguresOutbox.enqueueChanged(app)
        if enqueued > 0 { app.logger.info("levels: figures of \(enqueued) days to send") }
    }
}
