import Foundation

/// personal_data: e-mail addresses, phone numbers, payment cards (Luhn), IBANs (mod 97), document numbers and
/// street addresses, each with its span so the caller can mask it.
enum PersonalDataDetector {
    enum Kind: String, Sendable { case email, phone, card, iban, document, address }

    struct Hit: Sendable {
        var kind: Kind
        var start: Int
        var end: Int
        var confidence: Double
    }

    static func find(_ scan: TextScan, matches: [PhraseMatcher.Match]) -> [Hit] {
        var hits = emails(scan)
        hits.append(contentsOf: numbers(scan, skipping: hits))
        hits.append(contentsOf: ibans(scan))
        hits.append(contentsOf: phraseHits(matches.filter { $0.rule == .personalData }, skipping: hits))
        hits.sort { $0.start < $1.start }
        return hits
    }

    // MARK: e-mail

    @inline(__always)
    private static func isLocalChar(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D
    }

    static func emails(_ scan: TextScan) -> [Hit] {
        var out: [Hit] = []
        let f = scan.folded, n = scan.count
        var i = 0
        while i < n {
            guard f[i] == 0x40 else { i += 1; continue }
            var a = i
            while a > 0 && isLocalChar(f[a - 1]) { a -= 1 }
            while a < i && f[a] == 0x2E { a += 1 }
            var b = i + 1
            var dots = 0, lastDot = -1
            while b < n && (LinkExtractor.isHostChar(f[b]) || (f[b] == 0x2E && b + 1 < n && LinkExtractor.isHostChar(f[b + 1]))) {
                if f[b] == 0x2E { dots += 1; lastDot = b }
                b += 1
            }
            if a < i, dots >= 1, b - lastDot - 1 >= 2, (lastDot + 1..<b).allSatisfy({ Chars.kind(scan.scalars[$0]) == .letter }),
               !roleMailboxes.contains(WordHash.of(scan.folded[a..<i])) {
                out.append(Hit(kind: .email, start: a, end: b, confidence: 0.97))
            }
            i = max(b, i + 1)
        }
        return out
    }

    /// Organisations' role addresses (editor@…, info@…) are not a person's data.
    static let roleMailboxes = HashTable(set: ["info", "editor", "editors", "letters", "news", "newsdesk", "press",
                                               "support", "help", "contact", "contacts", "office", "admin", "hello",
                                               "feedback", "enquiries", "inquiries", "media", "team", "sales",
                                               "complaints", "abuse", "privacy", "webmaster", "noreply", "no-reply"].map(WordHash.of))

    // MARK: phones and cards

    static func luhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (k, d) in digits.reversed().enumerated() {
            var x = Int(d)
            if k % 2 == 1 { x *= 2; if x > 9 { x -= 9 } }
            sum += x
        }
        return sum % 10 == 0
    }

    private static let phoneCues: Set<UInt64> = Set([
        "call", "phone", "tel", "telephone", "mobile", "cell", "number", "whatsapp", "viber", "telegram", "text",
        "sms", "contact", "ring", "dial", "телефон", "тел", "номер", "звони", "звоните", "позвоните", "мобильный",
        "ватсап", "вайбер", "телеграм", "пишите", "teléfono", "telefon", "téléphone", "numéro", "número", "handy",
    ].map(WordHash.of))

    private static func hasCueBefore(_ scan: TextScan, _ pos: Int, tokens: Int = 4) -> Bool {
        // Binary search for the last token ending at or before pos.
        var lo = 0, hi = scan.tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if scan.tokens[mid].end <= pos { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return false }
        var k = lo - 1, seen = 0
        while k >= 0 && seen < tokens {
            if phoneCues.contains(scan.tokens[k].hash) { return true }
            k -= 1; seen += 1
        }
        return false
    }

    static func numbers(_ scan: TextScan, skipping hits: [Hit]) -> [Hit] {
        var out: [Hit] = []
        let taken = SpanSet(hits.map { $0.start..<$0.end })
        let s = scan.scalars, n = scan.count
        var i = 0
        while i < n {
            let v = s[i].value
            let startsHere = (v >= 0x30 && v <= 0x39) || ((v == 0x2B || v == 0x28) && i + 1 < n && (s[i + 1].value >= 0x30 && s[i + 1].value <= 0x39))
            guard startsHere, i == 0 || !(scan.kinds[i - 1] == .letter || scan.kinds[i - 1] == .digit || s[i - 1] == "." || s[i - 1] == "," || s[i - 1] == "$" || s[i - 1] == "€" || s[i - 1] == "£" || s[i - 1] == "-" || s[i - 1] == "/") else {
                i += 1; continue
            }
            if taken.contains(i) { i += 1; continue }
            var j = i
            var digits: [UInt8] = []
            var groups: [Int] = []
            var current = 0
            var seps = Set<UInt32>()
            var lastWasSep = false
            var pending: UInt32? = nil   // a separator counts only once a digit follows it
            while j < n {
                let c = s[j].value
                if c >= 0x30 && c <= 0x39 {
                    if let p = pending { seps.insert(p); pending = nil }
                    digits.append(UInt8(c - 0x30)); current += 1; lastWasSep = false
                } else if c == 0x2B && j == i {
                    lastWasSep = false
                } else if c == 0x28 || c == 0x29 {
                    // Brackets around an area code: "(212) 555-0187", "8 (916) 123-45-67".
                    if current > 0 { groups.append(current); current = 0 }
                    lastWasSep = false
                } else if (c == 0x20 || c == 0x2D || c == 0x2E || c == 0xA0) && !lastWasSep {
                    if current > 0 { groups.append(current); current = 0 }
                    pending = c
                    lastWasSep = true
                } else { break }
                j += 1
            }
            if current > 0 { groups.append(current) }
            var end = j
            while end > i, !(s[end - 1].value >= 0x30 && s[end - 1].value <= 0x39) { end -= 1 }
            // A number glued to letters ("12345abc") or followed by a decimal part is something else.
            if end < n, scan.kinds[end] == .letter { i = max(j, i + 1); continue }
            if let hit = classify(scan, start: i, end: end, digits: digits, groups: groups, seps: seps) { out.append(hit) }
            i = max(j, i + 1)
        }
        return out
    }

    private static func classify(_ scan: TextScan, start: Int, end: Int, digits: [UInt8], groups: [Int], seps: Set<UInt32>) -> Hit? {
        let count = digits.count
        let plus = scan.scalars[start] == "+"
        // Thousands grouping ("1 000 000", "2.500.000") is an amount, not a phone.
        if groups.count >= 3, groups.dropFirst().allSatisfy({ $0 == 3 }), groups[0] <= 3, !plus, seps.count == 1 { return nil }
        if count >= 13 && count <= 19 && luhn(digits) && !plus {
            let grouped = groups.count == 1 || groups.allSatisfy { $0 == 4 } || groups == [4, 6, 5] || groups == [4, 6, 4]
            if grouped { return Hit(kind: .card, start: start, end: end, confidence: 0.95) }
        }
        // Toll-free and hotline numbers (1-800-…, 8-800-…) belong to organisations.
        if isTollFree(digits) { return nil }
        if plus && count >= 8 && count <= 15 { return Hit(kind: .phone, start: start, end: end, confidence: 0.93) }
        // SSN 123-45-6789
        if groups == [3, 2, 4] && seps == [0x2D] { return Hit(kind: .document, start: start, end: end, confidence: 0.85) }
        guard count >= 10 && count <= 12 else {
            if count >= 7 && count <= 9 && groups.count >= 2 && hasCueBefore(scan, start) && !seps.contains(0x2E) {
                return Hit(kind: .phone, start: start, end: end, confidence: 0.8)
            }
            return nil
        }
        if groups.count == 1 {
            let ru = count == 11 && (digits[0] == 8 || digits[0] == 7) && digits[1] == 9
            if ru || hasCueBefore(scan, start) { return Hit(kind: .phone, start: start, end: end, confidence: 0.85) }
            return nil
        }
        let phoneShapes: [[Int]] = [[3, 3, 4], [3, 3, 2, 2], [1, 3, 3, 4], [1, 3, 3, 2, 2], [5, 6], [4, 3, 4], [3, 4, 4],
                                    [4, 6], [2, 4, 4], [1, 3, 3, 2, 2], [3, 2, 2, 2, 2],
                                    [1, 3, 7], [2, 3, 3, 3], [2, 3, 2, 2, 2], [3, 7], [4, 4, 4], [2, 8]]
        if groups == [2, 2, 2, 2, 2] && digits[0] == 0 { return Hit(kind: .phone, start: start, end: end, confidence: 0.85) }
        if phoneShapes.contains(groups) { return Hit(kind: .phone, start: start, end: end, confidence: 0.88) }
        if hasCueBefore(scan, start) && groups.count >= 2 { return Hit(kind: .phone, start: start, end: end, confidence: 0.8) }
        return nil
    }

    static func isTollFree(_ d: [UInt8]) -> Bool {
        let tollFree: Set<Int> = [800, 888, 877, 866, 855, 844, 833]
        func area(_ k: Int) -> Int? { d.count >= k + 3 ? Int(d[k]) * 100 + Int(d[k + 1]) * 10 + Int(d[k + 2]) : nil }
        if let a = area(0), tollFree.contains(a), d.count == 10 { return true }
        // UK premium-rate and service numbers (09…, 087…, 084…, 070 personal-numbering redirects), US 1-900: they
        // belong to whoever sells the service, never to a private person.
        if d.count >= 10 && d.count <= 11 && d[0] == 0 {
            if d[1] == 9 || (d[1] == 8 && (d[2] == 7 || d[2] == 4)) || (d[1] == 7 && d[2] == 0) { return true }
        }
        if d.count == 11, d[0] == 1, area(1) == 900 { return true }
        // Freephone 0800 / 0808 / 0500 (UK, Germany, the Netherlands and others).
        if d.count >= 10, d[0] == 0, let a = area(1), a == 800 || a == 808 || a == 500 { return true }
        if d.count == 11, d[0] == 1 || d[0] == 8 || d[0] == 7, let a = area(1), tollFree.contains(a) { return true }
        return false
    }

    // MARK: IBAN

    static func mod97(_ chars: [UInt32]) -> Bool {
        guard chars.count >= 15 else { return false }
        let rearranged = Array(chars[4...]) + Array(chars[..<4])
        var r = 0
        for c in rearranged {
            if c >= 0x30 && c <= 0x39 { r = (r * 10 + Int(c - 0x30)) % 97 }
            else if c >= 0x61 && c <= 0x7A { r = (r * 100 + Int(c - 0x61 + 10)) % 97 }
            else { return false }
        }
        return r == 1
    }

    static func ibans(_ scan: TextScan) -> [Hit] {
        var out: [Hit] = []
        let f = scan.folded, n = scan.count
        var i = 0
        while i + 15 <= n {
            guard f[i] >= 0x61 && f[i] <= 0x7A, f[i + 1] >= 0x61 && f[i + 1] <= 0x7A,
                  f[i + 2] >= 0x30 && f[i + 2] <= 0x39, f[i + 3] >= 0x30 && f[i + 3] <= 0x39,
                  i == 0 || !(scan.kinds[i - 1] == .letter || scan.kinds[i - 1] == .digit),
                  Chars.isUpper(scan.scalars[i]) && Chars.isUpper(scan.scalars[i + 1]) else { i += 1; continue }
            var chars: [UInt32] = []
            var ends: [Int] = []
            var j = i
            while j < n && chars.count < 34 {
                let c = f[j]
                if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) { chars.append(c); ends.append(j + 1) }
                else if c == 0x20 && j + 1 < n && f[j + 1] != 0x20 && !chars.isEmpty {} else { break }
                j += 1
            }
            var found = false
            if chars.count >= 15 {
                for len in stride(from: chars.count, through: 15, by: -1) where mod97(Array(chars[..<len])) {
                    out.append(Hit(kind: .iban, start: i, end: ends[len - 1], confidence: 0.95))
                    i = ends[len - 1]
                    found = true
                    break
                }
            }
            if !found { i += 1 }
        }
        return out
    }

    // MARK: documents and addresses

    static let phrases = """
    // Document numbers after their name.
    personal_data 0.85 | (passport|паспорт|паспорта|снилс|инн|ssn) ~3 #
    personal_data 0.85 | social security ~2 #
    personal_data 0.85 | (driver's|drivers|driving) (license|licence) ~2 #
    // Street addresses: "221 Baker Street", "ул. Ленина, д. 5", "Tverskaya st. 12 apt 4".
    personal_data 0.75 | # ~3 (street|avenue|ave|road|rd|boulevard|blvd|lane|drive|court|terrace|crescent) (apt|apartment|unit|flat|suite)
    personal_data 0.7 | (lives|living|live|address|живет|живёт|проживает|адрес) ~4 # ~3 (street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|terrace|crescent|close)
    personal_data 0.7 | (ул|улица|улице|проспект|пр|переулок|пер|бульвар|шоссе|пл|площадь) ~3 (д|дом|дома) # 
    personal_data 0.7 | (д|дом) # ~2 (кв|квартира|квартиры) #
    """

    static func phraseHits(_ matches: [PhraseMatcher.Match], skipping hits: [Hit]) -> [Hit] {
        let taken = SpanSet(hits.map { $0.start..<$0.end })
        return matches.compactMap { m in
            if taken.contains(m.start) || taken.contains(m.end - 1) { return nil }
            return Hit(kind: m.pattern.contains("passport") || m.pattern.contains("ssn") || m.pattern.contains("security") || m.pattern.contains("license") ? .document : .address,
                       start: m.start, end: m.end, confidence: m.weight)
        }
    }
}
