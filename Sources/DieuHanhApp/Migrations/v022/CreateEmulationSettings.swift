import Fluent

/// The office's weights of the yearly emulation scoring (DOMAIN §11): one row; none means the defaults.
struct CreateEmulationSettings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("emulation_settings")
            .id()
            .field("weights", .string, .required)
            .field("updated_by", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("emulation_settings").delete()
    }
}
