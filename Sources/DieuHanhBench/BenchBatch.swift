import DieuHanhApp
import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// The rows of a batch, parents before children for the foreign keys.
struct Batch: Sendable {
    var documents: [[any SQLExpression]] = []
    var tasks: [[any SQLExpression]] = []
    var events: [[any SQLExpression]] = []
    var spans: [[any SQLExpression]] = []

    static let documentColumns = [
        "id", "notation", "number", "year", "type_code", "issued_on", "issuer_id", "signer", "summary",
        "search_text", "created_at",
    ]
    static let taskColumns = TaskItem.columns
    static let eventColumns = TaskEventRecord.columns

    func insert(on sql: SQLDatabase) async throws {
        // About 30.000 binds a statement: under SQLite's (250.000 here) and PostgreSQL's (65.535) limits.
        func write(_ rows: [[any SQLExpression]], _ table: String, _ columns: [String]) async throws {
            try await TaskStatusIndex.insert(
                rows, into: table, columns: columns, rowsPerStatement: 30_000 / columns.count, on: sql)
        }
        try await write(documents, Document.schema, Self.documentColumns)
        try await write(tasks, TaskItem.schema, Self.taskColumns)
        try await write(events, TaskEventRecord.schema, Self.eventColumns)
        try await write(spans, TaskStatusSpanRecord.schema, TaskStatusIndex.columns)
    }
}
