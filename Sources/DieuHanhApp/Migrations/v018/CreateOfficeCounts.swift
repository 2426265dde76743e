import Fluent

/// Counts the office enters for the review report from the e-office system (documents issued by type, received,
/// meetings by kind): one row per period, category and code, so entering again replaces the count.
struct CreateOfficeCounts: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("office_counts")
            .id()
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("category", .string, .required)
            .field("code", .string, .required)
            .field("count", .int, .required)
            .field("entered_by", .string, .required)
            .field("entered_at", .datetime, .required)
            .unique(on: "period_from", "period_to", "category", "code")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("office_counts").delete()
    }
}
