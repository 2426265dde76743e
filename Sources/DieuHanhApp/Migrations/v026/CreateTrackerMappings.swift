import Fluent

/// The office's mapping of the national task tracker's export (`TrackerMapping` as JSON, DOMAIN §12): one row, kept
/// so that every later export is read the same way.
struct CreateTrackerMappings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("tracker_mappings")
            .id()
            .field("mapping", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("tracker_mappings").delete()
    }
}
