import Foundation

/// foreign_language: the comment is written in a language other than the edition's.
///
/// Needs enough text to tell (about 40 letters, or 12 CJK characters); links, e-mail addresses and quoted
/// passages are not counted. Closely related languages (Russian/Ukrainian/Belarusian/Bulgarian, Spanish/
/// Portuguese/Catalan/Italian, the Scandinavian ones, Czech/Slovak, Serbian/Croatian) need a wider margin.
enum ForeignLanguageDetector {
    static let minimumLetters = 40
    static let minimumCJK = 12
    /// Mean log-likelihood advantage per trigram of the winning language over the edition's language.
    static let margin: Float = 0.5
    static let relatedMargin: Float = 1.0
    static let families: [Set<String>] = [
        ["ru", "uk", "be", "bg", "sr"], ["es", "pt", "ca", "it", "fr"], ["da", "nb", "sv"], ["cs", "sk", "pl"],
        ["sr", "hr"], ["id", "vi"], ["zh", "ja"], ["ar", "fa"],
    ]
    /// Scripts that name their language outright (the trigram profiles are for alphabets with word spaces).
    static func languageOfScript(_ script: Script, persian: Bool) -> String? {
        switch script {
        case .han: "zh"
        case .kana: "ja"
        case .hangul: "ko"
        case .arabic: persian ? "fa" : "ar"
        case .hebrew: "he"
        case .greek: "el"
        default: nil
        }
    }
    static let persianLetters: Set<UInt32> = [0x67E, 0x686, 0x698, 0x6AF, 0x6A9, 0x6CC]

    static func detect(_ scan: TextScan, excluded: [Range<Int>], language: String, identifier: LanguageIdentifier,
                       messages: Messages.Catalog) -> Finding? {
        let edition = String(language.lowercased().prefix(2))
        guard let editionIndex = identifier.languages.firstIndex(of: edition) else { return nil }
        let editionStopWords = StopWords.function[edition]
        // Count letters outside links, and skip text inside quotation marks (a quoted source is not the comment).
        let quoted = quotedRanges(scan)
        let skip = (excluded + quoted).sorted { $0.lowerBound < $1.lowerBound }
        var letters = 0, cjk = 0, ex = 0
        var byScript = [Int](repeating: 0, count: 10)
        var editionWords = 0, words = 0
        for t in scan.tokens where t.letters > 0 {
            while ex < skip.count && skip[ex].upperBound <= t.start { ex += 1 }
            if ex < skip.count && skip[ex].contains(t.start) { continue }
            if t.script == .han || t.script == .kana || t.script == .hangul { cjk += t.letters } else { letters += t.letters }
            byScript[Int(t.script.rawValue)] += t.letters
            words += 1
            if editionStopWords?.contains(t.hash) == true { editionWords += 1 }
        }
        // Plenty of the edition's own function words: no need to weigh trigrams.
        if words >= 6 && editionWords * 4 >= words { return nil }
        guard letters >= minimumLetters || cjk >= minimumCJK else { return nil }
        let total = letters + cjk
        let editionHasOwnScript = languageOfScript(editionScript(edition), persian: false) != nil
        let top = byScript.indices.max { byScript[$0] < byScript[$1] } ?? 0
        if let script = Script(rawValue: UInt8(top)), Double(byScript[top]) >= 0.6 * Double(total) {
            let persian = script == .arabic && scan.scalars.contains { persianLetters.contains($0.value) }
            // Japanese mixes kana with Han: any kana makes it Japanese.
            let hasKana = byScript[Int(Script.kana.rawValue)] > 0
            if var lang = languageOfScript(script, persian: persian) {
                if lang == "zh" && hasKana { lang = "ja" }
                guard lang != edition else { return nil }
                return Finding(rule: .foreignLanguage, start: 0, end: scan.count, confidence: 0.95,
                               message: messages.text(for: .foreignLanguage))
            }
            // Latin or Cyrillic text in a Chinese, Arabic… edition is foreign; otherwise the trigram model decides
            // (it also tells Russian from Ukrainian).
            if editionHasOwnScript {
                return Finding(rule: .foreignLanguage, start: 0, end: scan.count, confidence: 0.9,
                               message: messages.text(for: .foreignLanguage))
            }
        }
        if editionHasOwnScript { return nil }
        let (langs, scores, n) = identifier.scores(scan, excluded: skip, limit: 300)
        guard n >= 12 else { return nil }
        var best = 0
        for l in 1..<scores.count where scores[l] > scores[best] { best = l }
        guard best != editionIndex else { return nil }
        let advantage = (scores[best] - scores[editionIndex]) / Float(n)
        let related = families.contains { $0.contains(edition) && $0.contains(langs[best]) }
        let needed = related ? relatedMargin : margin
        guard advantage >= needed else { return nil }
        let confidence = Double(min(0.99, 0.6 + (advantage - needed) / 4))
        return Finding(rule: .foreignLanguage, start: 0, end: scan.count, confidence: confidence,
                       message: messages.text(for: .foreignLanguage))
    }

    static func editionScript(_ edition: String) -> Script {
        switch edition {
        case "zh": .han
        case "ja": .kana
        case "ko": .hangul
        case "ar", "fa": .arabic
        case "he": .hebrew
        case "el": .greek
        default: .latin
        }
    }

    /// Spans inside “…”, «…», "…" quotes (balanced pairs only).
    static func quotedRanges(_ scan: TextScan) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int? = nil
        var openChar: UInt32 = 0
        for i in 0..<scan.count {
            let v = scan.scalars[i].value
            if let o = open {
                let closes = (openChar == 0x22 && v == 0x22) || (openChar == 0x201C && v == 0x201D) || (openChar == 0xAB && v == 0xBB)
                if closes { out.append(o..<(i + 1)); open = nil }
            } else if v == 0x22 || v == 0x201C || v == 0xAB {
                open = i; openChar = v
            }
        }
        return out
    }
}
