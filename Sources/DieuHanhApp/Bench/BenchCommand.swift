import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// `dieuhanh bench [--tasks 1000000] [--runs 20]`: figures, not a test. Generates the benchmark data when the
/// database has none (`BenchData`), runs ANALYZE, then times the statistics and the review report against the
/// issue's targets. Every timed call runs its real queries: nothing is cached between runs.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "tasks", help: "Số nhiệm vụ của dữ liệu đo (mặc định 1.000.000)") var tasks: Int?
        @Option(name: "runs", help: "Số lần đo mỗi trường hợp thống kê (mặc định 20)") var runs: Int?
    }

    var help: String {
        "Đo hiệu năng thống kê và báo cáo kiểm điểm trên dữ liệu sinh sẵn (sinh vào cơ sở dữ liệu đang cấu hình nếu chưa có; "
            + "hãy trỏ DATABASE_URL tới một tệp riêng, ví dụ sqlite:///tmp/bench.sqlite)"
    }

    static let statsTarget = 150.0
    static let reportTarget = 2_000.0
    /// Ten cut-off dates across the data's years.
    static let dates = ["2015-06-30", "2016-12-31", "2018-03-31", "2019-06-30", "2020-09-30", "2021-12-31", "2023-03-31",
                        "2024-06-30", "2025-09-30", "2026-06-30"].map { CivilDate.parse($0)! }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        let tasks = signature.tasks ?? 1_000_000
        let runs = signature.runs ?? 20
        guard tasks >= 500 else { throw CommandFailure("--tasks phải từ 500 trở lên") }
        guard runs >= 1 else { throw CommandFailure("--runs phải từ 1 trở lên") }
        let plan = BenchData.Plan(tasks: tasks)

        console.print("Máy: \(ProcessInfo.processInfo.activeProcessorCount) lõi, "
                      + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GB bộ nhớ; "
                      + "cơ sở dữ liệu: \(try await Self.databaseDescription(app))\(Self.load).")
        #if DEBUG
        console.print("Lưu ý: bản dựng debug, số đo không đại diện; hãy dùng swift build -c release.")
        #endif

        let already: Bool
        do {
            already = try await BenchData.alreadyGenerated(plan, on: app.db)
        } catch let refusal as BenchData.Refusal {
            throw CommandFailure(refusal.description + "; không có dữ liệu nào được ghi")
        }
        if already {
            console.print("Dữ liệu đo đã có (\(VNFormat.integer(tasks)) nhiệm vụ): không sinh lại.")
        } else {
            console.print("Sinh dữ liệu đo: \(VNFormat.integer(tasks)) nhiệm vụ…")
            let started = ContinuousClock.now
            try await BenchData.generate(plan, app: app) { console.print($0) }
            console.print("Đã sinh dữ liệu trong \(BenchFormat.duration(ContinuousClock.now - started)).")
        }
        let counts = try await BenchData.counts(on: app.db)
        console.print("Số dòng: \(VNFormat.integer(counts.units)) đơn vị, \(VNFormat.integer(counts.documents)) văn bản, "
                      + "\(VNFormat.integer(counts.tasks)) nhiệm vụ, \(VNFormat.integer(counts.events)) sự kiện, "
                      + "\(VNFormat.integer(counts.spans)) đoạn trạng thái (task_status_spans).")

        let analyzed = ContinuousClock.now
        try await (app.db as! SQLDatabase).raw("ANALYZE").run()
        console.print("ANALYZE: \(BenchFormat.duration(ContinuousClock.now - analyzed)).")

        // Other work on the machine skews the figures: say how busy it was.
        console.print("Bắt đầu đo\(Self.load).")
        try await measureStatistics(app: app, console: console, runs: runs)
        try await measureReport(app: app, console: console, plan: plan, runs: max(1, min(runs, 5)))
    }

    // MARK: Statistics

    private func measureStatistics(app: Application, console: any Console, runs: Int) async throws {
        let db = app.db
        let tree = try await UnitDirectory.tree(on: db)
        guard let department = try await UnitDirectory.find(code: "SNV", on: db),
              let ubnd = try await UnitDirectory.find(code: BenchUnits.provinceCode, on: db) else {
            throw CommandFailure("không thấy đơn vị SNV/UBND của dữ liệu đo")
        }
        let subtree = tree.subtree(of: department.id!)
        let from = CivilDate(year: 2024, month: 1, day: 1)!
        let cases: [(String, @Sendable (CivilDate) async throws -> Void)] = [
            ("json, không lọc", { _ = try await TaskStatistics.json(TaskStatsFilter(asOf: $0), on: db) }),
            ("json, --lead-unit SNV (\(subtree.count) đơn vị)", {
                _ = try await TaskStatistics.json(TaskStatsFilter(asOf: $0, leadUnitIDs: subtree), on: db)
            }),
            ("json, --assigner UBND --from 2024-01-01", {
                _ = try await TaskStatistics.json(TaskStatsFilter(asOf: $0, assignerID: ubnd.id, from: from), on: db)
            }),
            ("breakdown(by: .leadUnit), không lọc", {
                _ = try await TaskStatistics.breakdown(TaskStatsFilter(asOf: $0), by: .leadUnit, on: db)
            }),
        ]

        console.print("")
        console.print("Số liệu chốt theo ngày (json, không lọc):")
        for date in Self.dates {
            let stats = try await TaskStatistics.json(TaskStatsFilter(asOf: date), on: db)
            console.print("  \(VNFormat.date(date)): \(VNFormat.integer(stats.total)) nhiệm vụ trong \(VNFormat.integer(stats.documents)) "
                          + "văn bản; hoàn thành \(VNFormat.integer(stats.completed_on_time + stats.completed_late)), "
                          + "quá hạn \(VNFormat.integer(stats.pending_overdue))")
        }

        console.print("")
        console.print("Thống kê: \(runs) lần mỗi trường hợp, xoay vòng \(Self.dates.count) ngày chốt 2015–2026 "
                      + "(một lần khởi động không tính); mục tiêu ≤ \(Int(Self.statsTarget)) ms, xét theo max.")
        console.print(BenchFormat.row(["trường hợp", "min", "trung vị", "p95", "max", "mục tiêu", "kết quả"]))
        var byDate: [[Double]] = Array(repeating: [], count: Self.dates.count)
        for (index, (name, work)) in cases.enumerated() {
            try await work(Self.dates.last!)
            var times: [Double] = []
            for i in 0..<runs {
                let started = ContinuousClock.now
                try await work(Self.dates[i % Self.dates.count])
                times.append(BenchFormat.milliseconds(ContinuousClock.now - started))
                if index == 0 { byDate[i % Self.dates.count].append(times.last!) }
            }
            let s = BenchFormat.Summary(times)
            console.print(BenchFormat.row([name, BenchFormat.ms(s.min), BenchFormat.ms(s.median), BenchFormat.ms(s.p95),
                                           BenchFormat.ms(s.max), "≤ \(Int(Self.statsTarget)) ms",
                                           s.max <= Self.statsTarget ? "đạt" : "chưa đạt"]))
        }
        // Where in time the unfiltered figure costs most (the later the date, the more tasks hold on it).
        console.print("  json, không lọc, trung vị theo ngày chốt: " + zip(Self.dates, byDate).filter { !$0.1.isEmpty }
            .map { "\($0.0.year)-\($0.0.month < 10 ? "0" : "")\($0.0.month): \(BenchFormat.ms(BenchFormat.Summary($0.1).median))" }
            .joined(separator: "; "))
    }

    // MARK: Review report

    private func measureReport(app: Application, console: any Console, plan: BenchData.Plan, runs: Int) async throws {
        let db = app.db
        let period = ReportPeriod(code: "\(BenchData.provinceYear)")!
        let asOf = period.to
        guard let province = try await UnitDirectory.find(code: BenchUnits.provinceCode, on: db) else {
            throw CommandFailure("không thấy UBND của dữ liệu đo")
        }
        var builds: [Double] = [], renders: [Double] = [], totals: [Double] = []
        var last: (ReviewReport, Data)?
        for _ in 0..<runs {
            let started = ContinuousClock.now
            let report = try await ReviewReportBuilder.build(period: period, asOf: asOf, province: province, on: db)
            let built = ContinuousClock.now
            let data = try ReviewReportRequest.render(report, as: .docx)
            let rendered = ContinuousClock.now
            builds.append(BenchFormat.milliseconds(built - started))
            renders.append(BenchFormat.milliseconds(rendered - built))
            totals.append(BenchFormat.milliseconds(rendered - started))
            last = (report, data)
        }
        guard let (report, data) = last else { return }
        let total = BenchFormat.Summary(totals)
        console.print("")
        console.print("Báo cáo kiểm điểm DOCX \(period.label), chốt \(VNFormat.date(asOf)) (năm có "
                      + "\(VNFormat.integer(plan.provinceYearTasks)) nhiệm vụ do đơn vị của tỉnh chủ trì); \(runs) lần, "
                      + "mục tiêu ≤ \(VNFormat.integer(Int(Self.reportTarget))) ms tổng, xét theo max:")
        console.print(BenchFormat.row(["", "min", "trung vị", "p95", "max", "mục tiêu", "kết quả"]))
        for (name, times) in [("build (ReviewReportBuilder)", builds), ("render DOCX", renders)] {
            let s = BenchFormat.Summary(times)
            console.print(BenchFormat.row([name, BenchFormat.ms(s.min), BenchFormat.ms(s.median), BenchFormat.ms(s.p95),
                                           BenchFormat.ms(s.max), "", ""]))
        }
        console.print(BenchFormat.row(["tổng", BenchFormat.ms(total.min), BenchFormat.ms(total.median), BenchFormat.ms(total.p95),
                                       BenchFormat.ms(total.max), "≤ \(VNFormat.integer(Int(Self.reportTarget))) ms",
                                       total.max <= Self.reportTarget ? "đạt" : "chưa đạt"]))
        console.print("  Tệp DOCX: \(VNFormat.fileSize(data.count)); \(report.units.count) đơn vị trong bảng phân tổ, "
                      + "\(report.governmentOverdue.count) nhiệm vụ CP/TTg quá hạn, "
                      + "\(report.ministriesOverdue.count) nhiệm vụ bộ, ngành chưa hoàn thành.")
        console.print("  " + report.governmentHeadline)
        console.print("  " + report.provinceHeadline)
    }

    /// "; tải máy 0,52 0,60 0,71" (Linux load average, 1/5/15 minutes), or nothing where it cannot be read.
    private static var load: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "" }
        let fields = text.split(separator: " ").prefix(3).map { $0.replacingOccurrences(of: ".", with: ",") }
        return "; tải máy (load average 1/5/15 phút): " + fields.joined(separator: " ")
    }

    private static func databaseDescription(_ app: Application) async throws -> String {
        let sql = app.db as! SQLDatabase
        switch app.config.database {
        case .sqliteFile(let path):
            let version = try await sql.raw("SELECT sqlite_version() AS v").first()?.decode(column: "v", as: String.self) ?? "?"
            return "SQLite \(version), tệp \(path)"
        case .sqliteMemory:
            return "SQLite trong bộ nhớ"
        case .postgres:
            let version = try await sql.raw("SHOW server_version").first()?.decode(column: "server_version", as: String.self) ?? "?"
            return "PostgreSQL \(version)"
        }
    }
}

/// Durations and the table of the benchmark's output.
enum BenchFormat {
    struct Summary {
        let min, median, p95, max: Double

        /// Nearest-rank percentiles of the measured times.
        init(_ times: [Double]) {
            let sorted = times.sorted()
            func rank(_ p: Double) -> Double { sorted[Swift.max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
            (min, median, p95, max) = (sorted.first!, rank(0.5), rank(0.95), sorted.last!)
        }
    }

    static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1_000 + Double(d.components.attoseconds) / 1e15
    }

    static func ms(_ value: Double) -> String { VNFormat.decimal(Decimal(value), fractionDigits: 1) + " ms" }

    static func duration(_ d: Duration) -> String {
        let ms = milliseconds(d)
        return ms < 10_000 ? self.ms(ms) : VNFormat.decimal(Decimal(ms / 1_000), fractionDigits: 1) + " s"
    }

    static func row(_ cells: [String]) -> String {
        let widths = [44, 10, 10, 10, 10, 12, 9]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
        }.joined()
    }
}
