import Foundation
import Testing
@testable import Standards

/// The suspected rules (held for a moderator) and profanity: lexicon detectors with near misses.
struct ContentRulesTests {
    @Test(arguments: [
        yes("What a fucking joke of a penalty."),
        yes("240 million? Are they f*cking serious?"),
        yes("Bullsh1t promises from both sides."),
        yes("The insurance companies are a bunch of c.u.n.t.s"),
        yes("f u c k this referee"),
        yes("Fuuuuck this referee"),
        yes("What a load of s**t."),
        yes("$hit happens, they said."),
        yes("Да пошли они нахуй со своим мостом.", "ru"),
        yes("Это просто xуйня, а не проект.", "ru"),
        yes("Мэр — п*здабол и вор.", "ru"),
        yes("Они опять всё спиздили.", "ru"),
        yes("Mierda de partido, el árbitro es un cabrón.", "es"),
        yes("Das ist doch Scheiße, was die Regierung macht.", "de"),
        yes("Putain, quel match de merde.", "fr"),
        no("Residents of Scunthorpe assess the class of cocktails in Penistone."),
        no("Оскорблять и употреблять — разные вещи, себе дороже.", "ru"),
        no("Себастьян считает, что мост построят нескоро.", "ru"),
        no("The shiitake harvest was lost in the flood."),
        no("Spaghetti alla puttanesca at the Arsenal café, then Dickens at the library."),
        no("Был в Ебурге на выходных, мост там построили за два года.", "ru"),
        no("Dick Cheney was vice president back then."),
        no("What the h*ll is going on with the budget?"),
        no("Damn, that was a close game."),
        no("Footnote*: figures from the 2023 report."),
    ])
    func profanityMatchesWholeWordsThroughObfuscation(_ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(.profanity) == c.found)
    }

    @Test func profanityMessageNamesTheWords() {
        let verdict = engine.evaluate("This is shit and f*ck the ref", context: context())
        let finding = verdict.findings.first { $0.rule == .profanity }
        #expect(verdict.action == .reject)
        #expect(finding?.message.contains("«shit»") == true)
        #expect(finding?.message.contains("«f*ck»") == true)
    }

    @Test(arguments: [
        (Rule.insultThreat, yes("You are an idiot if you think that was a penalty.")),
        (.insultThreat, yes("I know where you live, keep writing and see what happens.")),
        (.insultThreat, yes("I hope the referee gets cancer and dies.")),
        (.insultThreat, yes("Ты идиот, если веришь мэру.", "ru")),
        (.insultThreat, no("I felt so stupid decision-wise, but the defending was worse.")),
        (.insultThreat, no("Kill the game off when you're 1-0 up.")),
        (.hate, yes("Immigrants are parasites who should be deported.")),
        (.hate, yes("Go back to your own country, nobody wants you here.")),
        (.hate, yes("Мигранты — это паразиты, их надо выгнать всех.", "ru")),
        (.hate, no("Immigrants are essential workers in this valley.")),
        (.hate, no("The Jewish community centre organised food for flood victims.")),
        (.extremism, yes("Sieg heil! Only the white race can save this country.")),
        (.extremism, yes("If they win we should storm the parliament and hang the traitors.")),
        (.extremism, no("The film about the 1930s showed crowds shouting at rallies.")),
        (.minors, yes("Anyone trading child porn links, message me.")),
        (.minors, no("The man was jailed for child abuse, good riddance.")),
        (.violence, yes("I kicked the neighbour's dog until it stopped whining.")),
        (.violence, no("My dog was terrified of the water, we carried him out.")),
        (.suicide, yes("kys referee")),
        (.suicide, yes("Do the world a favour and die.")),
        (.suicide, no("The killing of the bill was a political suicide for the mayor.")),
        (.narcotics, yes("Buy weed online, discreet shipping worldwide, DM me on telegram.")),
        (.narcotics, yes("Закладки мефедрона по всему городу, пиши в телеграм.", "ru")),
        (.narcotics, no("Cannabis should be legalised and taxed like alcohol.")),
        (.trolling, yes("Nobody cares about your opinion, cry more.")),
        (.trolling, yes("Заткнись уже, никому не интересно.", "ru")),
        (.trolling, no("I don't care much for either party, to be honest.")),
        (.disrespectOutlet, yes("Newsdesk is a propaganda rag, nobody should read this garbage.")),
        (.disrespectOutlet, yes("What a rag. Cancelled my subscription today.")),
        (.disrespectOutlet, no("Thank you Newsdesk for covering this story.")),
        (.disrespectOutlet, no("This site has the best flood map I have found.")),
    ] as [(Rule, Case)])
    func suspectedRulesFindTheirCasesAndSkipNearMisses(_ rule: Rule, _ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(rule) == c.found)
    }

    @Test(arguments: Array(Rule.suspected))
    func suspectedRulesHoldAndNeverRejectByDefault(_ rule: Rule) {
        #expect(Policy.default.action(for: rule) == .hold)
    }

    @Test func offTopicNeedsALongCommentWithNothingInCommon() {
        let offTopic = "Does anyone have a good recipe for sourdough bread? Mine keeps collapsing in the oven after the second rise and I have tried three different flours."
        let onTopic = "The ferry option was cheaper and could have been running within a year, why was it dropped without a debate?"
        let ctx = context(article: bridgeArticle)
        #expect(rules(offTopic, ctx).contains(.offTopic))
        #expect(!rules(onTopic, ctx).contains(.offTopic))
        #expect(!rules("Agreed.", ctx).contains(.offTopic))
        #expect(!rules(offTopic, context()).contains(.offTopic), "no article, no judgement")
    }

    static let thread = [
        PriorComment(text: "240 million while the library closes early three days a week, priorities.", author: "a", time: t0),
        PriorComment(text: "The ferry was the cheaper option and nobody explained why it was dropped.", author: "b", time: t0 + 60),
    ]

    /// Said to be off topic by its author, a request to the readers about something else, or long with nothing in
    /// common with the article or thread: held. Generic replies and short questions about the story stay.
    @Test(arguments: [
        yes("Off topic, but does anyone know when the ice rink reopens this winter?"),
        yes("Slightly off-topic: my neighbour's fence blew down in the wind, who pays for it?"),
        yes("OT: has anyone else had their parcel stuck in the depot for two weeks?"),
        yes("Totally unrelated, but the new bakery on Mill Street does amazing croissants."),
        yes("Does anyone know a good plumber in the north end? Boiler broke on Sunday and nobody picks up at the usual firm."),
        yes("Can anyone recommend a decent dentist? Tooth has been aching since Friday and the surgery is fully booked."),
        yes("Не по теме, но кто-нибудь знает, где недорого починить телефон?", "ru"),
        yes("Оффтоп: у кого-нибудь ещё пропал интернет со вчерашнего вечера?", "ru"),
        yes("Подскажите хорошего ветеринара, собака третий день ничего не ест, очень волнуюсь за неё.", "ru"),
        no("That's off topic, the bridge is what we are talking about here."),
        no("Off topic?"),
        no("I agree with the last point."),
        no("Well said, couldn't agree more."),
        no("This. Exactly this."),
        no("Good question, I wondered the same thing."),
        no("Does anyone know whether the bridge vote can still be appealed?"),
        no("Can anyone explain why the ferry option was dropped?"),
        no("Полностью согласен с предыдущим комментарием.", "ru"),
        no("Кто-нибудь знает, когда начнут строить мост?", "ru"),
    ])
    func offTopicInARealThread(_ c: Case) {
        let article = c.language == "ru" ? mostArticle : bridgeArticle
        let ctx = context(c.language, article: article, thread: Self.thread, now: t0 + 120)
        #expect(rules(c.text, ctx).contains(.offTopic) == c.found)
    }

    @Test func offTopicAcceptsRepliesToTheThread() {
        let prior = PriorComment(text: "Anyone know a good sourdough recipe? My bread keeps collapsing.", author: "a", time: t0)
        let reply = "Sourdough collapsing usually means the dough overproofed; try a shorter second rise and a hotter oven, it worked for my bread."
        #expect(!rules(reply, context(article: bridgeArticle, thread: [prior])).contains(.offTopic))
    }
}
