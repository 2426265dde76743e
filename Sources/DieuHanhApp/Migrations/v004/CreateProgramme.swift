import Fluent

/// The work programme: a programme per year, its items, and their events.
struct CreateProgramme: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("programmes")
            .id()
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("notation", .string, .required)
            .field("issued_on", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "year")
            .create()
        try await database.schema("programme_items")
            .id()
            .field("ma", .string)
            .field("programme_id", .uuid, .required, .references("programmes", "id"))
            .field("year", .int, .required)
            .field("title", .string, .required)
            .field("search_text", .string, .required)
            .field("kind", .string, .required)
            .field("lead_unit_id", .uuid, .required, .references("units", "id"))
            .field("leader_id", .uuid, .references("users", "id"))
            .field("body", .string, .required)
            .field("planned_month", .string, .required)
            .field("origin", .string, .required)
            .field("added_on", .string)
            .field("note", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "ma")
            .create()
        for column in ["programme_id", "year", "lead_unit_id", "planned_month"] {
            try await database.createIndex(on: "programme_items", column)
        }
        try await database.schema("programme_events")
            .id()
            .field("item_id", .uuid, .required, .references("programme_items", "id"))
            .field("kind", .string, .required)
            .field("recorded_on", .string, .required)
            .field("effective_on", .string, .required)
            .field("new_month", .string)
            .field("document", .string, .required)
            .field("note", .string, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: "programme_events", "item_id")
        try await database.createIndex(on: "programme_events", "kind", "new_month")
    }

    func revert(on database: Database) async throws {
        try await database.schema("programme_events").delete()
        try await database.schema("programme_items").delete()
        try await database.schema("programmes").delete()
    }
}
