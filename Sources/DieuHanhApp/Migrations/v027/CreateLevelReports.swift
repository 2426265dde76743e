import Fluent

/// Reports crossing between linked deployments (issue 20): the report requests sent down or received from above,
/// and the review reports received from below with their figures and whether the figures match their digest.
struct CreateLevelReports: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("level_report_links")
            .id()
            .field("request_id", .uuid, .required, .references("report_requests", "id"))
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("side", .string, .required)
            .field("remote_request_id", .string)
            .unique(on: "request_id", "peer_id")
            .create()
        try await database.createIndex(on: "level_report_links", "peer_id", "remote_request_id")
        try await database.schema("level_received_reviews")
            .id()
            .field("peer_id", .uuid, .required, .references("level_peers", "id"))
            .field("remote_draft_id", .string, .required)
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("notation", .string, .required)
            .field("issued_on", .string, .required)
            .field("title", .string, .required)
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("as_of", .string, .required)
            .field("figures", .string, .required)
            .field("claimed_sha256", .string, .required)
            .field("computed_sha256", .string, .required)
            .field("docx_path", .string, .required)
            .field("docx_size", .int, .required)
            .field("request_id", .uuid, .references("report_requests", "id"))
            .field("received_at", .datetime, .required)
            .unique(on: "peer_id", "remote_draft_id")
            .create()
    }

    func revert(on database: Database) async throws {
        try await database.schema("level_received_reviews").delete()
        try await database.schema("level_report_links").delete()
    }
}
