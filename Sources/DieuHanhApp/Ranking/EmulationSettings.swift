import DieuHanhCore
import Fluent
import Foundation

/// The weights in force (`EmulationWeights` as JSON), who set them and when.
final class EmulationSettings: SettingsRow, @unchecked Sendable {
    static let schema = "emulation_settings"
    static let auditEntity = "emulation_settings"
    static let auditSummary = "Trọng số chấm điểm thi đua"
    typealias Value = EmulationWeights

    @ID(key: .id) var id: UUID?
    @Field(key: "weights") var json: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// The weights in force, the defaults when the office has set none, and who set them.
    static func current(on db: Database) async throws -> (weights: EmulationWeights, setBy: String?, setAt: Date?) {
        guard let saved = try await saved(on: db) else { return (EmulationWeights(), nil, nil) }
        return (saved.value, saved.setBy, saved.setAt)
    }
}
