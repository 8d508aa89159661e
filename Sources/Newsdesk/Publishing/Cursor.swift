import Foundation

/// Position in a newest-first list: the last item's time (whole seconds) and id. Opaque to clients.
/// Stable when new items arrive, because it names a place in the order rather than an offset.
struct FeedCursor: Sendable, Equatable {
    let seconds: Int64
    let id: Int

    var date: Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

    init(seconds: Int64, id: Int) {
        self.seconds = seconds
        self.id = id
    }

    init(date: Date, id: Int) {
        self.init(seconds: Int64(date.timeIntervalSince1970.rounded(.down)), id: id)
    }

    var token: String {
        Data("\(seconds).\(id)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    init?(token: String) {
        guard token.count <= 64 else { return nil }
        var b64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while b64.count % 4 != 0 { b64 += "=" }
        guard let data = Data(base64Encoded: b64), let text = String(data: data, encoding: .utf8) else { return nil }
        let parts = text.split(separator: ".")
        guard parts.count == 2, let s = Int64(parts[0]), let id = Int(parts[1]), id > 0 else { return nil }
        self.init(seconds: s, id: id)
    }
}

struct Page<Item: Sendable>: Sendable {
    let items: [Item]
    let nextCursor: FeedCursor?
}
