import Foundation
import NewsText

/// The account mails, in the member's edition language: a plain-text part and a simple HTML part.
enum AccountMails {
    static func letter(kind: String, to: MailAddress, language: String, subject: String, paragraphs: [String],
                       link: (label: String, url: String)?) -> Mailer.Letter {
        var text = "\(greeting(to.name, language))\n\n" + paragraphs.joined(separator: "\n\n")
        var html = "<p>\(HTML.escape(greeting(to.name, language)))</p>" + paragraphs.map { "<p>\(HTML.escape($0))</p>" }.joined()
        if let link {
            text += "\n\n\(link.label):\n\(link.url)"
            html += "<p><a href=\"\(HTML.escape(link.url))\">\(HTML.escape(link.label))</a></p><p style=\"color:#666;font-size:12px\">\(HTML.escape(link.url))</p>"
        }
        text += "\n\n— Newsdesk\n"
        html += "<p>— Newsdesk</p>"
        return Mailer.Letter(kind: kind, to: to, subject: subject, text: text, html: "<!DOCTYPE html><html lang=\"\(language)\"><body>\(html)</body></html>", language: language)
    }

    private static func greeting(_ name: String?, _ language: String) -> String {
        let ru = language.hasPrefix("ru")
        guard let name, !name.isEmpty else { return ru ? "Здравствуйте!" : "Hello," }
        return ru ? "Здравствуйте, \(name)!" : "Hello \(name),"
    }

    static func confirm(to: MailAddress, language: String, url: String) -> Mailer.Letter {
        language.hasPrefix("ru")
            ? letter(kind: "confirm_email", to: to, language: language, subject: "Подтвердите адрес электронной почты",
                     paragraphs: ["Спасибо за регистрацию в Newsdesk. Подтвердите адрес, чтобы комментировать. Ссылка действует 7 дней."],
                     link: ("Подтвердить адрес", url))
            : letter(kind: "confirm_email", to: to, language: language, subject: "Confirm your e-mail address",
                     paragraphs: ["Thank you for joining Newsdesk. Please confirm your address so you can comment. The link works for 7 days."],
                     link: ("Confirm my address", url))
    }

    static func alreadyRegistered(to: MailAddress, language: String, loginURL: String, recoverURL: String) -> Mailer.Letter {
        language.hasPrefix("ru")
            ? letter(kind: "already_registered", to: to, language: language, subject: "Попытка регистрации с вашим адресом",
                     paragraphs: ["Кто-то (возможно, вы) пытался зарегистрироваться с этим адресом, но у вас уже есть учётная запись.",
                                  "Если вы забыли пароль, восстановите его: \(recoverURL)"], link: ("Войти", loginURL))
            : letter(kind: "already_registered", to: to, language: language, subject: "Someone tried to register with your address",
                     paragraphs: ["Someone (perhaps you) tried to register with this address, but you already have an account.",
                                  "If you forgot your password, you can reset it: \(recoverURL)"], link: ("Log in", loginURL))
    }

    static func reset(to: MailAddress, language: String, url: String) -> Mailer.Letter {
        language.hasPrefix("ru")
            ? letter(kind: "reset_password", to: to, language: language, subject: "Восстановление пароля",
                     paragraphs: ["Мы получили запрос на смену пароля. Ссылка действует один час и только один раз. Если это были не вы, просто проигнорируйте письмо."],
                     link: ("Задать новый пароль", url))
            : letter(kind: "reset_password", to: to, language: language, subject: "Reset your password",
                     paragraphs: ["We received a request to reset your password. The link works once, for one hour. If it wasn't you, ignore this mail: nothing changes."],
                     link: ("Choose a new password", url))
    }

    static func passwordChanged(to: MailAddress, language: String, recoverURL: String) -> Mailer.Letter {
        language.hasPrefix("ru")
            ? letter(kind: "password_changed", to: to, language: language, subject: "Ваш пароль изменён",
                     paragraphs: ["Пароль вашей учётной записи изменён, все остальные сеансы завершены. Если это были не вы, сразу восстановите пароль."],
                     link: ("Восстановить пароль", recoverURL))
            : letter(kind: "password_changed", to: to, language: language, subject: "Your password was changed",
                     paragraphs: ["The password of your account was changed and your other sessions were ended. If this wasn't you, reset your password now."],
                     link: ("Reset my password", recoverURL))
    }

    static func changeEmail(to: MailAddress, language: String, url: String) -> Mailer.Letter {
        language.hasPrefix("ru")
            ? letter(kind: "change_email", to: to, language: language, subject: "Подтвердите новый адрес",
                     paragraphs: ["Подтвердите, что это ваш новый адрес для Newsdesk. Ссылка действует 24 часа."],
                     link: ("Подтвердить новый адрес", url))
            : letter(kind: "change_email", to: to, language: language, subject: "Confirm your new address",
                     paragraphs: ["Please confirm this is your new address for Newsdesk. The link works for 24 hours."],
                     link: ("Confirm my new address", url))
    }

    static func deleted(to: MailAddress, language: String, url: String) -> Mailer.Letter {
        language.hasPrefix("ru")
            ? letter(kind: "account_deleted", to: to, language: language, subject: "Ваша учётная запись удалена",
                     paragraphs: ["Учётная запись отключена, ваши комментарии скрыты. В течение 30 дней её можно восстановить по ссылке ниже — всё вернётся как было. Через 30 дней данные будут удалены навсегда."],
                     link: ("Восстановить учётную запись", url))
            : letter(kind: "account_deleted", to: to, language: language, subject: "Your account was deleted",
                     paragraphs: ["Your account is disabled and your comments are hidden. For 30 days you can restore it with the link below, and everything will be as it was. After 30 days it is erased for good."],
                     link: ("Restore my account", url))
    }
}
