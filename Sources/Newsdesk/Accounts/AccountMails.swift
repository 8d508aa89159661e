import Foundation
import NewsText

/// The account mails, in the member's edition language (the catalogue's `mail…` keys): a plain-text part and a
/// simple HTML part.
enum AccountMails {
    static func letter(kind: String, to: MailAddress, language: String, subject: String, paragraphs: [String],
                       link: (label: String, url: String)?) -> Mailer.Letter {
        let s = UIStrings.for(language: language)
        let greeting = greeting(to.name, s)
        var text = "\(greeting)\n\n" + paragraphs.joined(separator: "\n\n")
        var html = "<p>\(HTML.escape(greeting))</p>" + paragraphs.map { "<p>\(HTML.escape($0))</p>" }.joined()
        if let link {
            text += "\n\n\(link.label):\n\(link.url)"
            html += "<p><a href=\"\(HTML.escape(link.url))\">\(HTML.escape(link.label))</a></p><p style=\"color:#666;font-size:12px\">\(HTML.escape(link.url))</p>"
        }
        let signature = s.text("mailSignature")
        text += "\n\n— \(signature)\n"
        html += "<p>— \(HTML.escape(signature))</p>"
        let dir = s.text("dir")
        return Mailer.Letter(kind: kind, to: to, subject: subject, text: text,
                             html: "<!DOCTYPE html><html lang=\"\(s.language)\" dir=\"\(dir)\"><body>\(html)</body></html>", language: language)
    }

    private static func greeting(_ name: String?, _ s: UIStrings) -> String {
        guard let name, !name.isEmpty else { return s.text("mailHello") }
        return s.text("mailHelloName", ["name": name])
    }

    /// A mail whose subject, paragraph and link label are the catalogue's `<key>Subject`, `<key>Body` and `<key>Link`.
    private static func standard(_ key: String, kind: String, to: MailAddress, language: String, url: String,
                                 extra: [String] = []) -> Mailer.Letter {
        let s = UIStrings.for(language: language)
        return letter(kind: kind, to: to, language: language, subject: s.text(key + "Subject"),
                      paragraphs: [s.text(key + "Body")] + extra, link: (s.text(key + "Link"), url))
    }

    static func confirm(to: MailAddress, language: String, url: String) -> Mailer.Letter {
        standard("mailConfirm", kind: "confirm_email", to: to, language: language, url: url)
    }

    static func alreadyRegistered(to: MailAddress, language: String, loginURL: String, recoverURL: String) -> Mailer.Letter {
        let s = UIStrings.for(language: language)
        return standard("mailAlready", kind: "already_registered", to: to, language: language, url: loginURL,
                        extra: [s.text("mailAlreadyRecover", ["url": recoverURL])])
    }

    static func reset(to: MailAddress, language: String, url: String) -> Mailer.Letter {
        standard("mailReset", kind: "reset_password", to: to, language: language, url: url)
    }

    static func passwordChanged(to: MailAddress, language: String, recoverURL: String) -> Mailer.Letter {
        standard("mailPasswordChanged", kind: "password_changed", to: to, language: language, url: recoverURL)
    }

    static func changeEmail(to: MailAddress, language: String, url: String) -> Mailer.Letter {
        standard("mailChangeEmail", kind: "change_email", to: to, language: language, url: url)
    }

    static func deleted(to: MailAddress, language: String, url: String) -> Mailer.Letter {
        standard("mailDeleted", kind: "account_deleted", to: to, language: language, url: url)
    }
}
