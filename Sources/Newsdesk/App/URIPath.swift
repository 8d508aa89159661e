import Foundation
import Vapor

/// A request's path without Vapor's per-read cost. `URI.path` turns "%3B" back into ";" through Foundation's
/// `replacingOccurrences`, which on Linux copies the path into an `NSMutableString` and back: 4-5 µs, 6% of the CPU of
/// a cached page in a profile. Vapor's `URI` (4.1xx) holds nothing but an optional `URLComponents`, whose
/// `percentEncodedPath` is a fraction of a microsecond; the same replacement is then done here on bytes, only when
/// there is a "%3B" to replace. Reading the components relies on that layout, so it is used only when reflection
/// shows exactly that one stored property and a probe gives Vapor's own answer; otherwise every path comes from
/// `URI.path` as before.
enum URIPath {
    static func path(_ uri: URI) -> String {
        guard direct else { return uri.path }
        guard let encoded = unsafeBitCast(uri, to: URLComponents?.self)?.percentEncodedPath else { return "/" }
        return restoringSemicolons(encoded)
    }

    /// Whether `URI`'s storage is one `URLComponents?`, checked once against Vapor's own answers.
    static let direct: Bool = {
        let probe = URI(string: "/a%3Bb/c%3bd%20e?x=%3B")
        let fields = Mirror(reflecting: probe).children
        guard fields.count == 1, let field = fields.first, type(of: field.value) == Optional<URLComponents>.self,
              MemoryLayout<URI>.size == MemoryLayout<URLComponents?>.size,
              MemoryLayout<URI>.alignment == MemoryLayout<URLComponents?>.alignment else { return false }
        let encoded = unsafeBitCast(probe, to: URLComponents?.self)?.percentEncodedPath
        return encoded.map(restoringSemicolons) == probe.path && URI(string: "").path == "/"
    }()

    /// "%3B" (upper case only, as Vapor replaces it) back to ";".
    static func restoringSemicolons(_ path: String) -> String {
        guard path.utf8.contains(UInt8(ascii: "%")), path.contains("%3B") else { return path }
        return path.split(separator: "%3B", omittingEmptySubsequences: false).joined(separator: ";")
    }
}
