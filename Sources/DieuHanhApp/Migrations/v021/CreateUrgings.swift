import Fluent

/// Urging letters (công văn đôn đốc, DOMAIN §11): the letter while drafted and once issued (its DOCX frozen), the
/// tasks it lists in order, and for each task urged by an issued letter a record the task's page, the list and
/// the review report read as of a date.
struct CreateUrgings: AsyncMigration {
    func prepare(on database: Database) async throws {
        try await database.schema("urgings")
            .id()
            .field("as_of", .string, .required)
            .field("state", .string, .required)
            .field("version", .int, .required)
            .field("unit_ids", .string, .required)
            .field("summary", .string, .required)
            .field("addressees", .string, .required)
            .field("opening", .string, .required)
            .field("request", .string, .required)
            .field("report_by", .string, .required)
            .field("recipients", .string, .required)
            .field("signer", .string)
            .field("signer_title", .string)
            .field("authority", .string)
            .field("notation", .string)
            .field("issued_on", .string)
            .field("document_id", .uuid, .references("documents", "id"))
            .field("docx", .data)
            .field("created_by", .uuid)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema("urging_tasks")
            .id()
            .field("urging_id", .uuid, .required, .references("urgings", "id"))
            .field("task_id", .uuid, .required, .references("tasks", "id"))
            .field("position", .int, .required)
            .unique(on: "urging_id", "task_id")
            .create()
        try await database.schema("task_urgings")
            .id()
            .field("task_id", .uuid, .required, .references("tasks", "id"))
            .field("urging_id", .uuid, .required, .references("urgings", "id"))
            .field("document_id", .uuid, .required, .references("documents", "id"))
            .field("notation", .string, .required)
            .field("issued_on", .string, .required)
            .field("recorded_on", .string, .required)
            .field("actor_id", .uuid)
            .field("created_at", .datetime)
            .unique(on: "task_id", "urging_id")
            .create()
        try await database.createIndex(on: "task_urgings", "issued_on")
    }

    func revert(on database: Database) async throws {
        for table in ["task_urgings", "urging_tasks", "urgings"] { try await database.schema(table).delete() }
    }
}
