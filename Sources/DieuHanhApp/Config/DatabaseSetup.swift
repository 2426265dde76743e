import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Vapor

extension Application {
    /// Registers the configured database. SQLite gets WAL journaling so readers do not wait for a writer.
    func useDatabase(_ location: AppConfig.DatabaseLocation) throws {
        switch location {
        case .sqliteFile(let path):
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory, sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let url):
            var configuration = try SQLPostgresConfiguration(url: url)
            // Tests isolate themselves in a schema of their own (see the test helper); honour `?search_path=`.
            if let searchPath = URLComponents(string: url)?.queryItems?.first(where: { $0.name == "search_path" })?.value {
                configuration = try SQLPostgresConfiguration(url: url.components(separatedBy: "?")[0])
                configuration.searchPath = [searchPath]
            }
            databases.use(.postgres(configuration: configuration, sqlLogLevel: .trace), as: .psql)
        }
    }

    var isSQLite: Bool {
        switch config.database {
        case .sqliteFile, .sqliteMemory: return true
        case .postgres: return false
        }
    }
}
