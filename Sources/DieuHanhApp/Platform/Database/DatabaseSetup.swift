import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

extension Application {
    /// Registers the configured database.
    func useDatabase(_ location: AppConfig.DatabaseLocation) throws {
        switch location {
        case .sqliteFile(let path):
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
            lifecycle.use(SQLitePageCache())
        case .sqliteMemory:
            databases.use(.sqlite(.memory, sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            databases.use(.postgres(configuration: try Self.postgresConfiguration(url), sqlLogLevel: .trace), as: .psql)
        }
    }

    /// `?search_path=NAME` puts DieuHanh's tables in a schema of its own (the tests use one per test); the other
    /// query items (`sslmode`…) go to PostgresKit as they are.
    static func postgresConfiguration(_ url: String) throws -> SQLPostgresConfiguration {
        var components = URLComponents(string: url)
        let searchPath = components?.queryItems?.first(where: { $0.name == "search_path" })?.value
        let otherItems = components?.queryItems?.filter { $0.name != "search_path" } ?? []
        components?.queryItems = otherItems.isEmpty ? nil : otherItems
        var configuration = try SQLPostgresConfiguration(url: components?.string ?? url)
        if let searchPath { configuration.searchPath = [searchPath] }
        return configuration
    }

    package var isSQLite: Bool {
        switch config.database {
        case .sqliteFile, .sqliteMemory: return true
        case .postgres: return false
        }
    }
}

/// SQLite keeps 2 MB of pages per connection by default: at national scale (a 4 GB file) a list request read its
/// index pages again through the kernel on every query (a quarter of its time in `pread`, measured with perf).
/// Each connection of the pool (one per event loop) gets 32 MB, set once when the application boots: enough for a
/// list request's index pages, small enough that the server stays under 300 MB while it exports (BENCHMARKS.md).
struct SQLitePageCache: LifecycleHandler {
    static let kibibytes = 32_768

    func didBootAsync(_ app: Application) async throws {
        for loop in app.eventLoopGroup.makeIterator() {
            guard let db = app.databases.database(.sqlite, logger: app.logger, on: loop) as? SQLDatabase else { continue }
            try await db.raw("PRAGMA cache_size = -\(unsafeRaw: String(Self.kibibytes))").run()
        }
    }
}
