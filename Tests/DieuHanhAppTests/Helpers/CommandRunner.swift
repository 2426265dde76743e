import ConsoleKit
import Foundation
import Vapor

@testable import DieuHanhApp

/// A console that keeps what a command prints, for tests of the command line.
final class CapturingConsole: Console, @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    var userInfo: [AnySendableHashable: any Sendable] = [:]
    var size: (width: Int, height: Int) { (200, 50) }

    var output: String { lock.withLock { text } }

    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) {
        lock.withLock { self.text += text.description + (newLine ? "\n" : "") }
    }
    func clear(_ type: ConsoleClear) {}
    func report(error: String, newLine: Bool) {
        lock.withLock { self.text += error + (newLine ? "\n" : "") }
    }
}

/// Runs `dieuhanh ARGS…` against the test application and returns what it printed.
func runCommand(_ app: Application, _ arguments: [String]) async throws -> String {
    let console = CapturingConsole()
    var context = CommandContext(console: console, input: CommandInput(arguments: ["dieuhanh"] + arguments))
    context.application = app
    try await console.run(app.asyncCommands.group(), with: context)
    return console.output
}
