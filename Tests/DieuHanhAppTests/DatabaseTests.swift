@testable import DieuHanhApp
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import SQLKit
import Testing
import Vapor

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

    @Test func databaseURLFollowsTheContract() throws {
        #expect(try AppConfig.parseDatabaseURL(nil) == .sqliteFile("dieuhanh.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("") == .sqliteFile("dieuhanh.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("sqlite:///var/lib/dh.sqlite") == .sqliteFile("/var/lib/dh.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("sqlite://data/dh.sqlite") == .sqliteFile("data/dh.sqlite"))
        #expect(try AppConfig.parseDatabaseURL("postgres://u:p@h:5432/db") == .postgres("postgres://u:p@h:5432/db"))
        #expect(throws: ConfigError.self) { try AppConfig.parseDatabaseURL("mysql://x") }
    }
}
