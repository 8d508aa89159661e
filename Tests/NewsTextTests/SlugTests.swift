import Testing
@testable import NewsText

struct SlugTests {
    @Test(arguments: [
        // English
        ("Hello, World!", "hello-world"),
        ("  Breaking:   Markets -- fall 3%  ", "breaking-markets-fall-3"),
        ("Don't panic: it's only a test", "dont-panic-its-only-a-test"),
        ("Rock’n’roll is back", "rocknroll-is-back"),
        ("COVID-19 cases in 2026", "covid-19-cases-in-2026"),
        ("snake_case and CamelCase", "snake-case-and-camelcase"),
        // Russian
        ("Привет, мир", "privet-mir"),
        ("Щука съела ёжика", "shchuka-sela-yozhika"),
        ("Москва и Санкт-Петербург", "moskva-i-sankt-peterburg"),
        ("Экономика: рост ВВП", "ekonomika-rost-vvp"),
        // Ukrainian (detected by і, ї, є, ґ)
        ("Київ і Львів", "kyiv-i-lviv"),
        ("Їжак їсть яблуко", "yizhak-yist-yabluko"),
        ("Згода Єврокомісії", "zghoda-yevrokomisii"),
        ("Гарна ґанок історія", "harna-ganok-istoriia"),
        // German
        ("Straße über München", "strasse-ueber-muenchen"),
        ("Größe & Äpfel", "groesse-aepfel"),
        // French
        ("Élections à Besançon : l’été arrive", "elections-a-besancon-lete-arrive"),
        ("Cœur de la forêt", "coeur-de-la-foret"),
        // Arabic (consonants and long vowels as written; marks and the tatweel vanish; Arabic-Indic digits)
        ("الإعصار ماريسول", "alisar-maryswl"),
        ("كأس القارة ٢٠٢٦", "kas-alqara-2026"),
        ("مُـتَحَف", "mthf"),
        // Others and edge cases
        ("Łódź i Kraków", "lodz-i-krakow"),
        ("Ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
        ("!!!", "article"),
        ("", "article"),
        ("北京", "article"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
    ])
    func makesReadableASCIISlugs(_ title: String, _ slug: String) {
        #expect(Slug.make(title) == slug)
    }

    @Test(arguments: [
        ("The quick brown fox jumps over the lazy dog", 20, "the-quick-brown-fox"),
        ("The quick brown fox jumps over the lazy dog", 19, "the-quick-brown-fox"),
        ("The quick brown fox jumps over the lazy dog", 18, "the-quick-brown"),
        ("Supercalifragilisticexpialidocious word", 10, "supercalif"),
        ("short", 80, "short"),
        ("!!!", 3, "art"),
    ])
    func trimsAtAWordBoundary(_ title: String, _ maxLength: Int, _ slug: String) {
        #expect(Slug.make(title, maxLength: maxLength) == slug)
    }

    @Test(arguments: [
        "Hello, World!", "Привет", "Straße", String(repeating: "ab-", count: 100), "Ünïcödé ünd Ümläüte",
        String(repeating: "–—", count: 50) + "x",
    ])
    func onlyEverUsesLowercaseLettersDigitsAndSingleHyphens(_ title: String) {
        let slug = Slug.make(title, maxLength: 40)
        #expect(!slug.isEmpty && slug.count <= 40)
        #expect(slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
    }
}
