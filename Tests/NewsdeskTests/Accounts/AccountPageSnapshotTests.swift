import Foundation
import Testing
@testable import Newsdesk

/// Every account page built from fixed inputs (a fixed captcha challenge, CSRF token and clock) and compared with
/// stored snapshots.
@Suite("Account page snapshots")
struct AccountPageSnapshotTests {
    typealias F = PageFixtures

    static let challenge = CaptchaChallenge(token: "captcha-fixed-token", difficultyBits: 8, question: "What is three plus four?")
    /// Every account page in one edition; English is the default edition, so its pages keep their plain names.
    static func pages(_ e: EditionInfo) -> [(name: String, model: AccountPageModel)] {
        let anonymous = F.context(e, forms: true)
        let lang = e.language
        return [
            ("register", AccountPages.register(anonymous, challenge: challenge, policyVersion: 3, language: lang)),
            ("register-refused", AccountPages.register(
                anonymous, challenge: challenge, policyVersion: 3, language: lang,
                values: ["email": "ana@example.test", "display_name": "A"],
                errors: ["display_name": "Choose a display name of 1 to 60 characters.",
                         "consent": "Please read and accept the privacy policy to register.",
                         "captcha": "Please complete the check that you are human."],
                problem: e.strings.text("accCorrectFields"))),
            ("registered", AccountPages.registered(F.context(e), email: "Ana@Example.test")),
            ("confirmed", AccountPages.confirmed(F.context(e))),
            ("confirmed-signed-in", AccountPages.confirmed(F.context(e, viewer: F.reader))),
            ("confirm-link-broken", AccountPages.brokenLink(F.context(e), why: "It may have been used already or have expired.", next: AccountPages.logInLink(F.context(e)))),
            ("login", AccountPages.login(anonymous, .init(next: "/articles/storm-makes-landfall"))),
            ("login-second-factor", AccountPages.login(anonymous, .init(email: "mod@example.test", otpError: "Enter the code from your authenticator app.",
                                                                       showOTP: true), afterFailure: true)),
            ("login-captcha", AccountPages.login(anonymous, .init(email: "ana@example.test", error: "Several attempts failed: please also complete the check below.",
                                                                 captcha: challenge), afterFailure: true)),
            ("recover", AccountPages.recover(anonymous, challenge: challenge, language: lang)),
            ("recover-refused", AccountPages.recover(anonymous, challenge: challenge, language: lang, email: "ana@example.test",
                                                     errors: ["form": "Too many requests; wait 60 seconds and try again."],
                                                     problem: "Too many requests; wait 60 seconds and try again.")),
            ("recovery-sent", AccountPages.recoverySent(F.context(e), email: "ANA@example.test")),
            ("reset", AccountPages.reset(anonymous, token: "reset-token", language: lang, error: "Use at least 12 characters.")),
            ("reset-link-broken", AccountPages.resetLinkBroken(F.context(e))),
            ("settings", AccountPages.settings(F.context(e, viewer: F.reader), member: F.reader, notice: AccountPages.settingsNotices["avatar"].map { e.strings.text($0) })),
            ("settings-unconfirmed-refused", AccountPages.settings(F.context(e, viewer: F.unconfirmed), member: F.unconfirmed,
                                                                   errors: ["new_email": "This is not an e-mail address."],
                                                                   values: ["new_email": "not-an-address"])),
            ("settings-admin", AccountPages.settings(F.context(e, viewer: F.admin), member: F.admin)),
            ("email-changed", AccountPages.emailChanged(F.context(e))),
            ("delete", AccountPages.delete(F.context(e, viewer: F.reader))),
            ("delete-wrong-password", AccountPages.delete(F.context(e, viewer: F.reader), error: "The password is not right.")),
            ("deleted", AccountPages.deleted(F.context(e), email: "ana@example.test")),
            ("restore", AccountPages.restore(anonymous, token: "restore-token")),
            ("restored", AccountPages.restored(F.context(e))),
            ("restore-link-broken", AccountPages.restoreLinkBroken(F.context(e))),
            ("two-factor-setup", AccountPages.twoFactorSetup(F.context(e, viewer: F.unenrolledEditor), secret: "JBSWY3DPEHPK3PXP",
                                                             uri: "otpauth://totp/Newsdesk:ed%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=Newsdesk",
                                                             error: "That code is not right.")),
            ("two-factor-on", AccountPages.twoFactorOn(F.context(e, viewer: F.moderator))),
        ]
    }

    static let pages = pages(F.english)
    static let editions = [F.english, F.russian, F.arabic]
    /// Each page in each edition: "login" (English), "login-ru", "login-ar".
    static let names = editions.flatMap { e in pages(e).map { e.isDefault ? $0.name : $0.name + "-" + e.code } }

    static let providers = [OpenIDChoice(name: "corp", label: "Corporate SSO", available: true),
                            OpenIDChoice(name: "gone", label: "Gone", available: false)]

    /// The pages of a sign-in with an outside account (English; the words are still the feature's own).
    static let openIDPages: [(name: String, model: AccountPageModel)] = {
        let anonymous = F.context(forms: true)
        return [
            ("login-with-providers", AccountPages.login(anonymous, .init(next: "/news"), providers: providers)),
            ("oidc-question", AccountPages.openIDQuestion(anonymous, label: "Corporate SSO", email: "ana@example.test")),
            ("oidc-question-ru", AccountPages.openIDQuestion(F.context(F.russian, forms: true), label: "Corporate SSO", email: "ana@example.test")),
            ("login-with-providers-ar", AccountPages.login(F.context(F.arabic, forms: true), .init(next: "/ar/news"), providers: providers)),
            ("oidc-link-login", AccountPages.openIDLinkLogin(anonymous, label: "Corporate SSO",
                                                             .init(email: "ana@example.test", error: "The e-mail or password is not right."))),
            ("oidc-create", AccountPages.openIDCreate(anonymous, label: "Corporate SSO", email: "ana@example.test", emailVerified: false,
                                                      name: "Ana Ruiz", policyVersion: 3, errors: ["consent": "Please read and accept the privacy policy to register."])),
            ("oidc-second-factor", AccountPages.openIDSecondFactor(anonymous, error: "That code is not right.")),
            ("settings-linked", AccountPages.settings(F.context(viewer: F.reader), member: F.reader,
                                                      notice: AccountPages.settingsNotices["linked"].map { F.english.strings.text($0) },
                                                      linked: [.init(id: 7, label: "Corporate SSO")], linkable: [providers[1]])),
        ]
    }()

    @Test(arguments: names)
    func accountPage(_ name: String) async throws {
        let edition = Self.editions.first { !$0.isDefault && name.hasSuffix("-" + $0.code) } ?? F.english
        let base = edition.isDefault ? name : String(name.dropLast(edition.code.count + 1))
        let model = try #require(Self.pages(edition).first { $0.name == base }).model
        let html = try await Snapshot.check("Accounts/page", model, named: "account-" + name)
        #expect(html.contains("<html lang=\"\(edition.language)\" dir=\"\(edition.language == "ar" ? "rtl" : "ltr")\">"))
        // The page keeps the reader in the edition: its forms post to the edition's addresses.
        if !edition.isDefault, html.contains("<form class=\"form") {
            #expect(html.contains("action=\"/\(edition.code)/account/"), "\(name) posts outside its edition")
        }
    }

    @Test(arguments: openIDPages.map(\.name))
    func openIDPage(_ name: String) async throws {
        let model = try #require(Self.openIDPages.first { $0.name == name }).model
        let html = try await Snapshot.check("Accounts/page", model, named: "account-" + name)
        if name.hasSuffix("-ru") { #expect(html.contains(">Да</button>") && html.contains(">Нет</button>") && !html.contains("Do you have")) }
        if name.hasSuffix("-ar") { #expect(html.contains("المتابعة عبر Corporate SSO") && !html.contains("Continue with")) }
    }

    @Test func russianAndArabicAccountPagesHaveNoEnglishLeft() async throws {
        for edition in [F.russian, F.arabic] {
            for (name, model) in Self.pages(edition) {
                let html = try await Snapshot.render("Accounts/page", model)
                for english in ["Log in", "Password", "Create your account", "Human check", "E-mail", "privacy policy", "Your account"] {
                    #expect(!html.contains(">\(english)"), "\(edition.code) \(name) shows “\(english)”")
                }
            }
        }
    }

    @Test func formsCarryTheTokenAndKeepWhatWasTypedButNeverPasswords() async throws {
        let html = try await Snapshot.render("Accounts/page", Self.pages.first { $0.name == "register-refused" }!.model)
        #expect(html.contains("value=\"\(F.csrf)\""))
        #expect(html.contains("value=\"ana@example.test\""))
        #expect(html.contains("name=\"password\" type=\"password\" value=\"\""))
    }

    @Test(arguments: [("privacy", Paths.privacy()), ("community-standards", Paths.communityStandards())])
    func policyPage(_ name: String, _ path: String) async throws {
        let model = PolicyPage.build(F.context(), title: name == "privacy" ? "Privacy policy" : "Community standards", version: 2,
                                     publishedAt: fixedNow.addingTimeInterval(-86_400 * 30),
                                     markdown: "## Who we are\n\nNewsdesk is a **news site**. Write to <privacy@newsdesk.test>.\n\n- one\n- two",
                                     path: path)
        let html = try await Snapshot.check("Accounts/policy", model, named: "policy-" + name)
        #expect(html.contains("<link rel=\"canonical\" href=\"http://news.test\(path)\">"))
    }
}
