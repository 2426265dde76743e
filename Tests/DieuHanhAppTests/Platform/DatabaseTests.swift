import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Testing
import Vapor

@testable import DieuHanhApp

@Suite("Database selection")
struct DatabaseTests {
    /// CI looks for this test in the PostgreSQL run: it proves the suite really ran against PostgreSQL.
    @Test func runsOnTheConfiguredDatabase() async throws {
        try await withTestApp { app in
            let dialect = (app.db as! SQLDatabase).dialect.name
            #expect(dialect == (testDatabaseKind == "postgres" ? "postgresql" : "sqlite"))
            try await makeUnit(app, "UBND", "Ủy ban nhân dân tỉnh", kind: .province)
            #expect(try await OrgUnit.query(on: app.db).count() == 1)
        }
    }

    /// A file database's connections get a larger page cache when the application boots (SQLite's is 2 MB).
    @Test func sqliteFileConnectionsGetALargerPageCache() async throws {
        let path = NSTemporaryDirectory() + "dieuhanh-cache-\(UUID().uuidString).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let app = try await Application.make(.testing)
        do {
            try await configure(
                app, config: AppConfig(database: .sqliteFile(path), adminPassword: nil, bcryptCost: 4, now: { testNow }))
            try await app.asyncBoot()
            for loop in app.eventLoopGroup.makeIterator() {
                let db = try #require(app.databases.database(.sqlite, logger: app.logger, on: loop) as? SQLDatabase)
                let size = try await db.raw("PRAGMA cache_size").first()?.decode(column: "cache_size", as: Int.self)
                #expect(size == -SQLitePageCache.kibibytes)
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test func databaseURLFollowsTheContract() throws {
        #expect(try AppConfig.parseDatabaseURL(nil) == .sqliteFile("dieuhanh.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("") == .sqliteFile("dieuhanh.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("sqlite:///var/lib/dh.sqlite") == .sqliteFile("/var/lib/dh.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("sqlite://data/dh.sqlite") == .sqliteFile("data/dh.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("postgres://u:p@h:5432/db") == .postgres("postgres://u:p@h:5432/db"))
        #expect(throws: ConfigError.self) { try AppConfig.parseDatabaseURL("mysql://x") }
    }
}
