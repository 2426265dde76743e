import Fluent

/// Task figures crossing between levels (issue 20, "aggregated"). The sender remembers what it last sent of each
/// day to each peer above (`level_figures_sent`, to send only the days whose figures changed); the receiver keeps,
/// per peer below and per day, the net changes of each bucket (`level_figures`): the figures as of D are their sums
/// up to D, as the sender's own running totals (`task_stats_daily`) give its figures.
struct CreateLevelFigures: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("level_figures_sent")
            .id()
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("day", .int, .required)
            .field("version", .int, .required)
            .field("body", .string, .required)
            .unique(on: "peer_id", "day")
            .create()
        try await database.schema("level_figures")
            .id()
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("day", .int, .required)
            .field("version", .int, .required)
            .field("completed_on_time", .int, .required)
            .field("completed_late", .int, .required)
            .field("pending_within_deadline", .int, .required)
            .field("pending_overdue", .int, .required)
            .field("pending_no_deadline", .int, .required)
            .field("documents", .int, .required)
            .field("received_at", .datetime, .required)
            .unique(on: "peer_id", "day")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("level_figures").delete()
        try await database.schema("level_figures_sent").delete()
    }
}
