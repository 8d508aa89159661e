import Testing
@testable import NewsText

struct PlainTextTests {
    @Test(arguments: [
        ("Plain words.", "Plain words."),
        ("## Heading\n\nSome *emphasis*, **strong** and `code`.", "Heading\n\nSome emphasis, strong and code."),
        ("A [link](https://example.com) here", "A link here"),
        ("A [bad link](javascript:x) here", "A bad link here"),
        ("> Quoted\n> text", "Quoted text"),
        ("- one\n- two", "one\ntwo"),
        ("Intro\n\n{{related:story}}\n\n{{image:pic}}\n\nOutro", "Intro\n\nOutro"),
        ("Above\n\n---\n\nBelow", "Above\n\nBelow"),
        ("Fish &amp; chips <b>raw</b>", "Fish & chips <b>raw</b>"),
        ("*unclosed", "*unclosed"),
        ("line  \nbreak", "line break"),
    ])
    func stripsMarkdownKeepingTheWords(_ markdown: String, _ text: String) {
        #expect(PlainText.fromMarkdown(markdown) == text)
    }

    @Test(arguments: [
        ("Short text", 200, "Short text"),
        ("Exactly ten", 11, "Exactly ten"),
        ("  spaced \n\n out\ttext  ", 200, "spaced out text"),
        ("The quick brown fox jumps", 15, "The quick…"),
        ("The quick brown fox jumps", 16, "The quick brown…"),
        ("The quick, brown fox", 12, "The quick…"),
        ("Is it? Yes it is", 8, "Is it?…"),
        ("Incomprehensibilities", 10, "Incompreh…"),
        ("Привет мир и все остальные", 14, "Привет мир и…"),
        ("any", 1, "…"),
        ("any", 0, ""),
    ])
    func excerptCutsAtAWordBoundary(_ text: String, _ maxLength: Int, _ excerpt: String) {
        let result = PlainText.excerpt(text, maxLength: maxLength)
        #expect(result == excerpt)
        #expect(result.count <= max(maxLength, 0))
    }

    @Test(arguments: [
        ("", 0),
        ("one", 1),
        ("one two  three\nfour", 4),
        ("Don't stop — it's e-mail time!", 5),
        ("— – … !!!", 0),
        ("Число 42 и слово", 4),
        ("مرحبا\u{00A0}بالعالم 2026", 3),
        ("tab\tand\u{2003}em\u{3000}space ¡!", 4),
    ])
    func countsWords(_ text: String, _ count: Int) {
        #expect(PlainText.wordCount(text) == count)
    }

    @Test(arguments: [
        (0, 230, 1),
        (1, 230, 1),
        (230, 230, 1),
        (231, 230, 2),
        (1_000, 200, 5),
        (1_001, 200, 6),
        (500, 0, 3),
    ])
    func readingTimeRoundsUpAndIsAtLeastOneMinute(_ words: Int, _ perMinute: Int, _ minutes: Int) {
        let text = Array(repeating: "word", count: words).joined(separator: " ")
        #expect(PlainText.readingMinutes(text, wordsPerMinute: perMinute) == minutes)
    }
}
