import Foundation

/// Running the office software installed on this machine, if any.
enum OfficeTool {
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func pythonDocxAvailable() -> Bool {
        guard let python = find("python3") else { return false }
        return (try? run(python, ["-c", "import docx"]).status) == 0
    }

    /// A fresh directory; DOCX_SAMPLE_DIR names a fixed one instead, to look at the output afterwards.
    static func workDirectory(_ name: String) throws -> URL {
        let dir: URL
        if let fixed = ProcessInfo.processInfo.environment["DOCX_SAMPLE_DIR"] {
            dir = URL(fileURLWithPath: fixed).appendingPathComponent(name)
        } else {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func discard(_ dir: URL) {
        if ProcessInfo.processInfo.environment["DOCX_SAMPLE_DIR"] == nil { try? FileManager.default.removeItem(at: dir) }
    }

    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
        throws -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
