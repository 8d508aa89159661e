import Foundation

/// The features the statistical layer reads from a comment: hashed word unigrams and bigrams, character 4-grams
/// inside words, SpamAssassin body rules, shapes of the text (links, phone numbers, short codes, premium numbers,
/// prices, shouting) and the score of the offensive-language model. Training (`bench/standards/model/train.py`)
/// reads the same features through `standards-bench features`, so the Swift code is the only definition.
struct ContentFeatures {
    /// Hashed feature buckets: 2^bits.
    static let bits = 18
    static let bucketCount = 1 << bits

    /// A feature other than the text's own words: SpamAssassin rules, shapes, the offensive-language score.
    struct Feature {
        var bucket: Int32
        var value: Float
        /// Evidence: scalar span of the phrase that produced it; -1 for whole-text features.
        var start: Int32
        var end: Int32
    }

    /// What the engine already knows about the comment when it scores it.
    struct Context {
        var links = 0
        var phones = 0
        var emails = 0
        var price = false
    }

    /// Buckets of the word, bigram and character-gram features, each worth `textScale` (repeats add up), so that a
    /// long comment does not outweigh a short one.
    private(set) var text: [Int32] = []
    private(set) var textScale: Float = 0
    private(set) var others: [Feature] = []
    /// The offensive-language probability (alt-profanity-check's model) and whether the text is mostly Latin script,
    /// the only script that model reads.
    private(set) var offensive = 0.0
    private(set) var latin = false

    enum Kind: UInt64 { case word = 1, bigram, chars, spamAssassin, shape, offensive }

    @inline(__always)
    static func bucket(_ kind: Kind, _ h: UInt64) -> Int32 {
        var z = h ^ (kind.rawValue &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 31)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 29)) &* 0x94D0_49BB_1331_11EB
        return Int32(truncatingIfNeeded: z >> UInt64(64 - bits))
    }

    static func shape(_ name: String) -> Int32 { bucket(.shape, WordHash.of(name)) }

    /// At most this many words are read: the rest of a very long comment says little more, and the cost stays flat.
    static let maxTokens = 160

    /// Every text feature of the comment with the scalar span it comes from, in order.
    @inline(__always)
    static func forEachText(_ scan: TextScan, _ body: (Int32, Int32, Int32) -> Void) {
        var previous: UInt64 = 0
        var previousStart: Int32 = -1
        for t in scan.tokens.prefix(maxTokens) {
            let h = normalHash(t, scan)
            let s = Int32(t.start), e = Int32(t.end)
            body(bucket(.word, h), s, e)
            if previousStart >= 0 { body(bucket(.bigram, previous &* 0x100_0000_01B3 ^ h), previousStart, e) }
            previous = h; previousStart = s
            if t.letters >= 2 { charGrams(t, scan) { body($0, s, e) } }
        }
    }

    init(_ scan: TextScan, context: Context, offensive: Double) {
        let tokens = scan.tokens.prefix(ContentFeatures.maxTokens)
        self.offensive = offensive
        let latinWords = tokens.count { $0.script == .latin }
        self.latin = latinWords * 2 > tokens.count { $0.letters > 0 }
        var text: [Int32] = []
        text.reserveCapacity(tokens.count * 7)
        ContentFeatures.forEachText(scan) { b, _, _ in text.append(b) }
        var numbers = (short: false, premium: false, long: false)
        for t in tokens where t.letters == 0 && t.digits >= 3 { ContentFeatures.classifyNumber(t, scan, &numbers) }
        self.textScale = text.isEmpty ? 0 : 1 / Float(text.count).squareRoot()
        self.text = text

        var items: [Feature] = []
        // SpamAssassin's rules speak about offers; they are read when the comment gives a way to take one up (a
        // number, a link, an address, a price), which keeps their cost off ordinary comments.
        let actionable = context.links > 0 || context.emails > 0 || context.price || tokens.contains { $0.digits > 0 }
        for m in (actionable ? SpamAssassinPhrases.matcher.find(in: scan) : []) {
            items.append(Feature(bucket: ContentFeatures.bucket(.spamAssassin, UInt64(m.weight)), value: 1,
                                 start: Int32(m.start), end: Int32(m.end)))
        }
        var shapes: [String] = []
        if context.links > 0 { shapes.append("link") }
        if context.links > 1 { shapes.append("links2") }
        if context.phones > 0 { shapes.append("phone") }
        if context.emails > 0 { shapes.append("email") }
        if context.price { shapes.append("price") }
        if numbers.short { shapes.append("shortcode") }
        if numbers.premium { shapes.append("premium") }
        if numbers.long { shapes.append("longnumber") }
        let n = tokens.count
        shapes.append(n < 4 ? "len0" : n < 10 ? "len1" : n < 25 ? "len2" : n < 60 ? "len3" : "len4")
        var upper = 0, lower = 0, bangs = 0, emoji = 0
        for k in scan.kinds.indices.prefix(1000) {
            switch scan.kinds[k] {
            case .letter: if Chars.isUpper(scan.scalars[k]) { upper += 1 } else { lower += 1 }
            case .emoji: emoji += 1
            case .punct: if scan.scalars[k] == "!" { bangs += 1 }
            default: break
            }
        }
        if upper >= 8 && upper * 3 > lower { shapes.append("shouting") }
        if bangs >= 2 { shapes.append("bangs") }
        if emoji > 0 { shapes.append("emoji") }
        for name in shapes { items.append(Feature(bucket: ContentFeatures.shapes[name] ?? ContentFeatures.shape(name), value: 1, start: -1, end: -1)) }
        items.append(Feature(bucket: ContentFeatures.shapes["offensive"]!, value: Float(offensive), start: -1, end: -1))
        if offensive >= 0.5 { items.append(Feature(bucket: ContentFeatures.shapes["offensive50"]!, value: 1, start: -1, end: -1)) }
        if offensive >= 0.85 { items.append(Feature(bucket: ContentFeatures.shapes["offensive85"]!, value: 1, start: -1, end: -1)) }
        items.append(Feature(bucket: ContentFeatures.shapes["bias"]!, value: 1, start: -1, end: -1))
        self.others = items
    }

    static let shapes: [String: Int32] = Dictionary(uniqueKeysWithValues: [
        "link", "links2", "phone", "email", "price", "shortcode", "premium", "longnumber", "len0", "len1", "len2", "len3",
        "len4", "shouting", "bangs", "emoji", "offensive", "offensive50", "offensive85", "bias",
    ].map { ($0, shape($0)) })

    /// All features with their values, as training reads them (text buckets repeat when a feature repeats).
    var all: [(bucket: Int32, value: Float)] {
        text.map { ($0, textScale) } + others.map { ($0.bucket, $0.value) }
    }

    /// Folded word hash with every digit read as 0, so "txt82228" and "txt80062" are one word.
    @inline(__always)
    static func normalHash(_ t: Token, _ scan: TextScan) -> UInt64 {
        if t.digits == 0 { return t.hash }
        if t.letters == 0 { return WordHash.of("<n\(min(t.digits, 13))>") }
        var h = WordHash.seed
        for i in t.start..<t.end where scan.kinds[i] != .mark {
            let v = scan.folded[i]
            h = WordHash.step(h, scan.kinds[i] == .digit ? 0x30 : v)
        }
        return h
    }

    /// Character 4-grams of the folded word with boundary marks (`<word>`), at most 24 letters read.
    @inline(__always)
    static func charGrams(_ t: Token, _ scan: TextScan, _ body: (Int32) -> Void) {
        let end = min(t.end, t.start + 24)
        var window: (UInt32, UInt32, UInt32, UInt32) = (0x3C, 0, 0, 0)
        var filled = 1
        var i = t.start
        while i <= end {
            let v: UInt32
            if i == end { v = 0x3E } else {
                if scan.kinds[i] == .mark { i += 1; continue }
                v = scan.kinds[i] == .digit ? 0x30 : scan.folded[i]
            }
            window = (window.1, window.2, window.3, v)
            filled += 1
            if filled >= 4 {
                let h = (UInt64(window.0) << 48) ^ (UInt64(window.1) << 32) ^ (UInt64(window.2) << 16) ^ UInt64(window.3)
                body(bucket(.chars, h &* 0x9E37_79B9_7F4A_7C15))
            }
            i += 1
        }
        if filled == 3 {   // two-letter words: "<ur>"
            let h = (UInt64(window.1) << 32) ^ (UInt64(window.2) << 16) ^ UInt64(window.3)
            body(bucket(.chars, h &* 0x9E37_79B9_7F4A_7C15))
        }
    }

    /// The first short code or premium-rate/service number of a comment ("text WIN to 80082", "call 09061701461"),
    /// which the personal-data detector rightly leaves alone.
    static func contactNumber(_ scan: TextScan) -> Range<Int>? {
        for (k, t) in scan.tokens.enumerated() where t.letters == 0 && t.digits >= 4 {
            var flags = (short: false, premium: false, long: false)
            classifyNumber(t, scan, &flags)
            if flags.premium { return t.start..<t.end }
            // A short code is only a contact after "text … to", "reply", "call", "на номер"…, not "from 5000 a day".
            if flags.short, scan.tokens[max(0, k - 3)..<k].contains(where: { shortCodeCues.contains($0.hash) }) {
                return t.start..<t.end
            }
        }
        // Grouped service numbers: "0871 277 8150", "0800 028 4444".
        var k = 0
        let tokens = scan.tokens
        while k < tokens.count {
            let t = tokens[k]
            if t.letters == 0, t.digits >= 3, scan.folded[t.start] == 0x30 {
                var digits = t.digits, end = t.end, j = k + 1
                while j < tokens.count, tokens[j].letters == 0, tokens[j].start - end == 1, scan.folded[end] == 0x20 || scan.folded[end] == 0x2D {
                    digits += tokens[j].digits; end = tokens[j].end; j += 1
                }
                if digits >= 10 && digits <= 11 { return t.start..<end }
                k = j
            } else { k += 1 }
        }
        return nil
    }

    static let shortCodeCues = HashTable(set: ["to", "on", "text", "txt", "reply", "send", "call", "ring", "sms", "dial",
                                               "номер", "номеру", "на", "смс", "sms", "отправьте", "звоните"].map(WordHash.of))

    /// Short codes ("text WIN to 80082"), premium-rate and other long service numbers, read from a number token.
    static func classifyNumber(_ t: Token, _ scan: TextScan, _ flags: inout (short: Bool, premium: Bool, long: Bool)) {
        let f = scan.folded
        let before = t.start > 0 ? f[t.start - 1] : 0x20
        var after = t.end < scan.count ? f[t.end] : 0x20
        // A comma or full stop that ends the clause ("send SMS to 4446, cost 30p") does not join the number to anything.
        if after == 0x2C || after == 0x2E, t.end + 1 >= scan.count || f[t.end + 1] == 0x20 { after = 0x20 }
        // Part of a grouped number, an amount or a decimal: not a code on its own.
        let joined: Set<UInt32> = [0x2D, 0x2E, 0x2C, 0x2F, 0x3A, 0x24, 0xA3, 0x20AC, 0x25]
        let digits = (t.start..<t.end).map { f[$0] - 0x30 }
        if (t.digits == 4 || t.digits == 5 || t.digits == 6), !joined.contains(before), !joined.contains(after) {
            let year = t.digits == 4 && (digits[0] == 1 && digits[1] == 9 || digits[0] == 2 && digits[1] == 0)
            if !year { flags.short = true }
        }
        if t.digits >= 10 && t.digits <= 12 && digits[0] == 0 {
            if digits[1] == 9 || (digits[1] == 8 && (digits[2] == 7 || digits[2] == 4)) || (digits[1] == 7 && digits[2] == 0) {
                flags.premium = true
            }
        }
        if t.digits >= 9 { flags.long = true }
    }
}

/// SpamAssassin's body rules that could be written as phrases (`Data/spamassassin-phrases.txt`, converted by
/// `bench/standards/model/convert_spamassassin.py`). The weight of each pattern is the rule's feature number.
enum SpamAssassinPhrases {
    static let matcher = PhraseMatcher(DataFile.text("spamassassin-phrases"))
}
