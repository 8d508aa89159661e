import Foundation

/// Account pages are built from forms described as data, so every form shows errors the same way and keeps input.
struct FieldModel: Encodable, Sendable {
    let name: String
    let label: String
    let type: String
    let value: String
    var error: String?
    let hint: String?
    let autocomplete: String
    let required: Bool
    let maxLength: Int?
    /// The choices of a `select` field.
    var options: [FieldOption] = []

    init(_ name: String, _ label: String, type: String = "text", value: String = "", error: String? = nil,
         hint: String? = nil, autocomplete: String = "off", required: Bool = true, maxLength: Int? = nil) {
        self.name = name
        self.label = label
        self.type = type
        self.value = type == "password" ? "" : value
        self.error = error
        self.hint = hint
        self.autocomplete = autocomplete
        self.required = required
        self.maxLength = maxLength
    }
}

struct FieldOption: Encodable, Sendable {
    let value: String
    let label: String
    let selected: Bool
}

struct CaptchaModel: Encodable, Sendable {
    let token: String
    let difficulty: Int
    let question: String
    var error: String?
}

struct ConsentModel: Encodable, Sendable {
    let policyURL: String
    let standardsURL: String
    let version: Int
    var error: String?
    /// "I have read and accept the privacy policy (version 3) and the community standards."
    let label: String
}

struct FormModel: Encodable, Sendable {
    let id: String
    let title: String?
    let action: String
    let submitLabel: String
    var fields: [FieldModel]
    let csrf: String
    var captcha: CaptchaModel? = nil
    var consent: ConsentModel? = nil
    var checkbox: FieldModel? = nil
    var multipart: Bool = false
    var danger: Bool = false
    var hidden: [HiddenField] = []
    var error: String? = nil
}

struct HiddenField: Encodable, Sendable {
    let name: String
    let value: String
}

struct LinkModel: Encodable, Sendable {
    let label: String
    let url: String
}

struct AccountPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let heading: String
    let intro: String?
    let notice: String?
    let forms: [FormModel]
    let links: [LinkModel]
    var avatar: String? = nil
    var details: [LinkModel] = []
    var code: String? = nil
}

struct AdminUserRow: Encodable, Sendable {
    let id: Int
    let roleURL: String
    let email: String
    let displayName: String
    let role: String
    let status: String
    let confirmed: Bool
    let twoFactor: Bool
    let roles: [RoleOption]
}

struct RoleOption: Encodable, Sendable {
    let value: String
    let selected: Bool
    /// The role by its name in the page's language.
    var label = ""
}

struct AdminUsersModel: Encodable, Sendable {
    let layout: LayoutModel
    let users: [AdminUserRow]
    let csrf: String
    let notice: String?
    let mailURL: String
}

struct AdminMailRow: Encodable, Sendable {
    let id: Int
    let to: String
    let subject: String
    let kind: String
    let status: String
    let attempts: Int
    /// In the staff page's edition zone and language; the ISO form goes in `<time datetime>`.
    let created: String
    let createdISO: String
    let error: String?
}

struct AdminMailModel: Encodable, Sendable {
    let layout: LayoutModel
    let mails: [AdminMailRow]
    let transport: String
    let usersURL: String
}

struct PolicyPageModel: Encodable, Sendable {
    let layout: LayoutModel
    let title: String
    let version: Int
    let published: String
    let publishedISO: String
    let bodyHTML: String
}
