import DieuHanhApp
import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// What the benchmark executable (`Benchmarks/`, product `dieuhanh-bench`) needs of the application, in one
/// public place: generating the data, the in-process measurements, and the fixtures of the out-of-process ones
/// (a user to sign in with, the list and export URLs, the CSV to import).
public enum BenchKit {
    /// One measured case: its times in milliseconds (one per run) against a target.
    public struct Figure: Sendable {
        public var name: String
        public var times: [Double]
        public var target: String
        public var met: Bool?
        public var note: String
        /// Median, p99 and max (ms) measured elsewhere (wrk's latency distribution), instead of `times`.
        public var reported: (median: Double, p99: Double, max: Double)?

        public init(
            name: String, times: [Double], target: String = "", met: Bool? = nil, note: String = "",
            reported: (median: Double, p99: Double, max: Double)? = nil
        ) {
            (self.name, self.times, self.target, self.met, self.note) = (name, times, target, met, note)
            self.reported = reported
        }
    }

    public static let statsTarget = 150.0
    public static let reportTarget = 2_000.0
    /// The province the filtered figures and the review report are about (it holds the province-year).
    public static let province = BenchUnits.provinceCode(0)
    /// The unit the task-list benchmark filters on: a department of that province, with its sub-departments.
    public static let listUnit = BenchUnits.departmentCode(0, "SNV")
    public static let password = "bench-password-1"
    public static let username = "bench"
    /// Ten cut-off dates across the data's years.
    static let dates = [
        "2015-06-30", "2016-12-31", "2018-03-31", "2019-06-30", "2020-09-30", "2021-12-31", "2023-03-31",
        "2024-06-30", "2025-09-30", "2026-06-30",
    ].map { CivilDate.parse($0)! }

    /// Migrates (WAL on SQLite, as `serve` does), then fills what a migration left empty (v025 empties the status
    /// index) here rather than in the server's start, which the benchmark waits for a minute at most.
    public static func migrate(_ app: Application) async throws {
        if app.isSQLite { try await (app.db as! SQLDatabase).raw("PRAGMA journal_mode=WAL").run() }
        try await app.autoMigrate()
        _ = try await app.write { db in try await DerivedStatistics.fillIfEmpty(on: db) }
    }

    /// Generates the data for `tasks` unless the database holds it already; progress goes to `progress`.
    /// Returns a one-line description of the rows.
    public static func generate(tasks: Int, app: Application, progress: @escaping @Sendable (String) -> Void) async throws
        -> String
    {
        let plan = BenchData.Plan(tasks: tasks)
        let already: Bool
        do {
            already = try await BenchData.alreadyGenerated(plan, on: app.db)
        } catch let refusal as BenchData.Refusal {
            throw CommandFailure(refusal.description + "; không có dữ liệu nào được ghi")
        }
        if already {
            progress("Dữ liệu đo đã có (\(VNFormat.integer(tasks)) nhiệm vụ): không sinh lại.")
        } else {
            progress("Sinh dữ liệu đo: \(VNFormat.integer(tasks)) nhiệm vụ…")
            let started = ContinuousClock.now
            try await BenchData.generate(plan, app: app, progress: progress)
            progress("Đã sinh dữ liệu trong \(BenchFormat.duration(ContinuousClock.now - started)).")
        }
        let counts = try await BenchData.counts(on: app.db)
        let analyzed = ContinuousClock.now
        // The tables the measures read, by name: a bare ANALYZE on PostgreSQL visits every relation of the database,
        // and fails when another schema's table is dropped meanwhile (the tests run one schema each, in parallel).
        for table in ["units", "documents", "tasks", "task_coordinators", "task_events", "task_status_spans"] {
            try await (app.db as! SQLDatabase).raw("ANALYZE \(ident: table)").run()
        }
        progress("ANALYZE: \(BenchFormat.duration(ContinuousClock.now - analyzed)).")
        return "\(VNFormat.integer(counts.units)) đơn vị, \(VNFormat.integer(counts.documents)) văn bản, "
            + "\(VNFormat.integer(counts.tasks)) nhiệm vụ, \(VNFormat.integer(counts.events)) sự kiện, "
            + "\(VNFormat.integer(counts.spans)) đoạn trạng thái"
    }

    /// Task statistics as of the ten dates in turn (one warm-up run not counted): whole data, one province, and
    /// the breakdown by lead unit.
    public static func measureStatistics(_ app: Application, runs: Int) async throws -> [Figure] {
        let db = app.db
        guard let province = try await UnitDirectory.find(code: province, on: db) else {
            throw CommandFailure("không thấy đơn vị \(Self.province) của dữ liệu đo")
        }
        let units = try await UnitDirectory.subtree(of: province.id!, on: db)
        let cases: [(String, Bool, @Sendable (CivilDate) async throws -> Void)] = [
            ("1. thống kê nhiệm vụ, toàn bộ", true, { _ = try await TaskStatistics.json(TaskStatsFilter(asOf: $0), on: db) }),
            (
                "1. thống kê nhiệm vụ, một tỉnh (\(Self.province), \(units.count) đơn vị)", true,
                {
                    _ = try await TaskStatistics.json(TaskStatsFilter(asOf: $0, leadUnitIDs: units), on: db)
                }
            ),
            (
                "   (thêm) phân tổ theo đơn vị chủ trì, toàn bộ", false,
                {
                    _ = try await TaskStatistics.breakdown(TaskStatsFilter(asOf: $0), by: .leadUnit, on: db)
                }
            ),
        ]
        var figures: [Figure] = []
        for (name, targeted, work) in cases {
            try await work(dates.last!)
            var times: [Double] = []
            for i in 0..<runs {
                let started = ContinuousClock.now
                try await work(dates[i % dates.count])
                times.append(BenchFormat.milliseconds(ContinuousClock.now - started))
            }
            let median = BenchFormat.Summary(times).median
            figures.append(
                Figure(
                    name: name, times: times, target: targeted ? "≤ 150 ms" : "",
                    met: targeted ? median <= statsTarget : nil, note: "10 ngày chốt 2015–2026"))
        }
        return figures
    }

    /// The review report DOCX of the province-year (build and render), `runs` times.
    public static func measureReviewReport(_ app: Application, runs: Int) async throws -> Figure {
        let db = app.db
        let period = ReportPeriod(code: "\(BenchData.provinceYear)")!
        guard let province = try await UnitDirectory.find(code: province, on: db) else {
            throw CommandFailure("không thấy đơn vị \(Self.province) của dữ liệu đo")
        }
        var times: [Double] = []
        var size = 0
        var tasks = 0
        for _ in 0..<runs {
            let started = ContinuousClock.now
            let report = try await ReviewReportBuilder.build(period: period, asOf: period.to, province: province, on: db)
            let data = try ReviewReportRequest.render(report, as: .docx)
            times.append(BenchFormat.milliseconds(ContinuousClock.now - started))
            size = data.count
            tasks = report.province.total
        }
        let median = BenchFormat.Summary(times).median
        return Figure(
            name: "4. báo cáo kiểm điểm DOCX, \(Self.province) năm \(BenchData.provinceYear)", times: times,
            target: "≤ 2 s", met: median <= reportTarget,
            note: "\(VNFormat.integer(tasks)) nhiệm vụ UBND tỉnh giao; tệp \(VNFormat.fileSize(size))")
    }

    /// Makes sure `username` exists as an administrator with `password` (the benchmark signs in with it).
    public static func ensureUser(_ app: Application) async throws {
        let hash = try await app.digester.hash(password)
        try await app.write { db in
            if let user = try await UserAccount.query(on: db).filter(\.$username == username).first() {
                user.passwordHash = hash
                try await user.save(on: db)
            } else {
                try await UserAccount(username: username, fullName: "Đo hiệu năng", passwordHash: hash, role: .admin, unitID: nil)
                    .create(on: db)
            }
        }
    }

    /// Top-level tasks led by the list unit's subtree that are overdue as of `day`, and tasks assigned by CP (the
    /// export's filter) holding as of `day`: what the HTTP measurements should return.
    public static func expectedRows(_ app: Application, asOf day: Date) async throws -> (overdue: Int, exported: Int) {
        let db = app.db
        let today = CivilDate.today(now: day)
        guard let unit = try await UnitDirectory.find(code: listUnit, on: db),
            let cp = try await UnitDirectory.find(code: "CP", on: db)
        else { throw CommandFailure("không thấy đơn vị \(listUnit) của dữ liệu đo") }
        let units = try await UnitDirectory.subtree(of: unit.id!, on: db)
        let sql = db as! SQLDatabase
        func count(_ filter: (SQLSelectBuilder) -> SQLSelectBuilder) async throws -> Int {
            let select = sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(
                TaskStatusSpanRecord.schema
            )
            .where("from_day", .lessThanOrEqual, SQLBind(today.dayNumber)).where(
                "until_day", .greaterThan, SQLBind(today.dayNumber))
            return try await filter(select).first()?.decode(column: "n", as: Int.self) ?? 0
        }
        let overdue = try await count {
            $0.where("lead_unit_id", .in, SQLBind.group(Array(units))).where(
                "bucket", .equal, SQLBind(TaskBucket.pendingOverdue.rawValue))
        }
        let exported = try await count { $0.where("assigner_id", .equal, SQLBind(cp.id!)) }
        return (overdue, exported)
    }

    /// The list page the load test requests: the list unit's overdue tasks as of today, first page of 50.
    public static var listPath: String { "/tasks?lead_unit=\(listUnit)&status=pending_overdue" }
    /// The same list over the JSON API, a page of 50 as the HTML list shows.
    public static var apiListPath: String { "/api/v1/tasks?lead_unit=\(listUnit)&status=pending_overdue&per=50" }
    /// The export the memory test downloads: every task assigned by CP (about 10% of the data) as of today.
    public static var exportPath: String { "/tasks/export.xlsx?assigner=CP" }
}
