import Foundation

/// Judges one comment against every rule of the community standards. Pure and deterministic: everything it knows
/// comes in through the text and the `CommentContext`.
public struct Engine: Sendable {
    public let policy: Policy
    let spam: SpamModel.Compiled
    let identifier: LanguageIdentifier

    public init(policy: Policy = .default, spamModel: SpamModel = .bundled) {
        self.policy = policy
        self.spam = SpamModel.Compiled(spamModel)
        self.identifier = LanguageIdentifier.shared
    }

    public func evaluate(_ text: String, context: CommentContext) -> Verdict {
        policy.verdict(for: findings(text, context: context))
    }

    /// All findings, sorted by position then rule.
    public func findings(_ text: String, context: CommentContext) -> [Finding] {
        findings(TextScan(text), context: context, signature: nil)
    }

    func findings(_ scan: TextScan, context: CommentContext, signature: NearDuplicateIndex.Signature?) -> [Finding] {
        let messages = Messages.catalog(for: context.language)
        var out: [Finding] = []
        guard !scan.tokens.isEmpty || !scan.scalars.isEmpty else { return [] }

        let links = LinkExtractor.find(scan)
        let allMatches = SuspectedLexicon.matcher.find(in: scan)
        out.append(contentsOf: LinkRules.detect(scan, links: links, matches: allMatches, context: context, messages: messages))
        let personal = PersonalDataDetector.find(scan, matches: allMatches)
        let excluded = (links.map { $0.start..<$0.end } + personal.filter { $0.kind == .email }.map { $0.start..<$0.end })
            .sorted { $0.lowerBound < $1.lowerBound }

        // Words inside links, e-mail addresses or numbers someone must not publish are not the member's words.
        let evidenceSpans = SpanSet(links.map { $0.start..<$0.end } + personal.map { $0.start..<$0.end })
        let matches = allMatches.filter { !evidenceSpans.contains($0.start) }
        var suspected = SuspectedRules.findings(matches, scan: scan, messages: messages)
        // Co-occurrence only adds a rule no phrase found.
        // Co-occurrence only adds a rule no phrase found; insult words inside hate speech are part of the hate.
        for f in CooccurrenceRules.findings(matches, scan: scan, messages: messages)
        where !suspected.contains(where: { $0.rule == f.rule || (f.rule == .insultThreat && $0.rule == .hate) }) {
            suspected.append(f)
        }
        out.append(contentsOf: suspected)
        let commercial = matches.contains { $0.rule == .spam || $0.rule == .promotion }
        var evidence = SuspectedRules.CommerceEvidence()
        if commercial {
            evidence.links = links.contains { !$0.isAllowed(by: context.allowedDomains) }
            evidence.phones = personal.contains { $0.kind == .phone || $0.kind == .email }
            evidence.price = PriceScanner.hasPrice(scan)
            // The classifier only adds weight to a strong spam cue, so it runs only when there is one.
            if matches.contains(where: { $0.rule == .spam && $0.weight >= 0.7 }) {
                evidence.spamProbability = spam.probability(scan, links: evidence.links, price: evidence.price)
            }
        }
        let commerce = commercial ? SuspectedRules.commerce(
            matches, evidence: evidence, scanCount: scan.count, narcotics: suspected.contains { $0.rule == .narcotics },
            messages: messages) : []
        out.append(contentsOf: commerce)

        // A business's own phone or address in an advertisement is not a third party's personal data.
        let advert = !commerce.isEmpty
        for hit in personal where !(advert && (hit.kind == .phone || hit.kind == .email)) {
            out.append(Finding(rule: .personalData, start: hit.start, end: hit.end, confidence: hit.confidence,
                               message: messages.text(for: .personalData)))
        }

        out.append(contentsOf: ProfanityDetector.detect(scan, messages: messages))
        let outlet = OutletDetector.detect(scan, matches: matches, outletNames: context.outletNames, messages: messages)
        if !outlet.isEmpty {
            // An insult aimed at the publication's own people is disrespect of the outlet, not a second finding.
            let spans = SpanSet(outlet.map { $0.start..<$0.end })
            out.removeAll { $0.rule == .insultThreat && (spans.contains($0.start) || spans.contains(max($0.start, $0.end - 1))) }
            out.append(contentsOf: outlet)
        }
        if let f = CapsDetector.detect(scan, excluded: excluded, messages: messages) { out.append(f) }
        if let f = NoSentencesDetector.detect(scan, excluded: excluded, messages: messages) { out.append(f) }
        if let f = ForeignLanguageDetector.detect(scan, excluded: excluded, language: context.language,
                                                  identifier: identifier, messages: messages) { out.append(f) }

        if let index = context.nearDuplicates, let sig = signature ?? NearDuplicateIndex.signature(scan) {
            let others = Set(index.nearDuplicates(of: sig, author: context.author, at: context.now).map(\.author))
            if others.count >= 2 {
                out.append(Finding(rule: .flashMob, start: 0, end: scan.count,
                                   confidence: min(0.99, 0.8 + 0.04 * Double(others.count - 2)),
                                   message: messages.text(for: .flashMob)))
            }
        }
        let terms = TermVector(scan: scan)
        if let f = FloodDetector.detect(scan, terms: terms, context: context, messages: messages) { out.append(f) }
        if out.isEmpty || !out.contains(where: { $0.rule != .offTopic }) {
            if let f = OffTopicDetector.detect(scan, terms: terms, context: context, messages: messages) { out.append(f) }
        }
        out.sort { ($0.start, $0.rule.rawValue) < ($1.start, $1.rule.rawValue) }
        return out
    }
}
