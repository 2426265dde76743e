import Fluent

/// Plans for several years (CONTRACT: an indicators CSV row whose `year` is a range such as `2021-2025`): one target
/// per indicator and period, with the method that builds the period's value from the yearly figures.
struct CreateIndicatorMultiYearPlans: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("indicator_multi_year_plans")
            .id()
            .field("indicator_id", .uuid, .required, .references("indicators", "id"))
            .field("from_year", .int, .required)
            .field("to_year", .int, .required)
            .field("method", .string, .required)
            .field("target", .string, .required)
            .field("document", .string)
            .field("responsible_unit_id", .uuid, .required, .references("units", "id"))
            .field("position", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "indicator_id", "from_year", "to_year")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("indicator_multi_year_plans").delete()
    }
}
