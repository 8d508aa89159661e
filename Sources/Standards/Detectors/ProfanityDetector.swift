import Foundation

/// profanity: obscene words in English, Russian (and Ukrainian), Spanish, German, French, Italian, Portuguese and
/// Polish, including masked (`f*ck`), leetspeak (`sh1t`), separated (`f.u.c.k`, `f u c k`), stretched (`fuuuck`)
/// and mixed-alphabet (`xуй` with a Latin x) spellings.
///
/// Words match whole: either the exact word or a word that *starts* with a stem (Russian also after a verbal prefix:
/// `за-еб-ал`), so "Scunthorpe", "assess", "cocktail", "оскорблять" or "потребляет" never match.
enum ProfanityDetector {
    /// Exact words (any inflection listed).
    static let exactWords = """
    ass arse asses dick dicks pussy pussies twat twats cunt cunts fck fuk fuking fukin fcking fckin fkn fking effing
    stfu gtfo motherfucker motherfuckers mofo wanker wankers bullshit horseshit dipshit dipshits jackass
    сука суки суку сукой суке сучка сучки сучара сучий сукин бля блять блядь ебать ебаный ебаные ебан
    ёбаный нахуй похуй нихуя охуеть охуел охуела охуели хуйня еб ёб хер херня нахер похер херовый херово херовая епт ёпт епта ёпта ептыть ёптыть ебт
    mierda puta puto putas putos putada hijueputa hijoputa joder jodido jodida jodidos jódete jodete coño cabrón
    cabron cabrona cabrones gilipollas pendejo pendejos pendeja chingar chingada chingado chinga verga culero carajo
    cojones
    scheiße scheisse scheiß scheiss fotze arschloch arsch wichser hurensohn schlampe hure huren kacke verfickt pisse
    bollocks pinche conne connes chier
    merde putain pute putes connard connards connasse salope salopes salaud enculé encule enculés enculer nique
    niquer foutre couilles
    cazzo cazzi stronzo stronza stronzi vaffanculo merda puttana minchia coglione coglioni
    porra caralho foda fodido fodida buceta cacete
    kurwa kurwy kurwo chuj chuja chujowy skurwysyn spierdalaj pierdolę pierdole
    """
    /// Stems: any word starting with one of these.
    static let stems = """
    fuck motherfuck shit bitch asshole arsehole dickhead wank cocksuck whore slut pissed pissing pisses
    хуй хуе хуя хуи хую пизд бляд блят ебан ебат ебал ебну ебнут ебло еблан ебош уеб уёб долбоеб долбоёб муда мудил
    пидор пидар пидр гандон гондон шлюх залуп
    mierd jodid putad gilipoll chingad pendej
    scheiß scheiss fick arschl wichs hurens
    merdi encul connard salop
    cazz stronz puttan coglion
    caralh fodid
    kurw chuj pierdol pierdal skurw jeban jebie
    """
    /// Verbal prefixes before Russian/Polish stems ("за-еб-ал", "на-хуй", "с-пизд-ил", "s-pierdal-aj").
    static let prefixes = ["за", "от", "отъ", "вы", "на", "у", "по", "съ", "подъ", "раз", "разъ", "рас", "до",
                           "пере", "недо", "об", "объ", "из", "изъ", "въ", "при", "про", "о", "ни", "wy", "za",
                           "od", "roz", "prze", "po", "do"]
    /// One-letter prefixes are too common ("с" + "ебастьян" is Sebastian): only with the unambiguous stems.
    static let shortPrefixes = ["с", "s", "z"]
    static let shortPrefixStems = ["пизд", "pierdol", "pierdal", "jeba", "jeban"]
    /// Stems that take the prefixes above.
    static let prefixableStems = ["хуй", "хуе", "хуя", "хуи", "пизд", "еба", "ебу", "ебл", "ебн", "ебат", "ебал", "ебан",
                                  "ебош", "ебыв", "pierdol", "pierdal", "jeba", "jebn", "kurw"]
    /// Ordinary words that begin like a stem.
    static let safeWords = HashTable(set: """
    shiitake shitake shittim pissarro pissoir wankel fickle assess slutsky slutskaya puttanesca
    ебург ебурга ебурге ебургу
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) })

    /// All lookups are hash tables keyed by word hashes; stems are keyed by (hash of the first n letters, n).
    struct Tables {
        var exact = HashTable()
        var collapsed = HashTable()
        var stems = HashTable()
        var prefixable = HashTable()
        var prefixes = HashTable()
        var shortPrefixable = HashTable()
        var shortPrefixes = HashTable()
        var safe = HashTable()
        /// First two letters of every stem, prefix and word: most tokens are ruled out with one look-up.
        var openings = HashTable()
        /// Folded words for matching masked spellings: "f*ck" against "fuck"; stems also match as prefixes ("п*здабол").
        var maskable: [[UInt32]] = []
        var maskableStems: [[UInt32]] = []
    }

    static let longestStem = 12

    @inline(__always)
    static func key(_ h: UInt64, _ length: Int) -> UInt64 { h ^ (UInt64(length) &* 0x9E37_79B9_7F4A_7C15) }

    static func words(_ s: String) -> [[UInt32]] {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { $0.unicodeScalars.map(Chars.fold) }
    }

    static func collapse<C: Collection>(_ w: C) -> [UInt32] where C.Element == UInt32 {
        var out: [UInt32] = []
        out.reserveCapacity(w.count)
        for c in w where out.last != c { out.append(c) }
        return out
    }

    static let lexicon: Lexicon = {
        var lx = Tables()
        for w in words(exactWords) {
            lx.exact.insert(WordHash.of(w)); lx.collapsed.insert(WordHash.of(collapse(w))); lx.maskable.append(w)
        }
        for w in words(stems) {
            lx.stems.insert(key(WordHash.of(w), w.count))
            lx.maskable.append(w)
            if w.count >= 3 { lx.maskableStems.append(w) }
        }
        for w in words(prefixableStems.joined(separator: " ")) { lx.prefixable.insert(key(WordHash.of(w), w.count)) }
        for w in words(prefixes.joined(separator: " ")) { lx.prefixes.insert(key(WordHash.of(w), w.count)) }
        for w in words(shortPrefixStems.joined(separator: " ")) { lx.shortPrefixable.insert(key(WordHash.of(w), w.count)) }
        for w in words(shortPrefixes.joined(separator: " ")) { lx.shortPrefixes.insert(key(WordHash.of(w), w.count)) }
        lx.safe = safeWords
        for list in [exactWords, stems, prefixableStems.joined(separator: " "), prefixes.joined(separator: " "),
                     shortPrefixes.joined(separator: " ")] {
            for w in words(list) where w.count >= 2 { lx.openings.insert(opening(w[0], w[1])) }
        }
        // One-letter prefixes open with the prefix and the stem's first letter ("с-пизд…", "о-хуи…").
        let stemsAfterPrefix = words((prefixableStems + shortPrefixStems).joined(separator: " "))
        for p in words((prefixes + shortPrefixes).joined(separator: " ")) where p.count == 1 {
            for w in stemsAfterPrefix { lx.openings.insert(opening(p[0], w[0])) }
        }
        for extra in ["fucking", "fucker", "fucked", "shitty", "bitches", "asshole", "хуй", "пизда", "ебать", "блять", "бля"] {
            lx.maskable.append(extra.unicodeScalars.map(Chars.fold))
        }
        return Lexicon(lx)
    }()

    /// Built once; a class so that reading it never copies (and retains) its dozen tables.
    final class Lexicon: Sendable {
        let exact, collapsed, stems, prefixable, prefixes, shortPrefixable, shortPrefixes, safe, openings: HashTable
        let maskable, maskableStems: [[UInt32]]

        init(_ t: Tables) {
            exact = t.exact; collapsed = t.collapsed; stems = t.stems; prefixable = t.prefixable
            prefixes = t.prefixes; shortPrefixable = t.shortPrefixable; shortPrefixes = t.shortPrefixes
            safe = t.safe; openings = t.openings; maskable = t.maskable; maskableStems = t.maskableStems
        }
    }

    @inline(__always)
    static func opening(_ a: UInt32, _ b: UInt32) -> UInt64 { (UInt64(a) << 32) | UInt64(b) }

    /// Is this folded letter sequence an obscene word?
    static func isProfane(_ w: ArraySlice<UInt32>, stretched: Bool = false) -> Bool {
        guard w.count >= 2 else { return false }
        let lx = lexicon
        let s = w.startIndex
        guard lx.openings.contains(opening(w[s], w[s + 1])) else { return false }
        let h = WordHash.of(w)
        if lx.safe.contains(h) { return false }
        if lx.exact.contains(h) { return true }
        if stretched && lx.collapsed.contains(WordHash.of(collapse(w))) { return true }
        var ph = WordHash.seed
        var length = 0
        for c in w.prefix(longestStem) {
            ph = WordHash.step(ph, c)
            length += 1
            let k = key(ph, length)
            if lx.stems.contains(k) || lx.prefixable.contains(k) { return true }
            if length < w.count {
                if lx.prefixes.contains(k) && stemAt(w, from: length, in: lx.prefixable) { return true }
                if lx.shortPrefixes.contains(k) && stemAt(w, from: length, in: lx.shortPrefixable) { return true }
            }
        }
        return false
    }

    static func isProfane(_ w: [UInt32], stretched: Bool = false) -> Bool { isProfane(w[...], stretched: stretched) }

    private static func stemAt(_ w: ArraySlice<UInt32>, from offset: Int, in table: HashTable) -> Bool {
        var h = WordHash.seed
        var length = 0
        for c in w.dropFirst(offset).prefix(longestStem) {
            h = WordHash.step(h, c)
            length += 1
            if table.contains(key(h, length)) { return true }
        }
        return false
    }

    // MARK: spelling normalisation

    static let latinLeet: [UInt32: UInt32] = [0x30: 0x6F, 0x31: 0x69, 0x33: 0x65, 0x34: 0x61, 0x35: 0x73, 0x37: 0x74,
                                              0x40: 0x61, 0x24: 0x73, 0x21: 0x69, 0x7C: 0x6C, 0x38: 0x62]
    static let cyrillicLeet: [UInt32: UInt32] = [0x30: 0x43E, 0x33: 0x437, 0x34: 0x447, 0x36: 0x431, 0x40: 0x430]
    /// Latin letters that look like Cyrillic ones, and back.
    static let latinToCyrillic: [UInt32: UInt32] = [0x61: 0x430, 0x65: 0x435, 0x6F: 0x43E, 0x70: 0x440, 0x63: 0x441,
                                                    0x78: 0x445, 0x79: 0x443, 0x6B: 0x43A, 0x6D: 0x43C, 0x74: 0x442,
                                                    0x68: 0x43D, 0x62: 0x432, 0x75: 0x438, 0x6E: 0x43F, 0x33: 0x437]
    static let cyrillicToLatin: [UInt32: UInt32] = [0x430: 0x61, 0x435: 0x65, 0x43E: 0x6F, 0x440: 0x70, 0x441: 0x63,
                                                    0x445: 0x78, 0x443: 0x79, 0x43A: 0x6B, 0x456: 0x69, 0x455: 0x73,
                                                    0x442: 0x74, 0x43C: 0x6D]

    static func isMask(_ v: UInt32) -> Bool { v == 0x2A || v == 0x23 || v == 0x25 || v == 0x2022 || v == 0xB7 }
    static func isSeparator(_ v: UInt32) -> Bool { v == 0x2E || v == 0x2D || v == 0x5F || v == 0x2B || v == 0x7E || v == 0x27 || v == 0x2C }

    /// Normalises one whitespace-delimited chunk: drops separators, maps leetspeak and look-alike letters to the
    /// chunk's main alphabet. Returns letters and whether any mask characters (`*`) were present.
    static func normalise(_ chunk: ArraySlice<UInt32>) -> (letters: [UInt32], masked: Bool, changed: Bool) {
        var latin = 0, cyr = 0
        for c in chunk {
            let s = Chars.script(c)
            if s == .latin { latin += 1 } else if s == .cyrillic { cyr += 1 }
        }
        let cyrillic = cyr > latin
        var out: [UInt32] = []
        var masked = false, changed = false
        for c in chunk {
            if isMask(c) { out.append(0x2A); masked = true; continue }
            if isSeparator(c) { changed = true; continue }
            let s = Chars.script(c)
            if cyrillic {
                if s == .latin, let m = latinToCyrillic[c] { out.append(m); changed = true; continue }
                if let m = cyrillicLeet[c] { out.append(m); changed = true; continue }
            } else {
                if s == .cyrillic, let m = cyrillicToLatin[c] { out.append(m); changed = true; continue }
                if let m = latinLeet[c] { out.append(m); changed = true; continue }
            }
            if s == .latin || s == .cyrillic { out.append(c) } else { return ([], false, false) }
        }
        return (out, masked, changed)
    }

    /// Matches a masked spelling ("f*ck", "п*зда", "b***h") against the maskable words.
    static func maskedMatch(_ w: [UInt32]) -> Bool {
        let visible = w.filter { $0 != 0x2A }.count
        guard visible >= 1, w.count >= 3, w.first != 0x2A else { return false }
        guard visible >= 2 || (w.count >= 4 && w.count <= 7) else { return false }
        var matches = 0
        for cand in lexicon.maskable where cand.count == w.count {
            if zip(cand, w).allSatisfy({ $1 == 0x2A || $0 == $1 }) { matches += 1 }
        }
        if matches == 0 && visible >= 3 {
            for stem in lexicon.maskableStems where stem.count < w.count {
                let head = w[0..<stem.count]
                if head.contains(0x2A) && zip(stem, head).allSatisfy({ $1 == 0x2A || $0 == $1 })
                    && !w[stem.count...].contains(0x2A) { matches += 1 }
            }
        }
        return matches >= 1
    }

    struct Hit: Sendable { var start: Int; var end: Int }

    static func find(_ scan: TextScan) -> [Hit] {
        var hits: [Hit] = []
        let f = scan.folded, n = scan.count
        // Pass 1: whitespace-delimited chunks, so masks and separators inside a word are seen.
        var i = 0
        var tokenCursor = 0
        while i < n {
            while i < n && (scan.kinds[i] == .space || scan.kinds[i] == .newline) { i += 1 }
            var j = i
            while j < n && scan.kinds[j] != .space && scan.kinds[j] != .newline { j += 1 }
            // Trim quotes and sentence punctuation around the chunk, but keep masks.
            var a = i, b = j
            while a < b, scan.kinds[a] != .letter, scan.kinds[a] != .digit, !isMask(f[a]), f[a] != 0x40, f[a] != 0x24 { a += 1 }
            while b > a, scan.kinds[b - 1] != .letter, scan.kinds[b - 1] != .digit, !isMask(f[b - 1]) { b -= 1 }
            if b - a >= 2 { checkChunk(scan, a, b, &tokenCursor, &hits) }
            i = j
        }
        // Pass 2: letters spaced out, "f u c k", "х у й".
        let tokens = scan.tokens
        let wordHits = SpanSet(hits.map { $0.start..<$0.end })
        var t = 0
        while t < tokens.count {
            guard tokens[t].letters == 1 && tokens[t].length == 1 else { t += 1; continue }
            var u = t
            while u + 1 < tokens.count && tokens[u + 1].letters == 1 && tokens[u + 1].length == 1
                    && tokens[u + 1].start - tokens[u].end <= 2 { u += 1 }
            if u - t >= 2 {
                let letters = (t...u).map { f[tokens[$0].start] }
                if isProfane(letters) || (hasRun3(letters) && isProfane(collapse(letters), stretched: true)) {
                    if !wordHits.contains(tokens[t].start) {
                        hits.append(Hit(start: tokens[t].start, end: tokens[u].end))
                    }
                }
            }
            t = u + 1
        }
        hits.sort { $0.start < $1.start }
        return hits
    }

    private static func checkChunk(_ scan: TextScan, _ a: Int, _ b: Int, _ cursor: inout Int, _ hits: inout [Hit]) {
        // Plain words inside the chunk first ("shit," "fuck-up" "x.com/fuck").
        var plainFound = false
        let tokens = scan.tokens
        while cursor < tokens.count && tokens[cursor].start < a { cursor += 1 }
        var k = cursor
        while k < tokens.count && tokens[k].end <= b {
            let t = tokens[k]
            k += 1
            guard t.letters >= 2 else { continue }
            // A capitalised "Dick" is usually a name.
            let w = scan.folded[t.start..<t.end]
            if t.hash == dickHash && Chars.isUpper(scan.scalars[t.start]) { continue }
            // Only runs of three or more letters count as stretching: double letters are ordinary spelling ("assess").
            let stretched = hasRun3(w)
            if isProfane(w) || (stretched && isProfane(collapse(w), stretched: true)) {
                hits.append(Hit(start: t.start, end: t.end)); plainFound = true
            }
        }
        if plainFound || b - a > 40 { return }
        // Then the whole chunk normalised: masks, leetspeak, separators, mixed alphabets.
        let chunk = scan.folded[a..<b]
        // Only chunks with something odd inside (a mask, a digit, a separator, two alphabets) need normalising;
        // an apostrophe alone ("don't") is ordinary spelling.
        var hasOdd = false, letterCount = 0
        var firstScript = Script.none
        for i in a..<b {
            if scan.kinds[i] == .letter {
                letterCount += 1
                let v = scan.folded[i]
                let sc = v < 0x80 ? Script.latin : Chars.script(v)
                if firstScript == .none { firstScript = sc } else if sc != firstScript { hasOdd = true }
            } else if scan.folded[i] != 0x27 { hasOdd = true }
        }
        guard letterCount > 0, hasOdd else { return }
        let (letters, masked, changed) = normalise(chunk)
        guard letters.count >= 3 else { return }
        if masked {
            if maskedMatch(letters) || maskedMatch(collapse(letters)) { hits.append(Hit(start: a, end: b)) }
        } else if changed && (isProfane(letters) || (hasRun3(letters) && isProfane(collapse(letters), stretched: true))) {
            hits.append(Hit(start: a, end: b))
        }
    }

    static let dickHash = WordHash.of("dick")

    private static func hasRun3<C: Collection>(_ w: C) -> Bool where C.Element == UInt32 {
        var run = 0
        var last: UInt32 = 0
        for c in w {
            run = c == last ? run + 1 : 1
            last = c
            if run >= 3 { return true }
        }
        return false
    }

    static func detect(_ scan: TextScan, messages: Messages.Catalog) -> [Finding] {
        let hits = find(scan)
        guard !hits.isEmpty else { return [] }
        var words: [String] = [], seen = Set<String>()
        for h in hits {
            let w = scan.string(h.start..<h.end)
            if seen.insert(w).inserted && words.count < 10 { words.append(w) }
        }
        let message = messages.profanity(words)
        return hits.map { Finding(rule: .profanity, start: $0.start, end: $0.end, confidence: 0.95, message: message) }
    }
}
