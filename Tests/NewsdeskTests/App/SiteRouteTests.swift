import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Routes and links come from one vocabulary: every registered route is a `SiteRoute` (and every `SiteRoute` is
/// registered), and links fill the same patterns with their parameters encoded.
@Suite("Site routes")
struct SiteRouteTests {
    /// "GET /articles/:slug", as Vapor lists its routes.
    static func key(_ method: HTTPMethod, _ path: [String]) -> String { "\(method.rawValue) /" + path.joined(separator: "/") }

    static var declared: Set<String> {
        var keys = Set<String>()
        for route in SiteRoute.allCases {
            for method in route.methods {
                keys.insert(key(method, route.segments))
                if route.isPerEdition || route.isAlsoInEditions { keys.insert(key(method, [":edition"] + route.segments)) }
            }
        }
        return keys
    }

    @Test func everyRegisteredRouteIsOneTheVocabularyDeclaresAndEveryDeclaredRouteIsRegistered() async throws {
        try await withTestApp { app in
            let registered = Set(app.routes.all.map { Self.key($0.method, $0.path.map(\.description)) })
            #expect(registered.subtracting(Self.declared).sorted() == [], "registered without a SiteRoute")
            #expect(Self.declared.subtracting(registered).sorted() == [], "declared but not registered")
        }
    }

    @Test(arguments: [
        (Paths.front(""), "/"),
        (Paths.front("/ru"), "/ru/"),
        (Paths.allNews("/ru"), "/ru/news"),
        (Paths.section("", "world", cursor: "abc_-1"), "/section/world?cursor=abc_-1"),
        (Paths.article("", "storm", sort: "newest", fragment: "comments"), "/articles/storm?sort=newest#comments"),
        (Paths.article("", "a b/c?d"), "/articles/a%20b%2Fc%3Fd"),
        (Paths.article("", "a.b_c~d-1"), "/articles/a.b_c~d-1"),
        (Paths.article("", "news!today"), "/articles/news!today"),
        (Paths.section("", "world", cursor: "a.b~c"), "/section/world?cursor=a.b~c"),
        (Paths.gallery("/ru", "шторм"), "/ru/multimedia/%D1%88%D1%82%D0%BE%D1%80%D0%BC"),
        (Paths.login(next: "/articles/storm"), "/account/login?next=/articles/storm"),
        (Paths.login(next: "/news?cursor=a&x=1#top"), "/account/login?next=/news%3Fcursor%3Da%26x%3D1%23top"),
        (Paths.login(), "/account/login"),
        (Paths.moderationQueue(done: "approve 3"), "/moderation?done=approve+3"),
        (Paths.moderationQueue(cursor: "30", rule: "", sort: "oldest"), "/moderation?cursor=30&rule=&sort=oldest"),
        (Paths.moderationAudit(search: "a+b & c", cursor: "100"), "/moderation/audit?q=a%2Bb+%26+c&cursor=100"),
        (Paths.moderationPolicy(edition: "ru", done: "saved"), "/moderation/policy?edition=ru&done=saved"),
        (Paths.adminUserRole(7), "/admin/users/7/role"),
        (Paths.commentLike(12), "/comments/12/like"),
        (Paths.threadLive(7), "/threads/7/live"),
        (SiteRoute.commentFragment.patternPath, "/comments/:id/fragment"),
    ])
    func linksFillTheRoutePatternsWithEncodedValues(_ link: String, _ expected: String) {
        #expect(link == expected)
    }

    /// Templates place the addresses their view models carry; they write none themselves.
    @Test func templatesWriteNoInternalAddressOfTheirOwn() throws {
        let views = URL(fileURLWithPath: packageRoot + "/Resources/Views")
        let files = try #require(FileManager.default.enumerator(at: views, includingPropertiesForKeys: nil)?.allObjects as? [URL])
            .filter { $0.pathExtension == "leaf" }
        #expect(files.count > 10)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for literal in ["href=\"/", "action=\"/", "src=\"/"] {
                #expect(!text.contains(literal), "\(file.path.dropFirst(views.path.count + 1)) writes \(literal)…")
            }
        }
    }

    /// The layout's scripts, stylesheet and icon are files that exist.
    @Test func everyStaticAssetTheLayoutLinksExists() {
        let links = SiteLinks.standard
        for asset in [links.stylesheet, links.icon] + links.scripts {
            #expect(FileManager.default.fileExists(atPath: packageRoot + "/Public" + asset), "\(asset)")
        }
    }
}
