import DieuHanhCore
import Fluent
import Vapor

/// Sets up the application: configuration, database, migrations, sessions, middleware, routes, commands.
public func configure(_ app: Application, config: AppConfig) async throws {
    app.config = config
    app.signInThrottle = SignInThrottle(limits: config.signInLimits)
    app.setUpWriteGate()
    app.setUpSharedCache()
    try app.useDatabase(config.database)
    try app.useReadReplicas(config.replicaURLs)
    app.registerMigrations()
    if config.prepareDatabaseOnBoot {
        app.lifecycle.use(PrepareDatabase(ensureAdmin: config.ensureAdminOnBoot))
    }

    app.setUpWorkPool()
    // Multipart bodies are checked before MultipartKit reads them (see CheckedFormDataDecoder).
    ContentConfiguration.global.use(decoder: CheckedFormDataDecoder(), for: .formData)
    app.dummyPasswordHash = try Bcrypt.hash(Passwords.generate(), cost: config.bcryptCost)

    app.sessions.use { _ in UnchangedSessionsSkipped(inner: AccountSessions()) }
    let secure = config.secureCookies
    app.sessions.configuration = SessionsConfiguration(cookieName: "dieuhanh-session") { id in
        HTTPCookies.Value(
            string: id.string, expires: nil, maxAge: Int(AccountSessions.lifetime), path: "/", isSecure: secure,
            isHTTPOnly: true, sameSite: .lax)
    }

    // Outermost first: every response gets the security headers, error pages too; errors become pages or JSON;
    // sessions are available everywhere (the error page needs them too).
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware(secure: config.secureCookies))
    app.middleware.use(InFlightMiddleware(requests: app.inFlightRequests))
    app.middleware.use(RouteLoggingMiddleware(logLevel: .info))
    app.middleware.use(ErrorMiddleware())
    app.middleware.use(app.sessions.middleware)
    app.middleware.use(ReadYourWritesMiddleware())
    app.routes.defaultMaxBodySize = "2mb"
    // Longer than any request should take: the server's own stop waits this long for open connections to finish
    // (Application.stopServing), and giving up earlier left handlers running against closed databases.
    app.http.server.configuration.shutdownTimeout = .seconds(Int64(Application.stopGrace.components.seconds))

    try routes(app)

    app.asyncCommands.use(MigrateOnlyCommand(), as: "migrate")
    app.asyncCommands.use(ImportCommands(), as: "import")
    app.asyncCommands.use(AuditCommands(), as: "audit")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(StatsCommands(), as: "stats")
    app.asyncCommands.use(ReportCommands(), as: "report")
    app.asyncCommands.use(ReportingCommands(), as: "reports")
    app.asyncCommands.use(RemindCommands(), as: "remind")
    app.asyncCommands.use(LevelsCommands(), as: "levels")
    app.lifecycle.use(ServingJob.reportingSweep)
    app.lifecycle.use(ServingJob.fileStoreSweep)
    app.lifecycle.use(ServingJob.taskReminders)
    app.lifecycle.use(LevelDelivery.job)
    app.lifecycle.use(LevelFiguresOutbox.job)
}

func routes(_ app: Application) throws {
    try app.register(collection: AssetsController())
    try app.register(collection: HealthController())

    // The browser: sessions, CSRF on every form, sign-in required except for the sign-in page itself.
    let web = app.grouped(SessionUserAuthenticator(), BodyLimitMiddleware(), CSRFMiddleware())
    try web.register(collection: SignInController())
    let signedIn = web.grouped(RequireSignIn())
    try signedIn.register(collection: HomeController())
    try signedIn.register(collection: ProfileController())
    try signedIn.register(collection: UnitsController())
    try signedIn.register(collection: UsersController())
    try signedIn.register(collection: AuditController())
    try signedIn.register(collection: TasksController())
    try signedIn.register(collection: TaskPointsController())
    try signedIn.register(collection: EmulationController())
    try signedIn.register(collection: TaskFocusController())
    try signedIn.register(collection: UrgingController())
    try signedIn.register(collection: TrackerController())
    try signedIn.register(collection: TaskRemindersController())
    try signedIn.register(collection: DocumentsController())
    try signedIn.register(collection: AttachmentsController())
    try signedIn.register(collection: StatsController())
    try signedIn.register(collection: IndicatorsController())
    try signedIn.register(collection: ReportsController())
    try signedIn.register(collection: ReviewDraftsController())
    try signedIn.register(collection: OfficeCountsController())
    try signedIn.register(collection: CalendarController())
    try signedIn.register(collection: ReportRequestsController())
    try signedIn.register(collection: ReportingRegimesController())
    try signedIn.register(collection: ProgrammeController())
    try signedIn.register(collection: MeetingsController())
    try signedIn.register(collection: LevelsController())
    try signedIn.register(collection: LevelFiguresController())
    try signedIn.register(collection: LevelReviewsController())

    // The API: bearer tokens (or the browser's session for reads from its own pages), JSON errors.
    let api = app.grouped("api", "v1")
    try api.register(collection: OpenAPIController())
    // Linked deployments sign their messages: no user signs in on this route.
    try api.grouped(BodyLimitMiddleware()).register(collection: LevelInboxController())
    try api.grouped(BodyLimitMiddleware()).register(collection: AuthAPIController())
    let apiSignedIn = api.grouped(BearerTokenAuthenticator(), BodyLimitMiddleware(), RequireSignIn())
    try apiSignedIn.register(collection: UnitsAPIController())
    try apiSignedIn.register(collection: UsersAPIController())
    try apiSignedIn.register(collection: AuditAPIController())
    try apiSignedIn.register(collection: TasksAPIController())
    try apiSignedIn.register(collection: UrgingAPIController())
    try apiSignedIn.register(collection: DocumentsAPIController())
    try apiSignedIn.register(collection: StatsAPIController())
    try apiSignedIn.register(collection: IndicatorsAPIController())
    try apiSignedIn.register(collection: ReportRequestsAPIController())
    try apiSignedIn.register(collection: ReportingAPIController())
    try apiSignedIn.register(collection: ProgrammeAPIController())
    try apiSignedIn.register(collection: MeetingsAPIController())
    try apiSignedIn.register(collection: ReviewDraftsAPIController())
    try apiSignedIn.register(collection: LevelFiguresAPIController())
}
