import DieuHanhApp
import Foundation
import Vapor

@main
enum Entrypoint {
    static func main() async {
        do {
            var env = try Environment.detect()
            try LoggingSystem.bootstrap(from: &env)
            var config = try AppConfig.fromEnvironment()
            config.prepareDatabaseOnBoot = true
            // `serve` (also the default command) and `demo` create the administrator on an empty database.
            let command = env.arguments.dropFirst().first ?? "serve"
            config.ensureAdminOnBoot = ["serve", "demo"].contains(command) || command.hasPrefix("-")
            let app = try await Application.make(env)
            do {
                try await configure(app, config: config)
                // Like `app.execute()`, without its multi-line error report: a failing command says one line.
                try await app.startup()
                for line in app.startupNotice { print(line) }
                fflush(nil)
                if let running = app.running {
                    try await running.onStop.get()
                    // SIGTERM or SIGINT: finish what is in flight before the databases close.
                    _ = await app.stopServing()
                }
                try await app.asyncShutdown()
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
        } catch {
            FileHandle.standardError.write(Data("dieuhanh: \(String(describing: error))\n".utf8))
            exit(1)
        }
    }
}
