/// The extensions a server announced in its EHLO reply, e.g. STARTTLS or "AUTH PLAIN LOGIN".
struct SMTPCapabilities: Sendable, Equatable {
    private var keywords: [String: [String]] = [:]

    init() {}

    /// The lines after the first (which greets) each name one extension and its parameters.
    init(_ ehlo: SMTPReply) {
        for line in ehlo.lines.dropFirst() {
            let words = line.split(separator: " ").map { $0.uppercased() }
            guard let keyword = words.first else { continue }
            keywords[keyword, default: []] += words.dropFirst()
        }
    }

    func has(_ keyword: String) -> Bool { keywords[keyword] != nil }

    func parameters(_ keyword: String) -> [String] { keywords[keyword] ?? [] }
}
