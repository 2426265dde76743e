import DieuHanhCore
import Fluent
import Foundation

/// The mapping in force for the national tracker's export, who set it and when.
final class TrackerSettings: SettingsRow, @unchecked Sendable {
    static let schema = "tracker_mappings"
    static let auditEntity = "tracker_mapping"
    static let auditSummary = "Cách đọc tệp của hệ thống theo dõi nhiệm vụ"
    typealias Value = TrackerMapping

    @ID(key: .id) var id: UUID?
    @Field(key: "mapping") var json: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// The saved mapping, or nil before the office has mapped a first export.
    static func current(on db: Database) async throws -> TrackerMapping? {
        try await saved(on: db)?.value
    }
}
