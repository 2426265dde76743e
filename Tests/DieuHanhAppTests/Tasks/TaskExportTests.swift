import DieuHanhCore
import Fluent
import Foundation
import Testing

@testable import DieuHanhApp
@testable import DieuHanhBench

/// The exports read a task's status columns from the status index (`task_status_spans`), not from its events: they
/// must say exactly what the Core rule says of every task, as of any day.
@Suite("Task export status columns")
struct TaskExportTests {
    /// Every exported line as of `date`, by task.
    private func exported(_ filter: TaskQuery.Filter, today: CivilDate, on db: Database) async throws -> [UUID: TaskExport.Line] {
        var lines: [UUID: TaskExport.Line] = [:]
        _ = try await TaskExport.lines(filter, scope: .everything, today: today, on: db, t: Localizer(language: .vi)) {
            for line in $1 { lines[line.id] = line }
        }
        return lines
    }

    @Test func statusColumnsOfTheGeneratedDataAgreeWithTheStatusRule() async throws {
        try await withTestApp { app in
            try await BenchData.generate(BenchData.Plan(tasks: 2_000), app: app)
            // Recomputed from the task rows and their events with `TaskStatus.evaluate`, not from the index.
            let tasks = try await TaskItem.query(on: app.db).all()
            let events = try await TaskFactsLoader.events(for: tasks.compactMap(\.id), on: app.db)
            func facts(_ task: TaskItem) -> TaskFacts { TaskFactsLoader.facts(task, events: events[task.id!] ?? []) }
            var compared = 0
            var buckets = Set<TaskBucket>()
            for text in ["2015-03-31", "2016-02-29", "2017-08-15", "2020-12-31", "2024-06-30", "2025-12-31", "2026-06-30"] {
                let date = try #require(CivilDate.parse(text))
                var filter = TaskQuery.Filter()
                filter.as_of = text
                let lines = try await exported(filter, today: date, on: app.db)
                var expected: [UUID: TaskSnapshot] = [:]
                for task in tasks {
                    if let snapshot = TaskStatus.evaluate(facts(task), asOf: date) { expected[task.id!] = snapshot }
                }
                #expect(Set(lines.keys) == Set(expected.keys), "\(text)")
                for (id, snapshot) in expected {
                    #expect(lines[id]?.snapshot == snapshot, "\(id) as of \(text)")
                    #expect(lines[id]?.cancellation == nil)
                    buckets.insert(snapshot.bucket)
                    compared += 1
                }

                // The cancelled list is in no bucket: its tasks are evaluated by the rule, their cancellation shown.
                filter.status = TaskQuery.cancelledStatus
                let cancelled = try await exported(filter, today: date, on: app.db)
                let expectedCancelled = Dictionary(
                    uniqueKeysWithValues: tasks.compactMap { task in
                        TaskStatus.cancelledOn(facts(task), asOf: date).map { (task.id!, $0) }
                    })
                #expect(cancelled.mapValues { $0.cancellation?.on } == expectedCancelled, "cancelled as of \(text)")
            }
            // Every bucket was met, overdue tasks' days late included (they grow with the day asked about).
            #expect(buckets == Set(TaskBucket.allCases))
            #expect(compared > 5_000)
        }
    }
}
