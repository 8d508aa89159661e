/// Why a password was refused, as data; `message(language:)` is what the member reads.
enum PasswordProblem: Equatable, Sendable {
    case tooShort, tooLong, common, matchesAccount

    /// Russian for "ru" and "ru-…", English otherwise.
    func message(language: String) -> String {
        let russian = language.lowercased().hasPrefix("ru")
        switch self {
        case .tooShort:
            return russian ? "Пароль должен быть не короче 12 символов." : "Use at least 12 characters."
        case .tooLong:
            return russian ? "Пароль должен быть не длиннее 128 символов." : "Use at most 128 characters."
        case .common:
            return russian
                ? "Этот пароль слишком распространён, его легко угадать. Выберите другой."
                : "This password is commonly used and easy to guess. Please choose another."
        case .matchesAccount:
            return russian
                ? "Пароль не должен совпадать с адресом почты или именем."
                : "Your password must not be your e-mail address or your name."
        }
    }
}
