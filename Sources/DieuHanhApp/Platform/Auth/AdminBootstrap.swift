import DieuHanhCore
import Fluent
import SQLKit
import Vapor

/// On the first start against an empty database, creates the user `admin` (CONTRACT: Configuration).
enum AdminBootstrap {
    /// Returns the generated password when one was generated (to print once), nil otherwise.
    @discardableResult
    static func ensureAdmin(_ app: Application) async throws -> (created: Bool, generatedPassword: String?) {
        let config = app.config
        let digester = app.digester
        if let password = config.adminPassword, let problem = PasswordRule.check(password, username: "admin") {
            throw ConfigError("DIEUHANH_ADMIN_PASSWORD is refused: \(Localizer(language: .en)(problem))")
        }
        return try await app.write { db in
            guard try await UserAccount.query(on: db).count() == 0 else { return (false, nil) }
            let password = config.adminPassword ?? Passwords.generate()
            let admin = UserAccount(
                username: "admin", fullName: "Quản trị hệ thống",
                passwordHash: try await digester.hash(password), role: .admin, unitID: nil)
            try await admin.create(on: db)
            try await AuditLog.record(
                on: db, actor: .commandLine, at: config.now(), action: "create", entity: "user",
                entityID: admin.id, summary: "admin", before: UserAccount.Snapshot?.none,
                after: admin.snapshot)
            return (true, config.adminPassword == nil ? password : nil)
        }
    }
}

/// Runs before any command: brings the database schema up to date and, for `serve` and `demo`, makes sure an
/// administrator exists.
struct PrepareDatabase: LifecycleHandler {
    let ensureAdmin: Bool

    func willBootAsync(_ app: Application) async throws {
        if case .sqliteFile = app.config.database {
            // Write-ahead logging: pages keep reading while a change is written. Stored in the file, so once is enough.
            try await (app.db as! SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
        }
        try await Self.migrateQuietly(app)
        guard ensureAdmin else { return }
        let result = try await AdminBootstrap.ensureAdmin(app)
        if result.created {
            if let password = result.generatedPassword {
                app.startupNotice += [
                    "Đã tạo người dùng quản trị “admin”. Mật khẩu (chỉ hiện một lần): \(password)",
                    "Created the administrator “admin”. Password (shown once): \(password)",
                ]
            } else {
                app.startupNotice.append("Đã tạo người dùng quản trị “admin” với mật khẩu từ DIEUHANH_ADMIN_PASSWORD.")
            }
        }
    }

    /// Migrates with one line of output instead of two per step: on a new database the steps' log used to push the
    /// administrator's password out of sight.
    static func migrateQuietly(_ app: Application) async throws {
        // A new database has no migration record yet.
        let before = (try? await MigrationLog.query(on: app.db).count()) ?? 0
        let level = app.logger.logLevel
        app.logger.logLevel = max(level, .warning)
        do {
            try await app.autoMigrate()
            app.logger.logLevel = level
        } catch {
            app.logger.logLevel = level
            throw error
        }
        let applied = try await MigrationLog.query(on: app.db).count() - before
        if applied > 0 { app.logger.notice("database: \(applied) migration steps applied") }
        let filled = try await app.write { db in try await DerivedStatistics.fillIfEmpty(on: db) }
        if filled != .nothing { app.logger.notice("database: statistics index filled from the recorded tasks") }
    }
}

extension Application {
    private struct StartupNoticeKey: StorageKey { typealias Value = [String] }

    /// What the operator must see once the command has started (the generated password of `admin`): printed last
    /// by the entry point, after the server's own start-up lines.
    public var startupNotice: [String] {
        get { storage[StartupNoticeKey.self] ?? [] }
        set { storage[StartupNoticeKey.self] = newValue }
    }
}
