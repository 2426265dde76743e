import DieuHanhCore
import Fluent
import Vapor

/// Sets up the application: configuration, database, migrations, sessions, middleware, routes, commands.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.config = config
    app.signInThrottle = SignInThrottle(maxFailures: config.signInMaxFailures, lockout: config.signInLockout)
    app.setUpWriteGate()
    try app.useDatabase(config.database)
    app.registerMigrations()
    if config.prepareDatabaseOnBoot {
        app.lifecycle.use(PrepareDatabase(ensureAdmin: config.ensureAdminOnBoot))
    }

    app.passwords.use(.bcrypt(cost: config.bcryptCost))
    app.dummyPasswordHash = try app.password.hash(Passwords.generate())

    app.sessions.use { app in UnchangedSessionsSkipped(inner: app.fluent.sessions.driver()) }
    let secure = config.secureCookies
    app.sessions.configuration = SessionsConfiguration(cookieName: "dieuhanh-session") { id in
        HTTPCookies.Value(string: id.string, expires: nil, maxAge: 12 * 3600, path: "/", isSecure: secure,
                          isHTTPOnly: true, sameSite: .lax)
    }

    // Outermost first: errors become pages or JSON; every response gets the security headers; sessions are
    // available everywhere (the error page needs them too).
    app.middleware = Middlewares()
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(ErrorMiddleware())
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.routes.defaultMaxBodySize = "2mb"

    try routes(app)

    app.asyncCommands.use(MigrateOnlyCommand(), as: "migrate")
    app.asyncCommands.use(ImportCommands(), as: "import")
    app.asyncCommands.use(AuditCommands(), as: "audit")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(StatsCommands(), as: "stats")
    app.asyncCommands.use(ReportCommands(), as: "report")
    app.asyncCommands.use(ReportingCommands(), as: "reports")
    app.lifecycle.use(ReportingSweepLifecycle())
    app.asyncCommands.use(BenchCommand(), as: "bench")
}

func routes(_ app: Application) throws {
    try app.register(collection: AssetsController())
    try app.register(collection: HealthController())

    // The browser: sessions, CSRF on every form, sign-in required except for the sign-in page itself.
    let web = app.grouped(SessionUserAuthenticator(), CSRFMiddleware())
    try web.register(collection: SignInController())
    let signedIn = web.grouped(RequireSignIn())
    try signedIn.register(collection: HomeController())
    try signedIn.register(collection: ProfileController())
    try signedIn.register(collection: UnitsController())
    try signedIn.register(collection: UsersController())
    try signedIn.register(collection: AuditController())
    try signedIn.register(collection: TasksController())
    try signedIn.register(collection: DocumentsController())
    try signedIn.register(collection: AttachmentsController())
    try signedIn.register(collection: StatsController())
    try signedIn.register(collection: IndicatorsController())
    try signedIn.register(collection: ReportsController())
    try signedIn.register(collection: CalendarController())
    try signedIn.register(collection: ReportRequestsController())
    try signedIn.register(collection: ReportingRegimesController())
    try signedIn.register(collection: ProgrammeController())

    // The API: bearer tokens (or the browser's session for reads from its own pages), JSON errors.
    let api = app.grouped("api", "v1")
    try api.register(collection: OpenAPIController())
    try api.register(collection: AuthAPIController())
    let apiSignedIn = api.grouped(BearerTokenAuthenticator(), RequireSignIn())
    try apiSignedIn.register(collection: UnitsAPIController())
    try apiSignedIn.register(collection: UsersAPIController())
    try apiSignedIn.register(collection: AuditAPIController())
    try apiSignedIn.register(collection: TasksAPIController())
    try apiSignedIn.register(collection: DocumentsAPIController())
    try apiSignedIn.register(collection: StatsAPIController())
    try apiSignedIn.register(collection: IndicatorsAPIController())
    try apiSignedIn.register(collection: ReportRequestsAPIController())
    try apiSignedIn.register(collection: ReportingAPIController())
    try apiSignedIn.register(collection: ProgrammeAPIController())
}
