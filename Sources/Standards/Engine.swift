import Foundation

/// Judges one comment against every rule of the community standards. Pure and deterministic: everything it knows
/// comes in through the text and the `CommentContext`.
public struct Engine: Sendable {
    public let policy: Policy
    let spam: SpamModel.Compiled
    let identifier: LanguageIdentifier
    let content: ContentModel

    public init(policy: Policy = .default, spamModel: SpamModel = .bundled) {
        self.policy = policy
        self.spam = SpamModel.Compiled(spamModel)
        self.identifier = LanguageIdentifier.shared
        self.content = ContentModel.shared
    }

    public func evaluate(_ text: String, context: CommentContext) -> Verdict {
        policy.verdict(for: findings(text, context: context))
    }

    /// All findings, sorted by position then rule.
    public func findings(_ text: String, context: CommentContext) -> [Finding] {
        findings(TextScan(text), context: context, signature: nil)
    }

    func findings(_ scan: TextScan, context: CommentContext, signature: NearDuplicateIndex.Signature?) -> [Finding] {
        guard !scan.scalars.isEmpty else { return [] }
        let messages = Messages.catalog(for: context.language)
        let links = LinkExtractor.find(scan)
        let allMatches = SuspectedLexicon.matcher.find(in: scan)
        let personal = PersonalDataDetector.find(scan, matches: allMatches)
        // Words inside links, e-mail addresses or numbers someone must not publish are not the member's words.
        let evidence = SpanSet(links.map { $0.start..<$0.end } + personal.map { $0.start..<$0.end })
        let matches = allMatches.filter { !evidence.contains($0.start) }

        var out = LinkRules.detect(scan, links: links, matches: allMatches, context: context, messages: messages)
        let suspected = suspectedFindings(scan, matches: matches, messages: messages)
        out.append(contentsOf: suspected)
        let commerce = commerceFindings(scan, matches: matches, links: links, personal: personal, context: context,
                                        narcotics: suspected.contains { $0.rule == .narcotics }, messages: messages)
        out.append(contentsOf: commerce)
        let statistical = statisticalFindings(scan, links: links, personal: personal, context: context,
                                              found: suspected + commerce, messages: messages)
        out.append(contentsOf: statistical)
        // Spam already says "advertising": promotion is only reported when the comment is not spam.
        if statistical.contains(where: { $0.rule == .spam }) { out.removeAll { $0.rule == .promotion } }
        // The model's own reading of an advert only clears a phone number when it is sure: "call the mayor at home
        // on …" is somebody's personal data however much it sounds like "call us on …".
        // Spam is only reported when the model is precise (its reject threshold), so any spam finding clears them.
        let commercial = !commerce.isEmpty || statistical.contains {
            $0.rule == .spam || ($0.rule == .promotion && $0.confidence >= confident($0.rule))
        }
        // A business's own phone or address in an advertisement is not a third party's personal data.
        for hit in personal where !commercial || (hit.kind != .phone && hit.kind != .email) {
            out.append(Finding(rule: .personalData, start: hit.start, end: hit.end, confidence: hit.confidence,
                               message: messages.text(for: .personalData)))
        }
        addAdvertContact(scan, personal: personal, messages: messages, to: &out)
        out.append(contentsOf: ProfanityDetector.detect(scan, messages: messages))
        addOutletFindings(scan, matches: matches, context: context, messages: messages, to: &out)
        out.append(contentsOf: writingFindings(scan, links: links, personal: personal, language: context.language,
                                               messages: messages))
        let context = contextFindings(scan, context: context, signature: signature, messages: messages,
                                      nothingElse: out.isEmpty)
        // Keyboard mashing or a row of emoji inside a burst is the flood, not a second finding.
        if context.contains(where: { $0.rule == .flood }), out.contains(where: { $0.rule == .noSentences }),
           NoSentencesDetector.noWords(scan, excluded: [], messages: messages) != nil {
            out.removeAll { $0.rule == .noSentences }
        }
        out.append(contentsOf: context)
        out.sort { ($0.start, $0.rule.rawValue) < ($1.start, $1.rule.rawValue) }
        return out
    }

    /// Phrase findings for the suspected rules, then co-occurrences for rules no phrase found (insult words inside
    /// hate speech are part of the hate).
    private func suspectedFindings(_ scan: TextScan, matches: [PhraseMatcher.Match], messages: Messages.Catalog) -> [Finding] {
        var suspected = SuspectedRules.findings(matches, scan: scan, messages: messages)
        for f in CooccurrenceRules.findings(matches, scan: scan, messages: messages)
        where !suspected.contains(where: { $0.rule == f.rule || (f.rule == .insultThreat && $0.rule == .hate) }) {
            suspected.append(f)
        }
        return suspected
    }

    /// The statistical layer (`ContentModel`) for the content rules the phrase detectors did not find: each finding
    /// carries the model's calibrated probability and the span of the words that weighed most.
    private func statisticalFindings(_ scan: TextScan, links: [FoundLink], personal: [PersonalDataDetector.Hit],
                                     context: CommentContext, found: [Finding], messages: Messages.Catalog) -> [Finding] {
        // Too little text to weigh: "no no no", "lol ok". The phrase detectors still judge short comments.
        var distinct: [UInt64] = []
        for t in scan.tokens where t.letters >= 2 && !distinct.contains(t.hash) {
            distinct.append(t.hash)
            if distinct.count >= ContentModel.minimumWords { break }
        }
        guard distinct.count >= ContentModel.minimumWords else { return [] }
        let features = ContentFeatures.of(scan, links: links, personal: personal, allowedDomains: context.allowedDomains)
        let scores = content.score(features)
        let already = Set(found.map(\.rule))
        var probability: [Rule: Double] = [:]
        var out: [Finding] = []
        for (r, s) in scores.enumerated() {
            probability[s.rule] = s.probability
            guard s.probability >= content.header.report[r], !already.contains(s.rule) else { continue }
            // An insult or baiting in English that the offensive-language model (trained on real comments) finds
            // inoffensive, with no word for a contemptible person ("thickest", "muppet") either, is a false alarm of
            // the content model: "what do you think about the new mayor?".
            if (s.rule == .insultThreat || s.rule == .trolling) && features.latin
                && features.offensive < ContentModel.offensiveGate
                && !scan.tokens.contains(where: { ContentModel.insultTraits.contains($0.hash) }) { continue }
            let span = content.evidence(scan, features, rule: r) ?? (0, scan.count)
            out.append(Finding(rule: s.rule, start: span.start, end: span.end, confidence: min(0.99, s.probability),
                               message: messages.text(for: s.rule)))
        }
        guard !out.isEmpty else { return out }
        let all = already.union(out.map(\.rule))
        func p(_ rule: Rule) -> Double { probability[rule] ?? 0 }
        // One reading of an advert: spam (reject) or promotion (hold), whichever the model is surer of; a dealer's
        // "DM me" is narcotics, not either.
        if already.contains(.spam) || (all.contains(.spam) && p(.spam) >= p(.promotion)) { out.removeAll { $0.rule == .promotion } }
        else if all.contains(.promotion) { out.removeAll { $0.rule == .spam } }
        if all.contains(.narcotics) { out.removeAll { $0.rule == .promotion || $0.rule == .spam } }
        // Insulting words inside hate speech are part of the hate; baiting inside an insult is the insult.
        if all.contains(.hate) { out.removeAll { $0.rule == .insultThreat && $0.confidence < confident(.insultThreat) } }
        if all.contains(.insultThreat) || all.contains(.hate) { out.removeAll { $0.rule == .trolling } }
        return out
    }

    /// commercial_links covers comments that "pursue commercial aims or advertise", not only links: an advert (spam
    /// or promotion) that gives a phone number, short code or e-mail address to reach the advertiser is one, with that
    /// contact as the evidence.
    private func addAdvertContact(_ scan: TextScan, personal: [PersonalDataDetector.Hit], messages: Messages.Catalog,
                                  to out: inout [Finding]) {
        guard !out.contains(where: { $0.rule == .commercialLinks }),
              let advert = out.filter({ $0.rule == .spam || $0.rule == .promotion }).max(by: { $0.confidence < $1.confidence })
        else { return }
        var contact = personal.first { $0.kind == .phone || $0.kind == .email }.map { $0.start..<$0.end }
        if contact == nil { contact = ContentFeatures.contactNumber(scan) }
        guard let span = contact else { return }
        out.append(Finding(rule: .commercialLinks, start: span.lowerBound, end: span.upperBound,
                           confidence: min(0.95, advert.confidence * 0.95), message: messages.advertContact))
    }

    private func confident(_ rule: Rule) -> Double {
        content.index(of: rule).map { content.header.confident[$0] } ?? 1
    }

    /// promotion and spam, weighed with links, phone numbers, prices and (for a strong spam cue) the classifier.
    private func commerceFindings(_ scan: TextScan, matches: [PhraseMatcher.Match], links: [FoundLink],
                                  personal: [PersonalDataDetector.Hit], context: CommentContext, narcotics: Bool,
                                  messages: Messages.Catalog) -> [Finding] {
        guard matches.contains(where: { $0.rule == .spam || $0.rule == .promotion }) else { return [] }
        var evidence = SuspectedRules.CommerceEvidence()
        evidence.links = links.contains { !$0.isAllowed(by: context.allowedDomains) }
        evidence.phones = personal.contains { $0.kind == .phone || $0.kind == .email }
        evidence.price = PriceScanner.hasPrice(scan)
        if matches.contains(where: { $0.rule == .spam && $0.weight >= 0.7 }) {
            evidence.spamProbability = spam.probability(scan, links: evidence.links, price: evidence.price)
        }
        return SuspectedRules.commerce(matches, evidence: evidence, narcotics: narcotics, messages: messages)
    }

    /// disrespect_outlet; an insult aimed at the publication's own people is that, not a second finding.
    private func addOutletFindings(_ scan: TextScan, matches: [PhraseMatcher.Match], context: CommentContext,
                                   messages: Messages.Catalog, to out: inout [Finding]) {
        let outlet = OutletDetector.detect(scan, matches: matches, outletNames: context.outletNames, messages: messages)
        guard !outlet.isEmpty else { return }
        let spans = SpanSet(outlet.map { $0.start..<$0.end })
        out.removeAll { $0.rule == .insultThreat && (spans.contains($0.start) || spans.contains(max($0.start, $0.end - 1))) }
        out.append(contentsOf: outlet)
    }

    /// caps, no_sentences, foreign_language: how the comment is written (links and e-mail addresses skipped).
    private func writingFindings(_ scan: TextScan, links: [FoundLink], personal: [PersonalDataDetector.Hit],
                                 language: String, messages: Messages.Catalog) -> [Finding] {
        let excluded = (links.map { $0.start..<$0.end } + personal.filter { $0.kind == .email }.map { $0.start..<$0.end })
            .sorted { $0.lowerBound < $1.lowerBound }
        return [
            CapsDetector.detect(scan, excluded: excluded, messages: messages),
            NoSentencesDetector.detect(scan, excluded: excluded, messages: messages),
            ForeignLanguageDetector.detect(scan, excluded: excluded, language: language, identifier: identifier,
                                           messages: messages),
        ].compactMap { $0 }
    }

    /// flash_mob, flood and (only when nothing else was found) off_topic: rules that need the context.
    private func contextFindings(_ scan: TextScan, context: CommentContext, signature: NearDuplicateIndex.Signature?,
                                 messages: Messages.Catalog, nothingElse: Bool) -> [Finding] {
        var out: [Finding] = []
        if let index = context.nearDuplicates, let sig = signature ?? NearDuplicateIndex.signature(scan) {
            let others = Set(index.nearDuplicates(of: sig, author: context.author, at: context.now).map(\.author))
            if others.count >= 2 {
                out.append(Finding(rule: .flashMob, start: 0, end: scan.count,
                                   confidence: min(0.99, 0.8 + 0.04 * Double(others.count - 2)),
                                   message: messages.text(for: .flashMob)))
            }
        }
        // The term vector is only needed for a burst of messages or a possible off-topic comment.
        let burst = context.thread.count { $0.author == context.author && $0.time > context.now.addingTimeInterval(-FloodDetector.window) } >= 1
            || context.authorRecent.count >= FloodDetector.hardBurstCount
        let offTopicPossible = nothingElse && (OffTopicDetector.announced(scan) || context.article != nil
            && scan.tokens.count(where: { $0.letters >= 3 }) >= OffTopicDetector.requestContentWords)
        guard burst || offTopicPossible else { return out }
        let terms = TermVector(scan: scan)
        if burst, let f = FloodDetector.detect(scan, terms: terms, context: context, messages: messages) { out.append(f) }
        if offTopicPossible && out.isEmpty,
           let f = OffTopicDetector.detect(scan, terms: terms, context: context, messages: messages) { out.append(f) }
        return out
    }
}
