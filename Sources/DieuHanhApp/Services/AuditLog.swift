import Fluent
import Foundation
import SQLKit
import Vapor

/// Who made a change: a signed-in user, or the command line.
struct AuditActor: Sendable {
    let id: UUID?
    let name: String

    static let commandLine = AuditActor(id: nil, name: "dòng lệnh")

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
        let sql = db as! SQLDatabase
        // Locks the head row until the transaction ends: appends are serialised, the chain never forks.
        guard let head = try await sql.raw("UPDATE audit_heads SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash")
            .first() else { throw Abort(.internalServerError, reason: "audit head missing") }
        let seq = try head.decode(column: "seq", as: Int.self)
        let prevHash = try head.decode(column: "hash", as: String.self)
        let fields = AuditChain.Fields(
            seq: seq, recordedAt: timestamp(now), actorID: actor.id, actorName: actor.name, action: action,
            entity: entity, entityID: entityID?.uuidString, summary: summary,
            beforeJSON: json(before), afterJSON: json(after), prevHash: prevHash)
        let entry = AuditEntry()
        entry.seq = fields.seq
        entry.recordedAt = fields.recordedAt
        entry.actorID = fields.actorID
        entry.actorName = fields.actorName
        entry.action = fields.action
        entry.entity = fields.entity
        entry.entityID = fields.entityID
        entry.summary = fields.summary
        entry.beforeJSON = fields.beforeJSON
        entry.afterJSON = fields.afterJSON
        entry.prevHash = fields.prevHash
        entry.hash = AuditChain.hash(fields)
        try await entry.create(on: db)
        try await sql.update("audit_heads").set("hash", to: SQLBind(entry.hash)).where("id", .equal, SQLBind(1)).run()
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
            page.forEach { verifier.check($0) }
            afterSeq = last.seq
        }
        let sql = db as! SQLDatabase
        if let head = try await sql.raw("SELECT seq, hash FROM audit_heads WHERE id = 1").first() {
            verifier.finish(headSeq: try head.decode(column: "seq", as: Int.self),
                            headHash: try head.decode(column: "hash", as: String.self))
        } else {
            return (verifier.checked, verifier.problems + ["the log head is missing"])
        }
        return (verifier.checked, verifier.problems)
    }
}
