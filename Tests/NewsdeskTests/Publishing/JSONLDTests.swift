import Foundation
import Testing
@testable import Newsdesk

/// The article page's JSON-LD is written by hand: it must be the JSON Foundation writes (keys sorted), with the
/// characters that could end a script element escaped, so search engines read the same data and a headline such as
/// `</script>` cannot break out of the element.
@Suite("JSON-LD for search engines")
struct JSONLDTests {
    static func foundation(_ object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    @Test func sameAsFoundationForAnArticleWithAwkwardText() throws {
        let object: [String: Any] = [
            "@context": "https://schema.org", "@type": "NewsArticle",
            "headline": "Storm \"Ana\" hits the coast </script><script>alert(1)</script> & more",
            "description": "Line one\nline two\ttabbed\r\u{08}\u{0C}\u{01}\u{1F} back\\slash, emoji 🌊, Кириллица, العربية",
            "datePublished": "2017-09-23T01:51:00+01:00",
            "author": [["@type": "Person", "name": "Ana Ruiz"]],
            "image": [["@type": "ImageObject", "url": "https://example.test/media/a.jpg", "width": 1600, "height": 900,
                       "caption": "Waves <at dawn>", "creditText": "© Meridian Press"]],
            "publisher": ["@type": "NewsMediaOrganization", "name": "Newsdesk", "url": "https://example.test/"],
            "keywords": "storms, coast",
        ]
        let ours = ReaderContext.jsonLD(object)
        #expect(ours == (try Self.foundation(object)))
        #expect(!ours.contains("</script"))
        // It parses back to the same data.
        let back = try JSONSerialization.jsonObject(with: Data(ours.utf8)) as? [String: Any]
        #expect(back?["headline"] as? String == object["headline"] as? String)
        #expect(back?["description"] as? String == object["description"] as? String)
    }
}
