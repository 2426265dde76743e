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
            let admin = UserAccount(username: "admin", fullName: "Quản trị hệ thống",
                                    passwordHash: try await digester.hash(password), role: .admin, unitID: nil)
            try await admin.create(on: db)
            try await AuditLog.record(on: db, actor: .commandLine, at: config.now(), action: "create", entity: "user",
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
        try await app.autoMigrate()
        guard ensureAdmin else { return }
        let result = try await AdminBootstrap.ensureAdmin(app)
        if result.created {
            if let password = result.generatedPassword {
                print("Đã tạo người dùng quản trị “admin”. Mật khẩu (chỉ hiện một lần): \(password)")
                print("Created the administrator “admin”. Password (shown once): \(password)")
            } else {
                print("Đã tạo người dùng quản trị “admin” với mật khẩu từ DIEUHANH_ADMIN_PASSWORD.")
            }
        }
    }
}
