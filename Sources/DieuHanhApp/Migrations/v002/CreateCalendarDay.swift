import Fluent

/// The administrator's changes to the working-day calendar: extra days off and make-up working days (làm bù).
struct CreateCalendarDay: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("calendar_days")
            .id()
            .field("day", .string, .required)
            .field("kind", .string, .required)
            .field("note", .string, .required)
            .unique(on: "day")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("calendar_days").delete()
    }
}
