import Foundation
import NIOConcurrencyHelpers
import NewsText
import Standards

/// What the engine's context costs to build, kept between posts: the article's text and each earlier comment with
/// their term vectors (tokenised and stemmed once, not once per post that reads them). Entries are checked against
/// the text just read, so an edited comment or a revised article is analysed again; nothing here is ever the source
/// of a fact, only a saving on work already done. Bounded: past `capacity` entries it starts again.
final class JudgingMemory: Sendable {
    private struct Articles: Sendable {
        var byID: [Int: (source: String, text: ArticleText)] = [:]
    }
    private let comments = NIOLockedValueBox<[Int: PriorComment]>([:])
    private let articles = NIOLockedValueBox(Articles())
    let capacity: Int

    init(capacity: Int = 10_000) { self.capacity = capacity }

    /// The earlier comment `id` with this text, analysed once.
    func prior(id: Int, text: String, author: String, time: Date) -> PriorComment {
        if let known = comments.withLockedValue({ $0[id] }), known.text == text, known.author == author, known.time == time {
            return known
        }
        let made = PriorComment(text: text, author: author, time: time)
        comments.withLockedValue { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[id] = made
        }
        return made
    }

    /// How many earlier comments are kept.
    var count: Int { comments.withLockedValue { $0.count } }

    /// The article's text for the engine: its title, summary and body as plain text, analysed once per version.
    func article(id: Int, title: String, summary: String, bodyMarkdown: String) -> ArticleText {
        let source = title + "\u{1}" + summary + "\u{1}" + bodyMarkdown
        if let known = articles.withLockedValue({ $0.byID[id] }), known.source == source { return known.text }
        let made = ArticleText(title: title, text: summary + "\n" + PlainText.fromMarkdown(bodyMarkdown))
        articles.withLockedValue { a in
            if a.byID.count >= 1_000 { a.byID.removeAll(keepingCapacity: true) }
            a.byID[id] = (source, made)
        }
        return made
    }
}
