/// Hands a message to something that delivers it: an SMTP server or a folder of `.eml` files.
protocol MailTransport: Sendable {
    /// Returns only once the message is accepted; throws `MailDeliveryError` otherwise.
    func send(_ message: MailMessage) async throws
}

/// Why a message was not accepted. The outbox retries `temporary` later and gives `permanent` up.
enum MailDeliveryError: Error, Equatable {
    /// The server answered 4xx, could not be reached, dropped the connection or did not answer in time; or the
    /// transport cannot be used as configured (e.g. no STARTTLS for credentials). A later try may succeed.
    case temporary(String)
    /// The server answered 5xx (a refused recipient, wrong credentials, …) or the message itself is unusable.
    case permanent(String)
}
