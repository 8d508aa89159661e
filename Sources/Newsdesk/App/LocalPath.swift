/// Addresses taken from the outside (a log-in's `next`) must stay on this site.
enum LocalPath {
    /// The path when it is a plain local path (`/news?x=1#c`), nil for anything a browser could read as another
    /// site: scheme-relative `//host`, backslashes, and whitespace or control characters, which browsers drop
    /// (so `/\t/evil.example` would become `//evil.example`).
    static func validated(_ raw: String?) -> String? {
        guard let raw, raw.hasPrefix("/"), raw.utf8.count <= 2048 else { return nil }
        for scalar in raw.unicodeScalars {
            if scalar == "\\" || scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format {
                return nil
            }
        }
        if raw.hasPrefix("//") { return nil }
        // A percent-encoded slash, backslash or control character right after the first slash is decoded by some
        // servers and proxies on the way; refuse rather than guess.
        let lowered = raw.lowercased()
        for bad in ["/%2f", "/%5c", "/%09", "/%0a", "/%0d", "/%00", "/%20"] where lowered.hasPrefix(bad) { return nil }
        return raw
    }
}
