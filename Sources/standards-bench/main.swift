import Foundation
import Standards
#if canImport(Glibc)
import Glibc
#endif

/// CPU time of this thread, so the figure stays per core even when the machine is busy with other work.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

// `standards-bench check --articles ARTICLES.jsonl [--language en] < COMMENTS.jsonl > VERDICTS.jsonl` does what
// `newsdesk standards check` does (the same `BatchChecker`) without building the app, for the evaluation scripts in
// bench/standards.
let arguments = CommandLine.arguments
if arguments.count > 1 && arguments[1] == "check" {
    func option(_ name: String) -> String? {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
        return arguments[i + 1]
    }
    do {
        let articles = try option("--articles").map { try String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        let checker = try BatchChecker(articlesJSONL: articles, language: option("--language") ?? "en")
        var input = ""
        while let line = readLine(strippingNewline: false) { input += line }
        print(try checker.run(commentsJSONL: input), terminator: "")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("standards-bench check: \(error)\n".utf8))
        exit(1)
    }
}

// `standards-bench features < TEXTS.tsv` prints, for each `label<TAB>text` line, the hashed features the statistical
// layer reads (`bucket:value` pairs), for `bench/standards/model/train.py`.
if arguments.count > 1 && arguments[1] == "features" {
    while let line = readLine() {
        let cells = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        let text = cells.count == 2 ? String(cells[1]) : String(line)
        let features = StandardsTraining.features(text.replacingOccurrences(of: "\\n", with: "\n"))
        print(features.map { "\($0.bucket):\($0.value)" }.joined(separator: " "))
    }
    exit(0)
}

// `standards-bench scores < TEXTS` prints the statistical layer's probability per rule for each line (for tuning).
if arguments.count > 1 && arguments[1] == "scores" {
    while let line = readLine() {
        let p = StandardsTraining.probabilities(line)
        let cells = p.keys.sorted().map { String(format: "%@ %.2f", $0, p[$0] ?? 0) }
        print(String(format: "off %.2f | ", StandardsTraining.offensiveProbability(line)) + cells.joined(separator: " ") + " | " + line.prefix(80))
    }
    exit(0)
}

// Prints how fast the Standards engine judges comments, single-threaded (so per core), on a realistic mix, and how
// the near-duplicate look-up scales with the number of recent comments indexed. Figures only; it never fails.

// Engine start: everything the engine loads once (phrase lists, language profiles, the spam model, the content
// model, the offensive-language vocabulary, SpamAssassin phrases), measured on the wall clock, first thing.
let startClock = Date(), startCPU = threadCPUSeconds()
_ = Engine().evaluate("Is the engine ready to judge comments about the bridge?", context: CommentContext(now: Date()))
let startMilliseconds = Date().timeIntervalSince(startClock) * 1000, startCPUMilliseconds = (threadCPUSeconds() - startCPU) * 1000

/// A small deterministic generator, so every run measures the same comments.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

let cleanSentences = [
    "The council has its priorities wrong and the schools will pay for it.",
    "I commute across the old bridge every day and the traffic is awful.",
    "The ferry option was cheaper and could have been running within a year.",
    "Federal grants covering a third still leaves the city paying most of the bill.",
    "My shop is two streets from the site, two years of closed roads could finish us off.",
    "I'd like to see the independent audit before anyone signs a contract.",
    "As an engineer I can tell you these projects always run over budget.",
    "Good news for cyclists if they include a proper bike lane.",
    "The mayor said the same thing about the tram and it opened six years late.",
    "Why not both, the ferry now and the bridge later?",
    "Thanks for reporting this, nobody else covered the vote.",
    "The NATO summit and the EU budget have nothing to do with it.",
    "Construction noise is a real health issue, I hope they limit the working hours 😂",
    "Мост нужен, в центре невозможно проехать в час пик.",
    "Согласен с автором, но где деньги на школы?",
]
let badSentences = [
    "You are an idiot if you believe the mayor.",
    "What a fucking joke of a council.",
    "Call him on 555-867-5309 and tell him what you think.",
    "My aunt earns $7,500 a month from home, check cashdaily.example.com now.",
    "THIS COUNCIL IS A DISGRACE AND EVERYONE KNOWS IT.",
    "See the photos at floodphotos dot com.",
    "Este puente no sirve para nada y cuesta demasiado dinero.",
]

/// Words to make fresh sentences from, so that recent comments are as varied as real ones.
let vocabulary = Set(cleanSentences.joined(separator: " ").lowercased()
    .split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)).sorted()
    + ["people", "money", "year", "city", "school", "road", "vote", "plan", "time", "work", "family", "price", "rent",
       "winter", "river", "police", "doctor", "nurse", "tax", "house", "market", "team", "coach", "election", "report"]

/// About half the words of English prose are function words; the mix keeps that proportion.
let functionWords = ["the", "a", "and", "of", "to", "in", "is", "it", "that", "for", "on", "with", "was", "as", "they",
                     "be", "at", "this", "have", "not", "but", "we", "you", "are", "from", "or", "by", "their", "will"]

func freshSentence(_ rng: inout SplitMix) -> String {
    let n = 5 + rng.int(14)
    var words = (0..<n).map { _ in
        rng.int(100) < 45 ? functionWords[rng.int(functionWords.count)] : vocabulary[rng.int(vocabulary.count)]
    }
    words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst()
    return words.joined(separator: " ") + [".", ".", ".", "?", "!", ","][rng.int(6)]
}

func makeComment(_ rng: inout SplitMix) -> String {
    // Lengths roughly log-uniform between 20 and 2,000 characters; about one sentence in twelve breaks a rule.
    let target = Int(20 * pow(100.0, Double(rng.int(1000)) / 1000))
    var text = ""
    while text.unicodeScalars.count < target {
        let roll = rng.int(12)
        let s = roll == 0 ? badSentences[rng.int(badSentences.count)]
            : roll < 4 ? cleanSentences[rng.int(cleanSentences.count)] : freshSentence(&rng)
        text += (text.isEmpty ? "" : " ") + s
    }
    return String(String.UnicodeScalarView(text.unicodeScalars.prefix(max(20, min(2000, target)))))
}

let article = ArticleText(title: "Council approves new river bridge despite budget worries",
                          text: String(repeating: cleanSentences.prefix(10).joined(separator: " ") + " ", count: 4))
let t0 = Date(timeIntervalSince1970: 1_790_000_000)
var rng = SplitMix(state: 42)
let comments = (0..<20_000).map { _ in makeComment(&rng) }
let thread = (0..<30).map { PriorComment(text: makeComment(&rng), author: "m\($0)", time: t0.addingTimeInterval(Double($0 * 30))) }
let own = (0..<10).map { PriorComment(text: makeComment(&rng), author: "me", time: t0.addingTimeInterval(Double($0 * 60))) }
let index = NearDuplicateIndex(window: 86_400, capacity: 200_000)
for i in 0..<10_000 { index.insert(text: makeComment(&rng), author: "u\(i % 3000)", time: t0.addingTimeInterval(Double(i))) }

let engine = Engine()
let meanLength = comments.reduce(0) { $0 + $1.count } / comments.count
func run(_ label: String, _ context: CommentContext) {
    // Warm up the lazily built tables (language profiles, lexicons, spam model).
    for c in comments.prefix(200) { _ = engine.evaluate(c, context: context) }
    var actions = [Action: Int]()
    let start = threadCPUSeconds()
    for c in comments { actions[engine.evaluate(c, context: context).action, default: 0] += 1 }
    let seconds = threadCPUSeconds() - start
    let rate = Double(comments.count) / seconds
    print(String(format: "%@: %.0f comments/s/core (%d comments, mean %d chars; publish %d, hold %d, reject %d)",
                 label, rate, comments.count, meanLength, actions[.publish] ?? 0, actions[.hold] ?? 0, actions[.reject] ?? 0))
}

print("Standards engine benchmark (one thread; rates from its CPU time, so per core)")
print(String(format: "engine start (load every list and model, judge one comment): %.0f ms wall clock, %.0f ms CPU",
             startMilliseconds, startCPUMilliseconds))
run("text only   ", CommentContext(now: t0.addingTimeInterval(20_000)))
run("full context", CommentContext(language: "en", article: article, thread: thread, authorRecent: own, author: "me",
                                   nearDuplicates: index, allowedDomains: ["example.org"], outletNames: ["Newsdesk"],
                                   now: t0.addingTimeInterval(20_000)))

// Near-duplicate look-up: the same queries against 1,000 and 100,000 indexed comments.
print("\nNear-duplicate index (MinHash + LSH), 2,000 queries each:")
let queries = (0..<2_000).map { _ in makeComment(&rng) }
for size in [1_000, 10_000, 100_000] {
    let idx = NearDuplicateIndex(window: 1_000_000, capacity: 200_000)
    var gen = SplitMix(state: UInt64(size))
    for i in 0..<size {
        // Distinct texts: a generated comment plus a unique tail, as real recent comments would be.
        idx.insert(text: makeComment(&gen) + " #\(i) \(gen.next())", author: "u\(i)", time: t0.addingTimeInterval(Double(i) / 1000))
    }
    var examined = 0, found = 0
    let start = threadCPUSeconds()
    for q in queries {
        found += idx.nearDuplicates(of: q, author: "q", at: t0.addingTimeInterval(1_000)).count
        examined += idx.lastQueryExamined
    }
    let micros = (threadCPUSeconds() - start) * 1e6 / Double(queries.count)
    print(String(format: "  %7d indexed: %.1f µs/query, %.1f entries compared/query (bound %d)",
                 size, micros, Double(examined) / Double(queries.count), 64 * 6))
}
