import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

@Suite("Galleries and media")
struct GalleryPagesTests {
    @Test func galleryShowsEveryPhotoWithCaptionCreditAndPosition() async throws {
        try await withTestApp { app in
            let f = try await Fixture.build(app)
            var ids: [Int] = []
            for i in 1...3 {
                let m = try await app.newsdesk.media.store(.init(
                    baseName: "photo-\(i)", fileExtension: "svg", mimeType: "image/svg+xml",
                    bytes: Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8), width: 1600, height: 900,
                    alt: "Alt \(i)", caption: "Caption number \(i)", credit: "Northlight / P\(i)"), on: app.db)
                ids.append(try m.requireID())
            }
            try await app.newsdesk.galleries.create(.init(editionID: f.english.id, title: "This Week in Pictures",
                                                          summary: "The week.", publishedAt: nil, mediaIDs: ids), on: app.db)
            try await app.testing().test(.GET, "/multimedia") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("This Week in Pictures"))
                #expect(res.text.contains("3 photos"))
            }
            try await app.testing().test(.GET, "/multimedia/this-week-in-pictures") { res in
                #expect(res.status == .ok)
                let html = res.text
                for i in 1...3 {
                    #expect(html.contains("Caption number \(i)"))
                    #expect(html.contains("© Northlight / P\(i)"))
                    #expect(html.contains("Photo \(i)/3"))
                }
                #expect(html.contains("href=\"#photo-2\""))
                #expect(html.contains("id=\"photo-3\""))
            }
            let file = try #require(try await Media.find(ids[0], on: app.db)).fileName
            try await app.testing().test(.GET, "/media/\(file)") { res in
                #expect(res.status == .ok)
                #expect(res.headers.contentType?.description.contains("svg") == true)
                #expect(res.headers.first(name: "Content-Security-Policy")?.contains("sandbox") == true)
            }
            // Nothing outside the media folder can be reached, e.g. the short-code key next to it.
            for path in ["/media/..%2Fshortcode.key", "/media/shortcode.key", "/media/.%2E/shortcode.key"] {
                try await app.testing().test(.GET, path) { res in
                    #expect(res.status == .notFound || res.status == .forbidden, "\(path)")
                    #expect(!res.text.contains(String(0x5EED_1234_ABCD, radix: 16)))
                }
            }
        }
    }
}
