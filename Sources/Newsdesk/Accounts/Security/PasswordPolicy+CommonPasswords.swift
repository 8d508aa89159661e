import Foundation

// The list itself, with its provenance and licence, is the resource `Data/common-passwords.txt`.

extension PasswordPolicy {
    /// The commonly used passwords that registration and password changes refuse, lower-cased; read on first use.
    static let commonPasswords: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt", subdirectory: "Data"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            // Without the list every common password would pass: a broken build, not something to run with.
            fatalError("the resource Data/common-passwords.txt is missing from the Newsdesk bundle")
        }
        return parseCommonPasswords(text)
    }()

    /// One entry a line; lines starting with `#` are comments.
    static func parseCommonPasswords(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }.map(String.init))
    }
}
