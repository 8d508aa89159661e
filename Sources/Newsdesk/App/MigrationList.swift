import Fluent

/// The one ordered, append-only list of migrations. Never reorder or edit a shipped entry: add a new one.
enum MigrationList {
    static let all: [any Migration] = [
        CreateEditions(),
        CreateUsers(),
        CreateMedia(),
        CreateGalleries(),
        CreateSectionsAndTags(),
        CreateArticles(),
        CreateAccounts(),
        CreateOutbox(),
        CreateDiscussion(),
        CreateModeration(),
        CreateEditionPolicies(),
        CreateSpamModels(),
        IndexCommentsByAuthorStatus(),
        CreateNewsroom(),
        CreateJobs(),
        CreateMediaLibrary(),
        CreateSectionRedirects(),
        CreateSearchIndex(),
        CreateLive(),
        CreateImportSources(),
        CreateIdentities(),
        AddUserLanguage(),
        CreateSitemapMonths(),
        UnloggedRateCounters(),
        IndexLiveBlogs(),
        IndexRecentComments(),
    ]
}
