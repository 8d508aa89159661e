import Foundation
import Testing
@testable import Standards

/// The statistical layer: its data files load, score known texts as when they were exported or trained, and find
/// the content rules in wordings no phrase list foresaw, while the hard clean cases pass.
struct StatisticalLayerTests {
    @Test func modelFilesLoadAndScoreKnownTexts() {
        let model = ContentModel.shared
        #expect(model.rules == [.hate, .insultThreat, .violence, .spam, .promotion, .narcotics, .trolling])
        #expect(model.header.bits == ContentFeatures.bits)
        #expect(OffensiveModel.shared.vocabularySize == 15_442)
        #expect(SpamAssassinPhrases.matcher.entries.count > 500)
        // alt-profanity-check's own predict_proba gave 1.0000, 0.0007 and 0.9980 for these when exported.
        #expect(StandardsTraining.offensiveProbability("you are a stupid idiot") > 0.98)
        #expect(StandardsTraining.offensiveProbability("thank you for the article") < 0.02)
        #expect(StandardsTraining.offensiveProbability("go to hell you piece of garbage") > 0.97)
        let spam = StandardsTraining.probabilities("WINNER!! You have won a £1000 prize. To claim call 09061701461 now. T&Cs apply")
        #expect(spam["spam"]! > 0.9)
        #expect(spam["hate"]! < 0.1)
        let clean = StandardsTraining.probabilities("Thanks for the article, the audit should come first.")
        #expect(clean.values.allSatisfy { $0 < 0.3 })
    }

    @Test func theWeightFileIsCheckedWhenLoaded() {
        #expect(ContentModel(data: Data("{}\n".utf8)) == nil)
        #expect(ContentModel(data: Data([0x7B, 0x7D])) == nil)
    }

    @Test(arguments: [
        (Rule.spam, yes("Congratulations! Ur number has been selected for a £750 cash award. Call 09063458130 to claim, valid 12hrs")),
        (.spam, yes("FREE entry to win 2 tickets for the final! Txt FINAL to 87066 now. 18+ T&C apply")),
        (.spam, yes("I make 450 dollars a day from home with this app, you can too, dm me and I'll send the link")),
        (.spam, yes("Вы выиграли 30 000 рублей! Для получения отправьте СМС на номер 3344, стоимость 49 руб.", "ru")),
        (.spam, no("My season ticket went from £450 to £610, a 35% rise.")),
        (.spam, no("For flood help call the council on 0800 123 4567, they were quick.")),
        (.spam, no("Проезд по новому мосту будет стоить 50 рублей, это нормально.", "ru")),
        (.promotion, yes("Hey guys check out my channel, I do football edits every week, would love a sub 🙏")),
        (.promotion, yes("Need a roofer? Free quotes and 20% off this month, call TopRoof on 01632 960 555")),
        (.promotion, yes("Подписывайтесь на мой канал, там каждый день видео про город!", "ru")),
        (.promotion, no("The club's channel has the full match replay, it's free this season.")),
        (.hate, yes("Muslims are a disease on this country and should all be thrown out")),
        (.hate, yes("Women are too stupid to run anything, keep them at home")),
        (.hate, yes("Понаехали эти чурки, скоро своих не останется", "ru")),
        (.hate, no("Immigrants are essential workers in this valley.")),
        (.hate, no("Hate crimes against Muslims rose after the attack, the report says.")),
        (.insultThreat, yes("You are a brainless halfwit, stop posting")),
        (.insultThreat, yes("The councillor is a lying crook and a total moron")),
        (.insultThreat, yes("Ты тупой баран, иди проспись", "ru")),
        (.insultThreat, no("What do you think about the new mayor?")),
        (.insultThreat, no("The defending was pathetic today, sell the whole back four.")),
        (.violence, yes("The looters should be beaten to a pulp and left in the street")),
        (.violence, yes("Бездомных собак надо травить, всех до одной", "ru")),
        (.violence, no("Police said a man was stabbed outside the club on Saturday.")),
        (.narcotics, yes("got fire kush and some pills for the weekend, message me")),
        (.narcotics, yes("Nothing better than a fat blunt before the match, smoke weed every day")),
        (.narcotics, no("Customs seized 2kg of cocaine at the port, the report says.")),
        // Fourth round (after blind9): comparison and streaming adverts, instructions for cruelty, psychedelics
        // recommended, Russian cruelty to animals; and thread chatter that is none of these.
        (.promotion, yes("Compare 30 broadband deals in one place and switch today, customers save up to £250")),
        (.promotion, yes("Stream every game live in HD with no subscription at matchday-live.tv")),
        (.violence, yes("lock the linesman in the boot and drive him into the canal")),
        (.violence, yes("Поймал соседскую кошку и утопил в бочке, надоела", "ru")),
        (.narcotics, yes("you should all try mushrooms once, best trip of my life, changed how I see everything")),
        // The offensive-language model finds these harmless (< 0.3); the word for a contemptible person lets them through.
        (.insultThreat, yes("You must be the thickest man in the valley if you believe that")),
        (.insultThreat, yes("You're as gormless as your councillor, and that is saying something")),
        (.insultThreat, no("You are the kindest person on this site, thanks for the help.")),
        (.insultThreat, no("I felt so stupid when I realised the polling station had moved.")),
        (.promotion, no("Free kicks and corners were our problem all season, the coach has to sort it.")),
        (.promotion, no("Happy birthday to my dad, 70 today and still out on his bike every morning ❤️")),
        (.narcotics, no("Made it home safe, the roads were flooded near the school. Night all x")),
        (.hate, no("Politicians are all the same, they promise everything and deliver nothing.")),
        (.hate, no("За такие деньги можно было отремонтировать все школы в городе.", "ru")),
    ] as [(Rule, Case)])
    func contentRulesFindNewWordingsAndKeepHardCleanCases(_ rule: Rule, _ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(rule) == c.found)
    }

    @Test func statisticalFindingsCarryEvidenceConfidenceAndMessage() {
        let text = "Congratulations! Ur number has been selected for a £750 cash award. Call 09063458130 to claim, valid 12hrs"
        let verdict = engine.evaluate(text, context: context())
        let finding = try? #require(verdict.findings.first { $0.rule == .spam })
        #expect(verdict.action == .reject)
        #expect(finding.map { $0.start >= 0 && $0.end <= text.unicodeScalars.count && $0.start < $0.end } == true)
        #expect(finding.map { $0.confidence >= 0.5 && $0.confidence < 1 } == true)
        #expect(finding?.message == Messages.catalog(for: "en").text(for: .spam))
        // A premium-rate number in an advert is the advertiser's, not somebody's personal data.
        #expect(!verdict.labels.contains("personal_data"))
    }

    @Test func heldRulesFromTheModelHoldAndNeverReject() {
        let verdict = engine.evaluate("Muslims are a disease on this country and should all be thrown out", context: context())
        #expect(verdict.labels.contains("hate"))
        #expect(verdict.action == .hold)
    }

    @Test(arguments: [
        "Win a holiday! Call 09061743806 now",
        "Claim ur prize, call 08712300220 quoting code 4041",
        "Premium line 0906 999 0021 (£1/min)",
    ])
    func premiumAndServiceNumbersAreNotPersonalData(_ text: String) {
        #expect(!rules(text).contains(.personalData))
    }

    @Test func aPrivateNumberInAComplaintIsStillPersonalData() {
        #expect(rules("My neighbour Steve keeps parking on my drive, his mobile is 07700 900812").contains(.personalData))
        #expect(rules("Звоните мэру домой: +7 916 123-45-67, пусть ответит за мост.", context("ru")).contains(.personalData))
    }

    @Test func anAdvertWithANumberToCallIsCommercialEvenWithoutALink() {
        let text = "You have won a £500 voucher! Text WIN to 80082 now to claim. T&Cs apply"
        let verdict = engine.evaluate(text, context: context())
        let contact = verdict.findings.first { $0.rule == .commercialLinks }
        #expect(verdict.labels.contains("spam"))
        #expect(contact.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.start..<$0.end])) } == "80082")
        #expect(!rules("I make 5000 a month and rent is 1100, it's tough.").contains(.commercialLinks))
    }

    @Test func veryShortCommentsAreLeftToThePhraseDetectors() {
        for text in ["no no no no", "lol ok", "ha ha ha ha"] {
            #expect(engine.evaluate(text, context: context()).findings.isEmpty)
        }
    }
}
