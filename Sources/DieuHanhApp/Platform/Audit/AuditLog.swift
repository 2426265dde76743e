import DieuHanhCore
import Fluent
import Foundation
import SQLKit
import Vapor

/// Who made a change: a signed-in user, or the command line.
package struct AuditActor: Sendable {
    let id: UUID?
    let name: String

    package static let commandLine = AuditActor(id: nil, name: "dòng lệnh")

    init(id: UUID?, name: String) {
        self.id = id
        self.name = name
    }

    init(_ user: UserAccount) {
        self.init(id: user.id, name: user.username)
    }
}

enum AuditLog {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func json<T: Encodable>(_ value: T?) -> String? {
        guard let value else { return nil }
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Appends one entry. Call it inside the transaction that makes the change, so both land or neither does.
    static func record<Before: Encodable, After: Encodable>(
        on db: Database, actor: AuditActor, at now: Date, action: String, entity: String, entityID: UUID?,
        summary: String, before: Before?, after: After?
    ) async throws {
        var batch = Batch()
        batch.add(
            actor: actor, at: now, action: action, entity: entity, entityID: entityID, summary: summary,
            before: before, after: after)
        try await batch.write(on: db)
    }

    /// Entries gathered in order and appended together: one move of the head for all of them, their hashes chained
    /// in memory, multi-row inserts (an import of 100.000 tasks wrote three statements per entry before).
    struct Batch {
        /// `audit_entries` columns in the order `write` binds them.
        private static let columns = [
            "id", "seq", "recorded_at", "actor_id", "actor_name", "action", "entity", "entity_id", "summary",
            "before_json", "after_json", "prev_hash", "hash",
        ]
        /// An entry's fields before its place in the chain (`seq`, `prevHash`) is known.
        private var pending: [AuditChain.Fields] = []
        /// The last time stamp made: an import stamps every entry with the same time.
        private var stamped: (date: Date, text: String)?

        var isEmpty: Bool { pending.isEmpty }

        mutating func add<Before: Encodable, After: Encodable>(
            actor: AuditActor, at now: Date, action: String, entity: String, entityID: UUID?, summary: String,
            before: Before?, after: After?
        ) {
            if stamped?.date != now { stamped = (now, timestamp(now)) }
            pending.append(
                AuditChain.Fields(
                    seq: 0, recordedAt: stamped!.text, actorID: actor.id, actorName: actor.name, action: action,
                    entity: entity, entityID: entityID?.uuidString, summary: summary,
                    beforeJSON: json(before), afterJSON: json(after), prevHash: ""))
        }

        /// Writes the entries in the order they were added. Call it inside the transaction that makes the changes.
        func write(on db: Database) async throws {
            guard !pending.isEmpty else { return }
            let sql = db as! SQLDatabase
            // Locks the head row until the transaction ends: appends are serialised, the chain never forks.
            guard
                let head = try await sql.raw(
                    "UPDATE audit_heads SET seq = seq + \(bind: pending.count) WHERE id = 1 RETURNING seq, hash"
                )
                .first()
            else { throw Abort(.internalServerError, reason: "audit head missing") }
            var seq = try head.decode(column: "seq", as: Int.self) - pending.count
            var prevHash = try head.decode(column: "hash", as: String.self)
            // Explicit column rows with time-ordered ids: Fluent's batch create walks every model by reflection.
            var rows: [[any SQLExpression]] = []
            rows.reserveCapacity(pending.count)
            for var fields in pending {
                seq += 1
                fields.seq = seq
                fields.prevHash = prevHash
                let hash = AuditChain.hash(fields)
                rows.append([
                    SQLBind(TimeOrderedID.next()), SQLBind(fields.seq), SQLBind(fields.recordedAt), SQLBind(fields.actorID),
                    SQLBind(fields.actorName), SQLBind(fields.action), SQLBind(fields.entity), SQLBind(fields.entityID),
                    SQLBind(fields.summary), SQLBind(fields.beforeJSON), SQLBind(fields.afterJSON),
                    SQLBind(fields.prevHash), SQLBind(hash),
                ])
                prevHash = hash
            }
            // 500 rows of 13 binds stay under SQLite's and PostgreSQL's parameter limits.
            try await TaskStatusIndex.insert(rows, into: AuditEntry.schema, columns: Self.columns, rowsPerStatement: 500, on: sql)
            try await sql.update("audit_heads").set("hash", to: SQLBind(prevHash)).where("id", .equal, SQLBind(1)).run()
        }
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// Checks the whole chain, a page at a time so a long log never sits in memory at once.
    static func verify(on db: Database) async throws -> (checked: Int, problems: [String]) {
        var verifier = AuditChain.Verifier()
        var afterSeq = 0
        while true {
            let page = try await AuditEntry.query(on: db).filter(\.$seq > afterSeq).sort(\.$seq).limit(1000).all()
            guard let last = page.last else { break }
            for entry in page { verifier.check(entry) }
            afterSeq = last.seq
        }
        let sql = db as! SQLDatabase
        if let head = try await sql.raw("SELECT seq, hash FROM audit_heads WHERE id = 1").first() {
            verifier.finish(
                headSeq: try head.decode(column: "seq", as: Int.self),
                headHash: try head.decode(column: "hash", as: String.self))
        } else {
            return (verifier.checked, verifier.problems + ["the log head is missing"])
        }
        return (verifier.checked, verifier.problems)
    }
}
