import DieuHanhApp
import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// Deterministic data for `dieuhanh-bench` (Benchmarks/): the same rows for the same `--tasks`
/// on every machine.
///
/// Written straight with SQLKit multi-row inserts, one transaction per year, in batches of about 10.000 tasks,
/// together with the status index rows (`TaskStatusIndex.row` of `TaskStatus.timeline`, as `refresh` writes them).
/// Generated tasks have `ma` = `BENCH-…`; a database holding anything else is refused.
///
/// Shape: the national organisation of `BenchUnits` (34 provinces, ~5.000 units); tasks assigned 2015 → 30/06/2026
/// ("today" of the data), about 5 tasks per document (200.000 documents for 1.000.000 tasks), assigned by CP, TTg,
/// a province's UBND or one of its departments; 1% led by ministries; deadlines on most (extensions on some);
/// completions on time or late, some returned, a few cancelled; sub-tasks by delegation; about 5 events per task
/// (progress reports, extensions, completions, confirmations, returns, cancellations). The province-year (2025 of
/// the first province, `T01`) holds exactly `Plan.provinceYearTasks` top-level tasks led by its units.
enum BenchData {
    static let maPrefix = "BENCH-"
    static let firstYear = 2015
    static let provinceYear = 2025
    /// No step is recorded after this day.
    static let today = CivilDate(year: 2026, month: 6, day: 30)!
    static let actorName = "Dữ liệu đo hiệu năng"

    struct Plan: Sendable {
        let tasks: Int

        /// 2% of the tasks: 20.000 for 1.000.000.
        var provinceYearTasks: Int { tasks / 50 }

        /// Provinces of the organisation: all 34 from 340.000 tasks, at least 2 (one for the province-year, one other).
        var provinces: Int { min(BenchUnits.provinceCount, max(2, tasks / 10_000)) }

        /// Rows the province-year's province tasks may take: its top-level tasks and up to 10% sub-tasks.
        var provinceYearRows: Int { provinceYearTasks + provinceYearTasks / 10 }

        /// Task rows per year, summing to `tasks`: `provinceYearRows` for the province-year's province, the rest
        /// spread evenly over the years (half a year for 2026) and the other provinces.
        var rowsPerYear: [Int: Int] {
            let years = Array(firstYear...today.year)
            let weights = years.map { $0 == today.year ? 1 : 2 }
            let rest = tasks - provinceYearRows
            var rows: [Int: Int] = [:]
            var given = 0
            for (year, weight) in zip(years, weights) {
                rows[year] = rest * weight / weights.reduce(0, +)
                given += rows[year]!
            }
            rows[provinceYear - 1]! += rest - given
            rows[provinceYear]! += provinceYearRows
            return rows
        }
    }

    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    struct Counts: Sendable {
        var units = 0, documents = 0, tasks = 0, events = 0, spans = 0
    }

    /// True when the database already holds exactly this plan's data, false when it may be generated (nothing
    /// but the benchmark's own units); throws `Refusal` when it holds anything else.
    static func alreadyGenerated(_ plan: Plan, on db: Database) async throws -> Bool {
        let sql = db as! SQLDatabase
        func count(_ table: String, _ filter: (SQLSelectBuilder) -> SQLSelectBuilder = { $0 }) async throws -> Int {
            let select = filter(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table))
            return try await select.first()?.decode(column: "n", as: Int.self) ?? 0
        }
        let others = try await count(TaskItem.schema) {
            $0.where { $0.where(SQLColumn("ma"), .is, SQLLiteral.null).orWhere("ma", .notLike, SQLBind(maPrefix + "%")) }
        }
        if others > 0 {
            throw Refusal(
                description: "cơ sở dữ liệu có \(VNFormat.integer(others)) nhiệm vụ không do lệnh bench tạo; "
                    + "hãy trỏ DATABASE_URL tới một tệp trống, ví dụ sqlite:///tmp/bench.sqlite")
        }
        let generated = try await count(TaskItem.schema) { $0.where("ma", .like, SQLBind(maPrefix + "%")) }
        if generated == plan.tasks { return true }
        if generated > 0 {
            throw Refusal(
                description: "cơ sở dữ liệu đã có \(VNFormat.integer(generated)) nhiệm vụ đo, khác --tasks "
                    + "\(VNFormat.integer(plan.tasks)); hãy dùng --tasks \(generated) hoặc một tệp trống")
        }
        let documents = try await count(Document.schema)
        let ours = Set(BenchUnits.rows(provinces: plan.provinces).map(\.code))
        let foreign = try await OrgUnit.query(on: db).all().map(\.code).filter { !ours.contains($0) }
        if documents > 0 || !foreign.isEmpty {
            throw Refusal(
                description: "cơ sở dữ liệu đã có văn bản hoặc đơn vị khác (\(foreign.prefix(3).joined(separator: ", ")))"
                    + "; hãy trỏ DATABASE_URL tới một tệp trống")
        }
        return false
    }

    static func counts(on db: Database) async throws -> Counts {
        let sql = db as! SQLDatabase
        func count(_ table: String) async throws -> Int {
            try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
                .first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return Counts(
            units: try await count(OrgUnit.schema), documents: try await count(Document.schema),
            tasks: try await count(TaskItem.schema), events: try await count(TaskEventRecord.schema),
            spans: try await count(TaskStatusSpanRecord.schema))
    }

    /// The page cache of the generator's transactions on SQLite: the indexes written at random places (the ids) are
    /// then written out once per year.
    static let generatorCache = 2_097_152

    /// Writes the plan's data, one transaction per year; `progress` gets one line per year.
    static func generate(_ plan: Plan, app: Application, progress: @Sendable (String) -> Void = { _ in }) async throws {
        try await app.write { db in
            _ = try await UnitImport.write(
                BenchUnits.rows(provinces: plan.provinces), actor: .commandLine, now: app.config.now(), on: db)
        }
        var generator = Generator(units: try await OrgUnit.query(on: app.db).all(), provinces: plan.provinces)
        let rowsPerYear = plan.rowsPerYear
        for year in firstYear...today.year {
            let started = ContinuousClock.now
            let rows = rowsPerYear[year]!
            let current = generator
            generator = try await app.bulkWrite(cacheKibibytes: generatorCache) { db in
                let sql = db as! SQLDatabase
                var generator = current
                if year == provinceYear {
                    // Exactly the promised tasks of the first province (their sub-tasks within the 10% room), then
                    // the other provinces' and ministries' tasks for the rest of the year's rows.
                    var province = Generator.Year(
                        year, .province(0), topLevel: plan.provinceYearTasks,
                        subTaskRoom: plan.provinceYearRows - plan.provinceYearTasks)
                    try await generator.write(&province, on: sql)
                    let written = plan.provinceYearTasks + province.subTasks
                    var others = Generator.Year(year, .otherProvinces, topLevel: rows - written, subTaskRoom: nil)
                    try await generator.write(&others, on: sql)
                } else {
                    var all = Generator.Year(year, .mixed, topLevel: rows, subTaskRoom: nil)
                    try await generator.write(&all, on: sql)
                }
                return generator
            }
            progress(
                "  năm \(year): \(VNFormat.integer(rows)) nhiệm vụ, \(BenchFormat.duration(ContinuousClock.now - started))"
                    + " (tổng \(VNFormat.integer(generator.taskNumber)) nhiệm vụ, \(VNFormat.integer(generator.documentCount)) văn bản, "
                    + "\(VNFormat.integer(generator.eventCount)) sự kiện)")
        }
        // The running totals of the unfiltered statistics, from the spans just written (as the migration fills them).
        let started = ContinuousClock.now
        try await app.bulkWrite(cacheKibibytes: generatorCache) { db in try await TaskStatsTotals.rebuild(on: db) }
        progress("  tổng cộng dồn theo ngày: \(BenchFormat.duration(ContinuousClock.now - started))")
    }
}
