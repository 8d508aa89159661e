/// A mailbox: an address and an optional display name.
struct MailAddress: Sendable, Codable, Equatable {
    var email: String
    var name: String?

    init(email: String, name: String? = nil) {
        self.email = email
        self.name = name
    }
}
