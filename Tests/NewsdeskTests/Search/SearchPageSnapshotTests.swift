import Foundation
import NewsText
import Testing
@testable import Newsdesk

/// The search page built from fixed results, without a request or a database.
@Suite("Search page snapshots")
struct SearchPageSnapshotTests {
    typealias F = PageFixtures

    static func outcome(_ query: String, total: Int, next: String?, suggestion: String? = nil) throws -> SearchOutcome {
        let q = try SearchQuery.parse(query)
        let stems = Set(q.stemmed(language: "en").requiredWords)
        let results = [F.story(1, "Storm floods the harbour"), F.story(2, "Harbour reopens after the storm", hoursAgo: 5)].map {
            SearchResult(article: $0, snippet: SearchText.snippet($0.summary + " The storm <came> at dawn.", stems: stems, language: "en"))
        }
        return SearchOutcome(query: q, results: total == 0 ? [] : results, total: total, nextCursor: next,
                             suggestion: suggestion, section: nil, sort: .relevance)
    }

    @Test func resultsWithSnippetsFiltersAndNextPage() async throws {
        let asked = SearchPage.Asked(q: "storms", section: "world", from: "2017-09-01", to: "", sort: "", cursor: nil)
        let model = SearchPage.build(F.context(), asked: asked, outcome: try Self.outcome("storms", total: 42, next: SearchService.cursor(offset: 20)),
                                     failure: nil)
        let html = try await Snapshot.check("Search/search", model, named: "search-results")
        #expect(html.contains("42 results"))
        #expect(html.contains("<mark>storm</mark>") && html.contains("&lt;came&gt;"))
        #expect(html.contains("value=\"storms\""))
        #expect(html.contains("<option value=\"world\" selected>World</option>"))
        #expect(html.contains("href=\"/search?q=storms&amp;section=world&amp;from=2017-09-01&amp;cursor="))
    }

    @Test func nothingFoundInRussianWithDidYouMean() async throws {
        let asked = SearchPage.Asked(q: "ураган", section: "", from: "", to: "", sort: "newest", cursor: nil)
        let model = SearchPage.build(F.context(F.russian), asked: asked,
                                     outcome: try Self.outcome("ураган", total: 0, next: nil, suggestion: "ураганы"), failure: nil)
        let html = try await Snapshot.check("Search/search", model, named: "search-none-ru")
        #expect(html.contains("По запросу «ураган» ничего не найдено."))
        #expect(html.contains("Возможно, вы имели в виду: <a href=\"/ru/search?q=%D1%83%D1%80%D0%B0%D0%B3%D0%B0%D0%BD%D1%8B&amp;sort=newest\">ураганы</a>"))
        #expect(html.contains("action=\"/ru/search\""))
    }

    @Test func aQueryTooLongKeepsWhatWasTypedAndSaysWhatToFix() async throws {
        let long = String(repeating: "storm ", count: 40)
        let failure = SearchError.invalid(message: SearchQuery.Problem.tooLong.message, fields: ["q": SearchQuery.Problem.tooLong.message]).answer
        let model = SearchPage.build(F.context(), asked: .init(q: long), outcome: nil, failure: failure)
        let html = try await Snapshot.check("Search/search", model, named: "search-too-long")
        #expect(html.contains("role=\"alert\">A search can be at most 200 characters long."))
        #expect(html.contains("aria-invalid=\"true\""))
    }

    /// The same refusal on the Russian and Arabic editions: the limit in their words and plural forms.
    @Test func aQueryTooLongIsExplainedInTheEditionsLanguage() async throws {
        let failure = SearchError.invalid(message: SearchQuery.Problem.tooLong.message, fields: ["q": SearchQuery.Problem.tooLong.message]).answer
        let ru = try await Snapshot.render("Search/search", SearchPage.build(F.context(F.russian), asked: .init(q: "шторм"), outcome: nil, failure: failure))
        #expect(ru.contains("role=\"alert\">Запрос может быть не длиннее 200 символов."))
        let ar = try await Snapshot.render("Search/search", SearchPage.build(F.context(F.arabic), asked: .init(q: "عاصفة"), outcome: nil, failure: failure))
        #expect(ar.contains("role=\"alert\">لا يتجاوز البحث 200 حرف."))
        #expect(!ru.contains("characters long") && !ar.contains("characters long"))
    }
}

