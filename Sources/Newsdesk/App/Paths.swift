/// Every link the app writes, each built from its `SiteRoute`, with typed parameters. Reader pages take the
/// edition's path prefix: "" for the default edition, "/ru" for others.
enum Paths {
    // MARK: Reader pages

    static func front(_ prefix: String) -> String { SiteRoute.front.path(edition: prefix) }
    static func allNews(_ prefix: String, cursor: String? = nil) -> String {
        SiteRoute.allNews.path(edition: prefix, query: ["cursor": cursor])
    }
    static func section(_ prefix: String, _ slug: String, cursor: String? = nil) -> String {
        SiteRoute.section.path(slug, edition: prefix, query: ["cursor": cursor])
    }
    static func tag(_ prefix: String, _ slug: String, cursor: String? = nil) -> String {
        SiteRoute.tag.path(slug, edition: prefix, query: ["cursor": cursor])
    }
    /// An article; `sort` and `cursor` page through its comments.
    static func article(_ prefix: String, _ slug: String, sort: String? = nil, cursor: String? = nil, fragment: String? = nil) -> String {
        SiteRoute.article.path(slug, edition: prefix, query: ["sort": sort, "cursor": cursor], fragment: fragment)
    }
    static func multimedia(_ prefix: String) -> String { SiteRoute.multimedia.path(edition: prefix) }
    static func gallery(_ prefix: String, _ slug: String) -> String { SiteRoute.gallery.path(slug, edition: prefix) }
    static func short(_ code: String) -> String { SiteRoute.shortLink.path(code) }
    static func media(_ fileName: String) -> String { SiteRoute.media.path(fileName) }
    static let sitemap = SiteRoute.sitemap.path()
    static let newsSitemap = SiteRoute.newsSitemap.path()
    static func sitemapPart(_ file: String) -> String { SiteRoute.sitemapPart.path(file) }
    static func rss(_ prefix: String) -> String { SiteRoute.editionRSS.path(edition: prefix) }
    static func atom(_ prefix: String) -> String { SiteRoute.editionAtom.path(edition: prefix) }
    static func jsonFeed(_ prefix: String) -> String { SiteRoute.editionJSON.path(edition: prefix) }
    static func sectionRSS(_ prefix: String, _ slug: String) -> String { SiteRoute.sectionRSS.path(slug, edition: prefix) }
    static func tagRSS(_ prefix: String, _ slug: String) -> String { SiteRoute.tagRSS.path(slug, edition: prefix) }
    /// The search page; with `query` its results, refined by the other parameters.
    static func search(_ prefix: String, query: String? = nil, section: String? = nil, from: String? = nil, to: String? = nil,
                       sort: String? = nil, cursor: String? = nil) -> String {
        SiteRoute.search.path(edition: prefix, query: ["q": query, "section": section, "from": from, "to": to, "sort": sort, "cursor": cursor])
    }
    /// Title suggestions for the search box (JSON).
    static func searchSuggest(edition code: String) -> String {
        SiteRoute.apiSearchSuggest.path(query: ["edition": code])
    }
    /// A file of `Public/static`, served by the file middleware rather than a route.
    static func asset(_ name: String) -> String { "/static/" + name }
    /// Everything under it answers JSON.
    static let apiPrefix = "/api/"

    // MARK: Accounts
    // Account and policy pages exist in every edition (`/ru/account/register`): `prefix` keeps a reader in theirs.

    static func register(_ prefix: String = "") -> String { SiteRoute.accountRegister.path(edition: prefix) }
    static func login(_ prefix: String = "", next: String? = nil) -> String {
        SiteRoute.accountLogin.path(edition: prefix, query: ["next": next])
    }
    static let logout = SiteRoute.accountLogout.path()
    static func recover(_ prefix: String = "") -> String { SiteRoute.accountRecover.path(edition: prefix) }
    static func reset(_ prefix: String = "") -> String { SiteRoute.accountReset.path(edition: prefix) }
    static func settings(_ prefix: String = "", done: String? = nil) -> String {
        SiteRoute.accountSettings.path(edition: prefix, query: ["done": done])
    }
    static func settingsName(_ prefix: String = "") -> String { SiteRoute.accountSettingsName.path(edition: prefix) }
    static func settingsPassword(_ prefix: String = "") -> String { SiteRoute.accountSettingsPassword.path(edition: prefix) }
    static func settingsEmail(_ prefix: String = "") -> String { SiteRoute.accountSettingsEmail.path(edition: prefix) }
    static func settingsAvatar(_ prefix: String = "") -> String { SiteRoute.accountSettingsAvatar.path(edition: prefix) }
    static func settingsLanguage(_ prefix: String = "") -> String { SiteRoute.accountSettingsLanguage.path(edition: prefix) }
    static func deleteAccount(_ prefix: String = "") -> String { SiteRoute.accountDelete.path(edition: prefix) }
    static func restore(_ prefix: String = "") -> String { SiteRoute.accountRestore.path(edition: prefix) }
    /// The links account mails carry (a token in the query), in the member's edition.
    static func confirmEmail(token: String, prefix: String = "") -> String { SiteRoute.accountConfirm.path(edition: prefix, query: ["token": token]) }
    static func resetPassword(token: String, prefix: String = "") -> String { SiteRoute.accountReset.path(edition: prefix, query: ["token": token]) }
    static func confirmEmailChange(token: String, prefix: String = "") -> String {
        SiteRoute.accountConfirmEmailChange.path(edition: prefix, query: ["token": token])
    }
    static func restoreAccount(token: String, prefix: String = "") -> String { SiteRoute.accountRestore.path(edition: prefix, query: ["token": token]) }
    static func twoFactor(_ prefix: String = "") -> String { SiteRoute.accountTwoFactor.path(edition: prefix) }
    static func unblock(_ prefix: String = "") -> String { SiteRoute.accountUnblock.path(edition: prefix) }
    static func privacy(_ prefix: String = "") -> String { SiteRoute.privacy.path(edition: prefix) }
    static func communityStandards(_ prefix: String = "") -> String { SiteRoute.communityStandards.path(edition: prefix) }
    /// Sign-in with an outside account: where it starts, where the provider sends the browser back, and the steps
    /// of a first sign-in.
    static func openIDStart(_ provider: String, next: String? = nil) -> String {
        SiteRoute.accountOpenIDStart.path(provider, query: ["next": next])
    }
    static func openIDCallback(_ provider: String) -> String { SiteRoute.accountOpenIDCallback.path(provider) }
    static func openIDContinue(lang: String? = nil) -> String { SiteRoute.accountOpenIDContinue.path(query: ["lang": lang]) }
    static let openIDLink = SiteRoute.accountOpenIDLink.path()
    static let openIDCreate = SiteRoute.accountOpenIDCreate.path()
    static let openIDSecondFactor = SiteRoute.accountOpenIDSecondFactor.path()
    static let openIDUnlink = SiteRoute.accountOpenIDUnlink.path()

    // MARK: Administration

    static func adminUsers(done: String? = nil) -> String { SiteRoute.adminUsers.path(query: ["done": done]) }
    static func adminUserRole(_ id: Int) -> String { SiteRoute.adminUserRole.path(String(id)) }
    static let adminMail = SiteRoute.adminMail.path()

    // MARK: Discussion

    static func thread(_ articleID: Int) -> String { SiteRoute.thread.path(String(articleID)) }
    static func threadLive(_ articleID: Int) -> String { SiteRoute.threadLive.path(String(articleID)) }
    static func commentEdit(_ id: Int) -> String { SiteRoute.commentEdit.path(String(id)) }
    static func commentDelete(_ id: Int) -> String { SiteRoute.commentDelete.path(String(id)) }
    static func commentLike(_ id: Int) -> String { SiteRoute.commentLike.path(String(id)) }
    static func commentReport(_ id: Int) -> String { SiteRoute.commentReport.path(String(id)) }

    // MARK: The moderation desk

    static func moderationQueue(done: String? = nil, cursor: String? = nil, rule: String? = nil, sort: String? = nil) -> String {
        SiteRoute.moderationQueue.path(query: ["done": done, "cursor": cursor, "rule": rule, "sort": sort])
    }
    static func moderationDecision(_ commentID: Int) -> String { SiteRoute.moderationDecision.path(String(commentID)) }
    static func moderationEdit(_ commentID: Int) -> String { SiteRoute.moderationEdit.path(String(commentID)) }
    static func moderationMember(_ userID: Int, done: String? = nil) -> String {
        SiteRoute.moderationMember.path(String(userID), query: ["done": done])
    }
    static func moderationBlock(_ userID: Int) -> String { SiteRoute.moderationBlock.path(String(userID)) }
    static func moderationDeleteMember(_ userID: Int) -> String { SiteRoute.moderationDeleteMember.path(String(userID)) }
    static let moderationBulk = SiteRoute.moderationBulk.path()
    static func moderationUnblockRequests(done: String? = nil) -> String {
        SiteRoute.moderationUnblockRequests.path(query: ["done": done])
    }
    static func moderationUnblockDecision(_ requestID: Int) -> String { SiteRoute.moderationUnblockDecision.path(String(requestID)) }
    static func moderationAudit(search: String? = nil, cursor: String? = nil) -> String {
        SiteRoute.moderationAudit.path(query: ["q": search, "cursor": cursor])
    }
    static func moderationPolicy(edition: String? = nil, done: String? = nil) -> String {
        SiteRoute.moderationPolicy.path(query: ["edition": edition, "done": done])
    }
    static let moderationReport = SiteRoute.moderationReport.path()
    static let moderationLive = SiteRoute.moderationLive.path()
}
