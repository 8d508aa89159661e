import Foundation

/// Runs the engine over a JSONL file of comments the way the server would see them, for evaluation and for staff
/// who want to try the rules: backs `newsdesk standards check --articles ARTICLES.jsonl < COMMENTS.jsonl`.
///
/// ARTICLES lines: `{"id","title","text"}`. COMMENTS lines: `{"id","text","article"?,"author"?,"ts"?}` (`ts` ISO-8601,
/// with or without fractional seconds). Comments are processed in `ts` order (stable; a comment without `ts` takes
/// the time of the line before it), each one seeing only the earlier ones as its thread, its author's history and
/// the cross-account near-duplicate index; "now" is its `ts`. Output: one line per comment, in input order:
/// `{"id","action","labels","findings":[{"rule","start","end","confidence","message"}]}`.
public final class BatchChecker {
    public enum InputError: Error, CustomStringConvertible, Equatable {
        case badArticle(line: Int, reason: String)
        case badComment(line: Int, reason: String)

        public var description: String {
            switch self {
            case .badArticle(let line, let reason): "articles line \(line): \(reason)"
            case .badComment(let line, let reason): "comments line \(line): \(reason)"
            }
        }
    }

    public var allowedDomains: Set<String> = []
    public var outletNames: [String] = ["Newsdesk"]
    /// How many earlier comments of a thread / an author the context carries.
    public var threadLimit = 50
    public var authorLimit = 50

    private let language: String
    private let engine: Engine
    private var articles: [String: ArticleText] = [:]

    public init(articlesJSONL: String, language: String = "en", policy: Policy = .default) throws {
        self.language = language
        self.engine = Engine(policy: policy)
        for (n, line) in BatchChecker.lines(articlesJSONL) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw InputError.badArticle(line: n, reason: "not a JSON object")
            }
            guard let id = BatchChecker.idString(obj["id"]) else { throw InputError.badArticle(line: n, reason: "missing \"id\"") }
            let title = obj["title"] as? String ?? ""
            let text = obj["text"] as? String ?? ""
            articles[id] = ArticleText(title: title, text: text)
        }
    }

    private struct Comment {
        var line: Int
        var id: Any
        var text: String
        var article: String?
        var author: String
        var time: Date
    }

    static func lines(_ text: String) -> [(Int, Substring)] {
        var out: [(Int, Substring)] = []
        // A byte-order mark at the start of a file is not part of the first line.
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // "\r\n" is a single Character in Swift, so Windows line ends are matched explicitly.
        for (i, line) in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            out.append((i + 1, line))
        }
        return out
    }

    static func idString(_ value: Any?) -> String? {
        switch value {
        case let s as String: s
        case let n as NSNumber: n.stringValue
        default: nil
        }
    }

    /// An ISO-8601 time: `2026-11-01T10:00:00Z`, with fractional seconds, with an offset (`+03:00`, `+0300`), with a
    /// space for the `T`, without a zone (read as UTC), or a date alone (midnight UTC). Read by hand, digit by digit:
    /// a formatter per comment cost more than the standards engine itself.
    static func parseDate(_ raw: String) -> Date? {
        let b = Array(raw.trimmingCharacters(in: .whitespaces).utf8)
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= b.count else { return nil }
            var n = 0
            for k in at..<(at + count) {
                let c = b[k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                n = n * 10 + Int(c - 0x30)
            }
            return n
        }
        guard let year = digits(0, 4), b.count >= 10, b[4] == 0x2D, let month = digits(5, 2), b[7] == 0x2D,
              let day = digits(8, 2), (1...12).contains(month), (1...31).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, fraction = 0.0, offset = 0
        var i = 10
        if b.count > 10 {
            guard b[10] == 0x54 || b[10] == 0x20 || b[10] == 0x74, let h = digits(11, 2), b.count > 13, b[13] == 0x3A,
                  let m = digits(14, 2), b.count > 16, b[16] == 0x3A, let sec = digits(17, 2),
                  h < 24, m < 60, sec < 61 else { return nil }
            (hour, minute, second) = (h, m, sec)
            i = 19
            if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
                i += 1
                var scale = 0.1
                let start = i
                while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
                    fraction += Double(b[i] - 0x30) * scale
                    scale /= 10
                    i += 1
                }
                guard i > start else { return nil }
            }
            if i < b.count {
                switch b[i] {
                case 0x5A, 0x7A:
                    i += 1
                case 0x2B, 0x2D:
                    let sign = b[i] == 0x2D ? -1 : 1
                    guard let oh = digits(i + 1, 2), oh < 24 else { return nil }
                    var om = 0
                    if let m = digits(i + 3, 2) { om = m; i += 5 }
                    else if i + 3 < b.count, b[i + 3] == 0x3A, let m = digits(i + 4, 2) { om = m; i += 6 }
                    else { i += 3 }
                    guard om < 60 else { return nil }
                    offset = sign * (oh * 3600 + om * 60)
                default:
                    return nil
                }
            }
            guard i == b.count else { return nil }
        }
        // Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        // A day past the month's end (31 April) is not a date.
        let monthDays = [31, (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= monthDays[month - 1] else { return nil }
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return Date(timeIntervalSince1970: seconds)
    }

    private func parseComments(_ text: String) throws -> [Comment] {
        var out: [Comment] = []
        var lastTime = Date(timeIntervalSince1970: 0)
        for (n, line) in BatchChecker.lines(text) {
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw InputError.badComment(line: n, reason: "not a JSON object")
            }
            guard var id = obj["id"], id is String || id is NSNumber else {
                throw InputError.badComment(line: n, reason: "missing \"id\" (a string or a number)")
            }
            // Echo a numeric id exactly as written (1.0, 12345678901234567890), not as re-formatted by NSNumber.
            if id is NSNumber, let raw = BatchChecker.rawNumber(forKey: "id", in: line) { id = RawNumber(text: raw) }
            guard let body = obj["text"] as? String else { throw InputError.badComment(line: n, reason: "missing \"text\"") }
            var time = lastTime
            if let ts = obj["ts"], !(ts is NSNull) {
                guard let s = ts as? String, let d = BatchChecker.parseDate(s) else {
                    throw InputError.badComment(line: n, reason: "\"ts\" is not an ISO-8601 time")
                }
                time = d
            }
            lastTime = time
            let article = BatchChecker.idString(obj["article"])
            let author = BatchChecker.idString(obj["author"]) ?? "anonymous-line-\(n)"
            out.append(Comment(line: n, id: id, text: body, article: article, author: author, time: time))
        }
        return out
    }

    public func run(commentsJSONL: String) throws -> String {
        let comments = try parseComments(commentsJSONL)
        let order = comments.indices.sorted { (comments[$0].time, $0) < (comments[$1].time, $1) }
        let index = NearDuplicateIndex()
        var threads: [String: [PriorComment]] = [:]
        var byAuthor: [String: [PriorComment]] = [:]
        var findings = [[Finding]](repeating: [], count: comments.count)
        var clusterMembers: [Int: Set<Int>] = [:]

        for i in order {
            let c = comments[i]
            let threadKey = c.article ?? ""
            let context = CommentContext(
                language: language, article: c.article.flatMap { articles[$0] },
                thread: threads[threadKey] ?? [], authorRecent: byAuthor[c.author] ?? [], author: c.author,
                nearDuplicates: index, allowedDomains: allowedDomains, outletNames: outletNames, now: c.time)
            let scan = TextScan(c.text)
            let sig = NearDuplicateIndex.signature(scan)
            findings[i] = engine.findings(scan, context: context, signature: sig)
            if let sig, findings[i].contains(where: { $0.rule == .flashMob }) {
                // The server holds the whole cluster: the earlier copies get the finding too.
                let earlier = index.nearDuplicates(of: sig, author: c.author, at: c.time).compactMap { $0.id.flatMap(Int.init) }
                clusterMembers[i, default: []].formUnion(earlier)
            }
            if let sig { index.insert(signature: sig, author: c.author, time: c.time, id: String(i)) }
            let prior = PriorComment(text: c.text, author: c.author, time: c.time)
            threads[threadKey, default: []].append(prior)
            if threads[threadKey]!.count > threadLimit { threads[threadKey]!.removeFirst() }
            byAuthor[c.author, default: []].append(prior)
            if byAuthor[c.author]!.count > authorLimit { byAuthor[c.author]!.removeFirst() }
        }
        let messages = Messages.catalog(for: language)
        for (_, members) in clusterMembers {
            for m in members where !findings[m].contains(where: { $0.rule == .flashMob }) {
                let n = comments[m].text.unicodeScalars.count
                findings[m].append(Finding(rule: .flashMob, start: 0, end: n, confidence: 0.8, message: messages.text(for: .flashMob)))
            }
        }
        var out = ""
        for i in comments.indices {
            let verdict = engine.policy.verdict(for: findings[i])
            out += BatchChecker.line(id: comments[i].id, verdict: verdict)
            out += "\n"
        }
        return out
    }

    // MARK: JSON output (keys in the documented order)

    static func line(id: Any, verdict: Verdict) -> String {
        var s = "{\"id\":" + jsonValue(id) + ",\"action\":\"" + verdict.action.rawValue + "\",\"labels\":["
        s += verdict.labels.map { "\"\($0)\"" }.joined(separator: ",")
        s += "],\"findings\":["
        s += verdict.findings.map { f in
            "{\"rule\":\"\(f.rule.rawValue)\",\"start\":\(f.start),\"end\":\(f.end),\"confidence\":"
                + String(format: "%.2f", f.confidence) + ",\"message\":" + jsonString(f.message) + "}"
        }.joined(separator: ",")
        return s + "]}"
    }

    /// A number kept as the text it was written as.
    struct RawNumber { var text: String }

    /// The literal text of a top-level numeric value: `"key"` can only appear unescaped as a key in a JSON line.
    static func rawNumber(forKey key: String, in line: Substring) -> String? {
        guard let k = line.range(of: "\"\(key)\"") else { return nil }
        var rest = line[k.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        let literal = rest.prefix { "+-0123456789.eE".contains($0) }
        return literal.isEmpty ? nil : String(literal)
    }

    static func jsonValue(_ v: Any) -> String {
        if let r = v as? RawNumber { return r.text }
        if let s = v as? String { return jsonString(s) }
        if let n = v as? NSNumber {
            if String(cString: n.objCType) == "c" { return n.boolValue ? "true" : "false" }
            return n.stringValue
        }
        return "null"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
