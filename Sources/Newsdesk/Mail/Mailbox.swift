import Foundation

/// Parses `Name <address@example.com>` or a bare address into a MailAddress.
enum Mailbox {
    static func parse(_ raw: String) -> MailAddress? {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if let open = s.lastIndex(of: "<"), s.hasSuffix(">") {
            let email = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
            let name = s[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            guard UserService.looksLikeEmail(email) else { return nil }
            return MailAddress(email: email, name: name.isEmpty ? nil : name)
        }
        return UserService.looksLikeEmail(s) ? MailAddress(email: s, name: nil) : nil
    }
}
