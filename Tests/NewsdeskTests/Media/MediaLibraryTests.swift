import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// A multipart/form-data body of text fields and one file.
struct Multipart {
    static let boundary = "newsdesk-test-boundary"
    var body = ByteBuffer()

    init(fields: [(String, String)], file: (name: String, filename: String, type: String, bytes: [UInt8])?) {
        for (name, value) in fields {
            body.writeString("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let file {
            body.writeString("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: \(file.type)\r\n\r\n")
            body.writeBytes(file.bytes)
            body.writeString("\r\n")
        }
        body.writeString("--\(Self.boundary)--\r\n")
    }

    static func headers(token: String?) -> HTTPHeaders {
        var h: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)"]
        if let token { h.add(name: .authorization, value: "Bearer \(token)") }
        return h
    }
}

/// JPEG segments before the image data: APP1 (0xE1) carries EXIF and its GPS block.
func jpegMarkers(_ b: [UInt8]) -> [UInt8] {
    var markers: [UInt8] = []
    var i = 2
    while i + 3 < b.count, b[i] == 0xFF {
        let marker = b[i + 1]
        markers.append(marker)
        if marker == 0xDA { break }
        i += 2 + (Int(b[i + 2]) << 8 | Int(b[i + 3]))
    }
    return markers
}

@Suite("Media library: uploads re-encoded, metadata stripped, refusals, galleries")
struct MediaLibraryTests {
    static let fixture = packageRoot + "/Tests/NewsdeskTests/Media/Fixtures/gps-rotated.jpg"
    static var hasImageTool: Bool { ImageTool.find() != nil }

    static func upload(_ app: Application, token: String?, bytes: [UInt8], filename: String = "harbour.jpg",
                       fields: [(String, String)] = [("caption", "Ships at dawn"), ("credit", "Meridian Press / Ana Ruiz"), ("alt", "Two ships in a harbour")],
                       _ check: (TestingHTTPResponse) throws -> Void) async throws {
        let form = Multipart(fields: fields, file: ("file", filename, "image/jpeg", bytes))
        try await app.testing().test(.POST, "/api/v1/media", headers: Multipart.headers(token: token), body: form.body) { try check($0) }
    }

    @Test(.enabled(if: hasImageTool)) func anUploadIsTurnedUprightAndComesOutWithoutGPSOrOtherMetadata() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let token = try await StaffAndAPISessionTests.enrolledStaffToken(app, email: "jo@news.test", role: .journalist, clock: clock)
            let original = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
            #expect(jpegMarkers(original).contains(0xE1))
            #expect(original.firstRange(of: Array("Exif".utf8)) != nil)
            var id = 0
            try await Self.upload(app, token: token, bytes: original) { res in
                #expect(res.status == .created)
                let body = try NewsroomAPITests.json(res)
                id = body["id"] as? Int ?? 0
                // 64 × 32 with orientation 6: stored upright as 32 × 64.
                #expect(body["width"] as? Int == 32 && body["height"] as? Int == 64 && body["mime"] as? String == "image/jpeg")
                #expect(body["caption"] as? String == "Ships at dawn" && body["alt"] as? String == "Two ships in a harbour")
                let variants = body["variants"] as? [[String: Any]] ?? []
                #expect(variants.compactMap { $0["format"] as? String }.sorted() == ["jpeg", "webp"])
            }
            let media = try #require(try await Media.find(id, on: app.db))
            for variant in MediaLibrary.variants(of: media) {
                let stored = Array(try Data(contentsOf: URL(fileURLWithPath: app.newsdesk.media.path(of: variant.fileName))))
                #expect(stored.firstRange(of: Array("Exif".utf8)) == nil, "\(variant.fileName)")
                #expect(stored.firstRange(of: Array("EXIF".utf8)) == nil, "\(variant.fileName)")
                #expect(stored.firstRange(of: Array("TestCam".utf8)) == nil, "\(variant.fileName)")
                if variant.format == "jpeg" { #expect(!jpegMarkers(stored).contains(0xE1)) }
                #expect(ImageProbe.read(stored).map { [$0.width, $0.height] } == [32, 64])
            }
        }
    }

    @Test(.enabled(if: hasImageTool)) func aLargePhotoGetsWebPVariantsInSeveralWidthsAndReaderPagesOfferThem() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            let token = try await StaffAndAPISessionTests.enrolledStaffToken(app, email: "ed@news.test", role: .editor, clock: clock)
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try await ImageTool(path: ImageTool.find()).run([Self.fixture, "--size", "1100x", "-o", dir + "/big.jpg[Q=70]"])
            let big = Array(try Data(contentsOf: URL(fileURLWithPath: dir + "/big.jpg")))
            var id = 0
            try await Self.upload(app, token: token, bytes: big) { res in
                #expect(res.status == .created)
                let body = try NewsroomAPITests.json(res)
                id = body["id"] as? Int ?? 0
                let webp = (body["variants"] as? [[String: Any]] ?? []).filter { $0["format"] as? String == "webp" }
                #expect(webp.compactMap { $0["width"] as? Int } == [320, 640, 1024, 1100])
            }
            var input = NewsroomService.ArticleInput.story("Ships return", status: "published")
            input.leadImageID = .some(id)
            let editor = Member(id: 1, email: "ed@news.test", displayName: "ed", role: .editor, confirmed: true, avatarPath: nil,
                                totpEnabled: true, sessionID: 0, sessionKind: "api")
            let a = try await app.newsdesk.newsroom.create(input, by: editor, on: app.db)
            _ = f
            try await app.testing().test(.GET, "/articles/\(a.slug)") { res in
                #expect(res.status == .ok)
                let html = res.text
                #expect(html.contains("<source type=\"image/webp\" srcset=\"/media/"))
                #expect(html.contains("-w320.webp 320w, ") && html.contains("-w1100.webp 1100w\" sizes=\""))
                #expect(html.contains("width=\"1100\" height=\"2200\""))
            }
            try await app.testing().test(.GET, "/") { res in
                // Cards below the top story load lazily; the top story's photo does not wait.
                #expect(res.text.contains("-w320.webp 320w"))
            }
        }
    }

    @Test func refusedUploadsStoreNothing() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let t = try await NewsroomAPITests.tokens(app, clock: clock)
            let before = try await Media.query(on: app.db).count()
            let jpeg = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
            try await Self.upload(app, token: nil, bytes: jpeg) { #expect($0.status == .unauthorized) }
            try await Self.upload(app, token: t.reader, bytes: jpeg) { #expect($0.status == .forbidden) }
            try await Self.upload(app, token: t.moderator, bytes: jpeg) { #expect($0.status == .forbidden) }
            try await Self.upload(app, token: t.journalist, bytes: Array("%PDF-1.4 not a photo".utf8), filename: "x.pdf") { res in
                #expect(res.status == .unprocessableEntity)
                let body = try NewsroomAPITests.json(res)
                #expect((body["fields"] as? [String: String])?["file"] == "send a JPEG, PNG or WebP photo")
            }
            // A PNG header claiming 30,000 × 30,000 pixels: refused from the header, never decoded.
            var bomb: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            bomb += [0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 2, 0, 0, 0] + [UInt8](repeating: 0, count: 64)
            try await Self.upload(app, token: t.journalist, bytes: bomb, filename: "bomb.png") { res in
                #expect(res.status == .unprocessableEntity)
                let body = try NewsroomAPITests.json(res)
                #expect((body["fields"] as? [String: String])?["file"]?.contains("50 megapixels") == true)
            }
            try await Self.upload(app, token: t.journalist, bytes: jpeg + [UInt8](repeating: 0, count: MediaLibrary.maxBytes)) { res in
                #expect(res.status == .payloadTooLarge)
            }
            try await Self.upload(app, token: t.journalist, bytes: jpeg, fields: [("caption", "Ships")]) { res in
                #expect(res.status == .unprocessableEntity)
                let body = try NewsroomAPITests.json(res)
                #expect(Set((body["fields"] as? [String: String] ?? [:]).keys) == ["credit", "alt"])
            }
            #expect(try await Media.query(on: app.db).count() == before)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: app.newsdesk.media.directory)) ?? []
            #expect(files.count == before)
        }
    }

    @Test func galleriesAreBuiltFromTheLibraryWithTheirOwnCaptionsAndOnlyEditorsPublishThem() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            let f = try await Fixture.build(app)
            let t = try await NewsroomAPITests.tokens(app, clock: clock)
            var id = 0
            let body: [String: Any] = ["edition": "en", "title": "Week in pictures", "summary": "Seven days.",
                                       "items": [["media_id": f.photo, "caption": "Cranes, again", "credit": "Own / Staff"]]]
            try await NewsroomAPITests.send(app, .POST, "/api/v1/galleries", token: t.journalist, body) { res in
                #expect(res.status == .created)
                let g = try NewsroomAPITests.json(res)
                id = g["id"] as? Int ?? 0
                #expect(g["published_at"] is NSNull && g["slug"] as? String == "week-in-pictures")
            }
            try await NewsroomAPITests.send(app, .PATCH, "/api/v1/galleries/\(id)", token: t.journalist, ["published": true]) {
                #expect($0.status == .forbidden)
            }
            try await NewsroomAPITests.send(app, .POST, "/api/v1/galleries", token: t.reader, body) { #expect($0.status == .forbidden) }
            try await NewsroomAPITests.send(app, .POST, "/api/v1/galleries", token: t.editor, ["edition": "en", "title": "Empty", "items": []]) {
                #expect($0.status == .unprocessableEntity)
            }
            try await app.testing().test(.GET, "/multimedia/week-in-pictures") { #expect($0.status == .notFound) }
            try await NewsroomAPITests.send(app, .PATCH, "/api/v1/galleries/\(id)", token: t.editor, ["published": true]) { res in
                #expect(res.status == .ok)
                let g = try NewsroomAPITests.json(res)
                #expect(g["published_at"] as? String == "2017-09-23T01:51:00+01:00")
            }
            try await app.testing().test(.GET, "/multimedia/week-in-pictures") { res in
                #expect(res.status == .ok)
                #expect(res.text.contains("Cranes, again") && res.text.contains("Own / Staff"))
            }
        }
    }

    @Test(.enabled(if: hasImageTool)) func mediaAndGalleryAnswersMatchTheirDocumentedSchemas() async throws {
        let clock = TestClock(fixedNow)
        try await withTestApp(clock: clock) { app in
            _ = try await Fixture.build(app)
            let t = try await NewsroomAPITests.tokens(app, clock: clock)
            var doc: [String: Any] = [:]
            try await app.testing().test(.GET, "/api/v1/openapi.json") { doc = try NewsroomAPITests.json($0) }
            let contract = Contract(document: doc)
            func check(_ res: TestingHTTPResponse, _ template: String, _ method: String) throws {
                let schema = try #require(contract.schema(template, method, Int(res.status.code)), "\(method) \(template) \(res.status.code)")
                let body = try JSONSerialization.jsonObject(with: Data(res.body.readableBytesView))
                #expect(contract.missing(in: body, schema: schema) == [], "\(method) \(template)")
            }
            let jpeg = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
            var photo = 0
            try await Self.upload(app, token: t.editor, bytes: jpeg) { res in
                photo = try NewsroomAPITests.json(res)["id"] as? Int ?? 0
                try check(res, "/api/v1/media", "post")
            }
            try await Self.upload(app, token: t.editor, bytes: [1, 2, 3]) { try check($0, "/api/v1/media", "post") }
            try await NewsroomAPITests.send(app, .GET, "/api/v1/media?q=ships", token: t.editor) { res in
                #expect((try NewsroomAPITests.json(res)["items"] as? [[String: Any]])?.count == 1)
                try check(res, "/api/v1/media", "get")
            }
            var gallery = 0
            try await NewsroomAPITests.send(app, .POST, "/api/v1/galleries", token: t.editor,
                                            ["edition": "en", "title": "Ships", "items": [["media_id": photo]]]) { res in
                gallery = try NewsroomAPITests.json(res)["id"] as? Int ?? 0
                try check(res, "/api/v1/galleries", "post")
            }
            try await NewsroomAPITests.send(app, .PATCH, "/api/v1/galleries/\(gallery)", token: t.editor, ["title": "More ships"]) {
                try check($0, "/api/v1/galleries/{id}", "patch")
            }
        }
    }
}
