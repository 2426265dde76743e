import Fluent

/// Several named targets for one indicator's year (CONTRACT: `target_kind`): the plan keeps its own target and says
/// whose it is (`target_kind`, null for the province's own); the other kinds' targets sit beside it, one per kind.
struct CreateIndicatorOtherTargets: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("indicator_plans").field("target_kind", .string).update()
        try await database.schema("indicator_other_targets")
            .id()
            .field("plan_id", .uuid, .required, .references("indicator_plans", "id"))
            .field("kind", .string, .required)
            .field("value", .string, .required)
            .field("document", .string)
            .field("created_at", .datetime)
            .unique(on: "plan_id", "kind")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("indicator_other_targets").delete()
        try await database.schema("indicator_plans").deleteField("target_kind").update()
    }
}
