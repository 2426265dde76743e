import DieuHanhCore
import Fluent
import Foundation

/// The weights in force (`EmulationWeights` as JSON), who set them and when.
final class EmulationSettings: Model, @unchecked Sendable {
    static let schema = "emulation_settings"

    @ID(key: .id) var id: UUID?
    @Field(key: "weights") var weightsJSON: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// The weights in force, the defaults when the office has set none, and who set them.
    static func current(on db: Database) async throws -> (weights: EmulationWeights, setBy: String?, setAt: Date?) {
        guard let row = try await query(on: db).sort(\.$updatedAt, .descending).first(),
            let weights = try? JSONDecoder().decode(EmulationWeights.self, from: Data(row.weightsJSON.utf8))
        else { return (EmulationWeights(), nil, nil) }
        return (weights, row.updatedBy, row.updatedAt)
    }

    /// Keeps one row: the new weights replace the old, and the audit log keeps what changed.
    static func save(_ weights: EmulationWeights, actor: AuditActor, now: Date, on db: Database) async throws {
        let before = try await current(on: db).weights
        let rows = try await query(on: db).all()
        let row = rows.first ?? EmulationSettings()
        for extra in rows.dropFirst() { try await extra.delete(on: db) }
        row.weightsJSON = String(decoding: try JSONEncoder().encode(weights), as: UTF8.self)
        row.updatedBy = actor.name
        row.updatedAt = now
        try await row.save(on: db)
        try await AuditLog.record(
            on: db, actor: actor, at: now, action: "update", entity: "emulation_settings", entityID: row.id,
            summary: "Trọng số chấm điểm thi đua", before: before, after: weights)
    }
}
