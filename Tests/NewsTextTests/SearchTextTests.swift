import Foundation
import Testing
@testable import NewsText

@Suite("Search words: stemming, folding, queries, snippets")
struct SearchTextTests {
    /// word -> stem pairs written by the Snowball reference implementation over the demo articles, the community
    /// standards and the engine's word lists.
    static func reference(_ file: String) throws -> [(String, String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Data/\(file)")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            let parts = $0.split(separator: "\t")
            return (String(parts[0]), String(parts[1]))
        }
    }

    @Test(arguments: ["stems-en.tsv", "stems-ru.tsv"])
    func stemsAgreeWithTheSnowballReference(file: String) throws {
        let pairs = try Self.reference(file)
        #expect(pairs.count > 5_000)
        let language = file.contains("-ru") ? "ru" : "en"
        let wrong = pairs.filter { SearchText.stem(SearchText.fold($0.0), language: language) != $0.1 }
        #expect(wrong.isEmpty, "\(wrong.count) differ, e.g. \(wrong.prefix(10))")
    }

    @Test(arguments: [
        ("en", "hurricanes", "hurricane"), ("en", "elections", "election"), ("en", "Running", "runs"),
        ("en", "flooded", "flooding"), ("en", "ministers", "minister"),
        ("ru", "выборы", "выборах"), ("ru", "президента", "президентом"), ("ru", "Москве", "Москвы"),
        ("ru", "наводнение", "наводнения"), ("ru", "ёлка", "елка"), ("ru", "штормами", "шторм"),
        ("ar", "الانتخابات", "انتخابات"), ("ar", "والمدينة", "مدينة"),
    ])
    func inflectedFormsShareAStem(language: String, a: String, b: String) {
        #expect(SearchText.stems(a, language: language) == SearchText.stems(b, language: language), "\(a) / \(b)")
    }

    @Test func wordsOfAnotherScriptGetTheirOwnStemmer() {
        #expect(SearchText.stems("Hurricanes над Москвой", language: "ru") == ["hurrican", "над", "москв"])
        #expect(SearchText.stems("Elections in Москве", language: "en") == ["elect", "in", "москв"])
    }

    @Test(arguments: [
        ("Café", "cafe"), ("ÉLAN", "elan"), ("Ёжик", "ежик"), ("йогурт", "йогурт"), ("naïve", "naive"),
        ("Straße", "strasse"), ("مُحَمَّد", "محمد"), ("أحمد", "احمد"),
    ])
    func foldingRemovesCaseAndDiacriticsButKeepsLetters(word: String, folded: String) {
        #expect(SearchText.fold(word) == folded)
    }

    @Test func tokensSplitOnPunctuationAndKeepTheirPlace() {
        let text = "Storm-hit towns: 3 days, «ураган»!"
        let tokens = SearchText.tokens(text, language: "en")
        #expect(tokens.map(\.folded) == ["storm", "hit", "towns", "3", "days", "ураган"])
        #expect(String(text[tokens[2].range]) == "towns")
    }

    @Test func queriesUnderstandPhrasesExclusionsAndPunctuatedWords() throws {
        let q = try SearchQuery.parse(#"  Storm "sea wall" -flood  covid-19 -"rail strike" "#)
        #expect(q.required == [["storm"], ["sea", "wall"], ["covid", "19"]])
        #expect(q.excluded == [["flood"], ["rail", "strike"]])
        #expect(q.websearch == #"storm "sea wall" "covid 19" -flood -"rail strike""#)
        #expect(try SearchQuery.parse("«Выборы в Москве»").required == [["выборы", "в", "москве"]])
        #expect(try SearchQuery.parse("ураганы").stemmed(language: "ru").required == [["урага"]])
        // An unclosed quote runs to the end.
        #expect(try SearchQuery.parse(#"storm "sea wall"#).required == [["storm"], ["sea", "wall"]])
    }

    @Test(arguments: [
        ("", SearchQuery.Problem.empty), ("   ", .empty), ("-flood", .nothingToFind), ("!!! ???", .nothingToFind),
        ("- -", .nothingToFind), (String(repeating: "a", count: 201), .tooLong),
        ((1...17).map { "w\($0)" }.joined(separator: " "), .tooManyWords),
    ])
    func badQueriesSayWhatToFix(raw: String, problem: SearchQuery.Problem) {
        #expect(throws: problem) { try SearchQuery.parse(raw) }
        #expect(!problem.message.isEmpty)
    }

    @Test func snippetsMarkTheMatchedWordsAndEscapeTheRest() {
        let text = "The council met on Monday. <b>Officials</b> said the hurricane had passed, and hurricanes are rarer now. Nothing else."
        let stems = Set(SearchText.stems("hurricane", language: "en"))
        let snippet = SearchText.snippet(text, stems: stems, language: "en", maxLength: 90)
        #expect(snippet.contains("<mark>hurricane</mark>"))
        #expect(snippet.contains("<mark>hurricanes</mark>"))
        #expect(snippet.contains("&lt;b&gt;Officials&lt;/b&gt;"))
        #expect(!snippet.contains("<b>"))
        #expect(snippet.count < 140)
        // No match: the start of the text.
        #expect(SearchText.snippet("Calm seas today.", stems: ["storm"], language: "en").hasPrefix("Calm seas"))
    }

    @Test func editDistanceCountsSlipsOfTheFinger() {
        #expect(SearchText.distance("hurricane", "huricane", limit: 2) == 1)
        #expect(SearchText.distance("hurricane", "hurricnae", limit: 2) == 1)
        #expect(SearchText.distance("election", "elecshun", limit: 2) == nil)
        #expect(SearchText.distance("москва", "мосвка", limit: 1) == 1)
        #expect(SearchText.distance("storm", "storm", limit: 0) == 0)
    }
}
