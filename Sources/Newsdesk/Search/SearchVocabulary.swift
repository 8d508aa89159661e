import Foundation
import NewsText
import SQLKit

/// The words of the site's own headlines and summaries, per edition, with how many published articles use each:
/// what "did you mean" draws its corrections from. Kept in step with the index, in the same transactions.
enum SearchVocabulary {
    /// Words shorter than this are not corrected (and not kept).
    static let minimumLength = 3

    static func words(of text: String) -> Set<String> {
        Set(SearchText.words(text).filter { $0.count >= minimumLength && !$0.contains(where: \.isNumber) })
    }

    /// Replaces the words an article contributes (`text` nil: it contributes none any more).
    static func update(editionID: Int, articleID: Int, text: String?, on db: any SQLDatabase) async throws {
        let old = try await db.raw("SELECT words FROM search_article_words WHERE article_id = \(bind: articleID)").first()
            .map { Set(try $0.decode(column: "words", as: String.self).split(separator: " ").map(String.init)) } ?? []
        let new = text.map(words(of:)) ?? []
        guard old != new else { return }
        for word in new.subtracting(old) {
            try await db.raw("""
                INSERT INTO search_words (edition_id, word, documents) VALUES (\(bind: editionID), \(bind: word), 1)
                ON CONFLICT (edition_id, word) DO UPDATE SET documents = search_words.documents + 1
                """).run()
        }
        for word in old.subtracting(new) {
            try await db.raw("""
                UPDATE search_words SET documents = documents - 1 WHERE edition_id = \(bind: editionID) AND word = \(bind: word)
                """).run()
        }
        if new.isEmpty {
            try await db.raw("DELETE FROM search_article_words WHERE article_id = \(bind: articleID)").run()
        } else {
            try await db.raw("""
                INSERT INTO search_article_words (article_id, edition_id, words) VALUES (\(bind: articleID), \(bind: editionID), \(bind: new.sorted().joined(separator: " ")))
                ON CONFLICT (article_id) DO UPDATE SET words = excluded.words, edition_id = excluded.edition_id
                """).run()
        }
    }

    /// For each word of `words` the site never uses, the closest word it does use (most used on a tie), if one is
    /// close enough to be a slip of the finger: one edit for short words, two for longer ones.
    static func corrections(for words: [String], editionID: Int, on db: any SQLDatabase) async throws -> [String: String] {
        var out: [String: String] = [:]
        for word in Set(words) where word.count >= minimumLength && !word.contains(where: \.isNumber) {
            let known = try await db.raw("""
                SELECT documents FROM search_words WHERE edition_id = \(bind: editionID) AND word = \(bind: word) AND documents > 0
                """).first()
            guard known == nil else { continue }
            let limit = word.count <= 4 ? 1 : 2
            // Candidates share the first letter and are about as long: one index range, a few thousand rows at most.
            let first = String(word.prefix(1))
            guard let scalar = first.unicodeScalars.first, let nextScalar = Unicode.Scalar(scalar.value + 1) else { continue }
            let rows = try await db.raw("""
                SELECT word, documents FROM search_words
                WHERE edition_id = \(bind: editionID) AND word >= \(bind: first) AND word < \(bind: String(nextScalar))
                AND documents > 0 AND length(word) BETWEEN \(bind: word.count - limit) AND \(bind: word.count + limit)
                LIMIT 20000
                """).all()
            var best: (word: String, distance: Int, documents: Int)?
            for row in rows {
                let candidate = try row.decode(column: "word", as: String.self)
                guard let d = SearchText.distance(word, candidate, limit: limit) else { continue }
                let n = try row.decode(column: "documents", as: Int.self)
                if best == nil || d < best!.distance || (d == best!.distance && n > best!.documents) { best = (candidate, d, n) }
            }
            if let best { out[word] = best.word }
        }
        return out
    }
}
