import DieuHanhCore
import Foundation
import Vapor

/// Configuration read once from the environment (CONTRACT: Configuration) and kept on the application.
/// Nothing else in the app reads the environment.
public struct AppConfig: Sendable {
    public enum DatabaseLocation: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteMemory
        case postgres(String)
    }

    public var database: DatabaseLocation
    /// Streaming replicas of a PostgreSQL primary (`DATABASE_REPLICA_URL`, comma-separated `postgres://` URLs):
    /// lists, figures and reports are read there (ReadReplicas); ignored on SQLite.
    public var replicaURLs: [String] = []
    public var dataDirectory: String
    public var adminPassword: String?
    /// Mark session cookies `Secure`; on when DieuHanh is served behind HTTPS.
    public var secureCookies: Bool
    /// How many failed sign-ins are tolerated per name and client, per client and per name (SignInLedger).
    public var signInLimits: SignInLimits
    /// The reverse proxy's address (`DIEUHANH_TRUSTED_PROXY`): requests from it are taken to come from the last
    /// address in `X-Forwarded-For`, so the sign-in throttle counts real clients, not the proxy.
    public var trustedProxy: String? = nil
    /// Lifetime of an API token.
    public var tokenLifetime: TimeInterval
    /// bcrypt cost; tests lower it to stay fast.
    public var bcryptCost: Int
    /// Migrate before any command runs (the binary); tests migrate themselves.
    public var prepareDatabaseOnBoot: Bool
    /// Create `admin` on an empty database before the command runs (`serve`, `demo`).
    public var ensureAdminOnBoot: Bool
    /// The clock: injected so every rule that depends on "now" can be tested at any date.
    public var now: @Sendable () -> Date
    /// SMTP relay for report reminders (`DIEUHANH_SMTP_HOST`, `_PORT`, `_FROM`); unset → reminders are only recorded.
    public var smtpHost: String? = nil
    public var smtpPort: Int = 25
    public var smtpFrom: String? = nil
    /// Report reminders this many working days before and after the deadline (`DIEUHANH_REPORT_REMIND_BEFORE`,
    /// `DIEUHANH_REPORT_REMIND_AFTER`); 0 turns one off.
    public var reportRemindBefore: Int = 2
    public var reportRemindAfter: Int = 1
    /// The address users open DieuHanh at (`DIEUHANH_PUBLIC_URL`, e.g. https://dieuhanh.tinh.gov.vn): the task
    /// reminder e-mails link to the tasks with it; unset → they name the task without a link.
    public var publicURL: String? = nil

    public init(
        database: DatabaseLocation,
        dataDirectory: String = "./dieuhanh-data",
        adminPassword: String? = nil,
        secureCookies: Bool = false,
        signInLimits: SignInLimits = SignInLimits(),
        tokenLifetime: TimeInterval = 12 * 3600,
        bcryptCost: Int = 12,
        prepareDatabaseOnBoot: Bool = false,
        ensureAdminOnBoot: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.dataDirectory = dataDirectory
        self.adminPassword = adminPassword
        self.secureCookies = secureCookies
        self.signInLimits = signInLimits
        self.tokenLifetime = tokenLifetime
        self.bcryptCost = bcryptCost
        self.prepareDatabaseOnBoot = prepareDatabaseOnBoot
        self.ensureAdminOnBoot = ensureAdminOnBoot
        self.now = now
    }

    /// Reads `DATABASE_URL`, `DATABASE_REPLICA_URL`, `DIEUHANH_DATA_DIR`, `DIEUHANH_ADMIN_PASSWORD`, `DIEUHANH_SECURE_COOKIES`,
    /// `DIEUHANH_TRUSTED_PROXY`, the SMTP relay
    /// and the report reminder days.
    public static func fromEnvironment() throws -> AppConfig {
        let env = ProcessInfo.processInfo.environment
        let database = try parseDatabaseURL(env["DATABASE_URL"])
        let password = env["DIEUHANH_ADMIN_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        var config = AppConfig(
            database: database,
            dataDirectory: env["DIEUHANH_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./dieuhanh-data",
            adminPassword: password,
            secureCookies: env["DIEUHANH_SECURE_COOKIES"] == "1"
        )
        config.replicaURLs = try parseReplicaURLs(env["DATABASE_REPLICA_URL"])
        config.trustedProxy = env["DIEUHANH_TRUSTED_PROXY"].flatMap { $0.isEmpty ? nil : $0 }
        config.smtpHost = env["DIEUHANH_SMTP_HOST"].flatMap { $0.isEmpty ? nil : $0 }
        config.smtpFrom = env["DIEUHANH_SMTP_FROM"].flatMap { $0.isEmpty ? nil : $0 }
        config.publicURL = env["DIEUHANH_PUBLIC_URL"].flatMap {
            $0.isEmpty ? nil : ($0.hasSuffix("/") ? String($0.dropLast()) : $0)
        }
        for (key, target) in [
            ("DIEUHANH_SMTP_PORT", \AppConfig.smtpPort), ("DIEUHANH_REPORT_REMIND_BEFORE", \.reportRemindBefore),
            ("DIEUHANH_REPORT_REMIND_AFTER", \.reportRemindAfter),
        ] {
            guard let text = env[key], !text.isEmpty else { continue }
            guard let value = Int(text), value >= 0, value <= 65535 else { throw ConfigError("\(key) must be a whole number") }
            config[keyPath: target] = value
        }
        if config.smtpHost != nil && config.smtpFrom == nil {
            throw ConfigError("DIEUHANH_SMTP_FROM is needed with DIEUHANH_SMTP_HOST")
        }
        return config
    }

    /// `DATABASE_REPLICA_URL`: none, one, or several PostgreSQL URLs separated by commas.
    public static func parseReplicaURLs(_ value: String?) throws -> [String] {
        let urls = (value ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for url in urls where !(url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")) {
            throw ConfigError("DATABASE_REPLICA_URL must list postgres:// URLs separated by commas")
        }
        return urls
    }

    /// CONTRACT: unset → `./dieuhanh.sqlite`; `sqlite:///abs/path.sqlite`, `sqlite://relative.sqlite`; `postgres://…`.
    public static func parseDatabaseURL(_ value: String?) throws -> DatabaseLocation {
        guard let url = value?.trimmingCharacters(in: .whitespaces), !url.isEmpty else {
            return .sqliteFile("dieuhanh.sqlite")
        }
        if url.hasPrefix("sqlite://") {
            let path = String(url.dropFirst("sqlite://".count))
            if path == ":memory:" { return .sqliteMemory }
            guard !path.isEmpty else { throw ConfigError("DATABASE_URL sqlite:// needs a file path") }
            return .sqliteFile(path)
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            return .postgres(url)
        }
        throw ConfigError("DATABASE_URL must start with sqlite:// or postgres://")
    }
}

public struct ConfigError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension Application {
    private struct AppConfigKey: StorageKey { typealias Value = AppConfig }

    public var config: AppConfig {
        get {
            guard let config = storage[AppConfigKey.self] else { fatalError("configure(_:config:) was not called") }
            return config
        }
        set { storage[AppConfigKey.self] = newValue }
    }
}

extension Request {
    var config: AppConfig { application.config }
    /// Now, from the injected clock.
    var now: Date { application.config.now() }
}
