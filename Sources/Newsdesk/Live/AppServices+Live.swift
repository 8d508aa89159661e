extension AppServices {
    /// Built from the services configure made; it holds nothing of its own.
    var liveBlogs: LiveBlogService {
        LiveBlogService(clock: clock, hub: live, articles: articles, editions: editions, cache: pageCache)
    }
}
