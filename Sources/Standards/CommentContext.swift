import Foundation

/// The article a comment is posted under. Its term vector is computed once, when the text is set.
public struct ArticleText: Sendable {
    public var title: String { didSet { terms = TermVector(title + "\n" + text) } }
    public var text: String { didSet { terms = TermVector(title + "\n" + text) } }
    private(set) var terms: TermVector

    public init(title: String, text: String) {
        self.title = title
        self.text = text
        self.terms = TermVector(title + "\n" + text)
    }
}

/// An earlier comment: in the thread, by the same author, or by anyone (for near-duplicates).
/// Its term vector is computed once, so a server can keep these values for a thread and reuse them.
public struct PriorComment: Sendable {
    public var text: String { didSet { terms = TermVector(text) } }
    public var author: String
    public var time: Date
    private(set) var terms: TermVector

    public init(text: String, author: String, time: Date) {
        self.text = text
        self.author = author
        self.time = time
        self.terms = TermVector(text)
    }
}

/// Everything the engine may know about where a comment is posted. Gathered by the caller; the engine does no I/O.
public struct CommentContext: Sendable {
    /// The edition's language code: "en", "ru", ...
    public var language: String
    public var article: ArticleText?
    /// Recent comments in the same thread, oldest first or in any order.
    public var thread: [PriorComment]
    /// The posting author's own recent comments, in any thread.
    public var authorRecent: [PriorComment]
    /// The posting account id.
    public var author: String
    /// Recent comments by all accounts, indexed for near-duplicate look-ups.
    public var nearDuplicates: NearDuplicateIndex?
    /// Link domains that never count as commercial links (subdomains included).
    public var allowedDomains: Set<String>
    /// The publication's names, e.g. ["Newsdesk", "Newsdesk Daily"].
    public var outletNames: [String]
    /// The time of posting (the engine has no clock of its own).
    public var now: Date

    public init(language: String = "en", article: ArticleText? = nil, thread: [PriorComment] = [],
                authorRecent: [PriorComment] = [], author: String = "", nearDuplicates: NearDuplicateIndex? = nil,
                allowedDomains: Set<String> = [], outletNames: [String] = [], now: Date) {
        self.language = language
        self.article = article
        self.thread = thread
        self.authorRecent = authorRecent
        self.author = author
        self.nearDuplicates = nearDuplicates
        self.allowedDomains = allowedDomains
        self.outletNames = outletNames
        self.now = now
    }
}
