import Foundation
import Vapor

extension Request {
    /// One value of the query string (`?sort=oldest`), form-decoded (`+` is a space, `%XX` decoded); nil when the
    /// name is absent or its value is not valid percent-encoding. The first of repeated names wins.
    ///
    /// Vapor's `req.query` runs the whole query through its `Decodable` form decoder for each value asked for: two
    /// values were 1.4% of an article render's CPU. Names are matched as written (ours are plain ASCII).
    func queryValue(_ name: String) -> String? {
        guard let query = url.query, !query.isEmpty else { return nil }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let equals = pair.firstIndex(of: "=")
            guard (equals.map { pair[..<$0] } ?? pair) == name else { continue }
            guard let equals else { return "" }
            var value = String(pair[pair.index(after: equals)...])
            if value.utf8.contains(UInt8(ascii: "+")) { value = value.replacingOccurrences(of: "+", with: " ") }
            return value.utf8.contains(UInt8(ascii: "%")) ? value.removingPercentEncoding : value
        }
        return nil
    }
}
