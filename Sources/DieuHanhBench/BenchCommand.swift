import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// `dieuhanh bench [--tasks 1000000] [--runs 20]`: figures, not a test. Generates the benchmark data when the
/// database has none (`BenchData`), runs ANALYZE, then times the statistics and the review report against the
/// issue's targets (`BenchKit`, shared with the full benchmark `dieuhanh-bench` in Benchmarks/). Every timed call
/// runs its real queries: nothing is cached between runs.
struct BenchCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "tasks", help: "Số nhiệm vụ của dữ liệu đo (mặc định 1.000.000)") var tasks: Int?
        @Option(name: "runs", help: "Số lần đo mỗi trường hợp thống kê (mặc định 20)") var runs: Int?
    }

    var help: String {
        "Đo hiệu năng thống kê và báo cáo kiểm điểm trên dữ liệu sinh sẵn (sinh vào cơ sở dữ liệu đang cấu hình nếu chưa có; "
            + "hãy trỏ DATABASE_URL tới một tệp riêng, ví dụ sqlite:///tmp/bench.sqlite)"
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        let tasks = signature.tasks ?? 1_000_000
        let runs = signature.runs ?? 20
        guard tasks >= 500 else { throw CommandFailure("--tasks phải từ 500 trở lên") }
        guard runs >= 1 else { throw CommandFailure("--runs phải từ 1 trở lên") }

        console.print(
            "Máy: \(ProcessInfo.processInfo.activeProcessorCount) lõi, "
                + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GB bộ nhớ; "
                + "cơ sở dữ liệu: \(try await Self.databaseDescription(app))\(Self.load).")
        #if DEBUG
            console.print("Lưu ý: bản dựng debug, số đo không đại diện; hãy dùng swift build -c release.")
        #endif
        let rows = try await BenchKit.generate(tasks: tasks, app: app) { console.print($0) }
        console.print("Số dòng: \(rows).")
        // Other work on the machine skews the figures: say how busy it was.
        console.print("Bắt đầu đo\(Self.load).")
        var figures = try await BenchKit.measureStatistics(app, runs: runs)
        figures.append(try await BenchKit.measureReviewReport(app, runs: max(1, min(runs, 5))))
        console.print(BenchFormat.row(["trường hợp", "trung vị", "p99", "max", "mục tiêu", "kết quả"]))
        for figure in figures { console.print(BenchFormat.row(figure)) }
        console.print("Đo cả trang danh sách qua HTTP, nhập CSV và xuất XLSX: .build/release/dieuhanh-bench (BENCHMARKS.md).")
    }

    /// "; tải máy 0,52 0,60 0,71" (Linux load average, 1/5/15 minutes), or nothing where it cannot be read.
    static var load: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "" }
        let fields = text.split(separator: " ").prefix(3).map { $0.replacingOccurrences(of: ".", with: ",") }
        return "; tải máy (load average 1/5/15 phút): " + fields.joined(separator: " ")
    }

    static func databaseDescription(_ app: Application) async throws -> String {
        let sql = app.db as! SQLDatabase
        switch app.config.database {
        case .sqliteFile(let path):
            let version = try await sql.raw("SELECT sqlite_version() AS v").first()?.decode(column: "v", as: String.self) ?? "?"
            return "SQLite \(version), tệp \(path)"
        case .sqliteMemory:
            return "SQLite trong bộ nhớ"
        case .postgres:
            let version =
                try await sql.raw("SHOW server_version").first()?.decode(column: "server_version", as: String.self) ?? "?"
            return "PostgreSQL \(version)"
        }
    }
}

/// Durations and the table of the benchmark's output.
public enum BenchFormat {
    public struct Summary {
        public let min, median, p95, p99, max: Double

        /// Nearest-rank percentiles of the measured times.
        public init(_ times: [Double]) {
            let sorted = times.sorted()
            func rank(_ p: Double) -> Double { sorted[Swift.max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)] }
            (min, median, p95, p99, max) = (sorted.first!, rank(0.5), rank(0.95), rank(0.99), sorted.last!)
        }
    }

    public static func milliseconds(_ d: Duration) -> Double {
        Double(d.components.seconds) * 1_000 + Double(d.components.attoseconds) / 1e15
    }

    public static func ms(_ value: Double) -> String { VNFormat.decimal(Decimal(value), fractionDigits: 1) + " ms" }

    public static func duration(_ d: Duration) -> String {
        let ms = milliseconds(d)
        return ms < 10_000 ? self.ms(ms) : VNFormat.decimal(Decimal(ms / 1_000), fractionDigits: 1) + " s"
    }

    /// A figure's row: name, median, p99, max, target, result, note.
    public static func row(_ figure: BenchKit.Figure) -> String {
        let s =
            figure.reported
            ?? {
                let s = Summary(figure.times)
                return (s.median, s.p99, s.max)
            }()
        return row([
            figure.name, ms(s.median), ms(s.p99), ms(s.max), figure.target,
            figure.met.map { $0 ? "đạt" : "CHƯA ĐẠT" } ?? "", figure.note,
        ])
    }

    public static func row(_ cells: [String]) -> String {
        let widths = [54, 11, 11, 11, 12, 10, 0]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
        }.joined()
    }
}
