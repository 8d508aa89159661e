import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Crypto
import Leaf
import Standards
import NIOCore
import SQLKit
import Vapor

/// Options that tests and benchmarks change; production uses the defaults.
public struct ConfigureOptions: Sendable {
    public var bcryptCost: Int = 12
    public var clock: @Sendable () -> Date = { Date() }
    public var startBackgroundJobs: Bool = true
    /// Delay per failed log-in in a row; tests shorten it.
    public var loginFailureDelay: TimeInterval = 0.25
    /// Proof-of-work difficulty of the captcha; tests lower it.
    public var captchaDifficultyBits: Int = 18

    public init() {}
}

/// Wires the application: storage, templates, services, routes, commands and background jobs.
public func configure(_ app: Application, config: Config, options: ConfigureOptions = .init()) async throws {
    app.directory = DirectoryConfiguration(workingDirectory: config.resourcesDirectory + "/")
    // SQLite calls and file reads block a thread each. The shared default pool has one thread per core, so a write
    // waiting out a lock (up to StoreLimits.waitSeconds) would stall every other query and static file meanwhile;
    // this node gets a pool of its own, large enough that a waiting write never holds up the rest.
    app.threadPool = NIOThreadPool(numberOfThreads: max(8, System.coreCount * 4))

    let bus = NodeBus(logger: app.logger)
    var busListener: PostgresBusListener?
    switch config.store {
    case .sqlite(let path):
        app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(Int64(StoreLimits.waitSeconds)), sqlLogLevel: .debug), as: .sqlite)
        // WAL lets readers go on while a write commits; the setting is stored in the file.
        if let sql = app.db as? any SQLDatabase {
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        }
        try await StoreLimits.boundSQLiteWaits(app)
    case .postgres(let url):
        var pg = try SQLPostgresConfiguration(url: url)
        pg.searchPath = nil
        // A write waiting for a row or table lock gives up after a bounded wait (answered 503), and a transaction
        // left open by a stuck request cannot hold its locks for ever.
        pg.coreConfiguration.options.additionalStartupParameters = [
            ("lock_timeout", "\(StoreLimits.waitSeconds * 1000)"), ("idle_in_transaction_session_timeout", "60000"),
        ]
        // Several nodes may serve this database: each listens for the others' invalidations and live events.
        busListener = PostgresBusListener(bus: bus, configuration: pg.coreConfiguration)
        app.databases.use(.postgres(configuration: pg, maxConnectionsPerEventLoop: 4,
                                    connectionPoolTimeout: .seconds(Int64(StoreLimits.waitSeconds)), sqlLogLevel: .debug), as: .psql)
    }
    for migration in MigrationList.all { app.migrations.add(migration) }

    app.views.use(.leaf)

    let clock = AppClock(now: options.clock)
    let cache = PageCache(budgetBytes: config.pageCacheBytes, bus: bus)
    let metrics = SiteMetrics()
    let transport: any MailTransport
    if let url = config.smtpURL {
        transport = SMTPTransport(configuration: try SMTPConfiguration.parse(url: url), eventLoopGroup: app.eventLoopGroup, logger: app.logger)
    } else {
        transport = FileTransport(directory: config.dataDirectory + "/mail")
    }
    let mailer = Mailer(transport: transport, clock: clock,
                        fromAddress: Mailbox.parse(config.mailFrom) ?? MailAddress(email: "no-reply@newsdesk.test", name: "Newsdesk"),
                        hostName: URL(string: config.baseURL ?? "")?.host ?? "newsdesk.local")
    // One limiter for every feature: on SQLite (one node) its counts are in memory and must be shared by all.
    let limiter: RateLimiter
    if case .sqlite = config.store { limiter = RateLimiter(clock: clock, inMemory: true) } else { limiter = RateLimiter(clock: clock) }
    let accounts = AccountService(
        clock: clock, mailer: mailer,
        captcha: Captcha(key: SymmetricKey(data: config.secretKey), difficultyBits: options.captchaDifficultyBits),
        sessions: SessionStore(clock: clock), throttle: LoginThrottle(clock: clock), limiter: limiter,
        policies: PolicyPages(clock: clock), bcryptCost: options.bcryptCost, failureDelay: options.loginFailureDelay,
        logger: app.logger)
    let live = LiveHub(bus: bus)
    bus.onMessage { message in
        switch message {
        case .invalidate(let tags): cache.invalidateLocally(tags: Set(tags))
        case .live(let key, let id, let name, let data):
            if let topic = LiveTopic(key: key) { live.publishLocally(topic, LiveEvent(id: id, name: name, data: data)) }
        }
    }
    let standards = StandardsDesk(clock: clock)
    let editions = EditionService()
    let users = UserService(clock: clock, bcryptCost: options.bcryptCost)
    let articles = ArticleService(clock: clock, shortCodeKey: config.shortCodeKey, cache: cache,
                                  search: SearchIndexer(editions: editions), editions: editions)
    var discussion = DiscussionService(
        clock: clock, limiter: limiter, sanctions: SanctionService(), articles: articles, judge: standards,
        users: users, editions: editions,
        nearDuplicates: NearDuplicateIndex(window: 3600), live: live, cache: cache, outletNames: ["Newsdesk"],
        allowedDomains: Set([URL(string: config.baseURL ?? "")?.host].compactMap { $0 }), logger: app.logger)
    discussion.commentsPerIPMinute = config.commentsPerIPMinute
    app.newsdesk = AppServices(
        config: config,
        clock: clock,
        editions: editions,
        articles: articles,
        search: SearchService(clock: clock, articles: articles),
        galleries: GalleryService(clock: clock, cache: cache),
        media: MediaStore(directory: config.dataDirectory + "/media", clock: clock),
        users: users,
        views: ViewCounter(),
        pageCache: cache,
        metrics: metrics,
        accounts: accounts,
        identities: IdentityService(accounts: accounts, logger: app.logger),
        openID: OpenIDClient(configs: config.openIDProviders, problems: config.openIDProblems,
                             transport: VaporOpenIDTransport(client: app.client), logger: app.logger),
        avatars: AvatarService(mediaDirectory: config.dataDirectory + "/media", images: ImageTool(path: ImageTool.find()),
                               limiter: limiter, clock: clock),
        mailer: mailer,
        discussion: discussion,
        live: live,
        moderation: ModerationService(clock: clock, discussion: discussion, articles: articles, editions: editions, users: users,
                                      standards: standards, sanctions: SanctionService(), mailer: mailer, logger: app.logger),
        drain: NodeDrain()
    )

    app.middleware = .init()
    app.middleware.use(MetricsMiddleware(metrics: metrics))
    app.middleware.use(RouteLoggingMiddleware(logLevel: .debug))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(ErrorPageMiddleware())
    app.middleware.use(RequestLimitsMiddleware())
    app.middleware.use(StaticFilesMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(MemberMiddleware())
    app.middleware.use(CSRFMiddleware())

    try routes(app)
    // Cached pages are answered before routing; everything else goes through the routes and the middleware above.
    // Vapor's own request metrics (swift-metrics, never bootstrapped here) would only cost time: `/metrics` has ours.
    app.http.server.configuration.reportMetrics = false
    // No client here sends compressed bodies (forms, JSON, uploads go as they are): without the decompressor every
    // request passes one pipeline handler fewer; a body that says it is compressed gets 415 (RequestLimitsMiddleware).
    app.http.server.configuration.requestDecompression = .disabled
    app.responder.use { app in CachedPageLane(next: app.responder.default, services: app.newsdesk) }

    registerCommands(app)

    app.lifecycle.use(FirstStart())
    app.lifecycle.use(OpenIDStart())
    if let busListener { app.lifecycle.use(busListener) }
    // `: ping` to every open live stream, so proxies that close idle connections keep them open: one timer a node.
    app.lifecycle.use(PeriodicWork(every: 15) { live.heartbeat() })
    app.lifecycle.use(PeriodicWork(every: 5, whileServing: true) { MemoryTrim.now() })
    if options.startBackgroundJobs {
        app.lifecycle.use(BackgroundJobs(flushInterval: config.viewFlushInterval))
    }
}

/// The commands of the binary: `serve` (Vapor's, with a graceful drain) and the one-off tasks (besides Vapor's `routes`).
func registerCommands(_ app: Application) {
    app.asyncCommands.use(DrainingServeCommand(), as: "serve", isDefault: true)
    app.asyncCommands.use(MigrateCommand(), as: "migrate")
    app.asyncCommands.use(SeedCommand(), as: "seed")
    app.asyncCommands.use(UserCommand(), as: "user")
    app.asyncCommands.use(StandardsCommand(), as: "standards")
    app.asyncCommands.use(SearchCommand(), as: "search")
    app.asyncCommands.use(ImportCommand(), as: "import")
}

func routes(_ app: Application) throws {
    try app.register(collection: HealthController())
    try app.register(collection: MetricsController())
    try app.register(collection: SyndicationController())
    try app.register(collection: ReaderController())
    try app.register(collection: SearchController())
    try app.register(collection: WordPressLinks())
    try app.register(collection: GalleryController())
    try app.register(collection: MediaController())
    try app.register(collection: FeedsController())
    try app.register(collection: APIController())
    try app.register(collection: SessionsAPIController())
    try app.register(collection: OpenAPIController(directory: app.directory))
    try app.register(collection: AccountController())
    try app.register(collection: OpenIDController())
    try app.register(collection: AdminController())
    try app.register(collection: DiscussionController())
    try app.register(collection: DiscussionAPI())
    try app.register(collection: ModerationAPI())
    try app.register(collection: ModerationController())
    try app.register(collection: NewsroomAPI())
    try app.register(collection: MediaAPI())
    try app.register(collection: NewsroomController())
    try app.register(collection: MediaLibraryController())
    try app.register(collection: LiveAPI())
    try app.register(collection: LiveController())
}
