import Foundation

/// Runs a PostgreSQL client tool (`pg_dump`, `pg_restore`, `psql`) and waits for it without holding a thread.
enum Subprocess {
    /// The tool's path on `PATH`, or a one-line reason saying what to install.
    static func locate(_ tool: String) throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(tool)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw CommandFailure("không tìm thấy \(tool): cài công cụ dòng lệnh của PostgreSQL (gói postgresql-client)")
    }

    /// Runs `tool arguments…` with `environment` added to this process's; throws its last line of stderr when it
    /// fails. Standard output is discarded: the tools write to files named in their arguments.
    static func run(_ tool: String, _ arguments: [String], environment: [String: String]) async throws {
        let executable = try locate(tool)
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("dieuhanh-\(tool)-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errors) }
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: CommandFailure("không chạy được \(tool): \(error.localizedDescription)"))
            }
        }
        guard status == 0 else {
            let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            // The tools print "error:"/"ERROR:" on the line that says what went wrong; hints and context follow it.
            let lines = text.split(whereSeparator: \.isNewline).map(String.init)
            let reason = lines.first(where: { $0.lowercased().contains("error") }) ?? lines.last ?? "mã thoát \(status)"
            throw CommandFailure("\(tool) thất bại: \(reason)")
        }
    }
}
