import DieuHanhApp
import DieuHanhBench
import Foundation
import Logging
import Vapor

// dieuhanh-bench: generates the national dataset into the database (once) and measures against it, printing one
// table. BENCHMARKS.md holds the figures and how to reproduce them. The HTTP, import and export measurements
// drive the `dieuhanh` binary built next to this one, as a user would.

let usage = """
    dieuhanh-bench [--database URL] [--replica URL] [--tasks N] [--runs R] [--duration S] [--connections C] [--only LIST] [--keep-going]
      --database     sqlite:///abs/path.sqlite or postgres://… (default $DATABASE_URL, else sqlite:///tmp/dieuhanh-bench.sqlite)
      --replica      a streaming replica of the PostgreSQL --database: the list cases run again with it
      --tasks        tasks to generate (default 1000000); the data is generated once and reused
      --runs         runs of each in-process case (default 50)
      --duration     seconds of HTTP load (default 20), --connections (default 32)
      --only         a comma list of: stats,report,list,api,export,csv,import (default all; list includes api)
    """

struct Options {
    var database = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "sqlite:///tmp/dieuhanh-bench.sqlite"
    var replica: String?
    var tasks = 1_000_000
    var runs = 50
    var duration = 20
    var connections = 32
    var importRows = 100_000
    var only: Set<String> = ["stats", "report", "list", "api", "export", "csv", "import"]

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ name: String) throws -> String {
            guard let value = rest.popFirst() else { throw BenchFailure("\(name) cần một giá trị\n\(usage)") }
            return value
        }
        func number(_ name: String) throws -> Int {
            guard let n = Int(try value(name)), n > 0 else { throw BenchFailure("\(name) cần một số dương") }
            return n
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--database": database = try value(argument)
            case "--replica": replica = try value(argument)
            case "--tasks": tasks = try number(argument)
            case "--runs": runs = try number(argument)
            case "--duration": duration = try number(argument)
            case "--connections": connections = try number(argument)
            case "--import-rows": importRows = try number(argument)
            case "--only": only = Set(try value(argument).split(separator: ",").map(String.init))
            case "-h", "--help":
                print(usage)
                exit(0)
            default: throw BenchFailure("không hiểu “\(argument)”\n\(usage)")
            }
        }
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

@main
enum BenchMain {
    static func main() async {
        do {
            try await run()
        } catch {
            FileHandle.standardError.write(Data("dieuhanh-bench: \(error)\n".utf8))
            exit(1)
        }
    }

    static func run() async throws {
        let options = try Options(Array(CommandLine.arguments.dropFirst()))
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        var config = try AppConfig.fromEnvironment()
        config.database = try AppConfig.parseDatabaseURL(options.database)
        config.prepareDatabaseOnBoot = false
        config.ensureAdminOnBoot = false
        let app = try await Application.make(.production)
        do {
            try await configure(app, config: config)
            try await measure(app, options: options)
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    static func measure(_ app: Application, options: Options) async throws {
        let machine = Machine.describe()
        say("dieuhanh-bench — \(machine)")
        say("Cơ sở dữ liệu: \(Machine.redacted(options.database)); commit \(Machine.commit())")
        if let replica = options.replica { say("Bản sao đọc: \(Machine.redacted(replica))") }
        #if DEBUG
            say("Lưu ý: bản dựng debug, số đo không đại diện; hãy dùng swift build -c release.")
        #endif
        try await BenchKit.migrate(app)
        let rows = try await BenchKit.generate(tasks: options.tasks, app: app) { say($0) }
        say("Số dòng: \(rows).")
        say("Bắt đầu đo; tải máy \(Machine.load()).")

        var figures: [BenchKit.Figure] = []
        var extra: [String] = []
        if options.only.contains("stats") {
            figures += try await BenchKit.measureStatistics(app, runs: options.runs)
            Table.print(figures)
        }
        if options.only.contains("report") {
            figures.append(try await BenchKit.measureReviewReport(app, runs: min(options.runs, 10)))
            Table.print(figures.suffix(1))
        }
        let server = ServerRunner(database: options.database)
        if !options.only.isDisjoint(with: ["list", "api", "export", "csv"]) {
            try await BenchKit.ensureUser(app)
        }
        let expected = try await BenchKit.expectedRows(app, asOf: Date())
        if options.only.contains("list") {
            let (figure, lines) = try await server.loadTest(
                path: BenchKit.listPath, expectedRows: min(50, expected.overdue),
                totalRows: expected.overdue, options: options)
            figures.append(figure)
            extra += lines
            Table.print([figure])
        }
        if options.only.contains("list") || options.only.contains("api") {
            let (figure, lines) = try await server.loadTest(
                path: BenchKit.apiListPath, api: true, expectedRows: min(50, expected.overdue),
                totalRows: expected.overdue, options: options)
            figures.append(figure)
            extra += lines
            Table.print([figure])
        }
        // The same two lists with their reads on the replica (README: reads on replicas).
        if let replica = options.replica, !options.only.isDisjoint(with: ["list", "api"]) {
            let withReplica = ServerRunner(database: options.database, replica: replica)
            for api in options.only.contains("list") ? [false, true] : [true] {
                let (figure, lines) = try await withReplica.loadTest(
                    path: api ? BenchKit.apiListPath : BenchKit.listPath, api: api, expectedRows: min(50, expected.overdue),
                    totalRows: expected.overdue, options: options)
                figures.append(figure)
                extra += lines
                Table.print([figure])
            }
        }
        if options.only.contains("export") {
            let (figure, lines) = try await server.export(path: BenchKit.exportPath, expectedRows: expected.exported)
            figures.append(figure)
            extra += lines
            Table.print([figure])
        }
        if options.only.contains("csv") {
            let (figure, lines) = try await server.export(
                path: BenchKit.exportPath.replacingOccurrences(of: "export.xlsx", with: "export.csv"), csv: true,
                expectedRows: expected.exported)
            figures.append(figure)
            extra += lines
            Table.print([figure])
        }
        if options.only.contains("import") {
            let (figure, lines) = try await ImportRunner(database: options.database).run(rows: options.importRows, app: app)
            figures.append(figure)
            extra += lines
            Table.print([figure])
        }

        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        say("")
        say(
            "=== Kết quả — \(machine); \(Machine.redacted(options.database)); commit \(Machine.commit()); "
                + "\(ISO8601DateFormatter().string(from: Date())) ===")
        say("Số dòng: \(rows).")
        Table.print(figures, header: true)
        for line in extra { say("  " + line) }
        say("  Bộ nhớ đỉnh của dieuhanh-bench (sinh dữ liệu, thống kê, báo cáo): \(usage.ru_maxrss / 1024) MB.")
        say("  Tải máy khi kết thúc: \(Machine.load()).")
    }
}

enum Table {
    static func print<S: Sequence>(_ figures: S, header: Bool = false) where S.Element == BenchKit.Figure {
        if header { say(BenchFormat.row(["trường hợp", "trung vị", "p99", "max", "mục tiêu", "kết quả", "ghi chú"])) }
        for figure in figures { say(BenchFormat.row(figure)) }
    }
}
