import Vapor

/// The services of the application, built once in `configure` and reached from the application's storage.
struct AppServices: Sendable {
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
