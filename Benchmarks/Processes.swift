import DieuHanhApp
import DieuHanhBench
import Foundation
import Vapor

/// The machine, as BENCHMARKS.md states it.
enum Machine {
    static func describe() -> String {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let memory = ProcessInfo.processInfo.physicalMemory / 1_073_741_824
        let cpu =
            (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
            .first { $0.hasPrefix("model name") }.map {
                $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
            } ?? "?"
        return "\(cores) lõi (\(cpu)), \(memory) GB RAM"
    }

    static func load() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
        return text.split(separator: " ").prefix(3).joined(separator: " ") + " (1/5/15 phút)"
    }

    static func commit() -> String {
        let (status, output) = Shell.run("/usr/bin/env", ["git", "rev-parse", "--short", "HEAD"])
        let dirty = Shell.run("/usr/bin/env", ["git", "status", "--porcelain", "--untracked-files=no"]).1
        return status == 0
            ? output.trimmingCharacters(in: .whitespacesAndNewlines) + (dirty.isEmpty ? "" : " (có thay đổi chưa commit)") : "?"
    }

    /// The database URL without its password.
    static func redacted(_ url: String) -> String {
        url.replacingOccurrences(of: #"://([^:/@]+):[^@]*@"#, with: "://$1:…@", options: .regularExpression)
    }

    /// `VmHWM` and `VmRSS` of a process, in MB.
    static func memory(of pid: Int32) -> (peak: Int, now: Int) {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return (0, 0) }
        func field(_ name: String) -> Int {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return (Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
        }
        return (field("VmHWM"), field("VmRSS"))
    }

    /// The `dieuhanh` binary built next to this one.
    static var dieuhanh: String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("dieuhanh").path
    }
}

enum Shell {
    /// Runs a program to its end; returns its status and standard output (standard error is passed through).
    @discardableResult
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func environment(database: String, replica: String? = nil) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["DATABASE_URL"] = database
        environment["DATABASE_REPLICA_URL"] = replica
        environment["DIEUHANH_DATA_DIR"] = NSTemporaryDirectory() + "dieuhanh-bench-data"
        environment["LOG_LEVEL"] = "warning"
        return environment
    }
}

/// `dieuhanh serve` on the benchmark database, signed in as the benchmark user with curl.
struct ServerRunner {
    let database: String
    /// A streaming replica the server reads its lists from (`DATABASE_REPLICA_URL`), or none.
    var replica: String? = nil
    let port = 18_181
    var base: String { "http://127.0.0.1:\(port)" }

    final class Running {
        let process: Process
        let cookie: String
        init(process: Process, cookie: String) { (self.process, self.cookie) = (process, cookie) }
        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    func start() async throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Machine.dieuhanh)
        process.arguments = ["serve", "--hostname", "127.0.0.1", "--port", String(port)]
        process.environment = Shell.environment(database: database, replica: replica)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        for _ in 0..<600 {
            if Shell.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", base + "/health"]).1 == "200" { break }
            guard process.isRunning else { throw BenchFailure("dieuhanh serve dừng với mã \(process.terminationStatus)") }
            try await Task.sleep(for: .milliseconds(100))
        }
        // Sign in as a browser does: the form's CSRF token, then the session cookie.
        let jar = NSTemporaryDirectory() + "dieuhanh-bench-cookies.txt"
        try? FileManager.default.removeItem(atPath: jar)
        let form = Shell.run("/usr/bin/curl", ["-s", "-c", jar, "-b", jar, base + "/sign-in"]).1
        guard let range = form.range(of: #"name="_csrf" value="([^"]+)""#, options: .regularExpression) else {
            process.terminate()
            throw BenchFailure("không thấy _csrf trên trang đăng nhập")
        }
        let token = form[range].split(separator: "\"")[3]
        Shell.run(
            "/usr/bin/curl",
            [
                "-s", "-o", "/dev/null", "-c", jar, "-b", jar, "--data-urlencode", "_csrf=\(token)",
                "--data-urlencode", "username=\(BenchKit.username)",
                "--data-urlencode", "password=\(BenchKit.password)", base + "/sign-in",
            ])
        let cookies = (try? String(contentsOfFile: jar, encoding: .utf8)) ?? ""
        guard let line = cookies.split(separator: "\n").first(where: { $0.contains("dieuhanh-session") }),
            let value = line.split(separator: "\t").last
        else {
            process.terminate()
            throw BenchFailure("đăng nhập không thành công")
        }
        return Running(process: process, cookie: "dieuhanh-session=\(value)")
    }

    /// A bearer token for the JSON API, asked of `POST /api/v1/auth/token` as a client does.
    func token() throws -> String {
        let body = #"{"username":"\#(BenchKit.username)","password":"\#(BenchKit.password)"}"#
        let answer = Shell.run(
            "/usr/bin/curl", ["-s", "-H", "Content-Type: application/json", "-d", body, base + "/api/v1/auth/token"]
        ).1
        guard let range = answer.range(of: #""token"\s*:\s*"([^"]+)""#, options: .regularExpression) else {
            throw BenchFailure("không lấy được token API: \(answer.prefix(200))")
        }
        // `"token":"…"`: the last quoted part is the token.
        return String(answer[range].split(separator: "\"").last ?? "")
    }

    /// 2. The list page under wrk's load; with `api`, the JSON list of the same filters (`per=50`) beside it,
    /// signed in by a bearer token.
    func loadTest(
        path: String, api: Bool = false, expectedRows: Int, totalRows: Int, options: Options
    ) async throws -> (BenchKit.Figure, [String]) {
        let server = try await start()
        defer { server.stop() }
        let header = api ? "Authorization: Bearer \(try token())" : "Cookie: \(server.cookie)"
        let page = Shell.run("/usr/bin/curl", ["-s", "-H", header, "-w", "\n%{http_code}", base + path]).1
        // A JSON item has one `"assigned_on"`; an HTML row one `<tr` (less the header's).
        let rows = api ? page.components(separatedBy: #""assigned_on""#).count - 1 : page.components(separatedBy: "<tr").count - 2
        guard page.hasSuffix("200") else { throw BenchFailure("\(path) trả lời \(page.suffix(3))") }
        // Warm-up, then the measured run.
        Shell.run("/usr/bin/wrk", ["-t2", "-c\(options.connections)", "-d3s", "-H", header, base + path])
        let (_, output) = Shell.run(
            "/usr/bin/wrk",
            [
                "-t2", "-c\(options.connections)", "-d\(options.duration)s", "--latency",
                "-H", header, base + path,
            ])
        let memory = Machine.memory(of: server.process.processIdentifier)
        let wrk = WrkResult(output)
        let met = wrk.p50 <= 15 && wrk.p99 <= 50 && wrk.requestsPerSecond >= 1_500 && wrk.errors == 0
        let what =
            (api ? "API JSON danh sách nhiệm vụ" : "trang danh sách nhiệm vụ") + (replica == nil ? "" : ", đọc trên bản sao")
        let figure = BenchKit.Figure(
            name: "2. \(what) (wrk -c\(options.connections))", times: [],
            target: "≤15/≤50 ms", met: met,
            note: "\(Int(wrk.requestsPerSecond)) yêu cầu/s (mục tiêu ≥ 1500)" + (wrk.errors > 0 ? "; \(wrk.errors) lỗi" : ""),
            reported: (wrk.p50, wrk.p99, wrk.max))
        let lines = [
            "\(what): GET \(path) — \(rows) dòng trên trang (mong đợi \(expectedRows); \(totalRows) nhiệm vụ quá hạn "
                + "của đơn vị tính đến hôm nay), \(page.utf8.count / 1024) KB; wrk -t2 -c\(options.connections) "
                + "-d\(options.duration)s: \(wrk.requests) yêu cầu, \(Int(wrk.requestsPerSecond)) yêu cầu/s, p50 \(wrk.p50) ms, "
                + "p90 \(wrk.p90) ms, p99 \(wrk.p99) ms; máy chủ \(memory.now) MB (đỉnh \(memory.peak) MB)."
        ]
        return (figure, lines)
    }

    /// 4. The XLSX (or, with `csv`, the CSV) export downloaded from a fresh server, whose peak memory is then read.
    func export(path: String, csv: Bool = false, expectedRows: Int) async throws -> (BenchKit.Figure, [String]) {
        let server = try await start()
        defer { server.stop() }
        let before = Machine.memory(of: server.process.processIdentifier)
        let file = NSTemporaryDirectory() + "dieuhanh-bench-export" + (csv ? ".csv" : ".xlsx")
        var times: [Double] = []
        var peak = 0
        var size = ""
        for _ in 0..<3 {
            let out = Shell.run(
                "/usr/bin/curl",
                [
                    "-s", "-o", file, "-H", "Cookie: \(server.cookie)",
                    "-w", "%{http_code} %{time_total} %{size_download}", base + path,
                ]
            ).1
            let parts = out.split(separator: " ")
            guard parts.first == "200", parts.count == 3 else { throw BenchFailure("\(path) trả lời \(out)") }
            times.append((Double(parts[1]) ?? 0) * 1_000)
            size = "\((Int(parts[2]) ?? 0) / 1_048_576) MB"
            peak = max(peak, Machine.memory(of: server.process.processIdentifier).peak)
        }
        let count = csv ? "wc -l < '\(file)'" : "unzip -p '\(file)' xl/worksheets/sheet1.xml | grep -o '<row' | wc -l"
        let sheetRows = Shell.run("/bin/sh", ["-c", count]).1.trimmingCharacters(in: .whitespacesAndNewlines)
        let format = csv ? "CSV" : "XLSX"
        let target = csv ? 2_000.0 : 5_000
        let median = BenchFormat.Summary(times).median
        let figure = BenchKit.Figure(
            name: "4. xuất \(format) \(expectedRows) nhiệm vụ qua HTTP", times: times,
            target: "≤ \(Int(target / 1_000)) s, <300MB", met: median <= target && peak < 300,
            note: "máy chủ đỉnh \(peak) MB")
        let lines = [
            "Xuất \(format): GET \(path) — \(size), \(sheetRows) dòng trong bảng (gồm dòng tiêu đề; mong đợi "
                + "\(expectedRows) nhiệm vụ); 3 lần; máy chủ \(before.now) MB trước, đỉnh (VmHWM) \(peak) MB."
        ]
        return (figure, lines)
    }
}

/// wrk's figures, in milliseconds.
struct WrkResult {
    var p50 = 0.0, p90 = 0.0, p99 = 0.0, max = 0.0, requestsPerSecond = 0.0, requests = 0, errors = 0

    init(_ output: String) {
        func ms(_ text: Substring) -> Double {
            let units: [(String, Double)] = [("us", 0.001), ("ms", 1), ("s", 1_000), ("m", 60_000)]
            for (suffix, factor) in units where text.hasSuffix(suffix) {
                return (Double(text.dropLast(suffix.count)) ?? 0) * factor
            }
            return Double(text) ?? 0
        }
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard let first = words.first else { continue }
            switch first {
            case "50%": p50 = ms(words[1])
            case "90%": p90 = ms(words[1])
            case "99%": p99 = ms(words[1])
            case "Latency" where words.count >= 4: max = ms(words[3])
            case "Requests/sec:": requestsPerSecond = Double(words[1]) ?? 0
            case "Non-2xx": errors += Int(words.last ?? "0") ?? 0
            case "Socket" where line.contains("errors"):
                errors += line.split(separator: ",").compactMap { Int($0.split(separator: " ").last ?? "") }.reduce(0, +)
            default:
                if line.contains("requests in") { requests = Int(first) ?? 0 }
            }
        }
    }
}

/// 3. `dieuhanh import tasks` of a generated CSV, then its rows removed again (the data stays as generated).
struct ImportRunner {
    let database: String

    func run(rows: Int, app: Application) async throws -> (BenchKit.Figure, [String]) {
        _ = try await BenchKit.removeImported(app)
        let file = NSTemporaryDirectory() + "dieuhanh-bench-import.csv"
        let provinces = try await BenchKit.provincesPresent(app)
        try BenchKit.importCSV(rows: rows, provinces: provinces).write(to: URL(fileURLWithPath: file))
        let started = ContinuousClock.now
        let (status, output) = Shell.run(
            Machine.dieuhanh, ["import", "tasks", file], environment: Shell.environment(database: database))
        let elapsed = BenchFormat.milliseconds(ContinuousClock.now - started)
        var usage = rusage()
        getrusage(Int32(RUSAGE_CHILDREN.rawValue), &usage)
        guard status == 0 else { throw BenchFailure("dieuhanh import tasks: mã \(status)") }
        let removed = try await BenchKit.removeImported(app)
        let figure = BenchKit.Figure(
            name: "3. nhập CSV \(rows) nhiệm vụ (dieuhanh import tasks)", times: [elapsed],
            target: "≤ 15 s", met: elapsed <= 15_000, note: "bộ nhớ đỉnh \(usage.ru_maxrss / 1024) MB")
        return (figure, ["Nhập CSV: \(output.trimmingCharacters(in: .whitespacesAndNewlines)); sau đó xóa lại \(removed)."])
    }
}
