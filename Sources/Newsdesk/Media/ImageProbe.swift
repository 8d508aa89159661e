import Foundation

/// What an uploaded picture is and how large it claims to be, read from its header alone — before any decoder
/// sees it, so a small file that decodes to billions of pixels (a decompression bomb) is refused at once.
struct ImageProbe: Sendable, Equatable {
    enum Format: String, Sendable { case jpeg, png, gif, webp }

    let format: Format
    let width: Int
    let height: Int

    var pixels: Int { width * height }

    /// Pictures over this many pixels are refused (a 50-megapixel photo is larger than any camera's).
    static let maxPixels = 50_000_000

    /// The format by signature (names and declared types are not trusted); nil when it is none of the four.
    static func format(of b: [UInt8]) -> Format? {
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if b.starts(with: Array("GIF87a".utf8)) || b.starts(with: Array("GIF89a".utf8)) { return .gif }
        if b.count > 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) { return .webp }
        return nil
    }

    /// Format and dimensions from the header; nil when the signature is unknown or the header is damaged.
    static func read(_ b: [UInt8]) -> ImageProbe? {
        guard let format = format(of: b) else { return nil }
        let size: (Int, Int)?
        switch format {
        case .png: size = png(b)
        case .gif: size = b.count >= 10 ? (le16(b, 6), le16(b, 8)) : nil
        case .jpeg: size = jpeg(b)
        case .webp: size = webp(b)
        }
        guard let (w, h) = size, w > 0, h > 0 else { return nil }
        return ImageProbe(format: format, width: w, height: h)
    }

    private static func be16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) << 8 | Int(b[i + 1]) }
    private static func le16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
    private static func le24(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 }
    private static func be32(_ b: [UInt8], _ i: Int) -> Int {
        Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
    }

    private static func png(_ b: [UInt8]) -> (Int, Int)? {
        // The first chunk must be IHDR: length 13, then width and height as 32-bit big-endian numbers.
        guard b.count >= 24, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        return (be32(b, 16), be32(b, 20))
    }

    private static func jpeg(_ b: [UInt8]) -> (Int, Int)? {
        var i = 2
        while i + 3 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }  // fill byte
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            if marker == 0xD9 || marker == 0xDA { return nil }  // end of image or scan data before any frame header
            let length = be16(b, i + 2)
            guard length >= 2 else { return nil }
            // Start-of-frame markers C0–CF, except DHT (C4), JPG (C8) and DAC (CC), carry the frame size.
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard i + 8 < b.count else { return nil }
                return (be16(b, i + 7), be16(b, i + 5))
            }
            i += 2 + length
        }
        return nil
    }

    private static func webp(_ b: [UInt8]) -> (Int, Int)? {
        guard b.count >= 30 else { return nil }
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ":
            // Key frame: start code 9D 01 2A, then 14-bit width and height.
            guard b[23] == 0x9D, b[24] == 0x01, b[25] == 0x2A else { return nil }
            return (le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF)
        case "VP8L":
            guard b[20] == 0x2F else { return nil }
            let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
            return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            return (le24(b, 24) + 1, le24(b, 27) + 1)
        default:
            return nil
        }
    }
}
