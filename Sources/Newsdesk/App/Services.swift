import Vapor

/// The services of the application, built once in `configure` and reached from the application's storage.
/// A class: every request reads it (`req.newsdesk`), and copying a struct of twenty services retained and released
/// each of them, several percent of a cached page in a profile.
final class AppServices: Sendable {
    let config: Config
    let clock: AppClock
    let editions: EditionService
    let articles: ArticleService
    let search: SearchService
    let galleries: GalleryService
    let media: MediaStore
    let users: UserService
    let views: ViewCounter
    let pageCache: PageCache
    let metrics: SiteMetrics
    let accounts: AccountService
    let identities: IdentityService
    let openID: OpenIDClient
    let avatars: AvatarService
    let mailer: Mailer
    let discussion: DiscussionService
    let live: LiveHub
    let moderation: ModerationService
    /// Set when the node is asked to stop (`serve`'s SIGTERM): see `DrainingServeCommand`.
    let drain: NodeDrain

    init(config: Config,
         clock: AppClock,
         editions: EditionService,
         articles: ArticleService,
         search: SearchService,
         galleries: GalleryService,
         media: MediaStore,
         users: UserService,
         views: ViewCounter,
         pageCache: PageCache,
         metrics: SiteMetrics,
         accounts: AccountService,
         identities: IdentityService,
         openID: OpenIDClient,
         avatars: AvatarService,
         mailer: Mailer,
         discussion: DiscussionService,
         live: LiveHub,
         moderation: ModerationService,
         drain: NodeDrain) {
        self.config = config
        self.clock = clock
        self.editions = editions
        self.articles = articles
        self.search = search
        self.galleries = galleries
        self.media = media
        self.users = users
        self.views = views
        self.pageCache = pageCache
        self.metrics = metrics
        self.accounts = accounts
        self.identities = identities
        self.openID = openID
        self.avatars = avatars
        self.mailer = mailer
        self.discussion = discussion
        self.live = live
        self.moderation = moderation
        self.drain = drain
    }
}

extension Application {
    private struct ServicesKey: StorageKey {
        typealias Value = AppServices
    }

    var newsdesk: AppServices {
        get {
            guard let services = storage[ServicesKey.self] else {
                fatalError("Newsdesk services are used before configure(_:config:) ran")
            }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    var newsdesk: AppServices { application.newsdesk }
}
