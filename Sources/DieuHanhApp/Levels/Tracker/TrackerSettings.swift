import DieuHanhCore
import Fluent
import Foundation

/// The mapping in force for the national tracker's export, who set it and when.
final class TrackerSettings: Model, @unchecked Sendable {
    static let schema = "tracker_mappings"

    @ID(key: .id) var id: UUID?
    @Field(key: "mapping") var mappingJSON: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// The saved mapping, or nil before the office has mapped a first export.
    static func current(on db: Database) async throws -> TrackerMapping? {
        guard let row = try await query(on: db).sort(\.$updatedAt, .descending).first() else { return nil }
        return try? JSONDecoder().decode(TrackerMapping.self, from: Data(row.mappingJSON.utf8))
    }

    /// Keeps one row; the audit log keeps what changed. The same mapping again writes nothing.
    static func save(_ mapping: TrackerMapping, actor: AuditActor, now: Date, on db: Database) async throws {
        let before = try await current(on: db)
        guard before != mapping else { return }
        let rows = try await query(on: db).all()
        let row = rows.first ?? TrackerSettings()
        for extra in rows.dropFirst() { try await extra.delete(on: db) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        row.mappingJSON = String(decoding: try encoder.encode(mapping), as: UTF8.self)
        row.updatedBy = actor.name
        row.updatedAt = now
        try await row.save(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "tracker_mapping", entityID: row.id,
            summary: "Cách đọc tệp của hệ thống theo dõi nhiệm vụ", before: before, after: mapping)
    }
}
