import Fluent
import SQLKit

/// The running totals behind the unfiltered statistics (`TaskStatsTotals`), filled from the status index after
/// migrating (`DerivedStatistics`). They replace the two bucket-group indexes of v003, which are dropped (one write
/// fewer per span).
struct CreateTaskStatsTotals: AsyncMigration {
    func prepare(on database: Database) async throws {
        let sql = database as! SQLDatabase
        try await sql.create(table: "task_stats_daily")
            .column("bucket", type: .text, .notNull).column("day", type: .bigint, .notNull)
            .column("delta", type: .bigint, .notNull).primaryKey("bucket", "day").run()
        try await database.schema("document_status_spans")
            .field("document_id", .uuid, .required).field("from_day", .int64, .required).field("until_day", .int64, .required)
            .create()
        try await database.createIndex(on: "document_status_spans", "document_id")
        for name in CreateTaskStatusSpan.bucketGroupIndexes { try await sql.drop(index: name).run() }
    }

    func revert(on database: Database) async throws {
        let sql = database as! SQLDatabase
        try await sql.drop(table: "document_status_spans").run()
        try await sql.drop(table: "task_stats_daily").run()
        try await CreateTaskStatusSpan.createBucketGroupIndexes(on: sql)
    }
}
