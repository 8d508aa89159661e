import Foundation
import Testing
@testable import Newsdesk

/// The demo content files load whole, and every reference between them resolves.
@Suite("Demo content")
struct DemoContentTests {
    @Test func loadsBothEditionsWithAllTheirArticlesAndGalleries() throws {
        let editions = try DemoContentLoader.bundled()
        #expect(editions.map(\.code) == ["en", "ru", "ar"])
        #expect(editions.map(\.articles.count) == [60, 30, 5])
        #expect(editions.map(\.sections.count) == [7, 6, 6])
        #expect(editions.map(\.galleries.count) == [2, 1, 0])
        #expect(editions.filter(\.isDefault).map(\.code) == ["en"])
        let first = try #require(editions.first?.articles.first)
        #expect(first.key == "en-markets-rally-rates-hold")
        #expect(first.tags == ["Central banks", "Markets", "Inflation"])
        #expect(first.photo.scene == .skyline)
        #expect(first.body.hasPrefix("Investors wasted little time"))
        #expect(first.body.hasSuffix("\"The Bank has been very careful not to promise anything.\""))
    }

    @Test func everyKeyIsUniqueAndEveryReferenceResolvesWithinItsEdition() throws {
        let editions = try DemoContentLoader.bundled()
        let allKeys = editions.flatMap { $0.articles.map(\.key) }
        #expect(Set(allKeys).count == allKeys.count)
        #expect(editions.flatMap(\.articles).flatMap { Self.embeds(in: $0.body) }.count >= 40)
        for edition in editions {
            let keys = Set(edition.articles.map(\.key))
            let sections = Set(edition.sections.map(\.key))
            for article in edition.articles {
                #expect(sections.contains(article.section), "\(article.key): section \(article.section)")
                #expect(!article.title.isEmpty && !article.summary.isEmpty && !article.body.isEmpty, "\(article.key)")
                for key in article.related {
                    #expect(keys.contains(key), "\(article.key): related \(key)")
                }
                for key in Self.embeds(in: article.body) {
                    #expect(keys.contains(key), "\(article.key): {{related:\(key)}}")
                }
            }
            for gallery in edition.galleries {
                #expect(gallery.photos.count >= 8, "\(gallery.key)")
            }
        }
    }

    @Test func everyArticleFileIsListedInItsEdition() throws {
        let root = try DemoContentLoader.bundledFolder()
        for edition in try DemoContentLoader.bundled() {
            let folder = root.appendingPathComponent(edition.code).appendingPathComponent("articles")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            #expect(Set(files) == Set(edition.articles.map { "\($0.key).md" }))
        }
    }

    @Test func readsFrontMatterAndBody() throws {
        let text = """
        ---
        key: demo-one
        section: world
        title: A title: with a colon
        summary: One sentence.
        tags: Storms, Climate
        author: A. Writer
        hours_ago: -30
        photo_scene: storm
        photo_caption: Rain.
        photo_credit: Agency / Photographer
        photo_alt: Dark clouds
        recommended: true
        related:
        ---

        First paragraph.

        {{related:demo-two}}

        """
        let article = try DemoContentLoader.article(from: text, file: "demo-one.md")
        #expect(article.title == "A title: with a colon")
        #expect(article.tags == ["Storms", "Climate"])
        #expect(article.hoursAgo == -30)
        #expect(article.recommended)
        #expect(article.related.isEmpty)
        #expect(article.body == "First paragraph.\n\n{{related:demo-two}}")
    }

    @Test(arguments: [
        ("title: T", "no front matter"),
        ("---\nkey: k\n---\nbody", "section is missing"),
        ("---\nkey: k\nkey: k\n---\n", "key appears twice"),
    ])
    func refusesMalformedArticles(text: String, problem: String) {
        #expect {
            try DemoContentLoader.article(from: text, file: "bad.md")
        } throws: { error in
            "\(error)".contains(problem)
        }
    }

    @Test func refusesAnUnknownKeyOrScene() throws {
        let valid = try String(contentsOf: DemoContentLoader.bundledFolder()
            .appendingPathComponent("en/articles/en-markets-rally-rates-hold.md"), encoding: .utf8)
        #expect(throws: Never.self) { try DemoContentLoader.article(from: valid, file: "a.md") }
        let misspelt = valid.replacingOccurrences(of: "recommended: false", with: "recommended: false\nbyline: Someone")
        #expect { try DemoContentLoader.article(from: misspelt, file: "a.md") } throws: { "\($0)".contains("unknown keys byline") }
        let moon = valid.replacingOccurrences(of: "photo_scene: skyline", with: "photo_scene: moon")
        #expect { try DemoContentLoader.article(from: moon, file: "a.md") } throws: { "\($0)".contains("unknown photo_scene moon") }
    }

    private static func embeds(in body: String) -> [String] {
        body.matches(of: /\{\{related:([^}]+)\}\}/).map { String($0.output.1) }
    }
}
