import Fluent
import Foundation
import NewsText
import SQLKit

/// A reader's search as it arrives, before checking: the raw parameters of the page or the API.
struct SearchInput: Sendable {
    var q: String?
    var section: String?
    var from: String?
    var to: String?
    var sort: String?
    var limit: String?
    var cursor: String?
}

/// A found article with the passage that matched.
struct SearchResult: Sendable {
    let article: ArticleSummary
    /// HTML: escaped text with the matched words in `<mark>`.
    let snippet: String
}

struct SearchOutcome: Sendable {
    let query: SearchQuery
    let results: [SearchResult]
    let total: Int
    let nextCursor: String?
    /// "Did you mean": the query with misspelled words corrected from the site's own vocabulary.
    let suggestion: String?
    let section: SectionRef?
    let sort: SearchSort
}

enum SearchError: ExpectedFailure, Equatable {
    case invalid(message: String, fields: [String: String])

    var answer: FailureAnswer {
        switch self {
        case .invalid(let message, let fields):
            FailureAnswer(.unprocessableEntity, "invalid", message, fields: fields.isEmpty ? nil : fields)
        }
    }
}

/// Search for readers: checks what was asked, asks the index, and dresses the hits as results with snippets.
struct SearchService: Sendable {
    let clock: AppClock
    let articles: ArticleService

    static let maxPageSize = 50
    /// Paging stops here: past a thousand results a reader refines the search.
    static let maxOffset = 1_000

    /// A checked search, or every problem with the input at once (422 with `fields`).
    func request(_ input: SearchInput, edition: EditionInfo, on db: any Database) async throws -> (SearchRequest, SectionRef?) {
        var fields: [String: String] = [:]
        var query = SearchQuery(required: [])
        do {
            query = try SearchQuery.parse(input.q ?? "")
        } catch let problem as SearchQuery.Problem {
            fields["q"] = problem.message
        }
        var section: SectionRef?
        if let slug = input.section, !slug.isEmpty {
            section = try await articles.section(edition: edition.id, slug: slug, on: db)
            if section == nil { fields["section"] = "this edition has no section '\(slug.prefix(60))'" }
        }
        let from = Self.day(input.from, field: "from", zone: edition.timeZone, &fields)
        var until = Self.day(input.to, field: "to", zone: edition.timeZone, &fields)
        // `to` is a day: the whole of it counts.
        until = until.map { $0.addingTimeInterval(86_400) }
        if let from, let until, from >= until { fields["to"] = "must not be before the start date" }
        var sort = SearchSort.relevance
        if let raw = input.sort, !raw.isEmpty {
            if let s = SearchSort(rawValue: raw) { sort = s } else { fields["sort"] = "use relevance or newest" }
        }
        var limit = 20
        if let raw = input.limit, !raw.isEmpty {
            if let n = Int(raw), (1...Self.maxPageSize).contains(n) { limit = n }
            else { fields["limit"] = "must be a whole number from 1 to \(Self.maxPageSize)" }
        }
        var offset = 0
        if let raw = input.cursor, !raw.isEmpty {
            if let o = Self.offset(cursor: raw) { offset = o } else { fields["cursor"] = "not a cursor this server gave out" }
        }
        guard fields.isEmpty else {
            throw SearchError.invalid(message: fields["q"] ?? "Some search parameters are not valid.", fields: fields)
        }
        let request = SearchRequest(editionID: edition.id, language: edition.language, query: query, sectionID: section?.id,
                                    from: from, until: until, sort: sort, offset: offset, limit: limit, now: clock.now())
        return (request, section)
    }

    func search(_ input: SearchInput, edition: EditionInfo, on db: any Database) async throws -> SearchOutcome {
        let (request, section) = try await self.request(input, edition: edition, on: db)
        guard let sql = db as? any SQLDatabase else { throw SearchError.invalid(message: "Search is not available.", fields: [:]) }
        let index = SearchIndexes.of(sql)
        let hits = try await index.search(request, on: sql)
        let found = try await articles.summaries(ids: hits.ids, on: db)
        let texts = try await articles.searchTexts(ids: hits.ids, on: db)
        let stems = Set(request.query.stemmed(language: edition.language).requiredWords)
        let results = found.map { a in
            let text = texts[a.id].map { $0.summary + "\n" + $0.body } ?? a.summary
            return SearchResult(article: a, snippet: SearchText.snippet(text, stems: stems, language: edition.language))
        }
        let nextOffset = request.offset + request.limit
        let hasMore = hits.ids.count == request.limit && nextOffset < min(hits.total, SearchHits.countLimit) && nextOffset <= Self.maxOffset
        var suggestion: String?
        if hits.total < 3 && request.offset == 0 {
            suggestion = try await didYouMean(request, found: hits.total, index: index, on: sql)
        }
        return SearchOutcome(query: request.query, results: results, total: hits.total,
                             nextCursor: hasMore ? Self.cursor(offset: nextOffset) : nil, suggestion: suggestion,
                             section: section, sort: request.sort)
    }

    /// The query with unknown words replaced by the closest words the site uses, when that finds more.
    private func didYouMean(_ request: SearchRequest, found: Int, index: any SearchIndex, on sql: any SQLDatabase) async throws -> String? {
        let corrections = try await SearchVocabulary.corrections(for: request.query.requiredWords, editionID: request.editionID, on: sql)
        guard !corrections.isEmpty else { return nil }
        var corrected = request
        corrected.query = SearchQuery(required: request.query.required.map { $0.map { corrections[$0] ?? $0 } },
                                      excluded: request.query.excluded)
        corrected.offset = 0
        corrected.limit = 1
        let better = try await index.search(corrected, on: sql)
        guard better.total > found else { return nil }
        return request.query.replacing(corrections)
    }

    /// Headlines for the search box as a reader types: every word so far, the last one as a prefix.
    func suggest(_ raw: String, edition: EditionInfo, limit: Int = 8, on db: any Database) async throws -> [ArticleSummary] {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count <= SearchQuery.maxLength else {
            throw SearchError.invalid(message: SearchQuery.Problem.tooLong.message, fields: ["q": SearchQuery.Problem.tooLong.message])
        }
        let words = Array(SearchText.words(text).prefix(SearchQuery.maxTerms))
        guard !words.isEmpty else {
            throw SearchError.invalid(message: SearchQuery.Problem.empty.message, fields: ["q": SearchQuery.Problem.empty.message])
        }
        guard let sql = db as? any SQLDatabase else { return [] }
        let ids = try await SearchIndexes.of(sql).titlesStarting(words, editionID: edition.id, language: edition.language,
                                                                 now: clock.now(), limit: limit, on: sql)
        return try await articles.summaries(ids: ids, on: db)
    }

    // MARK: Input

    /// A calendar day (YYYY-MM-DD) as the start of that day in the edition's zone.
    static func day(_ raw: String?, field: String, zone: TimeZone, _ fields: inout [String: String]) -> Date? {
        guard let raw, !raw.isEmpty else { return nil }
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard raw.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1900...9999).contains(y), (1...12).contains(m), (1...31).contains(d),
              let date = calendar.date(from: DateComponents(year: y, month: m, day: d)),
              calendar.component(.day, from: date) == d else {
            fields[field] = "use a date written YYYY-MM-DD"
            return nil
        }
        return date
    }

    /// Cursors are opaque to clients: a prefixed, base64url-encoded offset.
    static func cursor(offset: Int) -> String {
        Data("s\(offset)".utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func offset(cursor: String) -> Int? {
        guard cursor.count <= 16 else { return nil }
        var b64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64), let text = String(data: data, encoding: .utf8), text.hasPrefix("s"),
              let n = Int(text.dropFirst()), n > 0, n <= maxOffset else { return nil }
        return n
    }
}
