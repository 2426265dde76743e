import Fluent

/// What a figure carries besides its value (CONTRACT: actuals' `score` and `classes`): a rank's score, and a
/// distribution's classes in the text `IndicatorDistribution.parse` reads; and an indicator's word for its target
/// (`target_term`: "dự toán" for the budget, null for "kế hoạch"); and which target a revision revises (`kind`:
/// null for the plan's own, else one of its other targets'). One column per statement: SQLite alters a table
/// one column at a time.
struct AddIndicatorFigureDetail: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("indicator_actuals").field("score", .string).update()
        try await database.schema("indicator_actuals").field("classes", .string).update()
        try await database.schema("indicators").field("target_term", .string).update()
        try await database.schema("indicator_target_revisions").field("kind", .string).update()
    }

    func revert(on database: Database) async throws {
        try await database.schema("indicator_target_revisions").deleteField("kind").update()
        try await database.schema("indicators").deleteField("target_term").update()
        try await database.schema("indicator_actuals").deleteField("classes").update()
        try await database.schema("indicator_actuals").deleteField("score").update()
    }
}
