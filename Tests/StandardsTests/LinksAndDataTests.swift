import Foundation
import Testing
@testable import Standards

/// Links, commercial content and personal data.
struct LinksAndDataTests {
    @Test(arguments: [
        ("See https://www.Example.com/path?q=1.", "example.com"),
        ("see www.bridgefacts.org for the data", "bridgefacts.org"),
        ("Watch it at sportsclips.tv/derby-penalty", "sportsclips.tv"),
        ("Photos here: floodphotos dot com", "floodphotos.com"),
        ("Photos here: floodphotos [dot] com", "floodphotos.com"),
        ("Photos here: floodphotos (.) com", "floodphotos.com"),
        ("mirror at news.bbc.co.uk/x", "bbc.co.uk"),
    ])
    func extractsLinksIncludingObfuscatedOnes(_ text: String, _ domain: String) {
        #expect(LinkExtractor.find(TextScan(text)).map(\.domain) == [domain])
    }

    @Test(arguments: [
        "I remember the dot com bubble very well.",
        "The end. In the morning we left.",
        "e.g. the U.S. and i.e. the U.K.",
        "Version 3.5 is out, and 2.0 was worse.",
        "The mayor said so.It was a lie.",
        "Email me at name@example.com",
    ])
    func ordinaryTextHasNoLinks(_ text: String) {
        #expect(LinkExtractor.find(TextScan(text)).isEmpty)
    }

    @Test func allowListedDomainsAndSubdomainsPass() {
        let ctx = context(allowed: ["example.org"])
        #expect(!rules("Source: https://data.example.org/flood", ctx).contains(.commercialLinks))
        #expect(rules("Source: https://example.net/flood", ctx).contains(.commercialLinks))
    }

    @Test(arguments: [
        yes("Download the player: http://freestream.example.ru/player_setup.exe"),
        yes("Full software crack + keygen: https://mega.nz/file/8dKs9#aA"),
        yes("Install the apk from http://203.0.113.7/floodmap.apk"),
        no("The council report is at https://example.gov/report.pdf"),
        no("Crack open a cold one, the match starts at 8."),
    ])
    func malwareLinksNeedAnExecutableOrShadyDownload(_ c: Case) {
        #expect(rules(c.text).contains(.malwareLinks) == c.found)
    }

    @Test(arguments: [
        (Rule.spam, yes("My aunt earns $7,500 a month working from home, no experience needed. Check this site: cashdaily.example.com")),
        (.spam, yes("Заработок от 5000 рублей в день без вложений! Пиши в личку, работа на дому.", "ru")),
        (.spam, no("I work from home now and the housing plan does nothing for people outside the cities.")),
        (.spam, no("Teachers earn 30,000 a year here, less than in any neighbouring region.")),
        (.spam, no("Scammers promising easy money online target the elderly.")),
        (.promotion, yes("Check out my YouTube channel for match analysis every week!")),
        (.promotion, yes("Water damage? Our company offers fast drying and repairs, best prices. Call us today for a free quote.")),
        (.promotion, yes("Подписывайтесь на мой телеграм канал, там вся правда!", "ru")),
        (.promotion, no("Free school meals for every child would help families.")),
    ] as [(Rule, Case)])
    func commercialRulesNeedSeveralSigns(_ rule: Rule, _ c: Case) {
        #expect(rules(c.text, context(c.language)).contains(rule) == c.found)
    }

    @Test(arguments: [
        ("Call him on 555-867-5309 tonight.", "555-867-5309"),
        ("His number is +44 7911 123456, tell him.", "+44 7911 123456"),
        ("Contact her on (212) 555-0187.", "(212) 555-0187"),
        ("Звоните: +7 916 123-45-67", "+7 916 123-45-67"),
        ("Номер 89161234567 его.", "89161234567"),
        ("Her email is anna.kovacs@mailbox.example, write.", "anna.kovacs@mailbox.example"),
        ("card 4539 1488 0343 6467 ok", "4539 1488 0343 6467"),
        ("IBAN DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00"),
        ("SSN 078-05-1120 leaked", "078-05-1120"),
    ])
    func personalDataSpansCoverExactlyTheData(_ text: String, _ evidence: String) {
        let finding = engine.evaluate(text, context: context()).findings.first { $0.rule == .personalData }
        let scalars = Array(text.unicodeScalars)
        #expect(finding.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == evidence)
    }

    @Test(arguments: [
        "The river reached 4.2 metres on Sunday, the highest since 1968.",
        "The bridge costs 240,000,000 or 1 500 000 000 рублей, depending on who you ask.",
        "Card 4539 1488 0343 6468 fails the Luhn check.",
        "Between 2019-2021 turnout fell from 1990 levels.",
        "Score was 2-1, attendance 45,000.",
        "Meeting on 12.05.2026 at 18:30 in room 101.",
        "The mayor lives in a big house somewhere near the river.",
        "Struggling? Call the helpline on 1-800-273-8255 or 8-800-2000-122, any time.",
        "Letters to the editor go to letters@newsdesk.example, they print the best ones.",
    ])
    func numbersThatAreNotPersonalDataPass(_ text: String) {
        #expect(!rules(text).contains(.personalData))
    }

    @Test func luhnAndMod97AreChecked() {
        #expect(PersonalDataDetector.luhn([4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 7]))
        #expect(!PersonalDataDetector.luhn([4, 5, 3, 9, 1, 4, 8, 8, 0, 3, 4, 3, 6, 4, 6, 8]))
        #expect(PersonalDataDetector.mod97(Array("gb82west12345698765432".unicodeScalars.map(\.value))))
        #expect(!PersonalDataDetector.mod97(Array("gb82west12345698765433".unicodeScalars.map(\.value))))
    }

    @Test func maskingHidesPersonalData() {
        let text = "Call 555-867-5309 now"
        let verdict = engine.evaluate(text, context: context())
        #expect(verdict.masking(text) == "Call •••••••••••• now")
    }
}
