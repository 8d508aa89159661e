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
    /// A thread's newest published comments as last read, and when they were last read in full.
    private struct KeptThread: Sendable {
        var rows: [PostContext.Prior]
        let readAt: Date
    }
    private let comments = NIOLockedValueBox<[Int: PriorComment]>([:])
    private let threads = NIOLockedValueBox<[Int: KeptThread]>([:])
    /// How long a kept thread is only read from its newest comment on. A comment published or removed out of order
    /// (approved from the queue, deleted, or committed after a later one was read) is seen at the next full read: the
    /// engine's view of the thread is at most this old in those cases, never in the comments just posted.
    static let threadRefresh: TimeInterval = 30
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

    /// Where a post may start reading the thread `articleID`: the time of the newest comment kept, or nil when the
    /// thread must be read in full (never read, or read in full more than `threadRefresh` ago).
    func threadSince(articleID: Int, now: Date) -> Date? {
        threads.withLockedValue { table in
            guard let kept = table[articleID], now >= kept.readAt, now.timeIntervalSince(kept.readAt) < Self.threadRefresh else {
                return nil
            }
            return kept.rows.first?.time ?? .distantPast
        }
    }

    /// The thread after a read, newest first, at most `window`: a full read (`since` nil) replaces what was kept; a
    /// read from `since` on is added to it.
    func thread(articleID: Int, read rows: [PostContext.Prior], since: Date?, now: Date, window: Int) -> [PostContext.Prior] {
        threads.withLockedValue { table in
            var merged = rows
            let kept = table[articleID]
            if since != nil, let kept {
                let fresh = Set(rows.map(\.id))
                merged += kept.rows.filter { !fresh.contains($0.id) }
            }
            merged.sort { ($0.time, $0.id) > ($1.time, $1.id) }
            merged = Array(merged.prefix(window))
            if since == nil {
                if kept == nil, table.count >= 1_000 { table.removeAll(keepingCapacity: true) }
                table[articleID] = KeptThread(rows: merged, readAt: now)
            } else if let kept {
                table[articleID] = KeptThread(rows: merged, readAt: kept.readAt)
            }
            return merged
        }
    }

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
