import Foundation
import Testing
@testable import Newsdesk

/// The multimedia list and a gallery, built from fixed data and compared with stored snapshots.
@Suite("Gallery page snapshots")
struct GalleryPageSnapshotTests {
    typealias F = PageFixtures

    @Test func multimediaList() async throws {
        let model = MultimediaPage.build(F.context(), galleries: [F.gallery(5, "A week in pictures"), F.gallery(6, "Storm season", photos: 12)])
        let html = try await Snapshot.check("Media/multimedia", model, named: "multimedia")
        #expect(html.contains("href=\"/multimedia/storm-season\""))
    }

    @Test func emptyMultimediaListOfAnotherEdition() async throws {
        try await Snapshot.check("Media/multimedia", MultimediaPage.build(F.context(F.russian), galleries: []), named: "multimedia-empty")
    }

    @Test func galleryWithItsPhotosInOrder() async throws {
        let photos = [
            F.photo,
            ImageRef(path: "/media/river.svg", alt: "The river at its height", caption: "The river <at noon>", credit: "Local reader",
                     width: 1200, height: 800),
            ImageRef(path: "/media/bridge.svg", alt: "The closed bridge", caption: "The bridge stays closed", credit: "Meridian Press",
                     width: 900, height: 1200),
        ]
        let html = try await Snapshot.check("Media/gallery", GalleryPage.build(F.context(), GalleryDetail(summary: F.gallery(5, "A week in pictures"), photos: photos)),
                                            named: "gallery")
        #expect(html.contains("The river &lt;at noon&gt;"))
        #expect(html.contains("href=\"#photo-2\""))
    }
}
