import Fluent

/// Meetings (DOMAIN §10): the meeting, the people at it, the units invited, the documents it heard, and the link
/// to its conclusion notice. A document is the notice of one meeting at most, hence the unique column.
struct CreateMeetings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("search_text", .string, .required)
            .field("held_on", .string, .required)
            .field("start_time", .string)
            .field("place", .string, .required)
            .field("online_points", .string, .required)
            .field("chair_name", .string, .required)
            .field("chair_title", .string, .required)
            .field("discussed", .string, .required)
            .field("notes", .string, .required)
            .field("notice_document_id", .uuid, .references("documents", "id"))
            .field("recorded_on", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "notice_document_id")
            .create()
        try await database.createIndex(on: "meetings", "held_on")
        try await database.schema("meeting_attendees")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("position", .int, .required)
            .field("attendance", .string, .required)
            .field("name", .string, .required)
            .field("title", .string, .required)
            .field("unit_id", .uuid, .references("units", "id"))
            .field("detail", .string, .required)
            .create()
        try await database.createIndex(on: "meeting_attendees", "meeting_id")
        try await database.schema("meeting_units")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .unique(on: "meeting_id", "unit_id")
            .create()
        try await database.schema("meeting_documents")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id"))
            .field("document_id", .uuid, .required, .references("documents", "id"))
            .unique(on: "meeting_id", "document_id")
            .create()
    }

    func revert(on database: Database) async throws {
        for table in ["meeting_documents", "meeting_units", "meeting_attendees", "meetings"] {
            try await database.schema(table).delete()
        }
    }
}
