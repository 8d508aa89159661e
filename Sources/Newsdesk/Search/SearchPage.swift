import Foundation

/// The search box in every page's header: a plain GET form, so it works without JavaScript; with it, the script
/// fetches title suggestions from `suggestURL` as the reader types.
struct SearchBoxModel: Encodable, Sendable {
    let action: String
    let query: String
    let label: String
    let placeholder: String
    let button: String
    let suggestURL: String
}

/// A feed announced in the page's head for feed readers (`<link rel="alternate">`).
struct FeedLinkModel: Encodable, Sendable {
    let type: String
    let title: String
    let url: String
}

struct SearchResultModel: Encodable, Sendable {
    let card: CardModel
    /// Escaped text with `<mark>`ed words: rendered unescaped by the template.
    let snippet: String
}

struct SearchOptionModel: Encodable, Sendable {
    let value: String
    let label: String
    let selected: Bool
}

struct SearchPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let s: SearchStrings
    let heading: String
    let query: String
    let searched: Bool
    /// What to fix, when the search could not run; the form keeps what was typed.
    let error: String?
    let fieldErrors: [String: String]
    let summary: String?
    let results: [SearchResultModel]
    let suggestion: String?
    let suggestionURL: String?
    let sections: [SearchOptionModel]
    let sorts: [SearchOptionModel]
    let from: String
    let to: String
    let nextURL: String?
    let firstURL: String?
}

/// The words of search in one language, from the interface catalogue (`search.*` keys of `Data/Locales`).
struct SearchStrings: Encodable, Sendable {
    let language: String
    let search: String
    let placeholder: String
    let button: String
    let heading: String
    let resultsFor: String
    let noResults: String
    let noResultsHint: String
    let didYouMean: String
    let section: String
    let anySection: String
    let from: String
    let to: String
    let sortBy: String
    let relevance: String
    let newest: String
    let apply: String
    let more: String
    let first: String
    let syntax: String

    static func `for`(language: String) -> SearchStrings {
        let t = UIStrings.for(language: language)
        return SearchStrings(language: language,
                             search: t.text("search.search"),
                             placeholder: t.text("search.placeholder"),
                             button: t.text("search.button"),
                             heading: t.text("search.heading"),
                             resultsFor: t.text("search.resultsFor"),
                             noResults: t.text("search.noResults"),
                             noResultsHint: t.text("search.noResultsHint"),
                             didYouMean: t.text("search.didYouMean"),
                             section: t.text("search.section"),
                             anySection: t.text("search.anySection"),
                             from: t.text("search.from"),
                             to: t.text("search.to"),
                             sortBy: t.text("search.sortBy"),
                             relevance: t.text("search.relevance"),
                             newest: t.text("search.newest"),
                             apply: t.text("search.apply"),
                             more: t.text("search.more"),
                             first: t.text("search.first"),
                             syntax: t.text("search.syntax"))
    }

    /// "12 results", with the plural form the language needs.
    func count(_ n: Int) -> String { UIStrings.for(language: language).plural("search.results", n) }
}

enum SearchPage {
    static func box(_ edition: EditionInfo, query: String = "") -> SearchBoxModel {
        let s = SearchStrings.for(language: edition.language)
        return SearchBoxModel(action: Paths.search(edition.pathPrefix), query: query, label: s.search, placeholder: s.placeholder,
                              button: s.button, suggestURL: Paths.searchSuggest(edition: edition.code))
    }

    /// What the reader asked for, echoed back into the form.
    struct Asked: Sendable {
        var q = ""
        var section = ""
        var from = ""
        var to = ""
        var sort = ""
        var cursor: String?
    }

    static func build(_ ctx: PageContext, asked: Asked, outcome: SearchOutcome?, failure: FailureAnswer?) -> SearchPageModel {
        let s = SearchStrings.for(language: ctx.edition.language)
        let p = ctx.edition.pathPrefix
        let searched = !asked.q.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        let heading = searched && failure == nil ? s.resultsFor.replacingOccurrences(of: "%@", with: asked.q) : s.heading
        var layout = ctx.layout(title: heading, canonicalPath: Paths.search(p))
        layout.search = box(ctx.edition, query: asked.q)
        func link(cursor: String?, q: String? = nil) -> String {
            Paths.search(p, query: q ?? asked.q, section: asked.section.isEmpty ? nil : asked.section,
                         from: asked.from.isEmpty ? nil : asked.from, to: asked.to.isEmpty ? nil : asked.to,
                         sort: asked.sort.isEmpty ? nil : asked.sort, cursor: cursor)
        }
        let sort = outcome?.sort.rawValue ?? (asked.sort.isEmpty ? SearchSort.relevance.rawValue : asked.sort)
        var summary: String?
        if let outcome {
            summary = outcome.total == 0
                ? s.noResults.replacingOccurrences(of: "%@", with: asked.q)
                : s.count(outcome.total) + (outcome.total >= SearchHits.countLimit ? "+" : "")
        }
        return SearchPageModel(
            layout: layout, s: s, heading: heading, query: asked.q, searched: searched && failure == nil,
            error: searched || failure?.fields?["q"] == nil ? failure.map { ctx.edition.strings.message($0.message) } : nil,
            fieldErrors: (failure?.fields ?? [:]).mapValues(ctx.edition.strings.message),
            summary: summary,
            results: (outcome?.results ?? []).map { SearchResultModel(card: ReaderContext.card($0.article, edition: ctx.edition), snippet: $0.snippet) },
            suggestion: outcome?.suggestion, suggestionURL: outcome?.suggestion.map { link(cursor: nil, q: $0) },
            sections: [SearchOptionModel(value: "", label: s.anySection, selected: asked.section.isEmpty)]
                + ctx.sections.map { SearchOptionModel(value: $0.slug, label: $0.name, selected: $0.slug == asked.section) },
            sorts: SearchSort.allCases.map {
                SearchOptionModel(value: $0.rawValue, label: $0 == .relevance ? s.relevance : s.newest, selected: $0.rawValue == sort)
            },
            from: asked.from, to: asked.to,
            nextURL: outcome?.nextCursor.map { link(cursor: $0) },
            firstURL: asked.cursor == nil || outcome == nil ? nil : link(cursor: nil))
    }
}
