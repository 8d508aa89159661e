import Foundation

/// One e-mail as the application means it; `MIMEBuilder` turns it into the bytes that travel.
struct MailMessage: Sendable, Codable, Equatable {
    var from: MailAddress
    var to: [MailAddress]
    var replyTo: MailAddress?
    var subject: String
    var textBody: String
    var htmlBody: String?
    /// The Content-Language header, e.g. "en" or "ru".
    var language: String
    /// Without angle brackets, e.g. "6f1c…@newsdesk.local". Stays the same across delivery attempts.
    var messageID: String
    var date: Date
}
