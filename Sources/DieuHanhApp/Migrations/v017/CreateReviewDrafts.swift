import Fluent

/// Review report drafts (DOMAIN §9): the draft with its outline and, once issued, its frozen figures and files;
/// every save of a section as a version; leaders' comments on a section; the office's defaults for the next report.
struct CreateReviewDrafts: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("review_drafts")
            .id()
            .field("period_from", .string, .required)
            .field("period_to", .string, .required)
            .field("as_of", .string, .required)
            .field("state", .string, .required)
            .field("version", .int, .required)
            .field("outline", .string, .required)
            .field("recipients", .string, .required)
            .field("notation", .string)
            .field("issued_on", .string)
            .field("signer", .string)
            .field("signer_title", .string)
            .field("authority", .string)
            .field("document_id", .uuid, .references("documents", "id"))
            .field("request_id", .uuid, .references("report_requests", "id"))
            .field("figures", .string)
            .field("docx", .data)
            .field("xlsx", .data)
            .field("sheet_html", .string)
            .field("created_by", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex(on: "review_drafts", "period_from", "period_to")
        try await database.schema("review_section_versions")
            .id()
            .field("draft_id", .uuid, .required, .references("review_drafts", "id"))
            .field("key", .string, .required)
            .field("text", .string, .required)
            .field("draft_version", .int, .required)
            .field("saved_by", .uuid)
            .field("saved_at", .datetime, .required)
            .create()
        try await database.createIndex(on: "review_section_versions", "draft_id", "key")
        try await database.schema("review_comments")
            .id()
            .field("draft_id", .uuid, .required, .references("review_drafts", "id"))
            .field("key", .string, .required)
            .field("author_id", .uuid)
            .field("text", .string, .required)
            .field("created_at", .datetime, .required)
            .field("resolved_by", .uuid)
            .field("resolved_at", .datetime)
            .create()
        try await database.createIndex(on: "review_comments", "draft_id")
        try await database.schema("review_defaults")
            .id()
            .field("outline", .string, .required)
            .field("recipients", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: Database) async throws {
        for table in ["review_defaults", "review_comments", "review_section_versions", "review_drafts"] {
            try await database.schema(table).delete()
        }
    }
}
