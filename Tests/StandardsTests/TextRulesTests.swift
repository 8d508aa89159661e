import Foundation
import Testing
@testable import Standards

/// caps, no_sentences and foreign_language: rules about how a comment is written.
struct TextRulesTests {
    @Test(arguments: [
        yes("THIS ELECTION IS RIGGED AND EVERYONE KNOWS IT, WAKE UP PEOPLE!!!"),
        yes("SACK THE MANAGER NOW, WE HAVE HAD ENOUGH OF THIS"),
        yes("МЭР ОПЯТЬ ВРЁТ, НИКАКОГО МОСТА НЕ БУДЕТ, ВСЁ РАЗВОРУЮТ", "ru"),
        yes("WHY DOES NOBODY ASK? 240 MILLION FOR A BRIDGE 🤬🤬🤬 DISGRACEFUL"),
        no("GOAL!"),
        no("LOL what a game"),
        no("OMG YES"),
        no("The NATO summit, the EU budget and the USA trade talks all matter here."),
        no("I read the FAQ at HTTPS://EXAMPLE.ORG/FAQ and the rest is fine by me."),
        no("这场比赛太令人失望了，裁判的判罚完全不公平，球迷们都很生气。"),
        no("الفيضانات دمرت المنازل والمزارع والحكومة لم تفعل شيئا"),
        no("He shouted \"STOP THE COUNT\" at the rally, which tells you everything about him."),
        no("Agreed, 100%. 2024 > 2020."),
    ])
    func capsNeedsMostlyCapitalLettersAndEnoughOfThem(_ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(.caps) == c.found)
    }

    static let runOn = "i dont understand why they keep building bridges when the schools have no money and the roads are full of holes and the buses never come on time and the mayor just smiles for the cameras and nobody asks him anything and then they wonder why nobody votes and the council keeps raising taxes every year and we get nothing back for it"

    @Test(arguments: [
        yes(runOn),
        yes("мы потеряли всё дом машину сад инструменты отца и страховая говорит что мы не застрахованы потому что река не считается зоной затопления на их старых картах хотя это неправда потому что она разливается каждые десять лет и все здесь это знают и никто ничего не делает", "ru"),
        no("Agreed."),
        no("too expensive and too late"),
        no("I commute across the old bridge every day. The traffic is awful. A second crossing is long overdue."),
        no(runOn.replacingOccurrences(of: " and the buses", with: ". The buses").replacingOccurrences(of: " and then they", with: ". Then they")),
        no("First point\nSecond point\nThird point\nand so on for a long list of things written one per line without any full stops at all because it is a list"),
        no("https://example.org/a https://example.org/b https://example.org/c https://example.org/d"),
    ])
    func noSentencesFlagsLongUnpunctuatedText(_ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(.noSentences) == c.found)
    }

    /// Comments with no sentence at all: rows of emoji or marks, keyboard mashing; and the short reactions that stay.
    @Test(arguments: [
        yes("😂😂😂😂😂"),
        yes("👏👏👏🔥🔥"),
        yes("🤮🤮🤮", "ru"),
        yes("?????"),
        yes("..."),
        yes("!!!???!!!"),
        yes("asdfghjkl"),
        yes("qwertyuiop"),
        yes("kkkkkkkkkkkk"),
        yes("sdfkjhsdfkjh"),
        yes("фывапролдж", "ru"),
        yes("ыыыыыыыыыы", "ru"),
        yes("ааааааааааааааа", "ru"),
        yes("👍🏻👍🏻👍🏻"),
        no("👍"),
        no(":-)"),
        no("^_^"),
        no(";)"),
        yes(":-) :-) :-)"),
        no("👍🏽"),
        no("!!"),
        no("ok"),
        no("lol same"),
        no("Hmmmmmm"),
        no("Noooooooo"),
        no("strengths"),
        no("2-1"),
        no("Пролив", "ru"),
        no("Ага", "ru"),
        no("Well said 👏👏👏"),
        no("https://example.org/a"),
        no("asdfghjkl is what my cat typed on the council's feedback form, and it was more useful than the plan."),
    ])
    func noSentencesFindsCommentsWithoutWords(_ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(.noSentences) == c.found)
    }

    @Test(arguments: [
        yes("the river came up so fast we had ten minutes to get the kids and the dog into the car and my neighbour stayed behind because he would not leave his chickens and nobody could get to him until monday"),
        yes("опять пообещали построить к весне а потом окажется что денег нет и проект надо переделать и всё начнут сначала а мы так и будем ездить через старый мост по часу каждое утро", "ru"),
        no("this bridge is going to cost a fortune and the schools will pay for it in the end"),
        no("мост нужен но денег жалко и на школы тоже надо оставить", "ru"),
    ])
    func noSentencesFindsShorterRunOnsWithNoPunctuation(_ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(.noSentences) == c.found)
    }

    @Test(arguments: [
        yes("Este gobierno no ha hecho nada por la vivienda y los jóvenes no pueden pagar el alquiler."),
        yes("Die Regierung hat viel zu spät reagiert, viele Familien haben alles verloren."),
        yes("Ce pont va coûter beaucoup trop cher et les écoles vont encore payer le prix."),
        yes("Che partita terribile, l'arbitro ha rovinato tutto con quel rigore."),
        yes("Os dois partidos prometem casas todos os anos e nunca constroem nada."),
        yes("Rząd powinien natychmiast pomóc rolnikom, którzy stracili całe zbiory."),
        yes("Этот мост никому не нужен, лучше бы отремонтировали старые дороги и школы."),
        yes("Обидві партії обіцяють житло, але нічого не будують вже багато років."),
        yes("الفيضانات دمرت المنازل والمزارع والحكومة لم تفعل شيئا للمتضررين حتى الآن"),
        yes("这场比赛太令人失望了，裁判的判罚完全不公平，球迷们都很生气。"),
        yes("This bridge is a total waste of money and the mayor should resign immediately.", "ru"),
        yes("Цей міст нікому не потрібен, краще б відремонтували старі дороги та школи.", "ru"),
        no("Gracias amigo!"),
        no("Salut tout le monde!"),
        no("Мост нужен, в центре невозможно проехать в час пик.", "ru"),
        no("The slogan 'Liberté, égalité, fraternité' would look good on both manifestos."),
        no("I commute across the old bridge every day and the traffic is awful."),
        no("Они пишут «We will deliver on time and on budget», но мы это уже слышали.", "ru"),
        no("Este gobierno no ha hecho nada por la vivienda y los jóvenes no pueden pagar el alquiler.", "es"),
    ])
    func foreignLanguageNeedsEnoughTextInAnotherLanguage(_ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(.foreignLanguage) == c.found)
    }

    @Test(arguments: [
        ("The government has failed the people of this valley again and again.", "en"),
        ("Правительство снова подвело жителей этой долины.", "ru"),
        ("El gobierno ha vuelto a fallar a la gente de este valle.", "es"),
        ("Die Regierung hat die Menschen in diesem Tal wieder im Stich gelassen.", "de"),
        ("Le gouvernement a encore une fois laissé tomber les habitants de cette vallée.", "fr"),
        ("Il governo ha deluso ancora una volta la gente di questa valle.", "it"),
        ("O governo voltou a falhar com as pessoas deste vale.", "pt"),
        ("Rząd po raz kolejny zawiódł mieszkańców tej doliny.", "pl"),
        ("Уряд знову підвів жителів цієї долини.", "uk"),
    ])
    func identifiesLanguagesFromTrigramProfiles(_ text: String, _ language: String) {
        #expect(LanguageIdentifier.shared.identify(text)?.language == language)
    }

    @Test func tooShortToTellGivesNoGuess() {
        #expect(LanguageIdentifier.shared.identify("Merci") == nil)
    }
}
