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

/// The words of search, per language.
struct SearchStrings: Encodable, Sendable {
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
    let one: String
    let few: String
    let many: String

    static func `for`(language: String) -> SearchStrings {
        language.hasPrefix("ru") ? russian : english
    }

    /// "12 results", with the plural form the language needs.
    func count(_ n: Int) -> String {
        let form: String
        if self.few == self.many {
            form = n == 1 ? one : many
        } else {
            let mod10 = n % 10, mod100 = n % 100
            form = mod10 == 1 && mod100 != 11 ? one : (2...4).contains(mod10) && !(12...14).contains(mod100) ? few : many
        }
        return form.replacingOccurrences(of: "%d", with: String(n))
    }

    static let english = SearchStrings(
        search: "Search", placeholder: "Search the news", button: "Search", heading: "Search",
        resultsFor: "Results for “%@”", noResults: "Nothing found for “%@”.",
        noResultsHint: "Check the spelling, try other or fewer words, or widen the dates.", didYouMean: "Did you mean",
        section: "Section", anySection: "Any section", from: "From", to: "To", sortBy: "Sort by",
        relevance: "Relevance", newest: "Newest first", apply: "Apply", more: "More results", first: "Back to the best results",
        syntax: "Put a phrase in \"quotes\" to find it as written; put a minus before a word (-weather) to leave it out.",
        one: "%d result", few: "%d results", many: "%d results")

    static let russian = SearchStrings(
        search: "Поиск", placeholder: "Поиск по новостям", button: "Найти", heading: "Поиск",
        resultsFor: "Результаты по запросу «%@»", noResults: "По запросу «%@» ничего не найдено.",
        noResultsHint: "Проверьте написание, попробуйте другие слова или расширьте даты.", didYouMean: "Возможно, вы имели в виду",
        section: "Рубрика", anySection: "Все рубрики", from: "С", to: "По", sortBy: "Сортировка",
        relevance: "По релевантности", newest: "Сначала новые", apply: "Применить", more: "Ещё результаты",
        first: "К лучшим результатам",
        syntax: "Фразу в \"кавычках\" ищем целиком; слово с минусом (-погода) исключается из поиска.",
        one: "%d результат", few: "%d результата", many: "%d результатов")
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
            error: searched || failure?.fields?["q"] == nil ? failure?.message : nil,
            fieldErrors: failure?.fields ?? [:],
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
