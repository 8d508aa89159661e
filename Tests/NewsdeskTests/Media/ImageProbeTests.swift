import Fluent
import Foundation
import Testing
import VaporTesting
@testable import Newsdesk

/// Picture headers built byte by byte, the way each format lays them out.
enum ImageHeaders {
    static func be16(_ v: Int) -> [UInt8] { [UInt8((v >> 8) & 255), UInt8(v & 255)] }
    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 255), UInt8((v >> 8) & 255)] }
    static func le24(_ v: Int) -> [UInt8] { [UInt8(v & 255), UInt8((v >> 8) & 255), UInt8((v >> 16) & 255)] }
    static func be32(_ v: Int) -> [UInt8] { [UInt8((v >> 24) & 255), UInt8((v >> 16) & 255), UInt8((v >> 8) & 255), UInt8(v & 255)] }
    static func le32(_ v: Int) -> [UInt8] { [UInt8(v & 255), UInt8((v >> 8) & 255), UInt8((v >> 16) & 255), UInt8((v >> 24) & 255)] }

    static func crc(_ bytes: [UInt8]) -> [UInt8] {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            c ^= UInt32(b)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return be32(Int(~c))
    }

    static func pngChunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let t = Array(type.utf8)
        return be32(data.count) + t + data + crc(t + data)
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Signature, IHDR (8-bit RGBA) and IEND: a tiny file that claims any size.
    static func png(width: Int, height: Int) -> [UInt8] {
        pngSignature + pngChunk("IHDR", be32(width) + be32(height) + [8, 6, 0, 0, 0]) + pngChunk("IEND", [])
    }

    static func gif(width: Int, height: Int) -> [UInt8] {
        Array("GIF89a".utf8) + le16(width) + le16(height) + [0xF0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x3B]
    }

    /// SOI, JFIF APP0, a quantisation table, optionally a Huffman table (DHT, C4 — not a frame) before the frame
    /// header, the frame header with the given marker (C0 baseline, C2 progressive), a scan and EOI.
    static func jpeg(width: Int, height: Int, frame: UInt8, huffmanFirst: Bool = false, fillBytes: Bool = false) -> [UInt8] {
        var b: [UInt8] = [0xFF, 0xD8]
        b += [0xFF, 0xE0] + be16(16) + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
        if fillBytes { b += [0xFF, 0xFF] }
        b += [0xFF, 0xDB] + be16(67) + [0] + [UInt8](repeating: 1, count: 64)
        let dht: [UInt8] = [0xFF, 0xC4] + be16(20) + [0x00] + [0, 1] + [UInt8](repeating: 0, count: 14) + [0]
        if huffmanFirst { b += dht }
        b += [0xFF, frame] + be16(17) + [8] + be16(height) + be16(width) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        if !huffmanFirst { b += dht }
        b += [0xFF, 0xDA] + be16(12) + [3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0] + [0x12, 0x34]
        return b + [0xFF, 0xD9]
    }

    static func riff(_ fourCC: String, _ payload: [UInt8]) -> [UInt8] {
        let chunk = Array(fourCC.utf8) + le32(payload.count) + payload
        return Array("RIFF".utf8) + le32(4 + chunk.count) + Array("WEBP".utf8) + chunk
    }

    /// Lossy: a key-frame tag, the start code 9D 01 2A, then 14-bit sizes whose top two bits are the scale.
    static func webpVP8(width: Int, height: Int, scale: Int = 0) -> [UInt8] {
        riff("VP8 ", [0x50, 0x02, 0x00, 0x9D, 0x01, 0x2A] + le16(width | scale << 14) + le16(height | scale << 14) + [UInt8](repeating: 0, count: 10))
    }

    /// Lossless: signature 0x2F, then width−1 and height−1 in 14 bits each.
    static func webpVP8L(width: Int, height: Int) -> [UInt8] {
        let bits = (width - 1) | (height - 1) << 14 | 1 << 28
        return riff("VP8L", [0x2F] + le32(bits) + [UInt8](repeating: 0, count: 10))
    }

    /// Extended: flags, three reserved bytes, then canvas width−1 and height−1 in 24 bits each.
    static func webpVP8X(width: Int, height: Int) -> [UInt8] {
        riff("VP8X", [0x10, 0, 0, 0] + le24(width - 1) + le24(height - 1))
    }
}

@Suite("Image probe: sizes from headers, decompression bombs refused")
struct ImageProbeTests {
    typealias H = ImageHeaders

    struct Sample: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let format: ImageProbe.Format
        let width: Int
        let height: Int
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "PNG", bytes: H.png(width: 640, height: 480), format: .png, width: 640, height: 480),
        Sample(name: "PNG claiming 65535 × 65535", bytes: H.png(width: 65_535, height: 65_535), format: .png, width: 65_535, height: 65_535),
        Sample(name: "GIF", bytes: H.gif(width: 300, height: 2), format: .gif, width: 300, height: 2),
        Sample(name: "GIF at its largest", bytes: H.gif(width: 65_535, height: 65_535), format: .gif, width: 65_535, height: 65_535),
        Sample(name: "baseline JPEG", bytes: H.jpeg(width: 1920, height: 1080, frame: 0xC0), format: .jpeg, width: 1920, height: 1080),
        Sample(name: "progressive JPEG (SOF2)", bytes: H.jpeg(width: 1024, height: 768, frame: 0xC2), format: .jpeg, width: 1024, height: 768),
        Sample(name: "JPEG with a Huffman table before the frame", bytes: H.jpeg(width: 801, height: 601, frame: 0xC2, huffmanFirst: true),
               format: .jpeg, width: 801, height: 601),
        Sample(name: "JPEG with fill bytes", bytes: H.jpeg(width: 33, height: 44, frame: 0xC0, fillBytes: true), format: .jpeg, width: 33, height: 44),
        Sample(name: "extended sequential JPEG (SOF1)", bytes: H.jpeg(width: 77, height: 88, frame: 0xC1), format: .jpeg, width: 77, height: 88),
        Sample(name: "WebP VP8 (lossy)", bytes: H.webpVP8(width: 1200, height: 800), format: .webp, width: 1200, height: 800),
        Sample(name: "WebP VP8 with scaling bits set", bytes: H.webpVP8(width: 16_383, height: 5, scale: 3), format: .webp, width: 16_383, height: 5),
        Sample(name: "WebP VP8L (lossless)", bytes: H.webpVP8L(width: 16_384, height: 9_000), format: .webp, width: 16_384, height: 9_000),
        Sample(name: "WebP VP8X (extended)", bytes: H.webpVP8X(width: 16_777_216, height: 3), format: .webp, width: 16_777_216, height: 3),
        Sample(name: "hand-written valid PNG", bytes: TestImages.png64x48, format: .png, width: 64, height: 48),
    ]

    @Test(arguments: samples)
    func readsTheSizeFromTheHeader(_ s: Sample) {
        let probe = ImageProbe.read(s.bytes)
        #expect(probe == ImageProbe(format: s.format, width: s.width, height: s.height))
        #expect(ImageProbe.format(of: s.bytes) == s.format)
    }

    static let damaged: [(String, [UInt8])] = [
        ("not a picture", Array("<?php echo 'x'; ?>".utf8)),
        ("PNG signature only", H.pngSignature),
        ("PNG whose first chunk is not IHDR", H.pngSignature + H.pngChunk("tEXt", Array("Comment\0hello world".utf8))),
        ("PNG of zero width", H.png(width: 0, height: 10)),
        ("GIF cut short", Array("GIF89a".utf8) + [1]),
        ("JPEG with a scan before any frame", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0, 0xFF, 0xD9]),
        ("JPEG that ends before its frame", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A]),
        ("JPEG with garbage between segments", [0xFF, 0xD8, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 8, 0, 10, 0, 10]),
        ("WebP with an unknown first chunk", H.riff("ABCD", [UInt8](repeating: 1, count: 20))),
        ("WebP VP8 without its start code", H.riff("VP8 ", [UInt8](repeating: 0, count: 20))),
        ("WebP VP8L without its signature", H.riff("VP8L", [0x00] + [UInt8](repeating: 0, count: 14))),
        ("WebP cut short", Array(H.webpVP8X(width: 10, height: 10).prefix(20))),
    ]

    @Test func damagedOrUnknownHeadersGiveNoSize() {
        for (name, bytes) in Self.damaged {
            #expect(ImageProbe.read(bytes) == nil, "\(name)")
        }
        #expect(ImageProbe.format(of: Array("<svg/>".utf8)) == nil)
    }

    @Test func theLimitIsFiftyMegapixels() {
        #expect(ImageProbe.read(H.png(width: 10_000, height: 5_000))!.pixels == ImageProbe.maxPixels)
        #expect(ImageProbe.read(H.png(width: 10_000, height: 6_000))!.pixels > ImageProbe.maxPixels)
    }

    // MARK: Uploads

    static func member(_ app: Application) async throws -> (FormClient, User) {
        let client = try await DiscussionTests.member(app, email: "pictures@example.com", name: "Pia")
        let user = try #require(try await User.query(on: app.db).filter(\.$email == "pictures@example.com").first())
        return (client, user)
    }

    static func mediaFiles(_ app: Application) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: app.newsdesk.config.dataDirectory + "/media")) ?? []
    }

    @Test(arguments: [(65_535, 65_535), (10_000, 6_000)])
    func anAvatarClaimingTooManyPixelsIsRefusedAtOnceAndNothingIsStored(_ size: (Int, Int)) async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let (client, user) = try await Self.member(app)
            let before = Self.mediaFiles(app)
            let bomb = H.png(width: size.0, height: size.1)
            #expect(bomb.count < 100)

            let launches = app.newsdesk.avatars.images.launches
            let res = try await client.uploadAvatar(bomb, name: "bomb.png")

            #expect(res.status == .unprocessableEntity)
            // Refused from the header alone: the image tool never started on it.
            #expect(app.newsdesk.avatars.images.launches == launches)
            let html = res.body.string
            #expect(html.contains("This picture is \(size.0) × \(size.1) pixels; pictures may have at most 50 megapixels."), "\(html.prefix(400))")
            #expect(html.contains("action=\"/account/settings/avatar\""), "the settings page comes back with the upload form")
            #expect(try await User.find(user.requireID(), on: app.db)?.avatarFile == nil)
            #expect(Self.mediaFiles(app) == before)
        }
    }

    @Test func aPictureWithinTheLimitIsStillAccepted() async throws {
        try await withTestApp { app in
            _ = try await Fixture.build(app)
            let (client, user) = try await Self.member(app)
            let res = try await client.uploadAvatar(TestImages.png64x48)
            #expect(res.status == .seeOther, "\(res.body.string.prefix(300))")
            let file = try #require(try await User.find(user.requireID(), on: app.db)?.avatarFile)
            #expect(Self.mediaFiles(app).contains(file))
        }
    }
}
