import Fluent
import SQLKit

/// The running totals behind the unfiltered statistics (`TaskStatsTotals`), filled from the status index. They
/// replace the two bucket-group indexes of v003, which are dropped (one write fewer per span).
struct CreateTaskStatsTotals: AsyncMigration {
    func prepare(on database: Database) async throws {
        let sql = database as! SQLDatabase
        try await sql.create(table: TaskStatsTotals.schema)
            .column("bucket", type: .text, .notNull).column("day", type: .bigint, .notNull)
            .column("delta", type: .bigint, .notNull).primaryKey("bucket", "day").run()
        try await database.schema(TaskStatsTotals.documentSpans)
            .field("document_id", .uuid, .required).field("from_day", .int64, .required).field("until_day", .int64, .required)
            .create()
        try await database.createIndex(on: TaskStatsTotals.documentSpans, "document_id")
        try await TaskStatsTotals.rebuild(on: database)
        for name in CreateTaskStatusSpan.bucketGroupIndexes { try await sql.drop(index: name).run() }
    }

    func revert(on database: Database) async throws {
        let sql = database as! SQLDatabase
        try await sql.drop(table: TaskStatsTotals.documentSpans).run()
        try await sql.drop(table: TaskStatsTotals.schema).run()
        try await CreateTaskStatusSpan.createBucketGroupIndexes(on: sql)
    }
}
