/// Removes metadata chunks from a WebP file. libvips 8.14 writes an EXIF chunk into WebP output even when asked to
/// strip (a small one it makes itself: orientation, resolution); the library serves no metadata at all.
enum WebPMetadata {
    private static let dropped: Set<String> = ["EXIF", "XMP ", "ICCP"]

    /// The file without EXIF, XMP and ICC chunks, with the VP8X flags and RIFF size to match; nil when it is not a
    /// well-formed WebP file.
    static func stripped(_ b: [UInt8]) -> [UInt8]? {
        guard b.count >= 12, b.starts(with: Array("RIFF".utf8)), Array(b[8..<12]) == Array("WEBP".utf8) else { return nil }
        var out: [UInt8] = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBP".utf8)
        var i = 12
        while i + 8 <= b.count {
            let fourCC = String(decoding: b[i..<(i + 4)], as: UTF8.self)
            let size = Int(b[i + 4]) | Int(b[i + 5]) << 8 | Int(b[i + 6]) << 16 | Int(b[i + 7]) << 24
            let end = i + 8 + size + (size & 1)
            guard size >= 0, i + 8 + size <= b.count else { return nil }
            if !dropped.contains(fourCC) {
                var chunk = Array(b[i..<min(end, b.count)])
                if fourCC == "VP8X", chunk.count > 8 {
                    chunk[8] &= ~UInt8(0x20 | 0x08 | 0x04)  // ICC, EXIF and XMP present
                }
                if chunk.count < 8 + size + (size & 1) { chunk.append(0) }
                out += chunk
            }
            i = end
        }
        let riffSize = out.count - 8
        out[4] = UInt8(riffSize & 0xFF)
        out[5] = UInt8(riffSize >> 8 & 0xFF)
        out[6] = UInt8(riffSize >> 16 & 0xFF)
        out[7] = UInt8(riffSize >> 24 & 0xFF)
        return out
    }
}
