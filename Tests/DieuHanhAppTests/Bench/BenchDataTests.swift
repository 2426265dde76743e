import DieuHanhCore
import Fluent
import Foundation
import Testing
import Vapor

@testable import DieuHanhApp
@testable import DieuHanhBench

/// The benchmark's data generator (`dieuhanh-bench`): its index rows agree with the status rule, it keeps its
/// promises, it is reproducible, and it never writes into a database holding other data.
@Suite("Benchmark data")
struct BenchDataTests {
    @Test func statisticsOfTheGeneratedDataAgreeWithTheStatusRule() async throws {
        try await withTestApp { app in
            let plan = BenchData.Plan(tasks: 2_000)
            #expect(try await BenchData.alreadyGenerated(plan, on: app.db) == false)
            try await BenchData.generate(plan, app: app)
            #expect(try await BenchData.counts(on: app.db).tasks == 2_000)

            // Recomputed from the task rows and their events with `TaskStatus.evaluate`, not from the index.
            let tasks = try await TaskItem.query(on: app.db).filter(\.$parentID == nil).all()
            let events = try await TaskFactsLoader.events(for: tasks.compactMap(\.id), on: app.db)
            let snv = try #require(try await UnitDirectory.find(code: BenchUnits.departmentCode(0, "SNV"), on: app.db))
            let snvUnits = try await UnitDirectory.tree(on: app.db).subtree(of: snv.id!)
            let since = try #require(CivilDate(year: 2020, month: 1, day: 1))
            func expected(_ date: CivilDate, _ include: (TaskItem) -> Bool = { _ in true }) -> TaskStatsJSON {
                var buckets: [TaskBucket] = []
                var documents = Set<UUID>()
                for task in tasks where include(task) {
                    guard
                        let snapshot = TaskStatus.evaluate(
                            TaskFactsLoader.facts(task, events: events[task.id!] ?? []), asOf: date)
                    else { continue }
                    buckets.append(snapshot.bucket)
                    documents.insert(task.documentID)
                }
                return TaskStatsJSON(asOf: date, counts: .tally(buckets), documents: documents.count)
            }
            for text in ["2015-03-31", "2017-08-15", "2020-12-31", "2024-06-30", "2025-12-31", "2026-06-30"] {
                let date = try #require(CivilDate.parse(text))
                #expect(try await TaskStatistics.json(TaskStatsFilter(asOf: date), on: app.db) == expected(date), "\(text)")
                let lead = try await TaskStatistics.json(TaskStatsFilter(asOf: date, leadUnitIDs: snvUnits), on: app.db)
                #expect(lead == expected(date) { snvUnits.contains($0.leadUnitID) }, "\(text), SNV")
                let recent = try await TaskStatistics.json(TaskStatsFilter(asOf: date, from: since), on: app.db)
                #expect(recent == expected(date) { $0.assignedOn >= since.iso }, "\(text), from \(since.iso)")
            }

            // The province-year holds exactly the promised top-level tasks led by the province's units (2% of 2.000).
            let province = try #require(try await UnitDirectory.find(code: BenchUnits.provinceCode(0), on: app.db))
            let provinceUnits = try await UnitDirectory.tree(on: app.db).subtree(of: province.id!)
            let provinceYear = tasks.filter {
                $0.assignedOn.hasPrefix("\(BenchData.provinceYear)-") && provinceUnits.contains($0.leadUnitID)
            }
            #expect(plan.provinceYearTasks == 40)
            #expect(provinceYear.count == plan.provinceYearTasks)

            // Run again: the same plan is found and kept; another size is refused; nothing more is written.
            let said = Said()
            _ = try await BenchKit.generate(tasks: 2_000, app: app) { said.append($0) }
            #expect(said.lines.contains { $0.contains("không sinh lại") })
            #expect(try await BenchKit.measureReviewReport(app, runs: 1).name.contains("báo cáo kiểm điểm DOCX"))
            await #expect(throws: CommandFailure.self) {
                _ = try await BenchKit.generate(tasks: 3_000, app: app) { _ in }
            }
            #expect(try await BenchData.counts(on: app.db).tasks == 2_000)
        }
    }

    @Test func theSameSizeGivesTheSameData() async throws {
        func generated() async throws -> [String] {
            var rows: [String] = []
            try await withTestApp { app in
                try await BenchData.generate(BenchData.Plan(tasks: 600), app: app)
                let events = try await TaskEventRecord.query(on: app.db).count()
                rows =
                    try await TaskItem.query(on: app.db).sort(\.$ma).all()
                    .map { "\($0.ma ?? "") \($0.assignedOn) \($0.deadline ?? "-") \($0.content) \($0.parentID == nil)" } + [
                        "\(events)"
                    ]
            }
            return rows
        }
        let first = try await generated()
        #expect(first.count == 601)
        #expect(try await generated() == first)
    }

    @Test func refusesADatabaseWithOtherTasks() async throws {
        try await withTestApp { app in
            try await ImportTasksTests().province(app)
            _ = try await TaskImport.run(data: Data(ImportTasksTests.caoBang.utf8), actor: .commandLine, app: app)
            await #expect(throws: BenchData.Refusal.self) {
                _ = try await BenchData.alreadyGenerated(BenchData.Plan(tasks: 1_000), on: app.db)
            }
            await #expect(throws: CommandFailure.self) {
                _ = try await BenchKit.generate(tasks: 1_000, app: app) { _ in }
            }
            let counts = try await BenchData.counts(on: app.db)
            #expect(counts.tasks == 11)
        }
    }
}

/// The progress lines the generator reports, collected across its tasks.
private final class Said: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []
    var lines: [String] { lock.withLock { collected } }
    func append(_ line: String) { lock.withLock { collected.append(line) } }
}
