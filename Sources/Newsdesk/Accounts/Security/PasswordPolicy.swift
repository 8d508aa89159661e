/// What makes a password acceptable: length, not commonly used, not the member's own e-mail or name.
/// Any characters are allowed; length counts what people see (`Character`s), not bytes.
enum PasswordPolicy {
    static let lengths = 12...128

    /// nil when acceptable; otherwise an English message for the member.
    static func problem(with password: String, email: String, displayName: String) -> String? {
        check(password, email: email, displayName: displayName)?.message(language: "en")
    }

    /// The reason as data, for callers that show the message in the edition's language.
    static func check(_ password: String, email: String, displayName: String) -> PasswordProblem? {
        if password.count < lengths.lowerBound { return .tooShort }
        if password.count > lengths.upperBound { return .tooLong }
        if isCommon(password) { return .common }
        let own = [email, email.split(separator: "@").first.map(String.init) ?? "", displayName]
        if own.contains(where: { !$0.isEmpty && comparable($0) == comparable(password) }) { return .matchesAccount }
        return nil
    }

    /// Case-insensitive; also catches a list entry with digits or "!" appended ("Password2024!").
    static func isCommon(_ password: String) -> Bool {
        let lowered = password.lowercased()
        if commonPasswords.contains(lowered) { return true }
        let stem = String(lowered.reversed().drop(while: { $0.isASCII && ($0.isNumber || $0 == "!") }).reversed())
        return !stem.isEmpty && commonPasswords.contains(stem)
    }

    private static func comparable(_ text: String) -> String {
        String(text.lowercased().filter { !$0.isWhitespace })
    }
}
