import Fluent
import SQLKit

/// The tables statistics are read from, derived from the tasks: the status index (`TaskStatusIndex`) and the
/// running totals (`TaskStatsTotals`). Services keep them in step with every write; a database migrated from a
/// version that did not have them has them empty. Migrations only create tables (they must give the same schema
/// whatever later code does), so this fills them afterwards, with the rules of this version. Run after every
/// migration (`serve`, every command, `restore`); it costs two small reads when there is nothing to do.
package enum DerivedStatistics {
    /// What was filled, for the log.
    package enum Filled: Equatable { case nothing, totals, spansAndTotals }

    package static func fillIfEmpty(on db: Database) async throws -> Filled {
        guard try await TaskItem.query(on: db).first() != nil else { return .nothing }
        if try await TaskStatusSpanRecord.query(on: db).first() == nil {
            try await TaskStatusIndex.rebuildAll(on: db)
            return .spansAndTotals
        }
        let totals = try await (db as! any SQLDatabase).select().column(SQLLiteral.numeric("1"))
            .from(TaskStatsTotals.schema).limit(1).all()
        if totals.isEmpty {
            try await TaskStatsTotals.rebuild(on: db)
            return .totals
        }
        return .nothing
    }
}
