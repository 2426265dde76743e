import DieuHanhCore
import Fluent
import SQLKit
import Testing

@testable import DieuHanhApp

/// A database migrated from a version without the statistics tables has them empty: they are filled after
/// migrating, from the recorded tasks, and give the figures the services would have kept.
@Suite("Statistics tables filled after migrating")
struct DerivedStatisticsTests {
    @Test func emptyTablesAreFilledWithWhatTheServicesKeep() async throws {
        try await withTestApp { app in
            // setup: tasks recorded through the services, with their statistics kept in step
            _ = try await TasksAPITests().load(app)
            let day = CivilDate(year: 2026, month: 11, day: 22)!
            func figures() async throws -> TaskCounts {
                try await TaskStatistics.counts(TaskStatsFilter(asOf: day), on: app.db).counts
            }
            let kept = try await figures()
            #expect(kept.total > 0)
            let untouched = try await DerivedStatistics.fillIfEmpty(on: app.db)
            #expect(untouched == .nothing)
            let sql = app.db as! any SQLDatabase

            // act and check: as after the v003 and v008 migrations (both tables empty)…
            for table in [TaskStatusSpanRecord.schema, TaskStatsTotals.schema, TaskStatsTotals.documentSpans] {
                try await sql.delete(from: table).run()
            }
            let both = try await DerivedStatistics.fillIfEmpty(on: app.db)
            #expect(both == .spansAndTotals)
            let afterBoth = try await figures()
            #expect(afterBoth == kept)
            // …and as after v008 alone (the index there, the totals empty).
            try await sql.delete(from: TaskStatsTotals.schema).run()
            let totals = try await DerivedStatistics.fillIfEmpty(on: app.db)
            #expect(totals == .totals)
            let afterTotals = try await figures()
            #expect(afterTotals == kept)
        }
    }

    @Test func aDatabaseWithoutTasksNeedsNothing() async throws {
        try await withTestApp { app in
            let filled = try await DerivedStatistics.fillIfEmpty(on: app.db)
            #expect(filled == .nothing)
        }
    }
}
