import DieuHanhCore
import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import DieuHanhApp

/// The password of every user the tests make: one the password policy accepts.
let testPassword = "Thu-nghiem-mat-khau"

/// A fixed "now" for tests: 2026-11-22 09:00 in Vietnam.
let testNow = Date(timeIntervalSince1970: 1_795_312_800)

/// Runs `body` against a freshly migrated application. SQLite in memory by default; when `TEST_DATABASE_URL`
/// names a PostgreSQL server, each test gets a schema of its own there (so tests can run in parallel) that is
/// dropped afterwards.
func withTestApp(
    adjust: (inout AppConfig) -> Void = { _ in },
    _ body: (Application) async throws -> Void
) async throws {
    guard testDatabaseKind == "postgres" else { return try await runTestApp(adjust: adjust, body) }
    await TestAppGate.shared.enter()
    do {
        try await runTestApp(adjust: adjust, body)
    } catch {
        await TestAppGate.shared.leave()
        throw error
    }
    await TestAppGate.shared.leave()
}

private func runTestApp(adjust: (inout AppConfig) -> Void, _ body: (Application) async throws -> Void) async throws {
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    var schema: String?
    let setupID = DatabaseID(string: "setup")
    // Uploaded files of this test only; removed with it.
    let dataDirectory = NSTemporaryDirectory() + "dieuhanh-test-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: dataDirectory) }
    do {
        var config = AppConfig(database: .sqliteMemory, adminPassword: nil, bcryptCost: 4, now: { testNow })
        config.dataDirectory = dataDirectory
        if let url = ProcessInfo.processInfo.environment["TEST_DATABASE_URL"], !url.isEmpty {
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: setupID, isDefault: false)
            try await (app.db(setupID) as! SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: String(name))").run()
            schema = String(name)
            config.database = .postgres(url + (url.contains("?") ? "&" : "?") + "search_path=\(name)")
        }
        adjust(&config)
        try await configure(app, config: config)
        try await app.autoMigrate()
        try await body(app)
    } catch {
        // PostgreSQL's errors describe themselves as "Generic description…": say what the server said.
        if schema != nil, String(describing: type(of: error)).contains("PSQL") {
            Issue.record("PostgreSQL: \(String(reflecting: error))")
        }
        await cleanUp(app, schema: schema, setupID: setupID)
        throw error
    }
    await cleanUp(app, schema: schema, setupID: setupID)
}

private func cleanUp(_ app: Application, schema: String?, setupID: DatabaseID) async {
    if let schema {
        try? await (app.db(setupID) as! SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
}

/// Swift Testing starts every test at once and each application opens its own PostgreSQL connections (a pool per
/// event loop, plus the setup connection): without a limit the parallel suite exhausts the server's
/// `max_connections`. At most `limit` applications run on PostgreSQL at a time; SQLite needs no limit.
actor TestAppGate {
    static let shared = TestAppGate(limit: 24)
    private let limit: Int
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func enter() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Hands the slot straight to the next waiting test, or frees it.
    func leave() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}

/// True when the suite runs against PostgreSQL (printed by CI so a skipped database is visible).
var testDatabaseKind: String {
    (ProcessInfo.processInfo.environment["TEST_DATABASE_URL"] ?? "").isEmpty ? "sqlite" : "postgres"
}

// MARK: - Data

@discardableResult
func makeUnit(
    _ app: Application, _ code: String, _ name: String, kind: UnitKind = .department,
    parent: OrgUnit? = nil
) async throws -> OrgUnit {
    try await app.write { db in
        try await UnitService.create(
            UnitDraft(code: code, name: name, kind: kind.rawValue, parentID: parent?.id),
            actor: .commandLine, now: testNow, on: db, t: Localizer(language: .vi))
    }
}

@discardableResult
func makeUser(
    _ app: Application, _ username: String, role: Role, unit: OrgUnit? = nil,
    password: String = testPassword
) async throws -> UserAccount {
    let digester = app.digester
    return try await app.write { db in
        try await UserService.create(
            UserDraft(
                username: username, fullName: "Người \(username)", role: role.rawValue,
                unitID: unit?.id, password: password),
            actor: .commandLine, now: testNow, on: db, hasher: digester,
            t: Localizer(language: .vi)
        ).0
    }
}

/// A small province: UBND › (SNV › CCVT), (STC), with an admin and a unit officer of SNV.
struct SmallProvince {
    let ubnd: OrgUnit
    let snv: OrgUnit
    let archives: OrgUnit
    let stc: OrgUnit

    @discardableResult
    static func make(_ app: Application) async throws -> SmallProvince {
        let ubnd = try await makeUnit(app, "UBND", "Ủy ban nhân dân tỉnh", kind: .province)
        let snv = try await makeUnit(app, "SNV", "Sở Nội vụ", parent: ubnd)
        let archives = try await makeUnit(app, "CCVT", "Chi cục Văn thư - Lưu trữ", kind: .other, parent: snv)
        let stc = try await makeUnit(app, "STC", "Sở Tài chính", parent: ubnd)
        try await makeUser(app, "admin", role: .admin)
        try await makeUser(app, "canbo.snv", role: .unitOfficer, unit: snv)
        return SmallProvince(ubnd: ubnd, snv: snv, archives: archives, stc: stc)
    }
}

/// A clock a test can move forward, to record steps on different days.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = testNow) { current = start }

    var now: Date { lock.withLock { current } }

    func advance(days: Int) { lock.withLock { current = current.addingTimeInterval(TimeInterval(days * 86_400)) } }
    func advance(seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}
