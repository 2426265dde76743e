import Fluent
import Foundation

/// Settings the office keeps as one row of JSON (the ranking's weights, the tracker's mapping): the value in force,
/// who set it and when. Saving replaces the row and the audit log keeps what changed; saving the same value again
/// writes nothing.
protocol SettingsRow: Model, AnyObject where IDValue == UUID {
    associatedtype Value: Codable & Equatable
    /// The value as JSON, keys sorted (the same value gives the same text).
    var json: String { get set }
    var updatedBy: String { get set }
    var updatedAt: Date { get set }
    /// The audit log's entity and summary for a change.
    static var auditEntity: String { get }
    static var auditSummary: String { get }
    init()
}

extension SettingsRow {
    /// The saved value and who saved it when, or nil when none was saved (or it no longer decodes).
    static func saved(on db: Database) async throws -> (value: Value, setBy: String, setAt: Date)? {
        guard let row = try await query(on: db).sort(FieldKey("updated_at"), .descending).first(),
            let value = try? JSONDecoder().decode(Value.self, from: Data(row.json.utf8))
        else { return nil }
        return (value, row.updatedBy, row.updatedAt)
    }

    static func save(_ value: Value, actor: AuditActor, now: Date, on db: Database) async throws {
        let before = try await saved(on: db)?.value
        guard before != value else { return }
        let rows = try await query(on: db).all()
        let row = rows.first ?? Self()
        for extra in rows.dropFirst() { try await extra.delete(on: db) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        row.json = String(decoding: try encoder.encode(value), as: UTF8.self)
        row.updatedBy = actor.name
        row.updatedAt = now
        try await row.save(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: auditEntity, entityID: row.id, summary: auditSummary,
            before: before, after: value)
    }
}
